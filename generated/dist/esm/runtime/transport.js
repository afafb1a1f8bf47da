/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
/**
 * What a failed `fetch` says about how far the request got. Node's fetch (undici) rejects with
 * `TypeError: fetch failed` and puts the system error in `cause`: `ECONNREFUSED` from `connect`
 * or a DNS code (`ENOTFOUND`, `EAI_AGAIN`) from `getaddrinfo` when no connection was made,
 * `UND_ERR_SOCKET` ("other side closed") or `ECONNRESET` when the connection broke, possibly
 * after the request was written.
 * Browsers say only `TypeError: Failed to fetch`, which must be read as "may have been sent".
 */
/**
 * No connection was made, so not one byte of the request was sent, when the call that failed
 * was the connect or the name lookup, whatever its code. Without the syscall, which a custom
 * fetch (node-fetch) may not pass on, these codes are trusted: only a connect or a lookup
 * gives them. A route code (`EHOSTUNREACH`) also comes from a `read` on a connection already
 * open (a kept-alive one, whose route went away), after the request may have been written.
 */
const ONLY_WHEN_CONNECTING = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME', 'EADDRNOTAVAIL']);
const CONNECTING_SYSCALLS = new Set(['connect', 'getaddrinfo']);
/** undici's own code for a connect that did not finish in time (it has no syscall). */
const CONNECT_TIMEOUT = 'UND_ERR_CONNECT_TIMEOUT';
/**
 * Certificate failures, found in the TLS handshake before the request is written, and which do
 * not pass by waiting (a certificate stays wrong). `ERR_SSL_*` is not among them: OpenSSL also
 * reports a record broken mid-stream that way, after the request may have been written.
 */
const CERTIFICATE_CODE = /^(ERR_TLS_CERT|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/;
/**
 * undici's codes for a request it refused to build (a header it does not allow, such as
 * `Keep-Alive`, or a value it cannot carry): thrown before anything is dispatched.
 */
const NOT_DISPATCHED = new Set(['UND_ERR_INVALID_ARG', 'UND_ERR_NOT_SUPPORTED']);
export function classifyTransportError(error) {
    // The error and its causes decide; Happy Eyeballs' attempts count only all together (one
    // attempt refused does not make another, that connected and broke, unsent).
    const chain = causeChain(error);
    const notConnected = chain.find(failedToConnect);
    if (notConnected)
        return { code: collectErrors(notConnected)[0]?.code, notConnected: true, transient: true };
    const certificate = chain.find((found) => typeof found.code === 'string' && CERTIFICATE_CODE.test(found.code));
    if (certificate)
        return { code: certificate.code, notConnected: true, transient: false };
    const refused = chain.find((found) => typeof found.code === 'string' && NOT_DISPATCHED.has(found.code));
    if (refused)
        return { code: refused.code, notConnected: true, transient: false };
    return { code: collectErrors(error)[0]?.code, notConnected: false, transient: false };
}
/**
 * Whether an error says the connection was never made: it came from the connect or the lookup
 * (or has a code only those give), or it is Happy Eyeballs' AggregateError and every attempt did.
 */
function failedToConnect(error) {
    const attempts = error.errors;
    if (Array.isArray(attempts) && attempts.length > 0) {
        return attempts.every((attempt) => attempt !== null && typeof attempt === 'object' && failedToConnect(attempt));
    }
    if (error.code === CONNECT_TIMEOUT)
        return true;
    // Whatever failed in the connect or the lookup (a refusal, ETIMEDOUT from an address that
    // never answers), the request was not written.
    if (CONNECTING_SYSCALLS.has(error.syscall))
        return true;
    return error.syscall === undefined && error.code !== undefined && ONLY_WHEN_CONNECTING.has(error.code);
}
/** The error and its causes, outermost first (Happy Eyeballs' AggregateError as one). */
function causeChain(error) {
    const chain = [];
    for (let depth = 0; error !== null && typeof error === 'object' && depth <= 5; depth++) {
        chain.push(error);
        error = error.cause;
    }
    return chain;
}
/**
 * The errors with a code among the error, its causes and (for Happy Eyeballs' AggregateError)
 * its errors, outermost first: fetch's TypeError has none, its cause has the system's.
 */
function collectErrors(error, depth = 0, out = []) {
    if (error === null || typeof error !== 'object' || depth > 5)
        return out;
    if (typeof error.code === 'string')
        out.push(error);
    const nested = error.errors;
    if (Array.isArray(nested))
        for (const item of nested)
            collectErrors(item, depth + 1, out);
    collectErrors(error.cause, depth + 1, out);
    return out;
}
