export type RequestOutcome = 'not-sent' | 'rejected' | 'unknown' | 'succeeded';
export type ErrorCode = 'REQUEST_VALIDATION' | 'TOKEN_PROVIDER' | 'REQUEST_SETUP' | 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'UNPROCESSABLE_ENTITY' | 'RATE_LIMITED' | 'SERVER_ERROR' | 'HTTP_ERROR' | 'TIMEOUT' | 'NETWORK' | 'ABORTED' | 'RESPONSE_VALIDATION';
/** One problem found by a generated validator. */
export interface ValidationIssue {
    /** JSON Pointer of the value in the body, such as `/numbers/0/number` (`` for the body). */
    path: string;
    keyword: string;
    message: string;
    /** JSON Pointer of the schema keyword that failed. */
    schemaPath: string;
    /** Warnings never block a request; they go to `onWarning`. */
    severity: 'error' | 'warning';
}
/** The request as sent, for debugging; credentials are redacted. */
export interface RequestSnapshot {
    method: string;
    url: string;
    headers: Record<string, string>;
}
export interface ErrorDetails {
    operationId: string;
    method: string;
    path: string;
    attempts: number;
    outcome: RequestOutcome;
    request?: RequestSnapshot;
    cause?: unknown;
}
/**
 * Every error a call throws: `code` says what failed, `outcome` what the server can have done
 * (`not-sent`, `rejected`, `unknown`, `succeeded`), so whether sending again is safe.
 * Subclasses say what happened: a validation error, an answer with an error status, a
 * timeout, a network failure, an abort, a 2xx answer that is not as specified.
 */
export declare class ClientError extends Error {
    readonly code: ErrorCode;
    readonly outcome: RequestOutcome;
    /** The operation called: its operationId, such as `createItem`. */
    readonly operationId: string;
    readonly method: string;
    /** The path template of the operation, such as `/items/{id}`. */
    readonly path: string;
    /** Requests sent or tried (0 when the request failed validation). */
    readonly attempts: number;
    readonly request?: RequestSnapshot;
    constructor(code: ErrorCode, message: string, details: ErrorDetails);
    /** An instance of this class, or of this class in the package's other build (see BRAND). */
    static [Symbol.hasInstance](value: unknown): boolean;
    toJSON(): Record<string, unknown>;
}
/** The request body failed validation; nothing was sent. */
export declare class ClientValidationError extends ClientError {
    readonly issues: ValidationIssue[];
    constructor(message: string, details: ErrorDetails & {
        issues: ValidationIssue[];
    });
}
export interface ApiErrorDetails extends ErrorDetails {
    status: number;
    statusText: string;
    /** The error body: parsed JSON when it is JSON, else the raw text (undefined when empty). */
    body: unknown;
    headers: Record<string, string>;
    retryAfterMs?: number;
}
/** The server answered with a status that is not 2xx. */
export declare class ClientApiError extends ClientError {
    readonly status: number;
    readonly statusText: string;
    readonly body: unknown;
    readonly headers: Record<string, string>;
    /** The server's `Retry-After`, in milliseconds, when it sent one. */
    readonly retryAfterMs?: number;
    constructor(message: string, details: ApiErrorDetails, code?: ErrorCode);
}
/** 400: the server found the request malformed or invalid. */
export declare class ClientBadRequestError extends ClientApiError {
    constructor(message: string, details: ApiErrorDetails);
}
/** 401: the token is missing, invalid or expired. */
export declare class ClientUnauthorizedError extends ClientApiError {
    constructor(message: string, details: ApiErrorDetails);
}
/** 403: the token's user may not do this. */
export declare class ClientForbiddenError extends ClientApiError {
    constructor(message: string, details: ApiErrorDetails);
}
/** 404: a resource of the request does not exist. */
export declare class ClientNotFoundError extends ClientApiError {
    constructor(message: string, details: ApiErrorDetails);
}
/** 409: the request conflicts with the server's state. */
export declare class ClientConflictError extends ClientApiError {
    constructor(message: string, details: ApiErrorDetails);
}
/** 422: the request is well-formed but cannot be processed. */
export declare class ClientUnprocessableEntityError extends ClientApiError {
    constructor(message: string, details: ApiErrorDetails);
}
/** 429: too many requests; still failing after the client's retries. */
export declare class ClientRateLimitError extends ClientApiError {
    constructor(message: string, details: ApiErrorDetails);
}
/** 5xx: an error in the server, a gateway or a proxy. */
export declare class ClientServerError extends ClientApiError {
    constructor(message: string, details: ApiErrorDetails);
}
export declare function createApiError(message: string, details: ApiErrorDetails): ClientApiError;
/** No complete answer within `timeoutMs` (for one attempt). */
export declare class ClientTimeoutError extends ClientError {
    readonly timeoutMs: number;
    /** `response`: no status line arrived; `body`: the status arrived, the body did not finish. */
    readonly phase: 'response' | 'body';
    /** The status, when it arrived before the timeout. */
    readonly status?: number;
    constructor(message: string, details: ErrorDetails & {
        timeoutMs: number;
        phase: 'response' | 'body';
        status?: number;
    });
}
/** The connection failed: refused, DNS failure, reset, closed early. */
export declare class ClientNetworkError extends ClientError {
    /** The system or undici error code, such as `ECONNREFUSED` or `UND_ERR_SOCKET`, when known. */
    readonly networkCode?: string;
    readonly phase: 'response' | 'body';
    readonly status?: number;
    constructor(message: string, details: ErrorDetails & {
        networkCode?: string;
        phase: 'response' | 'body';
        status?: number;
    });
}
/** The caller's `AbortSignal` stopped the request or a wait before a retry. */
export declare class ClientAbortError extends ClientError {
    constructor(message: string, details: ErrorDetails);
}
/** A 2xx answer whose body is not JSON, is empty, or does not match the response schema. */
export declare class ClientResponseValidationError extends ClientError {
    readonly status: number;
    readonly issues: ValidationIssue[];
    /** The raw body as received (secrets scrubbed). */
    readonly body: string;
    readonly headers: Record<string, string>;
    constructor(message: string, details: ErrorDetails & {
        status: number;
        issues: ValidationIssue[];
        body: string;
        headers: Record<string, string>;
    });
}
