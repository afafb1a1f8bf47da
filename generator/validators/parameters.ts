/**
 * The parameters of each operation as one JSON Schema, for the validators: an object of the
 * shape the client takes them in (`{ path: { id }, query: { limit }, header: { ... } }`), each
 * parameter a `$ref` to its schema in the spec, so that its checks are the spec's and its
 * issues' `schemaPath` points there. Only which places and names exist, and which are
 * required, is the generator's own (under `#/$parameters/<Operation>`).
 *
 * Cookie parameters are left out: the client cannot send them (fetch drops a Cookie header),
 * and the generator says so when it generates. So are the headers OpenAPI says to ignore
 * (`Accept`, `Content-Type`, `Authorization`), which the client does not send.
 */
import { isIgnoredHeaderParameter, listOperations, operationParameters, type OpenApiDocument } from '../shared/openapi.js';
import { joinPointer } from '../shared/pointer.js';

/** The top-level key of the schemas built here, in the document the validators compile. */
export const PARAMETERS_KEY = '$parameters';

/** The places a client sends parameters in, in the order openapi-fetch takes them. */
const SENT_PLACES = ['path', 'query', 'header'];

export interface OperationParameters {
  /** The operation's JSON Pointer in the spec. */
  operationPointer: string;
  /** Pointer of the built schema in the document `withParameterSchemas` returns. */
  pointer: string;
}

/**
 * The spec, shallow-copied with the parameter schemas of its operations under
 * `PARAMETERS_KEY`, and where each is. One document for every validator, so that a component
 * a parameter and a body both use is compiled once.
 */
export function withParameterSchemas(document: OpenApiDocument, nameOf: (pointer: string) => string): { document: OpenApiDocument; operations: OperationParameters[] } {
  const schemas: Record<string, unknown> = {};
  const operations: OperationParameters[] = [];
  for (const { path, method, pointer } of listOperations(document)) {
    const schema = parametersSchema(operationParameters(document, path, method));
    if (!schema) continue;
    const name = nameOf(pointer);
    schemas[name] = schema;
    operations.push({ operationPointer: pointer, pointer: joinPointer(`#/${PARAMETERS_KEY}`, name) });
  }
  return operations.length === 0 ? { document, operations } : { document: { ...document, [PARAMETERS_KEY]: schemas } as OpenApiDocument, operations };
}

interface Parameter {
  name: string;
  place: string;
  required: boolean;
  /** Pointer of its schema, or undefined for one described by `content`. */
  schemaPointer: string | undefined;
  /**
   * Described by `content`: the client sends the string it is given (openapi-typescript types
   * it so), which is all that is checked; the generator says so when it generates.
   */
  content: boolean;
}

function parametersSchema(listed: ReturnType<typeof operationParameters>): Record<string, unknown> | undefined {
  const sent: Parameter[] = listed
    .filter(({ parameter }) => SENT_PLACES.includes(parameter.in) && !isIgnoredHeaderParameter(parameter))
    .map(({ parameter, pointer }) => ({
      name: parameter.name,
      place: parameter.in,
      required: parameter.in === 'path' || parameter.required === true,
      schemaPointer: parameter.schema === undefined ? undefined : joinPointer(pointer, 'schema'),
      content: parameter.schema === undefined && parameter.content !== undefined,
    }));
  if (sent.length === 0) return undefined;
  const places: Record<string, unknown> = {};
  const requiredPlaces: string[] = [];
  for (const place of SENT_PLACES) {
    const parameters = sent.filter((parameter) => parameter.place === place);
    if (parameters.length === 0) continue;
    const required = parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
    places[place] = {
      type: 'object',
      properties: Object.fromEntries(
        parameters.map((parameter) => [parameter.name, parameter.schemaPointer !== undefined ? { $ref: parameter.schemaPointer } : parameter.content ? { type: 'string' } : true]),
      ),
      ...(required.length > 0 ? { required } : {}),
    };
    if (required.length > 0) requiredPlaces.push(place);
  }
  return { type: 'object', properties: places, ...(requiredPlaces.length > 0 ? { required: requiredPlaces } : {}) };
}
