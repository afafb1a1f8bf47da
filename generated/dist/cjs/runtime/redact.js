"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.REDACTED = void 0;
exports.scrubText = scrubText;
exports.scrubQuoted = scrubQuoted;
exports.scrubValue = scrubValue;
exports.redactHeaders = redactHeaders;
exports.redactUrl = redactUrl;
exports.scrubError = scrubError;
/**
 * Keeps credentials out of everything an error carries: messages, bodies the server echoed,
 * headers, and the errors of lower layers (fetch, middleware) kept as `cause`.
 */
exports.REDACTED = '[REDACTED]';
/** Headers whose values are credentials whatever they contain. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'x-auth-token']);
/** Shorter strings are not scrubbed: replacing "ab" everywhere would garble every message. */
const MIN_SECRET_LENGTH = 4;
function scrubText(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret))
            out = out.split(secret).join(exports.REDACTED);
    }
    return out;
}
/**
 * A validator's issue text with every secret scrubbed, whole or cut short: an issue quotes a
 * long received string cut (at 64 characters) and marked "…", which keeps a long token's start.
 */
function scrubQuoted(text, secrets) {
    let out = scrubText(text, secrets);
    for (const secret of secrets) {
        for (let length = secret.length - 1; length >= MIN_SECRET_LENGTH; length--) {
            const cut = `${secret.slice(0, length)}…`;
            if (out.includes(cut))
                out = out.split(cut).join(`${exports.REDACTED}…`);
        }
    }
    return out;
}
/** A copy of a JSON-like value with every secret replaced in its strings (keys included). */
function scrubValue(value, secrets, depth = 0) {
    if (secrets.length === 0)
        return value;
    if (typeof value === 'string')
        return scrubText(value, secrets);
    if (value === null || typeof value !== 'object' || depth > 64)
        return value;
    if (Array.isArray(value))
        return value.map((item) => scrubValue(item, secrets, depth + 1));
    const out = {};
    for (const [key, item] of Object.entries(value))
        out[scrubText(key, secrets)] = scrubValue(item, secrets, depth + 1);
    return out;
}
/** Headers as a plain object, credentials replaced. */
function redactHeaders(headers, secrets) {
    const out = {};
    headers.forEach((value, name) => {
        const lower = name.toLowerCase();
        // A redirect's address can carry a user name and password, as a baseUrl can.
        out[name] = SECRET_HEADERS.has(lower) ? exports.REDACTED : scrubText(URL_HEADERS.has(lower) ? redactUrl(value) : value, secrets);
    });
    return out;
}
const URL_HEADERS = new Set(['location', 'content-location']);
/** A URL without user name and password. */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        if (!parsed.username && !parsed.password)
            return url;
        parsed.username = '';
        parsed.password = '';
        return parsed.toString();
    }
    catch {
        return url;
    }
}
/**
 * The error itself when it mentions no secret, else a stand-in with the same name, message
 * (scrubbed) and `code`. Lower layers can put a request's headers into their messages; such an
 * error must not reach users as the `cause` of ours.
 */
function scrubError(error, secrets, depth = 0) {
    if (secrets.length === 0 || depth > 8)
        return error;
    if (!(error instanceof Error)) {
        return typeof error === 'string' ? scrubText(error, secrets) : error;
    }
    const cause = error.cause;
    const scrubbedCause = cause === undefined ? undefined : scrubError(cause, secrets, depth + 1);
    if (!mentionsSecret(error, secrets) && scrubbedCause === cause)
        return error;
    const copy = new Error(scrubText(error.message, secrets), scrubbedCause === undefined ? undefined : { cause: scrubbedCause });
    // Not enumerable, as on the error it stands for (a property defined this way is not, by default).
    Object.defineProperty(copy, 'name', { value: error.name, configurable: true, writable: true });
    const code = error.code;
    if (typeof code === 'string' || typeof code === 'number')
        copy.code = code;
    copy.stack = scrubText(error.stack ?? `${error.name}: ${copy.message}`, secrets);
    return copy;
}
function mentionsSecret(error, secrets) {
    const texts = [error.message, error.stack ?? ''];
    for (const [key, value] of Object.entries(error)) {
        texts.push(key);
        try {
            texts.push(typeof value === 'string' ? value : JSON.stringify(value) ?? '');
        }
        catch {
            // A value that cannot be serialised (a cycle, a BigInt) is checked no further.
        }
    }
    return texts.some((text) => secrets.some((secret) => secret.length >= MIN_SECRET_LENGTH && text.includes(secret)));
}
