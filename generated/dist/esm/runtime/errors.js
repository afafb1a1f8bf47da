/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
/**
 * The client's errors. One base class with a stable `code` and an `outcome` that says what the
 * server can have done, so callers know whether it is safe to send a request again:
 *
 * - `not-sent`: nothing reached the server (invalid body, connection refused, DNS failure);
 * - `rejected`: the server answered that it did not do the work (4xx, 429, 503; for a request
 *   that is not idempotent, a 503 with the API's own body);
 * - `unknown`: the server may or may not have done it (timeout, reset, 500, 502, 504, a
 *   proxy's or gateway's 503 of a request that is not idempotent);
 * - `succeeded`: the server did it, but its answer could not be read, or is not as specified
 *   with `validateResponses: "throw"` (by default such a body is returned, with a warning).
 *
 * Errors carry no credential: messages, bodies and headers are scrubbed when they are built,
 * and the captured request has its `Authorization` header redacted.
 */
import { ERROR_PREFIX, PACKAGE_NAME } from './naming.js';
/**
 * Where each error class puts its name, the same in every copy of this package: a CommonJS
 * dependency that requires the package beside an ES module that imports it loads both builds,
 * and an error made by one must be an instance of the other's classes.
 */
const BRAND = Symbol.for(`${PACKAGE_NAME} error class`);
/**
 * Every error a call throws: `code` says what failed, `outcome` what the server can have done
 * (`not-sent`, `rejected`, `unknown`, `succeeded`), so whether sending again is safe.
 * Subclasses say what happened: a validation error, an answer with an error status, a
 * timeout, a network failure, an abort, a 2xx answer that is not as specified.
 */
