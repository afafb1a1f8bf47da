/**
 * The two schema dialects of OpenAPI and the keywords each one knows. Every keyword of a schema
 * is one of: implemented (compiled into a check), an annotation (no effect on validity), a
 * container (holds schemas that only `$ref` reaches), or unsupported, which stops generation:
 * a constraint is never silently ignored.
 */
import { GeneratorError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';

/**
 * - `openapi-3.1`: JSON Schema draft 2020-12 (OpenAPI 3.1's dialect).
 * - `openapi-3.0`: OpenAPI 3.0's Schema Object, a superset of draft-04's validation keywords
 *   with `nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`, and `$ref` that replaces
 *   its siblings.
 */
export type Dialect = 'openapi-3.0' | 'openapi-3.1';

const COMMON_ASSERTIONS = [
  'type', 'enum', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxProperties',
  'minProperties', 'required', 'format', '$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'items',
  'properties', 'patternProperties', 'additionalProperties', 'discriminator',
];

/**
 * The generator's vendor extensions (documented in docs of the spec): checks JSON Schema cannot
 * express. `x-message` (a message for the issues of its schema) is read by the engine.
 */
export const EXTENSIONS = ['x-time-zone', 'x-order', 'x-unique-by', 'x-warn'];

/** Keywords with a check, per dialect. */
export const IMPLEMENTED: Record<Dialect, ReadonlySet<string>> = {
  'openapi-3.1': new Set([
    ...COMMON_ASSERTIONS, 'const', 'prefixItems', 'contains', 'minContains', 'maxContains',
    'propertyNames', 'dependentRequired', 'dependentSchemas', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems',
    ...EXTENSIONS,
  ]),
  // draft-04's `additionalItems` (with tuple `items`) and `dependencies` are accepted too: the
  // draft-04 test suite uses them and their checks are the ones of 2020-12's equivalents.
  'openapi-3.0': new Set([...COMMON_ASSERTIONS, 'nullable', 'additionalItems', 'dependencies', ...EXTENSIONS]),
};

/**
 * Keywords that never make a value invalid. `readOnly`/`writeOnly` change which properties are
 * required by direction; `content*` are annotations in 2020-12 (they describe, not assert).
 */
const ANNOTATIONS = new Set([
  'title', 'description', 'default', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly',
  '$comment', 'externalDocs', 'xml', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);

/** Keywords that only hold schemas for `$ref`; they are compiled when a `$ref` reaches them. */
const CONTAINERS = new Set(['$defs', 'definitions']);

/** `$schema` values that name the dialect a schema is compiled in (anything else is refused). */
const DIALECT_URIS: Record<Dialect, ReadonlySet<string>> = {
  'openapi-3.1': new Set([
    'https://json-schema.org/draft/2020-12/schema',
    'https://spec.openapis.org/oas/3.1/dialect/base',
  ]),
  'openapi-3.0': new Set(['http://json-schema.org/draft-04/schema']),
};

export type KeywordKind = 'implemented' | 'annotation' | 'container' | 'unsupported';

export function keywordKind(dialect: Dialect, keyword: string, value: unknown): KeywordKind {
  if (IMPLEMENTED[dialect].has(keyword)) return 'implemented';
  if (keyword.startsWith('x-') || ANNOTATIONS.has(keyword)) return 'annotation';
  if (CONTAINERS.has(keyword)) return 'container';
  // An empty fragment names the same resource: `.../2020-12/schema#` is the 2020-12 meta-schema.
  if (keyword === '$schema' && typeof value === 'string' && DIALECT_URIS[dialect].has(value.replace(/#$/, ''))) return 'annotation';
  return 'unsupported';
}

/** The dialect of a document's schemas, from its `openapi` version. */
export function dialectOf(document: OpenApiDocument): Dialect {
  if (/^3\.0\./.test(document.openapi)) return 'openapi-3.0';
  if (/^3\.1\./.test(document.openapi)) {
    const declared = document.jsonSchemaDialect;
    // A 3.1 document may declare draft-04 for its schemas: the OpenAPI 3.0 dialect is draft-04's
    // validation keywords (plus `nullable`, which a draft-04 schema does not use), so it reads them.
    if (typeof declared === 'string' && DIALECT_URIS['openapi-3.0'].has(declared)) return 'openapi-3.0';
    if (declared !== undefined && !(typeof declared === 'string' && DIALECT_URIS['openapi-3.1'].has(declared))) {
      throw new GeneratorError(
        `unsupported jsonSchemaDialect ${JSON.stringify(declared)} at #/jsonSchemaDialect: the validators compile draft 2020-12 (the OpenAPI 3.1 default) and draft-04`,
      );
    }
    return 'openapi-3.1';
  }
  throw new GeneratorError(`expected "openapi: 3.0.x" or "openapi: 3.1.x", received ${JSON.stringify(document.openapi)}`);
}
