/**
 * Stage: runtime validators. Compiles every JSON Schema the client sends or receives (each
 * operation's JSON request body, first 2xx JSON response and the API's own 503 body) and every
 * component schema into
 * `src/validators.gen.ts`: `validate<Name>` and `is<Name>` functions with no dependency.
 *
 * `compileSchemaMap` compiles standalone schemas (each its own `$ref` root) into a module, for
 * the conformance tests and for anyone validating schemas outside a spec.
 */
import { formatExports, patternExports } from '../patterns/registry.js';
import { PATTERNS_MODULE } from '../patterns/guards.js';
import { pascalCase, quote } from '../shared/codegen.js';
import { inSpec } from '../shared/errors.js';
import { followRefs, jsonMediaTypeOf, listOperations, successStatuses, type JsonSchema, type OpenApiDocument, type OperationRef } from '../shared/openapi.js';
import { joinPointer, resolvePointer, unescapePointerToken } from '../shared/pointer.js';
import type { GenerationContext, StageOutput } from '../shared/stage.js';
import type { Direction } from './context.js';
import { dialectOf, type Dialect } from './dialect.js';
import { compileModule, type CompiledModule, type RootSchema } from './module.js';
import { withParameterSchemas } from './parameters.js';

export type { Dialect } from './dialect.js';
export type { Direction } from './context.js';
export type { CompiledModule, RootSchema } from './module.js';
export { compileModule } from './module.js';

export const VALIDATORS_FILE = 'src/validators.gen.ts';
export const VALIDATORS_MODULE = './validators.gen.js';

/** `options.itemGuards`: see `EngineOptions.itemGuards` (tests only; the stage never sets it). */
export function emitValidators(context: GenerationContext, options: { itemGuards?: boolean } = {}): StageOutput {
  const { document } = context;
  const reservedNames = new Map<string, string>();
  for (const pattern of context.patterns.patterns) {
    for (const name of patternExports(pattern.name)) {
      reservedNames.set(name, `the pattern module (${PATTERNS_MODULE}, pattern ${JSON.stringify(pattern.source)})`);
    }
  }
  for (const format of context.patterns.formats) {
    for (const name of formatExports(format.name)) {
      reservedNames.set(name, `the pattern module (${PATTERNS_MODULE}, format ${JSON.stringify(format.definition.format)})`);
    }
  }
  for (const name of Object.keys(document.components?.schemas ?? {})) reservedNames.set(name, `the schema aliases (component ${name})`);

  const roots = specRoots(document);
  const compiled: CompiledModule = inSpec(context.specPath, () =>
    compileModule(roots, {
      dialect: dialectOf(document),
      header: context.header,
      patterns: context.patterns,
      patternsModule: PATTERNS_MODULE,
      typeImports: typeImports(roots),
      reservedNames,
      itemGuards: options.itemGuards,
    }),
  );
  const validatorNames = compiled.values.filter((name) => name.startsWith('validate'));
  context.report.push(`validators: ${validatorNames.length ? validatorNames.join(', ') : 'none (the spec has no JSON body and no component schema to check)'}`);
  return {
    files: [{ path: VALIDATORS_FILE, contents: compiled.source }],
    exports: [{ module: VALIDATORS_MODULE, values: compiled.values, types: compiled.types }],
  };
}

export interface SchemaMapOptions {
  dialect: Dialect;
  /** `readOnly`/`writeOnly` handling; `neutral` (the schema as written) by default. */
  direction?: Direction;
  header?: string;
  /** See `EngineOptions.itemGuards` (tests only). */
  itemGuards?: boolean;
}

/**
 * Compiles named standalone schemas into module source: `validate<Name>`/`is<Name>` for each,
 * where each schema is the root of its own `$ref`s (`#/$defs/x` is inside it). Patterns are
 * module constants (there is no pattern stage to import them from).
 */
export function compileSchemaMap(schemas: Record<string, JsonSchema>, options: SchemaMapOptions): CompiledModule {
  const roots: RootSchema[] = Object.entries(schemas).map(([name, schema]) => ({
    name: pascalCase(name),
    document: schema,
    pointer: '#',
    direction: options.direction ?? 'neutral',
  }));
  return compileModule(roots, { dialect: options.dialect, header: options.header, itemGuards: options.itemGuards });
}

/**
 * The schemas of a spec to export validators for, in a fixed order: per operation its
 * parameters (see parameters.ts), request body, first 2xx response and 503 response (else 5XX,
 * else default; JSON media types), then every component schema.
 */
