/**
 * The parts of an OpenAPI 3.0/3.1 document the generator reads. Loose on purpose: specs in
 * the wild carry more than the standard, and each stage checks what it relies on.
 */
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
        const pointer = `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`;
        operations.push({ method, path, operation: operation as OperationObject, pointer });
      }
    }
  }
  return operations;
}
