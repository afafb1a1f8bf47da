/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

/**
 * Checks the options of the client and of each call when they are given, so that a wrong one
 * (from JavaScript, or a typo TypeScript let through as `any`) fails at once, naming the
 * option, what it must be and what it received, instead of being ignored or failing deep
 * inside a call as a network error that suggests the request may have taken effect.
 */
import type { ClientOptions, RequestOptions } from './definitions.js';
import { describe } from './messages.js';
import type { RetryOptions } from './retry.js';

/** The longest wait `setTimeout` keeps (2^31 - 1 ms, about 24.8 days): a longer one fires at once. */
export const MAX_WAIT_MS = 2_147_483_647;
/** More retries than this is a loop, not a retry policy. */
export const MAX_RETRIES = 100;

// The names of the options, each list held to its interface by TypeScript: a name missing or
// extra does not compile.
const CLIENT_OPTIONS = Object.keys({
  token: 0, getToken: 0, baseUrl: 0, fetch: 0, timeoutMs: 0, retry: 0, validateRequests: 0, validateResponses: 0,
  headers: 0, userAgent: 0, middleware: 0, onWarning: 0, onRetry: 0,
} satisfies Record<keyof ClientOptions, 0>);
const CALL_OPTIONS = Object.keys({ signal: 0, timeoutMs: 0, retry: 0, headers: 0 } satisfies Record<keyof RequestOptions, 0>);
const RETRY_OPTIONS = Object.keys({ maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0 } satisfies Record<keyof RetryOptions, 0>);

function fail(where: string, expected: string, value: unknown): never {
  throw new TypeError(`${where} must be ${expected}, received ${describe(value)}`);
}

/** A header name: RFC 9110's token, as fetch checks it. */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A character a header's value cannot carry (RFC 9110: visible Latin-1, spaces and tabs), which undici refuses. */
export const NOT_IN_HEADER = /[^\t\x20-\x7e\x80-\xff]/;

const OBJECT_SOURCE = Function.prototype.toString.call(Object);

/** An object literal's kind of object, from this realm or another (an iframe, a vm context). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as { constructor?: unknown } | null;
  if (prototype === null) return true;
  // Another realm's Object.prototype: the last in its chain, made by a function written as Object is.
  return Object.getPrototypeOf(prototype) === null && typeof prototype.constructor === 'function' && Function.prototype.toString.call(prototype.constructor) === OBJECT_SOURCE;
}

/** A value's kind alone, for options that can hold a secret (a token, a header): `a string`, `number`. */
function kind(value: unknown): string {
  if (typeof value === 'string') return 'a string';
  return value !== null && typeof value === 'object' ? describe(value) : value === null || value === undefined ? String(value) : typeof value;
}

/** Refuses names that are not options, pointing at the one probably meant. */
function checkNames(where: string, options: Record<string, unknown>, known: string[]): void {
  for (const name of Object.keys(options)) {
    if (known.includes(name)) continue;
    // The option whose name this one starts or nearly starts (timeout, retries, baseURL), a
    // retry setting put beside `retry` instead of in it, or a middleware hook.
    const lower = name.toLowerCase();
    const similar = known.find((option) => {
      const other = option.toLowerCase();
      return other === lower || (lower.length >= 4 && (other.startsWith(lower) || lower.startsWith(other.slice(0, Math.max(4, other.length - 2)))));
    });
    const meant = similar
      ? `\`${similar}\``
      : known.includes('retry') && RETRY_OPTIONS.includes(name)
        ? `\`retry: { ${name} }\``
        : known.includes('middleware') && /^on(Request|Response|Error)$/.test(name)
          ? `\`middleware: [{ ${name} }]\``
          : undefined;
    throw new TypeError(`${where}: unknown option \`${name}\`${meant ? ` (did you mean ${meant}?)` : ''}; the options are ${known.map((option) => `\`${option}\``).join(', ')}`);
  }
}

/**
 * A URL for a message, without what can hold a secret: everything up to its last \`@\` (a user
 * and password, however written) and its query and fragment.
 */
function maskUrl(text: string): string {
  const at = text.lastIndexOf('@');
  return (at >= 0 ? `…@${text.slice(at + 1)}` : text).replace(/[?#].*$/s, '?…');
}

/** A timeout in milliseconds: a number > 0 that `setTimeout` keeps. */
export function checkTimeout(value: unknown, where: string): number {
  // Number.isFinite does not convert: it is false for anything but a finite number.
  if (!Number.isFinite(value) || (value as number) <= 0 || (value as number) > MAX_WAIT_MS) {
    fail(where, `a number of milliseconds > 0 and <= ${MAX_WAIT_MS}`, value);
  }
  return value as number;
}

/** `retry`: false, or an object of the retry settings, each checked. */
export function checkRetry(value: unknown, where: string): void {
  if (value === undefined || value === false) return;
  if (!isPlainObject(value)) fail(`${where}: \`retry\``, 'false (no retries) or a plain object with maxRetries, baseDelayMs or maxDelayMs', value);
  checkNames(`${where}: \`retry\``, value, RETRY_OPTIONS);
  const { maxRetries, baseDelayMs, maxDelayMs } = value;
  if (maxRetries !== undefined && (!Number.isInteger(maxRetries) || (maxRetries as number) < 0 || (maxRetries as number) > MAX_RETRIES)) {
    fail(`${where}: \`retry.maxRetries\``, `a whole number from 0 to ${MAX_RETRIES}`, maxRetries);
  }
  for (const [name, delay] of [['baseDelayMs', baseDelayMs], ['maxDelayMs', maxDelayMs]] as const) {
    if (delay !== undefined && (!Number.isFinite(delay) || (delay as number) < 0 || (delay as number) > MAX_WAIT_MS)) {
      fail(`${where}: \`retry.${name}\``, `a number of milliseconds from 0 to ${MAX_WAIT_MS}`, delay);
    }
  }
}

