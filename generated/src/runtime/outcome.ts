/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

/**
 * What the server can have done, read from how an attempt ended: its status, or, when a
 * middleware answered in the server's place, what really went over the wire. This decides both
 * the error's `outcome` and whether the retry rule may send the request again.
 */
import type { OperationDefinition } from './definitions.js';
import type { RequestOutcome } from './errors.js';
import type { AttemptFailureKind } from './retry.js';
import { classifyTransportError } from './transport.js';

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
export function judgeAnswer(operation: OperationDefinition, response: Response, body: unknown, state: AttemptState): Verdict {
  const wire = state.response;
  // Nothing sent: an onRequest answered. The status rules the retry; nothing can have been done.
  if (!state.sent) return { kind: { kind: 'status', status: response.status }, outcome: 'not-sent' };
  if (wire === response) return judgeStatus(operation, response.status, body);
  if (wire === undefined) {
    const transport = classifyTransportError(state.error);
    return transport.notConnected ? { kind: { kind: 'not-connected', transient: transport.transient }, outcome: 'not-sent' } : { kind: { kind: 'lost' }, outcome: 'unknown' };
  }
  if (wire.ok) return { kind: { kind: 'final' }, outcome: 'succeeded' };
  // A middleware rewrote the server's answer: its status, and for a 503 its own body (kept by
  // the attempt), decide, whatever the middleware made of them.
  return judgeStatus(operation, wire.status, state.wireBody);
}

/**
 * What an answer says the server did, and whether the retry rule may send the request again:
 * by its status, except a 503 of a request that is not idempotent, which says "not done" only
 * when its body is the API's own (`isUnavailableResponse`); any other 503 may come from a proxy
 * or gateway that passed the request on: its outcome is unknown, and it is final.
 */
export function judgeStatus(operation: OperationDefinition, status: number, body: unknown): Verdict {
  if (status === 503 && !operation.idempotent && !isApiUnavailable(operation, body)) return { kind: { kind: 'final' }, outcome: 'unknown' };
  return { kind: { kind: 'status', status }, outcome: outcomeOfStatus(status) };
}

/** Whether a 503's body is the API's own; one its guard cannot read (too deep) is not. */
function isApiUnavailable(operation: OperationDefinition, body: unknown): boolean {
  try {
    return operation.isUnavailableResponse?.(body) === true;
  } catch {
    return false;
  }
}

/** What a status says the server did: 2xx did it, 4xx (429 included) and 503 did not. */
function outcomeOfStatus(status: number): RequestOutcome {
  if (status >= 200 && status < 300) return 'succeeded';
  if ((status >= 400 && status < 500) || status === 503) return 'rejected';
  return 'unknown';
}

/**
 * The outcome of a call from its last attempt's and what the earlier ones can have done: after
 * an attempt that may have done the work (`unknown`), a later one that did not, or was never
 * sent, cannot say the work was not done.
 */
export function callOutcome(outcome: RequestOutcome, earlier: RequestOutcome | undefined): RequestOutcome {
  return earlier === 'unknown' && (outcome === 'not-sent' || outcome === 'rejected') ? 'unknown' : outcome;
}
