/**
 * The parts of an OpenAPI 3.0/3.1 document the generator reads. Loose on purpose: specs in
 * the wild carry more than the standard, and each stage checks what it relies on.
 */
import { escapePointerToken, resolvePointer } from './pointer.js';

export type JsonSchema = boolean | { [keyword: string]: unknown };

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  parameters?: unknown[];
  [key: string]: unknown;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; [key: string]: unknown };
  servers?: Array<{ url: string }>;
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, JsonSchema>; [key: string]: unknown };
  [key: string]: unknown;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationRef {
  method: HttpMethod;
  path: string;
  operation: OperationObject;
  /** JSON Pointer of the operation in the document. */
  pointer: string;
}

/** Every operation of the document, in document order. */
export function listOperations(document: OpenApiDocument): OperationRef[] {
  const operations: OperationRef[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item?.[method];
      if (operation && typeof operation === 'object') {
        const pointer = `#/paths/${escapePointerToken(path)}/${method}`;
        operations.push({ method, path, operation: operation as OperationObject, pointer });
      }
    }
  }
  return operations;
}

/**
 * Whether a media type is JSON: the subtype `json` (`application/json`, `text/json`) or a `+json`
 * suffix (`application/problem+json`), with or without parameters (`; charset=utf-8`); in any
 * case, as media types are compared. Not `application/x-ndjson` (lines of JSON, not one value).
 * Every stage asks this one question, so the client validates what the validators compiled and
 * the README shows the same example; the client's types (runtime/types.ts) read it alike.
 */
export function isJsonMediaType(mediaType: string): boolean {
  return /^[\w.+-]+\/(?:[\w.+-]+\+)?json\s*(?:;.*)?$/i.test(mediaType);
}

/** The first JSON media type of a request body's or a response's `content`, in the spec's order. */
export function jsonMediaTypeOf(content: unknown): string | undefined {
  if (content === null || typeof content !== 'object') return undefined;
  return Object.keys(content).find(isJsonMediaType);
}

/** A success status: `200` to `299`, or the range `2XX`. */
export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/** The success statuses of a `responses` object, lowest first (`200`, `201`, `2XX`). */
export function successStatuses(responses: unknown): string[] {
  if (responses === null || typeof responses !== 'object') return [];
  return Object.keys(responses).filter(isSuccessStatus).sort();
}

/**
 * Follows local `$ref`s from a node (a request body, a response, an example) to what they name,
 * with the pointer of where it ended; at most 16 hops, so a loop of references ends.
 */
export function followRefs(document: unknown, node: unknown, pointer = ''): { node: unknown; pointer: string } {
  let current = node;
  let at = pointer;
  for (let hops = 0; hops < 16 && current !== null && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string'; hops++) {
    const ref = (current as { $ref: string }).$ref;
    if (!ref.startsWith('#')) break;
    at = ref;
    current = resolvePointer(document, ref);
  }
  return { node: current, pointer: at };
}

/** A parameter of an operation, its `$ref`s followed. */
export interface ParameterObject {
  name: string;
  in: string;
  required?: unknown;
  schema?: unknown;
  style?: unknown;
  explode?: unknown;
  [key: string]: unknown;
}

/**
 * Header parameters OpenAPI says are ignored: the client sets these headers itself (the body's
 * media type, the answers it reads, the token).
 */
export function isIgnoredHeaderParameter(parameter: Pick<ParameterObject, 'in' | 'name'>): boolean {
  return parameter.in === 'header' && ['accept', 'content-type', 'authorization'].includes(parameter.name.toLowerCase());
}

/**
 * The parameters of an operation: the path item's, then the operation's, where an operation's
 * parameter replaces the path item's of the same name and place (as OpenAPI says), each with
 * the pointer of the parameter object (after its `$ref`s). Entries without a string `name`
 * and `in` are left out.
 */
export function operationParameters(document: OpenApiDocument, path: string, method: string): Array<{ parameter: ParameterObject; pointer: string }> {
  const pathItem = document.paths?.[path] as { parameters?: unknown } | undefined;
  const operation = pathItem?.[method as keyof typeof pathItem] as { parameters?: unknown } | undefined;
  const byKey = new Map<string, { parameter: ParameterObject; pointer: string }>();
  const lists: Array<[unknown, string]> = [
    [pathItem?.parameters, `#/paths/${escapePointerToken(path)}/parameters`],
    [operation?.parameters, `#/paths/${escapePointerToken(path)}/${method}/parameters`],
  ];
  for (const [list, at] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const { node, pointer } = followRefs(document, item, `${at}/${index}`);
      const parameter = node as Partial<ParameterObject> | undefined;
      if (typeof parameter?.name !== 'string' || typeof parameter.in !== 'string') return;
      const key = `${parameter.in}\n${parameter.name}`;
      // Delete first, so that a replaced parameter takes the operation's place in the order.
      byKey.delete(key);
      byKey.set(key, { parameter: parameter as ParameterObject, pointer });
    });
  }
  return [...byKey.values()];
}
