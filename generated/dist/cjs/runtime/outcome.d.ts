/**
 * What the server can have done, read from how an attempt ended: its status, or, when a
 * middleware answered in the server's place, what really went over the wire. This decides both
 * the error's `outcome` and whether the retry rule may send the request again.
 */
import type { OperationDefinition } from './definitions.js';
import type { RequestOutcome } from './errors.js';
import type { AttemptFailureKind } from './retry.js';
/** What an answer, or its absence, says: whether to retry (`kind`) and what the server did. */
export interface Verdict {
    kind: AttemptFailureKind;
    outcome: RequestOutcome;
}
/** What one attempt sent and got, recorded by its fetch below any middleware. */
export interface AttemptState {
    sent: boolean;
    request?: Request;
    /** The server's own answer, before any middleware's onResponse. */
    response?: Response;
    /** How fetch failed, before any middleware's onError answered in its place. */
    error?: unknown;
    /** The server's own 503 body (parsed JSON, or its text), kept when a middleware may rewrite it. */
    wireBody?: unknown;
}
/**
 * `judgeStatus` of the answer, or, when a middleware's onResponse or onError answered in the
 * server's place, of what happened: a middleware that turns a 201 into a 503 must not make the
 * create be sent again, nor one that turns a reset into a 503.
 */
export declare function judgeAnswer(operation: OperationDefinition, response: Response, body: unknown, state: AttemptState): Verdict;
/**
 * What an answer says the server did, and whether the retry rule may send the request again:
 * by its status, except a 503 of a request that is not idempotent, which says "not done" only
 * when its body is the API's own (`isUnavailableResponse`); any other 503 may come from a proxy
 * or gateway that passed the request on: its outcome is unknown, and it is final.
 */
export declare function judgeStatus(operation: OperationDefinition, status: number, body: unknown): Verdict;
/**
 * The outcome of a call from its last attempt's and what the earlier ones can have done: after
 * an attempt that may have done the work (`unknown`), a later one that did not, or was never
 * sent, cannot say the work was not done.
 */
export declare function callOutcome(outcome: RequestOutcome, earlier: RequestOutcome | undefined): RequestOutcome;
