/**
 * The client's view of each operation of the spec: its method name, how it is called
 * (`(body, init?)` or `({ params, body }, init?)`), whether it may be retried after an unknown
 * outcome, and the sentences its errors end with.
 */
import { isIdentifier, pascalCase, quote } from '../shared/codegen.js';
import { GeneratorError } from '../shared/errors.js';
import { followRefs, isSuccessStatus, jsonMediaTypeOf, listOperations, operationParameters, type OpenApiDocument, type OperationRef, type ParameterObject } from '../shared/openapi.js';

export interface ClientOperation {
  operationId: string;
  /** The client's method name: the operationId when it is an identifier, else camelCased. */
  methodName: string;
  /** The operation's type in types.gen.ts: `operations["id"]`, or `paths[path][method]` without an operationId. */
  typeRef: string;
  /** PascalCase operationId, as the validators module names its functions. */
  pascalName: string;
  method: string;
  path: string;
  pointer: string;
  idempotent: boolean;
  hasJsonBody: boolean;
  bodyRequired: boolean;
  hasParams: boolean;
  /** Whether a parameter must be given (a path parameter, or one marked `required`). */
  paramsRequired: boolean;
  /** Its parameters' names by where they go (`path`, `query`, ...), the path item's first. */
  parameterPlaces: Map<string, string[]>;
  /**
   * The style and explode of each parameter the client sends whose serialization differs from
   * its place's default (path and header `simple`, query `form` exploded), by place and name.
   */
  parameterEncodings: Map<string, Map<string, ParameterEncoding>>;
  jsonResponse: boolean;
  summary?: string;
  description?: string;
  deprecated: boolean;
  messages: { unknown: string; notDone: string; done: string };
}

export interface ParameterEncoding {
  style: string;
  explode: boolean;
}

