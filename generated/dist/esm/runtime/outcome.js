/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
import { classifyTransportError } from './transport.js';
/**
 * `judgeStatus` of the answer, or, when a middleware's onResponse or onError answered in the
 * server's place, of what happened: a middleware that turns a 201 into a 503 must not make the
 * create be sent again, nor one that turns a reset into a 503.
 */
export function judgeAnswer(operation, response, body, state) {
    const wire = state.response;
    // Nothing sent: an onRequest answered. The status rules the retry; nothing can have been done.
    if (!state.sent)
        return { kind: { kind: 'status', status: response.status }, outcome: 'not-sent' };
    if (wire === response)
        return judgeStatus(operation, response.status, body);
    if (wire === undefined) {
        const transport = classifyTransportError(state.error);
        return transport.notConnected ? { kind: { kind: 'not-connected', transient: transport.transient }, outcome: 'not-sent' } : { kind: { kind: 'lost' }, outcome: 'unknown' };
    }
    if (wire.ok)
        return { kind: { kind: 'final' }, outcome: 'succeeded' };
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
export function judgeStatus(operation, status, body) {
    if (status === 503 && !operation.idempotent && !isApiUnavailable(operation, body))
        return { kind: { kind: 'final' }, outcome: 'unknown' };
    return { kind: { kind: 'status', status }, outcome: outcomeOfStatus(status) };
}
/** Whether a 503's body is the API's own; one its guard cannot read (too deep) is not. */
function isApiUnavailable(operation, body) {
    try {
        return operation.isUnavailableResponse?.(body) === true;
    }
    catch {
        return false;
    }
}
/** What a status says the server did: 2xx did it, 4xx (429 included) and 503 did not. */
function outcomeOfStatus(status) {
    if (status >= 200 && status < 300)
        return 'succeeded';
    if ((status >= 400 && status < 500) || status === 503)
        return 'rejected';
    return 'unknown';
}
/**
 * The outcome of a call from its last attempt's and what the earlier ones can have done: after
 * an attempt that may have done the work (`unknown`), a later one that did not, or was never
 * sent, cannot say the work was not done.
 */
export function callOutcome(outcome, earlier) {
    return earlier === 'unknown' && (outcome === 'not-sent' || outcome === 'rejected') ? 'unknown' : outcome;
}