/** Headers: an object of string values, not `Authorization` when the client sends the token. */
function checkHeaders(value: unknown, where: string, tokenSent: boolean): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    const hint = typeof Headers !== 'undefined' && value instanceof Headers ? ' (use Object.fromEntries(headers))' : '';
    throw new TypeError(`${where}: \`headers\` must be a plain object of header names to string values${hint}, received ${kind(value)}`);
  }
  for (const [name, text] of Object.entries(value)) {
    // A header's value is never shown: headers carry keys and cookies.
    const header = `${where}: \`headers[${JSON.stringify(name)}]\``;
    // What fetch refuses, refused here: else every call fails (REQUEST_SETUP) long after.
    if (!HEADER_NAME.test(name)) {
      throw new TypeError(`${header} is not a header name (letters, digits and !#$%&'*+-.^_\`|~, as RFC 9110 says)`);
    }
    if (typeof text !== 'string') throw new TypeError(`${header} must be a string, received ${text === null ? 'null' : typeof text}`);
    if (/[\r\n]/.test(text)) throw new TypeError(`${header} must be one line, received a string with a line break`);
    if (NOT_IN_HEADER.test(text)) {
      throw new TypeError(`${header} must hold only characters a header can carry (Latin-1, no control characters), received a string with another`);
    }
    const lower = name.toLowerCase();
    // The body is sent as the JSON text checked: fetch frames it, and a server reads it as JSON.
    if (lower === 'content-length' || lower === 'transfer-encoding') {
      throw new TypeError(`${header}: fetch sets it from the body the client sends; remove it`);
    }
    if (lower === 'content-encoding') {
      throw new TypeError(`${header}: the client sends the JSON it checked as it is; a middleware that compresses the body sets it`);
    }
    // A JSON media type as the generator reads one (application/json, text/json, a +json type),
    // in UTF-8: the body goes out as the JSON text checked.
    if (lower === 'content-type' && !/^[\w.!#$&^+-]+\/(?:[\w.!#$&^-]+\+)?json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(text)) {
      throw new TypeError(`${header} must be a JSON media type such as "application/json" (the client sends the body as JSON, in UTF-8), received ${JSON.stringify(text)}`);
    }
    if (tokenSent && lower === 'authorization') {
      throw new TypeError(`${header}: the client sends the token given as \`token\` or \`getToken\` in \`Authorization\`, which would replace this one; pass one or the other`);
    }
  }
}

/**
 * What is wrong with a bearer token, to follow "`token`" or "getToken() returned a token that":
 * it must be the token alone, without the scheme or blanks around it.
 */
export function tokenProblem(token: unknown): string | undefined {
  if (typeof token !== 'string') return `is not a string (received ${kind(token)})`;
  // Blanks around it are dropped when sent (a token read from a file ends with a line break).
  const trimmed = token.trim();
  if (trimmed === '') return token === '' ? 'is empty' : 'is blank';
  if (/[\r\n]/.test(trimmed)) return 'has a line break in it';
  if (/^bearer\s/i.test(trimmed)) return 'starts with "Bearer " (give the token alone: the client adds the scheme)';
  return undefined;
}