/** OpenAPI's styles for each place the client sends a parameter in; the first is the place's default. */
const STYLES_OF_PLACE: Record<string, readonly string[]> = {
  path: ['simple', 'label', 'matrix'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);
const CREATE_VERB = /^(create|add|insert|register|new)([A-Z0-9_].*)$/;

/**
 * Names a client method cannot take: the client's own members, and those JavaScript calls on
 * any object (a `then` makes the client a thenable, so `await` on a function returning it calls
 * the operation and never settles; `toJSON` is called by JSON.stringify).
 */
const RESERVED_METHODS = new Map<string, string>([
  ['use', 'is the client\'s own (it registers middleware)'],
  ['eject', 'is the client\'s own (it removes middleware)'],
  ['then', 'would make the client a thenable, which `await` calls'],
  ['toJSON', 'is called by JSON.stringify'],
  ...['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__'].map(
    (name): [string, string] => [name, 'is a member of every JavaScript object'],
  ),
]);

export function readOperations(document: OpenApiDocument): ClientOperation[] {
  const byMethodName = new Map<string, string>();
  return listOperations(document).map((ref) => {
    const operation = readOperation(document, ref);
    const previous = byMethodName.get(operation.methodName);
    if (previous) {
      throw new GeneratorError(
        `operation "${operation.operationId}" gives the client method name "${operation.methodName}", as does ${previous}; give them distinct operationIds`,
        ref.pointer,
      );
    }
    byMethodName.set(operation.methodName, ref.pointer);
    return operation;
  });
}

function readOperation(document: OpenApiDocument, ref: OperationRef): ClientOperation {
  const { operation } = ref;
  // Without an operationId the method is named after the method and path (`GET /pet/{id}` ->
  // `getPetId`), the same words the validators module names its functions with.
  const hasOperationId = typeof operation.operationId === 'string' && operation.operationId !== '';
  const operationId = hasOperationId ? (operation.operationId as string) : `${ref.method} ${ref.path}`;
  // openapi-typescript lists only operations with an operationId under `operations`.
  const typeRef = hasOperationId ? `operations[${quote(operationId)}]` : `paths[${quote(ref.path)}][${quote(ref.method)}]`;
  const pascalName = pascalCase(operationId);
  const methodName = isIdentifier(operationId) ? operationId : pascalName[0]!.toLowerCase() + pascalName.slice(1);
  if (!isIdentifier(methodName)) {
    throw new GeneratorError(`operationId "${operationId}" cannot name a method (it gives "${methodName}"); rename it`, `${ref.pointer}/operationId`);
  }
  const taken = RESERVED_METHODS.get(methodName);
  if (taken) {
    throw new GeneratorError(`operationId "${operationId}" cannot name a method of the client: "${methodName}" ${taken}; rename the operationId`, `${ref.pointer}/operationId`);
  }
  const method = ref.method.toUpperCase();
  const idempotent = IDEMPOTENT.has(method);
  const requestBody = followRefs(document, operation.requestBody).node as { required?: unknown; content?: Record<string, unknown> } | undefined;
  const hasJsonBody = jsonMediaTypeOf(requestBody?.content) !== undefined;
  const located = operationParameters(document, ref.path, ref.method);
  const parameters = located.map(({ parameter }) => parameter);
  // OpenAPI: each template expression of a path must be a path parameter. Without one the
  // client would send `{id}` itself, percent-encoded, to a resource of that name.
  for (const [, name] of ref.path.matchAll(/\{([^{}]+)\}/g)) {
    if (!parameters.some((parameter) => parameter.in === 'path' && parameter.name === name)) {
      throw new GeneratorError(`the path ${ref.path} has {${name}}, but the operation has no path parameter "${name}"; declare it (in: path, required: true)`, ref.pointer);
    }
  }
  const responses = Object.entries(operation.responses ?? {});
  const jsonResponse = responses.some(
    ([status, response]) => isSuccessStatus(status) && jsonMediaTypeOf((followRefs(document, response).node as { content?: unknown } | undefined)?.content) !== undefined,
  );
  return {
    operationId,
    typeRef,
    methodName,
    pascalName,
    method,
    path: ref.path,
    pointer: ref.pointer,
    idempotent,
    hasJsonBody,
    bodyRequired: hasJsonBody && requestBody?.required === true,
    hasParams: parameters.length > 0,
    paramsRequired: parameters.some((parameter) => parameter.in === 'path' || parameter.required === true),
    parameterPlaces: placesOf(parameters),
    parameterEncodings: encodingsOf(located),
    jsonResponse,
    summary: typeof operation.summary === 'string' ? operation.summary : undefined,
    description: typeof operation.description === 'string' ? operation.description : undefined,
    deprecated: operation.deprecated === true,
    messages: outcomeMessages(operationId, method, idempotent),
  };
}

/**
 * The sentences that end an error's message. For a create, they name the thing created
 * (`createCampaign` -> "campaign") and say how to find out whether it exists.
 */
export function outcomeMessages(operationId: string, method: string, idempotent: boolean): ClientOperation['messages'] {
  if (idempotent) {
    return {
      unknown: `The request may or may not have taken effect; ${method} is idempotent, so it is safe to send again.`,
      notDone: 'The request did not take effect.',
      done: 'The request took effect.',
    };
  }
  const create = CREATE_VERB.exec(operationId);
  if (create) {
    const noun = pascalCase(create[2]!).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    return {
      unknown:
        `The ${noun} may or may not have been created. The request was not sent again, because a second attempt could create a second ${noun}. ` +
        `Check whether it exists (for example, list the ${noun}s and look for this one) before you send it again.`,
      notDone: `The ${noun} was not created.`,
      done: `The ${noun} was created: do not send the request again.`,
    };
  }
  return {
    unknown:
      `The request may or may not have taken effect. It was not sent again, because ${method} is not idempotent. ` +
      `Check the server's state before you send it again.`,
    notDone: 'The request did not take effect.',
    done: 'The request took effect: do not send it again.',
  };
}

/**
 * The parameters that are not sent in their place's default style. A style OpenAPI does not
 * define for the place (`matrix` in the query, `form` in a header) stops generation: the spec
 * says nothing of how to send it, and a guess would reach the server as something else.
 */
function encodingsOf(located: Array<{ parameter: ParameterObject; pointer: string }>): Map<string, Map<string, ParameterEncoding>> {
  const encodings = new Map<string, Map<string, ParameterEncoding>>();
  for (const { parameter, pointer } of located) {
    // Cookies are not sent (unsentInputs says so), whatever their style.
    if (parameter.in === 'cookie' || parameter.content !== undefined || !Object.hasOwn(STYLES_OF_PLACE, parameter.in)) continue;
    const styles = STYLES_OF_PLACE[parameter.in]!;
    const style = parameter.style === undefined ? styles[0] : parameter.style;
    if (typeof style !== 'string' || !styles.includes(style)) {
      throw new GeneratorError(
        `${parameter.in} parameter "${parameter.name}" has style ${JSON.stringify(style)}, which OpenAPI does not define for a ${parameter.in} parameter; use one of ${styles.join(', ')}`,
        `${pointer}/style`,
      );
    }
    if (parameter.explode !== undefined && typeof parameter.explode !== 'boolean') {
      throw new GeneratorError(`${parameter.in} parameter "${parameter.name}" has explode ${JSON.stringify(parameter.explode)}; it must be true or false`, `${pointer}/explode`);
    }
    // OpenAPI: explode defaults to true for form, false for every other style.
    const explode = parameter.explode ?? style === 'form';
    if (style === styles[0] && explode === (style === 'form')) continue;
    const place = encodings.get(parameter.in) ?? new Map<string, ParameterEncoding>();
    place.set(parameter.name, { style, explode });
    encodings.set(parameter.in, place);
  }
  return encodings;
}

function placesOf(parameters: ParameterObject[]): Map<string, string[]> {
  const places = new Map<string, string[]>();
  for (const parameter of parameters) places.set(parameter.in, [...(places.get(parameter.in) ?? []), parameter.name]);
  return places;
}
