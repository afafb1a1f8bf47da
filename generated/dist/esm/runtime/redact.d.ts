/**
 * Keeps credentials out of everything an error carries: messages, bodies the server echoed,
 * headers, and the errors of lower layers (fetch, middleware) kept as `cause`.
 */
export declare const REDACTED = "[REDACTED]";
export declare function scrubText(text: string, secrets: readonly string[]): string;
/**
 * A validator's issue text with every secret scrubbed, whole or cut short: an issue quotes a
 * long received string cut (at 64 characters) and marked "…", which keeps a long token's start.
 */
export declare function scrubQuoted(text: string, secrets: readonly string[]): string;
/** A copy of a JSON-like value with every secret replaced in its strings (keys included). */
export declare function scrubValue(value: unknown, secrets: readonly string[], depth?: number): unknown;
/** Headers as a plain object, credentials replaced. */
export declare function redactHeaders(headers: Headers, secrets: readonly string[]): Record<string, string>;
/** A URL without user name and password. */
export declare function redactUrl(url: string): string;
/**
 * The error itself when it mentions no secret, else a stand-in with the same name, message
 * (scrubbed) and `code`. Lower layers can put a request's headers into their messages; such an
 * error must not reach users as the `cause` of ours.
 */
export declare function scrubError(error: unknown, secrets: readonly string[], depth?: number): unknown;