/** The client's options, checked as a whole: throws a TypeError naming the first wrong one. */
export function checkClientOptions(where: string, options: unknown): void {
  if (!isPlainObject(options)) fail(`${where}: the options`, 'a plain object', options);
  checkNames(where, options, CLIENT_OPTIONS);
  const { token, getToken, baseUrl } = options;
  if (token !== undefined && getToken !== undefined) throw new TypeError(`${where}: pass either \`token\` or \`getToken\`, not both`);
  if (token !== undefined) {
    const problem = tokenProblem(token);
    if (problem) throw new TypeError(`${where}: \`token\` ${problem}`);
  }
  for (const name of ['getToken', 'fetch', 'onWarning', 'onRetry'] as const) {
    // A string given as getToken is most likely the token itself: not shown.
    if (options[name] !== undefined && typeof options[name] !== 'function') throw new TypeError(`${where}: \`${name}\` must be a function, received ${kind(options[name])}`);
  }
  if (baseUrl !== undefined) {
    // In a page, a URL relative to it (`/api`) is the page's own origin.
    const page = (globalThis as { location?: { href?: string } }).location?.href;
    let url: URL | undefined;
    try {
      url = typeof baseUrl === 'string' ? new URL(baseUrl, page) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
      const expected = `${page ? 'an http(s) URL' : 'an absolute http(s) URL'} without query or fragment, such as "https://api.example.com"`;
      if (typeof baseUrl === 'string') throw new TypeError(`${where}: \`baseUrl\` must be ${expected}, received string ${JSON.stringify(maskUrl(baseUrl))}`);
      fail(`${where}: \`baseUrl\``, expected, baseUrl);
    }
  }
  if (options.timeoutMs !== undefined) checkTimeout(options.timeoutMs, `${where}: \`timeoutMs\``);
  checkRetry(options.retry, where);
  if (options.validateRequests !== undefined && typeof options.validateRequests !== 'boolean') {
    fail(`${where}: \`validateRequests\``, 'true or false', options.validateRequests);
  }
  if (options.validateResponses !== undefined && !['off', 'warn', 'throw'].includes(options.validateResponses as string)) {
    fail(`${where}: \`validateResponses\``, '"off", "warn" or "throw"', options.validateResponses);
  }
  checkHeaders(options.headers, where, token !== undefined || getToken !== undefined);
  if (options.userAgent !== undefined && typeof options.userAgent !== 'string') fail(`${where}: \`userAgent\``, 'a string', options.userAgent);
  const { middleware } = options;
  if (middleware !== undefined) {
    if (!Array.isArray(middleware)) fail(`${where}: \`middleware\``, 'an array of middleware objects (with onRequest, onResponse or onError)', middleware);
    middleware.forEach((item: unknown, index) => {
      const hooks = item as Record<string, unknown> | null;
      if (hooks === null || typeof hooks !== 'object' || !['onRequest', 'onResponse', 'onError'].some((hook) => typeof hooks[hook] === 'function')) {
        fail(`${where}: \`middleware[${index}]\``, 'an object with an onRequest, onResponse or onError function', item);
      }
    });
  }
}

/** A call's options: undefined, or an object of the call options, each checked. */
export function checkCallOptions(where: string, init: unknown, tokenSent: boolean): void {
  if (init === undefined) return;
  if (!isPlainObject(init)) fail(`${where}: the call options`, 'a plain object', init);
  checkNames(where, init, CALL_OPTIONS);
  const { signal } = init;
  if (signal !== undefined) {
    const candidate = signal as { aborted?: unknown; addEventListener?: unknown; signal?: unknown } | null;
    if (candidate === null || typeof candidate !== 'object' || typeof candidate.aborted !== 'boolean' || typeof candidate.addEventListener !== 'function') {
      const hint = candidate !== null && typeof candidate === 'object' && candidate.signal !== undefined ? ' (pass controller.signal)' : '';
      fail(`${where}: \`signal\``, `an AbortSignal${hint}`, signal);
    }
  }
  if (init.timeoutMs !== undefined) checkTimeout(init.timeoutMs, `${where}: \`timeoutMs\``);
  checkRetry(init.retry, where);
  checkHeaders(init.headers, where, tokenSent);
}
