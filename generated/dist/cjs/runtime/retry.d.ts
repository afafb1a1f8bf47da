export interface RetryOptions {
    /** Retries after the first attempt (default 2: three attempts at most). */
    maxRetries: number;
    /** First backoff delay; it doubles with each retry (default 500 ms). */
    baseDelayMs: number;
    /**
     * Longest wait before a retry (default 10,000 ms). A server's `Retry-After` asking for longer
     * ends the call with the error instead: the client does not retry sooner than asked.
     */
    maxDelayMs: number;
}
/** Retry settings as given in options: any of them, each over the defaults (an undefined one is not given). */
export type RetrySettings = {
    [K in keyof RetryOptions]?: RetryOptions[K] | undefined;
};
export declare const DEFAULT_RETRY: Readonly<RetryOptions>;
/** What went wrong with one attempt, in the terms the retry rule needs. */
export type AttemptFailureKind = 
/** The server answered with this status. */
{
    kind: 'status';
    status: number;
}
/** No connection was made, so nothing was sent; `transient` failures may pass. */
 | {
    kind: 'not-connected';
    transient: boolean;
}
/** The request may have been received: timeout, reset or close after connecting. */
 | {
    kind: 'lost';
}
/** Never retried: the caller aborted, the answer was 2xx but unreadable, a hook threw. */
 | {
    kind: 'final';
};
export declare function isRetryable(failure: AttemptFailureKind, idempotent: boolean): boolean;
/**
 * `Retry-After` in milliseconds: delay-seconds or an HTTP date (RFC 9110 section 10.2.3);
 * undefined when absent or unreadable, 0 for a date in the past.
 */
export declare function parseRetryAfter(value: string | null | undefined, now?: number): number | undefined;
/**
 * The wait before retry number `retry` (1 for the first retry): the server's `Retry-After`
 * when it sent one (the engine does not retry when it exceeds `maxDelayMs`), else exponential
 * backoff up to `maxDelayMs`, shortened at random by up to 25%.
 */
export declare function retryDelay(retry: number, options: RetryOptions, retryAfterMs?: number, random?: () => number): number;
/** The settings of one call: the defaults, then the client's, then the call's (checked by options.ts). */
export declare function resolveRetryOptions(client: RetrySettings | false | undefined, call: RetrySettings | false | undefined): RetryOptions;
/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
