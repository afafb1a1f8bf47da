/**
 * The shapes the request engine works with: an operation as the generated client describes it,
 * the options of a client and of a call, and what a generated validator returns.
 */
import type { Middleware } from 'openapi-fetch';
import type { ClientError, ValidationIssue } from './errors.js';
import type { RetrySettings } from './retry.js';
import type { ParameterEncodings, SerializedParameters } from './serialize.js';
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
/** What a generated validator returns. `issues` of an `ok` result can only be warnings. */
export type ValidationResult = {
    ok: true;
    value: unknown;
    issues?: ValidationIssue[];
} | {
    ok: false;
    issues: ValidationIssue[];
};
/**
 * A generated validator. The client calls it as is (stopping at the first issue is fastest for
 * valid bodies) and again with `allErrors: true` when it fails, to report every issue.
 */
export type Validator = (value: unknown, options?: {
    allErrors?: boolean;
}) => ValidationResult;
/** Sentences that end an error's message, by what the server can have done. */
export interface OutcomeMessages {
    /** The server may or may not have done the work. */
    unknown: string;
    /** The server did not do it (or never saw the request). */
    notDone: string;
    /** The server did it. */
    done: string;
}
/** One operation of the spec, as the generated client describes it. */
export interface OperationDefinition {
    operationId: string;
    method: HttpMethod;
    /** Path template, such as `/items` or `/items/{id}`. */
    path: string;
    /** Retries after a timeout or 500/502/504 are allowed only for idempotent methods. */
    idempotent: boolean;
    requestBodyRequired: boolean;
    /** The 2xx answer is JSON (else the call resolves to undefined). */
    jsonResponse: boolean;
    /**
     * The operation's query parameters: an exploded object's member named like one of them would
     * be read by the server as it, so it is refused.
     */
    queryParameters?: readonly string[];
    /**
     * The operation's header parameters, as the spec spells them: a header given in other case
     * (`x-trace` for `X-Trace`) is the same header, so it is checked and sent as that one.
     */
    headerParameters?: readonly string[];
    /** The parameters whose `style` or `explode` is not their place's default, by place and name. */
    parameterEncodings?: ParameterEncodings;
    /** Checks the parameters as the client takes them (`{ path, query, header }`), as they are sent. */
    validateParameters?: Validator;
    /**
     * Checks and serializes a call's parameters (runtime/parameters.ts), for an operation that
     * has any: passed in by the generated client, so that a package without parameters does not
     * carry the code.
     */
    prepareParameters?: (operation: OperationDefinition, params: unknown, validate: Validator | undefined, onWarning: (warning: ClientWarning) => void) => SerializedParameters;
    validateRequest?: Validator;
    validateResponse?: Validator;
    /**
     * Whether a 503's body is the one the API itself answers 503 with (the spec's). Only such a
     * 503 of a request that is not idempotent is taken as "not done, try later": a proxy or
     * gateway answers 503 too, also after it passed the request on (Heroku's H12 after 30 s,
     * Envoy's "upstream reset"), while the server went on to do the work.
     */
    isUnavailableResponse?: (body: unknown) => boolean;
    messages: OutcomeMessages;
}
export type ValidateResponsesMode = 'off' | 'warn' | 'throw';
export type ClientWarning = {
    type: 'request-validation';
    operationId: string;
    issues: ValidationIssue[];
    message: string;
} | {
    type: 'response-validation';
    operationId: string;
    status: number;
    issues: ValidationIssue[];
    message: string;
};
export interface RetryEvent {
    operationId: string;
    /** The attempt that failed (1 for the first). */
    attempt: number;
    /** How long the client waits before the next attempt. */
    delayMs: number;
    /** Why the attempt failed. */
    error: ClientError;
}
export interface ClientOptions {
    /** Bearer token sent as `Authorization: Bearer <token>`. Give this or `getToken`. */
    token?: string | undefined;
    /** Called before every attempt (sync or async), for tokens that expire and are refreshed. */
    getToken?: (() => string | Promise<string>) | undefined;
    /** Default: the spec's first server. */
    baseUrl?: string | undefined;
    /** A fetch implementation (default: the global `fetch`). */
    fetch?: ((request: Request) => Promise<Response>) | undefined;
    /** Time allowed for one attempt, until its body is read (default 30,000 ms). */
    timeoutMs?: number | undefined;
    /** Retry settings, or `false` to never retry. */
    retry?: RetrySettings | false | undefined;
    /** Validate request bodies and parameters before sending (default true): an invalid request is never sent. */
    validateRequests?: boolean | undefined;
    /**
     * What to do when a 2xx body does not match the spec (default `"warn"`). A 2xx means the
     * server did the work: throwing would make a caller believe it failed and try again, so by
     * default the body is returned and the mismatch reported to `onWarning`. Use `"throw"` to
     * get a `ResponseValidationError` (whose `outcome` is `succeeded`) instead.
     */
    validateResponses?: ValidateResponsesMode | undefined;
    /** Headers sent with every request. */
    headers?: Record<string, string> | undefined;
    /** `User-Agent` header. Default: the package's name and version, outside browsers (in one, none is sent: Firefox would send it, and CORS would have to allow it). */
    userAgent?: string | undefined;
    /** openapi-fetch middleware (`onRequest`, `onResponse`, `onError`), run on every attempt. */
    middleware?: Middleware[] | undefined;
    /** Receives validation warnings (default: `console.warn`). What it throws, or an async hook rejects with, is ignored. */
    onWarning?: ((warning: ClientWarning) => void) | undefined;
    /** Called before each retry, with the error of the failed attempt and the wait. What it throws, or an async hook rejects with, is ignored. */
    onRetry?: ((event: RetryEvent) => void) | undefined;
}
/** Options of one call. */
export interface RequestOptions {
    /** Aborts the request in flight and any wait before a retry. */
    signal?: AbortSignal | undefined;
    /** Time allowed for each attempt of this call. */
    timeoutMs?: number | undefined;
    /**
     * This call's retry settings, each over the client's: `{ maxDelayMs: 1000 }` keeps the
     * client's others, and its `retry: false` (no retries) unless `maxRetries` is given.
     */
    retry?: RetrySettings | false | undefined;
    /** Headers for this call only. */
    headers?: Record<string, string> | undefined;
}
export interface OperationInput {
    params?: Record<string, unknown>;
    body?: unknown;
}
/** What the generated factory knows from the spec. */
export interface RuntimeDefaults {
    /** The name of the generated factory, for messages. */
    factoryName: string;
    baseUrl: string;
    userAgent?: string;
    /** The spec requires a bearer token: creating a client without one is an error. */
    requiresToken: boolean;
}
export declare const DEFAULT_TIMEOUT_MS = 30000;
/**
 * The validator run as the client runs it: stopping at the first issue is fastest for a valid
 * value, and an invalid one is checked again for every issue.
 */
export declare function validateFully(validate: Validator, value: unknown): ValidationResult;
