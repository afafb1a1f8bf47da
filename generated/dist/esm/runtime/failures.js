/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
/**
 * How an attempt failed, as the retry rule reads it (`kind`, `outcome`, `Retry-After`), with
 * the error to throw if it is the call's last: one builder per way of failing (a status, a
 * redirect, the network or a timeout, the token provider, the caller's abort).
 */
import { ClientAbortError, ClientApiError, ClientError, ClientNetworkError, ClientResponseValidationError, ClientTimeoutError, createApiError, } from './errors.js';
import { compose, describeErrorBody, errorText, formatIssues, label } from './messages.js';
import { judgeAnswer, judgeStatus } from './outcome.js';
import { redactHeaders, redactUrl, scrubError, scrubText, scrubValue } from './redact.js';
import { parseRetryAfter } from './retry.js';
import { classifyTransportError } from './transport.js';
/** The details every error of the call carries. */
export function base(operation, attempts, outcome, request) {
    return { operationId: operation.operationId, method: operation.method, path: operation.path, attempts, outcome, request };
}
/** The request as sent, for the error: its URL and headers with the token redacted. */
export function snapshot(state, secrets) {
    const request = state.request;
    if (!request)
        return undefined;
    return { method: request.method, url: scrubText(redactUrl(request.url), secrets), headers: redactHeaders(request.headers, secrets) };
}
/** The server (or a middleware in its place) answered with a status that is not 2xx. */
export function statusFailure(operation, response, body, state, secrets) {
    const status = response.status;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    const { kind, outcome } = judgeAnswer(operation, response, body, state);
    const wire = state.response;
    const replaced = state.sent && wire !== response && wire?.status !== response.status;
    const why = !state.sent
        ? "; a middleware's onRequest answered it, and nothing was sent"
        : replaced
            ? `; a middleware answered it in place of ${wire ? `the server's ${wire.status}` : 'a failed request'}, which says what the server can have done`
            : kind.kind === 'final' && status === 503
                ? operation.isUnavailableResponse
                    ? `; it is not the API's own 503 (its body is not the one the spec gives), so a proxy or gateway may have answered it after passing the request on`
                    : `; the spec gives no body for the API's own 503 to tell it from a proxy's or gateway's, which may answer it after passing the request on`
                : '';
    return {
        kind,
        outcome,
        retryAfterMs,
        toError: (attempts, exhausted, result = outcome, notRetried) => {
            const scrubbed = scrubValue(body, secrets);
            const head = `${label(operation)} failed with ${status}${response.statusText ? ` ${response.statusText}` : ''}${describeErrorBody(scrubbed)}${why}`;
            return createApiError(compose(operation, head, result, attempts, exhausted, notRetried), {
                ...base(operation, attempts, result, snapshot(state, secrets)),
                status,
                statusText: response.statusText,
                body: scrubbed,
                headers: redactHeaders(response.headers, secrets),
                retryAfterMs,
            });
        },
    };
}
/**
 * A 2xx answer whose body is not JSON, or does not match the spec (with `validateResponses:
 * "throw"`). The server did the work: the outcome is `succeeded`, and it is never retried.
 */
export function responseFailure(operation, response, text, issues, state, secrets) {
    const status = response.status;
    return {
        kind: { kind: 'final' },
        outcome: 'succeeded',
        toError: (attempts) => {
            const keyword = issues[0]?.keyword;
            const what = keyword === 'json' ? 'its body is not JSON' : keyword === 'uncheckable' ? 'its body could not be checked against the spec' : 'its body does not match the spec';
            return new ClientResponseValidationError(`${label(operation)}: the server answered ${status}, but ${what}:\n${formatIssues(issues)}\n${operation.messages.done}`, {
                ...base(operation, attempts, 'succeeded', snapshot(state, secrets)),
                status,
                issues,
                body: scrubText(text, secrets),
                headers: redactHeaders(response.headers, secrets),
            });
        },
    };
}
/**
 * A redirect answered a request that is not idempotent: a 3xx (not followed), a browser's
 * opaque redirect (status 0), or one that a custom `fetch` followed anyway. The server may
 * or may not have done the work (a 303 usually means it did, a 307 that it did not), and
 * following it is what the client must not do, so the outcome is `unknown` and it is final.
 */
