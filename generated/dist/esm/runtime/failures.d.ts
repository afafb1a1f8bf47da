/**
 * How an attempt failed, as the retry rule reads it (`kind`, `outcome`, `Retry-After`), with
 * the error to throw if it is the call's last: one builder per way of failing (a status, a
 * redirect, the network or a timeout, the token provider, the caller's abort).
 */
import { ClientAbortError, ClientError, type RequestOutcome, type RequestSnapshot, type ValidationIssue } from './errors.js';
import type { OperationDefinition } from './definitions.js';
import { type AttemptState } from './outcome.js';
import { type AttemptFailureKind } from './retry.js';
/** How one attempt failed: the retry rule's input, and the error to throw if it is the last. */
export interface AttemptFailure {
    kind: AttemptFailureKind;
    outcome: RequestOutcome;
    retryAfterMs?: number;
    /**
     * The error to throw. `exhausted`: the retries ran out. `outcome`: the call's, from this
     * attempt's and what earlier ones can have done (see `callOutcome`); this attempt's when not
     * given. `notRetried`: why it was not sent again though the rule allowed it (a status's only).
     */
    toError(attempts: number, exhausted: boolean, outcome?: RequestOutcome, notRetried?: string): ClientError;
}
/** The details every error of the call carries. */
export declare function base(operation: OperationDefinition, attempts: number, outcome: RequestOutcome, request?: RequestSnapshot): {
    operationId: string;
    method: import("./definitions.js").HttpMethod;
    path: string;
    attempts: number;
    outcome: RequestOutcome;
    request: RequestSnapshot | undefined;
};
/** The request as sent, for the error: its URL and headers with the token redacted. */
export declare function snapshot(state: AttemptState, secrets: string[]): RequestSnapshot | undefined;
/** The server (or a middleware in its place) answered with a status that is not 2xx. */
export declare function statusFailure(operation: OperationDefinition, response: Response, body: unknown, state: AttemptState, secrets: string[]): AttemptFailure;
/**
 * A 2xx answer whose body is not JSON, or does not match the spec (with `validateResponses:
 * "throw"`). The server did the work: the outcome is `succeeded`, and it is never retried.
 */
export declare function responseFailure(operation: OperationDefinition, response: Response, text: string, issues: ValidationIssue[], state: AttemptState, secrets: string[]): AttemptFailure;
/**
 * A redirect answered a request that is not idempotent: a 3xx (not followed), a browser's
 * opaque redirect (status 0), or one that a custom `fetch` followed anyway. The server may
 * or may not have done the work (a 303 usually means it did, a 307 that it did not), and
 * following it is what the client must not do, so the outcome is `unknown` and it is final.
 */
export declare function redirectFailure(operation: OperationDefinition, response: Response, body: unknown, state: AttemptState, secrets: string[]): AttemptFailure;
/** fetch failed: the caller aborted, the attempt timed out, or the network or a middleware failed. */
export declare function transportFailure(operation: OperationDefinition, error: unknown, state: AttemptState, how: {
    timedOut: boolean;
    aborted: boolean;
    timeoutMs: number;
    baseUrl: string;
}, secrets: string[]): AttemptFailure;
/** The `getToken` option threw, timed out, or gave no usable token: nothing was sent. */
export declare function tokenFailure(operation: OperationDefinition, error: unknown, secrets: string[]): AttemptFailure;
/**
 * The caller's signal aborted the call outside a request in flight: before the first attempt,
 * while a token was awaited (`beforeAttempt`: that attempt), or while waiting to retry.
 */
export declare function abortError(operation: OperationDefinition, attempts: number, previous: AttemptFailure | undefined, earlier: RequestOutcome | undefined, reason: unknown, secrets: string[], beforeAttempt?: number): ClientAbortError;