export function specRoots(spec: OpenApiDocument): RootSchema[] {
  const roots: RootSchema[] = [];
  const operationName = (operation: OperationRef): string => pascalCase(operation.operation.operationId ?? `${operation.method} ${operation.path}`);
  const operations = listOperations(spec);
  const byPointer = new Map(operations.map((operation) => [operation.pointer, operation]));
  const { document, operations: withParameters } = withParameterSchemas(spec, (pointer) => operationName(byPointer.get(pointer)!));
  const parametersOf = new Map(withParameters.map((parameters) => [parameters.operationPointer, parameters.pointer]));
  for (const ref of operations) {
    const { method, path, operation, pointer } = ref;
    const name = operationName(ref);
    const operationType = `paths[${quote(path)}][${quote(method)}]`;
    const parameters = parametersOf.get(pointer);
    if (parameters) {
      roots.push({
        name: `${name}Parameters`,
        document,
        pointer: parameters,
        direction: 'request',
        type: `${operationType}["parameters"]`,
        summary: `the parameters of a ${operation.operationId ?? `${method.toUpperCase()} ${path}`} request, as the client takes them (\`{ path, query, header }\`; a parameter given as undefined or null is not sent, and is not checked)`,
      });
    }
    const body = jsonSchemaOf(document, operation.requestBody, joinPointer(pointer, 'requestBody'));
    if (body) {
      roots.push(root(document, `${name}Request`, body, 'request', `NonNullable<${operationType}["requestBody"]>["content"][${quote(body.mediaType)}]`,
        `the JSON body of a ${operation.operationId ?? `${method.toUpperCase()} ${path}`} request`));
    }
    // The first success response with a JSON body (the one the package README shows).
    for (const status of successStatuses(operation.responses)) {
      const response = jsonSchemaOf(document, operation.responses![status], joinPointer(pointer, 'responses', status));
      if (!response) continue;
      const statusKey = /^\d+$/.test(status) ? status : quote(status);
      roots.push(root(document, `${name}Response`, response, 'response', `${operationType}["responses"][${statusKey}]["content"][${quote(response.mediaType)}]`,
        `the JSON body of a ${status} response to ${operation.operationId ?? `${method.toUpperCase()} ${path}`}`));
      break;
    }
    // The body the API itself answers 503 with: a client trusts a 503 of a request that is not
    // idempotent ("not done, try later") only with this body, not a proxy's or gateway's page.
    const unavailableStatus = ['503', '5XX', 'default'].find((status) => operation.responses?.[status] !== undefined);
    const unavailable = unavailableStatus && jsonSchemaOf(document, operation.responses![unavailableStatus], joinPointer(pointer, 'responses', unavailableStatus));
    if (unavailable) {
      const statusKey = /^\d+$/.test(unavailableStatus) ? unavailableStatus : quote(unavailableStatus);
      roots.push(root(document, `${name}UnavailableResponse`, unavailable, 'response', `${operationType}["responses"][${statusKey}]["content"][${quote(unavailable.mediaType)}]`,
        `the JSON body of a 503 response to ${operation.operationId ?? `${method.toUpperCase()} ${path}`}, as the API sends it (${unavailableStatus === '503' ? 'the spec\'s 503' : `the spec's ${unavailableStatus} response`})`));
    }
  }
  for (const name of Object.keys(document.components?.schemas ?? {})) {
    roots.push({
      name: pascalCase(name),
      document,
      pointer: joinPointer('#/components/schemas', name),
      direction: 'neutral',
      type: `components["schemas"][${quote(name)}]`,
      summary: `a ${name} (component schema)`,
    });
  }
  return roots;
}

function root(document: OpenApiDocument, name: string, found: FoundSchema, direction: Direction, inlineType: string, summary: string): RootSchema {
  // A body that is a component (`$ref` alone) is that component: same function, its type name.
  const component = componentOf(found.schema);
  return component
    ? { name, document, pointer: joinPointer('#/components/schemas', component), direction, type: `components["schemas"][${quote(component)}]`, summary }
    : { name, document, pointer: found.pointer, direction, type: inlineType, summary };
}

interface FoundSchema {
  schema: unknown;
  pointer: string;
  mediaType: string;
}

/** The schema of the JSON media type of a request body or response (following `$ref`s). */
function jsonSchemaOf(document: OpenApiDocument, node: unknown, pointer: string): FoundSchema | undefined {
  const { node: current, pointer: at } = followRefs(document, node, pointer);
  if (!isObject(current) || !isObject(current.content)) return undefined;
  const mediaType = jsonMediaTypeOf(current.content);
  if (!mediaType) return undefined;
  const media = current.content[mediaType];
  if (!isObject(media) || !('schema' in media)) return undefined;
  return { schema: media.schema, pointer: joinPointer(at, 'content', mediaType, 'schema'), mediaType };
}

function componentOf(schema: unknown): string | undefined {
  if (!isObject(schema) || typeof schema.$ref !== 'string') return undefined;
  if (Object.keys(schema).some((key) => key !== '$ref' && key !== 'description' && key !== 'summary')) return undefined;
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref);
  return match ? unescapePointerToken(match[1]!) : undefined;
}

function typeImports(roots: RootSchema[]): string[] {
  const names = ['components', 'paths'].filter((name) => roots.some((root) => root.type?.includes(`${name}[`)));
  return names.length ? [`import type { ${names.join(', ')} } from "./types.gen.js";`] : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