export function redirectFailure(operation, response, body, state, secrets) {
    const status = response.status;
    const location = response.headers.get('location');
    const shown = (url) => scrubText(redactUrl(url), secrets);
    const what = response.type === 'opaqueredirect'
        ? 'was redirected by the server (a browser does not say where)'
        : response.redirected
            ? `was redirected, and the \`fetch\` option followed the redirect to ${shown(response.url)}, which answered ${status}`
            : `was answered ${status}${response.statusText ? ` ${response.statusText}` : ''}, a redirect${location ? ` to ${shown(location)}` : ''}`;
    const head = `${label(operation)} ${what}; a request that is not idempotent is not followed to another address`;
    return {
        kind: { kind: 'final' },
        outcome: 'unknown',
        // The plain class: a status class (a ServerError for a 503) would describe the answer to
        // another request, where a custom fetch followed the redirect.
        toError: (attempts, _exhausted, result = 'unknown') => new ClientApiError(compose(operation, head, result, attempts, false), {
            ...base(operation, attempts, result, snapshot(state, secrets)),
            status,
            statusText: response.statusText,
            body: scrubValue(body, secrets),
            headers: redactHeaders(response.headers, secrets),
        }),
    };
}
/** fetch failed: the caller aborted, the attempt timed out, or the network or a middleware failed. */
export function transportFailure(operation, error, state, how, secrets) {
    const status = state.response?.status;
    const phase = status === undefined ? 'response' : 'body';
    const afterStatus = status === undefined ? '' : ` after the server answered ${status}`;
    // With a status in hand, the status says what the server did; without one, only whether a
    // connection was made can tell.
    // (Nothing sent means no status either, and the outcome `not-sent`.)
    // (A 503 whose body was lost cannot be told from a gateway's: see judgeStatus.)
    const seen = status === undefined
        ? { kind: { kind: 'lost' }, outcome: state.sent ? 'unknown' : 'not-sent' }
        : status >= 200 && status < 300
            ? { kind: { kind: 'lost' }, outcome: 'succeeded' }
            : judgeStatus(operation, status, undefined);
    if (how.aborted) {
        const outcome = seen.outcome;
        return {
            kind: { kind: 'final' },
            outcome,
            toError: (attempts, _exhausted, result = outcome) => new ClientAbortError(compose(operation, `${label(operation)} was aborted by the caller's signal${afterStatus}`, result, attempts, false), {
                ...base(operation, attempts, result, snapshot(state, secrets)),
                cause: scrubError(error, secrets),
            }),
        };
    }
    if (how.timedOut) {
        const { kind, outcome } = state.sent ? seen : { kind: { kind: 'final' }, outcome: 'not-sent' };
        // A timeout in a middleware's onRequest fires before anything is sent.
        const waited = !state.sent ? 'before it was sent' : phase === 'response' ? 'waiting for the response' : `waiting for the body of the ${status} response`;
        return {
            kind,
            outcome,
            toError: (attempts, exhausted, result = outcome) => new ClientTimeoutError(compose(operation, `${label(operation)} timed out after ${how.timeoutMs} ms ${waited}`, result, attempts, exhausted), {
                ...base(operation, attempts, result, snapshot(state, secrets)),
                timeoutMs: how.timeoutMs,
                phase,
                status,
            }),
        };
    }
    if (!state.sent) {
        // fetch was never called: a middleware's onRequest threw, or the body could not be serialised.
        return {
            kind: { kind: 'final' },
            outcome: 'not-sent',
            toError: (attempts, _exhausted, result = 'not-sent') => new ClientError('REQUEST_SETUP', compose(operation, `${label(operation)} failed before sending: ${errorText(error, secrets)}`, result, attempts, false), {
                ...base(operation, attempts, result),
                cause: scrubError(error, secrets),
            }),
        };
    }
    const transport = classifyTransportError(error);
    const { kind, outcome } = transport.notConnected && status === undefined ? { kind: { kind: 'not-connected', transient: transport.transient }, outcome: 'not-sent' } : seen;
    const what = transport.notConnected
        ? `could not connect to ${redactUrl(how.baseUrl)}`
        : `lost the connection${afterStatus}`;
    return {
        kind,
        outcome,
        toError: (attempts, exhausted, result = outcome) => new ClientNetworkError(compose(operation, `${label(operation)} ${what}: ${errorText(error, secrets)}${transport.code ? ` (${transport.code})` : ''}`, result, attempts, exhausted), {
            ...base(operation, attempts, result, snapshot(state, secrets)),
            networkCode: transport.code,
            phase,
            status,
            cause: scrubError(error, secrets),
        }),
    };
}
/** The `getToken` option threw, timed out, or gave no usable token: nothing was sent. */
export function tokenFailure(operation, error, secrets) {
    return {
        kind: { kind: 'final' },
        outcome: 'not-sent',
        toError: (attempts, _exhausted, result = 'not-sent') => new ClientError('TOKEN_PROVIDER', compose(operation, `${label(operation)}: getToken() failed: ${errorText(error, secrets)}`, result, attempts, false), {
            ...base(operation, attempts, result),
            cause: scrubError(error, secrets),
        }),
    };
}
/**
 * The caller's signal aborted the call outside a request in flight: before the first attempt,
 * while a token was awaited (`beforeAttempt`: that attempt), or while waiting to retry.
 */
export function abortError(operation, attempts, previous, earlier, reason, secrets, beforeAttempt) {
    const outcome = earlier ?? 'not-sent';
    const head = !previous
        ? `${label(operation)} was aborted by the caller's signal before it was sent`
        : beforeAttempt
            ? `${label(operation)} was aborted by the caller's signal before attempt ${beforeAttempt} was sent`
            : `${label(operation)} was aborted by the caller's signal while waiting to retry`;
    return new ClientAbortError(compose(operation, head, outcome, attempts, false), {
        ...base(operation, attempts, outcome),
        cause: previous ? previous.toError(attempts, false, outcome) : scrubError(reason, secrets),
    });
}
