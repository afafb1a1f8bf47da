/**
 * The text of the client's errors and warnings: an error's message names the operation, says
 * what happened and ends with what the server can have done; bodies and issues are quoted
 * short, with the token scrubbed.
 */
import type { OperationDefinition } from './definitions.js';
import type { RequestOutcome, ValidationIssue } from './errors.js';
/** How messages name an operation: `createCampaign (POST /v2/admin/call-campaigns)`. */
export declare function label(operation: OperationDefinition): string;
/**
 * An error's message: what happened, the attempts made (`exhausted`: the retries ran out), why
 * it was not sent again when it could have been (`notRetried`), and what the server can have done.
 */
export declare function compose(operation: OperationDefinition, head: string, outcome: RequestOutcome, attempts: number, exhausted: boolean, notRetried?: string): string;
/** `: <the server's message>` for the error's message, from a JSON error body or its text. */
export declare function describeErrorBody(body: unknown): string;
/** The issue of a body that is not JSON: `received` says what came instead, `reason` why it does not parse. */
export declare function jsonIssue(received: string, reason?: string): ValidationIssue;
/** A body that is not JSON, as an issue's `received`: quoted and cut short, or "an HTML page". */
export declare function describeText(text: string, secrets: string[]): string;
export declare function errorText(error: unknown, secrets: string[]): string;
/** One line per issue (the first ten), each naming its path; `root` names the empty path. */
export declare function formatIssues(issues: ValidationIssue[], root?: string): string;
export declare function plural(count: number, noun: string): string;
/** A value for a message: its type, and the value where it is short: `string "30"`, `an AbortController`. */
export declare function describe(value: unknown): string;
