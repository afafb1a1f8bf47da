/**
 * Visits every schema object in a document, in document order, with its JSON Pointer and the
 * names a generator needs to name things after it (component and property).
 */
import { joinPointer } from './pointer.js';
import type { OpenApiDocument } from './openapi.js';

export interface SchemaVisit {
  schema: Record<string, unknown>;
  /** JSON Pointer of the schema, such as `#/components/schemas/Campaign/properties/name`. */
  pointer: string;
  /** The component schema it sits in, if any. */
  componentName?: string;
  /** The property it is the schema of, if any. */
  propertyName?: string;
}

const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems'];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

export interface WalkOptions {
  /** Also visit the schemas inside the generator's `x-warn` extension. */
  warnings?: boolean;
}

export function walkSchemas(document: OpenApiDocument, visit: (visit: SchemaVisit) => void, options: WalkOptions = {}): void {
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    walkSchema(schema, joinPointer('#/components/schemas', name), { componentName: name }, visit, options);
  }
  walkNonSchema(document.paths, '#/paths', visit, options);
  for (const section of ['parameters', 'requestBodies', 'responses', 'headers'] as const) {
    walkNonSchema(document.components?.[section], joinPointer('#/components', section), visit, options);
  }
}

/** Finds `schema` members below OpenAPI objects (media types, parameters, headers). */
function walkNonSchema(node: unknown, pointer: string, visit: (visit: SchemaVisit) => void, options: WalkOptions): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((child, index) => walkNonSchema(child, joinPointer(pointer, index), visit, options));
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'schema') walkSchema(child, joinPointer(pointer, key), {}, visit, options);
    else if (key !== 'examples' && key !== 'example') walkNonSchema(child, joinPointer(pointer, key), visit, options);
  }
}

function walkSchema(
  schema: unknown,
  pointer: string,
  names: { componentName?: string; propertyName?: string },
  visit: (visit: SchemaVisit) => void,
  options: WalkOptions,
): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  const object = schema as Record<string, unknown>;
  visit({ schema: object, pointer, ...names });
  const inherited = { componentName: names.componentName };
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = object[keyword];
    if (map && typeof map === 'object') {
      for (const [name, child] of Object.entries(map)) {
        const childNames = keyword === 'properties' ? { ...inherited, propertyName: name } : inherited;
        walkSchema(child, joinPointer(pointer, keyword, name), childNames, visit, options);
      }
    }
  }
  for (const keyword of SCHEMA_KEYWORDS) {
    if (keyword in object) walkSchema(object[keyword], joinPointer(pointer, keyword), inherited, visit, options);
  }
  // The generator's own `x-warn` holds schemas the validators compile, but that never narrow a
  // type: visited only when asked (the ReDoS check must see their patterns too).
  const warn = options.warnings ? object['x-warn'] : undefined;
  if (Array.isArray(warn)) warn.forEach((child, index) => walkSchema(child, joinPointer(pointer, 'x-warn', index), inherited, visit, options));
  else if (warn !== undefined) walkSchema(warn, joinPointer(pointer, 'x-warn'), inherited, visit, options);
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = object[keyword];
    if (Array.isArray(list)) list.forEach((child, index) => walkSchema(child, joinPointer(pointer, keyword, index), inherited, visit, options));
  }
}