export class ClientError extends Error {
    constructor(code, message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.code = code;
        this.outcome = details.outcome;
        this.operationId = details.operationId;
        this.method = details.method;
        this.path = details.path;
        this.attempts = details.attempts;
        if (details.request)
            this.request = details.request;
    }
    /** An instance of this class, or of this class in the package's other build (see BRAND). */
    static [Symbol.hasInstance](value) {
        if (Function.prototype[Symbol.hasInstance].call(this, value))
            return true;
        // A class that is not one of the package's (a caller's subclass) has no brand of its own.
        if (!Object.prototype.hasOwnProperty.call(this.prototype, BRAND))
            return false;
        const brand = this.prototype[BRAND];
        for (let proto = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : null; proto; proto = Object.getPrototypeOf(proto)) {
            if (Object.prototype.hasOwnProperty.call(proto, BRAND) && proto[BRAND] === brand)
                return true;
        }
        return false;
    }
    toJSON() {
        const json = { name: this.name, code: this.code, message: this.message };
        for (const [key, value] of Object.entries(this))
            if (key !== 'cause')
                json[key] = value;
        return json;
    }
}
/** The request body failed validation; nothing was sent. */
export class ClientValidationError extends ClientError {
    constructor(message, details) {
        super('REQUEST_VALIDATION', message, details);
        this.issues = details.issues;
    }
}
/** The server answered with a status that is not 2xx. */
export class ClientApiError extends ClientError {
    constructor(message, details, code = 'HTTP_ERROR') {
        super(code, message, details);
        this.status = details.status;
        this.statusText = details.statusText;
        this.body = details.body;
        this.headers = details.headers;
        if (details.retryAfterMs !== undefined)
            this.retryAfterMs = details.retryAfterMs;
    }
}
/** 400: the server found the request malformed or invalid. */
export class ClientBadRequestError extends ClientApiError {
    constructor(message, details) {
        super(message, details, 'BAD_REQUEST');
    }
}
/** 401: the token is missing, invalid or expired. */
export class ClientUnauthorizedError extends ClientApiError {
    constructor(message, details) {
        super(message, details, 'UNAUTHORIZED');
    }
}
/** 403: the token's user may not do this. */
export class ClientForbiddenError extends ClientApiError {
    constructor(message, details) {
        super(message, details, 'FORBIDDEN');
    }
}
/** 404: a resource of the request does not exist. */
export class ClientNotFoundError extends ClientApiError {
    constructor(message, details) {
        super(message, details, 'NOT_FOUND');
    }
}
/** 409: the request conflicts with the server's state. */
export class ClientConflictError extends ClientApiError {
    constructor(message, details) {
        super(message, details, 'CONFLICT');
    }
}
/** 422: the request is well-formed but cannot be processed. */
export class ClientUnprocessableEntityError extends ClientApiError {
    constructor(message, details) {
        super(message, details, 'UNPROCESSABLE_ENTITY');
    }
}
/** 429: too many requests; still failing after the client's retries. */
export class ClientRateLimitError extends ClientApiError {
    constructor(message, details) {
        super(message, details, 'RATE_LIMITED');
    }
}
/** 5xx: an error in the server, a gateway or a proxy. */
export class ClientServerError extends ClientApiError {
    constructor(message, details) {
        super(message, details, 'SERVER_ERROR');
    }
}
/** The classes of the statuses that have their own; other 5xx are `ServerError`s, the rest `ApiError`s. */
const STATUS_CLASSES = {
    400: ClientBadRequestError,
    401: ClientUnauthorizedError,
    403: ClientForbiddenError,
    404: ClientNotFoundError,
    409: ClientConflictError,
    422: ClientUnprocessableEntityError,
    429: ClientRateLimitError,
};
export function createApiError(message, details) {
    const status = details.status;
    const errorClass = STATUS_CLASSES[status] ?? (status >= 500 && status <= 599 ? ClientServerError : ClientApiError);
    return new errorClass(message, details);
}
/** No complete answer within `timeoutMs` (for one attempt). */
export class ClientTimeoutError extends ClientError {
    constructor(message, details) {
        super('TIMEOUT', message, details);
        this.timeoutMs = details.timeoutMs;
        this.phase = details.phase;
        if (details.status !== undefined)
            this.status = details.status;
    }
}
/** The connection failed: refused, DNS failure, reset, closed early. */
export class ClientNetworkError extends ClientError {
    constructor(message, details) {
        super('NETWORK', message, details);
        if (details.networkCode !== undefined)
            this.networkCode = details.networkCode;
        this.phase = details.phase;
        if (details.status !== undefined)
            this.status = details.status;
    }
}
/** The caller's `AbortSignal` stopped the request or a wait before a retry. */
export class ClientAbortError extends ClientError {
    constructor(message, details) {
        super('ABORTED', message, details);
    }
}
/** A 2xx answer whose body is not JSON, is empty, or does not match the response schema. */
export class ClientResponseValidationError extends ClientError {
    constructor(message, details) {
        super('RESPONSE_VALIDATION', message, details);
        this.status = details.status;
        this.issues = details.issues;
        this.body = details.body;
        this.headers = details.headers;
    }
}
// Names live on the prototypes, not on instances: they are set before any stack is captured,
// and `util.inspect` does not list them as properties.
const NAMES = [
    [ClientError, 'Error'],
    [ClientValidationError, 'ValidationError'],
    [ClientApiError, 'ApiError'],
    [ClientBadRequestError, 'BadRequestError'],
    [ClientUnauthorizedError, 'UnauthorizedError'],
    [ClientForbiddenError, 'ForbiddenError'],
    [ClientNotFoundError, 'NotFoundError'],
    [ClientConflictError, 'ConflictError'],
    [ClientUnprocessableEntityError, 'UnprocessableEntityError'],
    [ClientRateLimitError, 'RateLimitError'],
    [ClientServerError, 'ServerError'],
    [ClientTimeoutError, 'TimeoutError'],
    [ClientNetworkError, 'NetworkError'],
    [ClientAbortError, 'AbortError'],
    [ClientResponseValidationError, 'ResponseValidationError'],
];
for (const [errorClass, suffix] of NAMES) {
    const name = ERROR_PREFIX + suffix;
    // A new property defined this way is not enumerable; the class's own `name` stays configurable.
    Object.defineProperty(errorClass.prototype, 'name', { value: name, configurable: true, writable: true });
    Object.defineProperty(errorClass, 'name', { value: name });
    Object.defineProperty(errorClass.prototype, BRAND, { value: name });
}
