/** The longest wait `setTimeout` keeps (2^31 - 1 ms, about 24.8 days): a longer one fires at once. */
export declare const MAX_WAIT_MS = 2147483647;
/** More retries than this is a loop, not a retry policy. */
export declare const MAX_RETRIES = 100;
/** A header name: RFC 9110's token, as fetch checks it. */
export declare const HEADER_NAME: RegExp;
/** A character a header's value cannot carry (RFC 9110: visible Latin-1, spaces and tabs), which undici refuses. */
export declare const NOT_IN_HEADER: RegExp;
/** A timeout in milliseconds: a number > 0 that `setTimeout` keeps. */
export declare function checkTimeout(value: unknown, where: string): number;
/** `retry`: false, or an object of the retry settings, each checked. */
export declare function checkRetry(value: unknown, where: string): void;
/**
 * What is wrong with a bearer token, to follow "`token`" or "getToken() returned a token that":
 * it must be the token alone, without the scheme or blanks around it.
 */
export declare function tokenProblem(token: unknown): string | undefined;
/** The client's options, checked as a whole: throws a TypeError naming the first wrong one. */
export declare function checkClientOptions(where: string, options: unknown): void;
/** A call's options: undefined, or an object of the call options, each checked. */
export declare function checkCallOptions(where: string, init: unknown, tokenSent: boolean): void;
