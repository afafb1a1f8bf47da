/**
 * The retry rule, `Retry-After`, backoff, fetch failure classification and redaction, as
 * tables: what the server can have done decides whether a request is sent again.
 */
import { describe, expect, it } from 'vitest';
import { isRetryable, parseRetryAfter, resolveRetryOptions, retryDelay, sleep, DEFAULT_RETRY, type AttemptFailureKind } from '../../generator/client/runtime/retry.js';
import { classifyTransportError } from '../../generator/client/runtime/transport.js';
import { closedPort } from './helpers/fault-server.js';
import { redactHeaders, redactUrl, scrubError, scrubQuoted, scrubText, scrubValue } from '../../generator/client/runtime/redact.js';

describe('isRetryable', () => {
  const table: Array<[string, AttemptFailureKind, { post: boolean; get: boolean }]> = [
    ['429', { kind: 'status', status: 429 }, { post: true, get: true }],
    ['503', { kind: 'status', status: 503 }, { post: true, get: true }],
    ['500', { kind: 'status', status: 500 }, { post: false, get: true }],
    ['502', { kind: 'status', status: 502 }, { post: false, get: true }],
    ['504', { kind: 'status', status: 504 }, { post: false, get: true }],
    ['408', { kind: 'status', status: 408 }, { post: false, get: true }],
    ['501', { kind: 'status', status: 501 }, { post: false, get: false }],
    ['400', { kind: 'status', status: 400 }, { post: false, get: false }],
    ['401', { kind: 'status', status: 401 }, { post: false, get: false }],
    ['409', { kind: 'status', status: 409 }, { post: false, get: false }],
    ['422', { kind: 'status', status: 422 }, { post: false, get: false }],
    ['connection refused / DNS', { kind: 'not-connected', transient: true }, { post: true, get: true }],
    ['bad certificate', { kind: 'not-connected', transient: false }, { post: false, get: false }],
    ['timeout, reset', { kind: 'lost' }, { post: false, get: true }],
    ['aborted, unreadable 2xx', { kind: 'final' }, { post: false, get: false }],
  ];
  it.each(table)('%s: POST %j', (_, failure, want) => {
    expect({ post: isRetryable(failure, false), get: isRetryable(failure, true) }).toEqual(want);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Sun, 06 Nov 1994 08:49:37 GMT');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sun, 06 Nov 1994 08:49:39 GMT', 2_000],
    ['Sun, 06 Nov 1994 08:49:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['', undefined],
    [null, undefined],
  ] as const)('%j -> %j ms', (value, want) => {
    expect(parseRetryAfter(value, now)).toBe(want);
  });

  it('reads an HTTP date without its zone as GMT (as HTTP dates are), whatever the local time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:39', now)).toBe(2_000);
      expect(parseRetryAfter('Sun, 06 Nov 1994 08:49:39 GMT', now)).toBe(2_000);
      // A zone that is named is kept.
      expect(parseRetryAfter('Sun, 06 Nov 1994 03:49:39 EST', now)).toBe(2_000);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('retryDelay', () => {
  const options = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
  it('doubles from baseDelayMs, with up to 25% jitter taken off, capped by maxDelayMs', () => {
    expect([1, 2, 3, 4, 5].map((retry) => retryDelay(retry, options, undefined, () => 0))).toEqual([100, 200, 400, 800, 1_000]);
    expect([1, 2, 3, 4, 5].map((retry) => retryDelay(retry, options, undefined, () => 1))).toEqual([75, 150, 300, 600, 750]);
  });
  it('uses Retry-After as is (the engine does not retry when it is longer than maxDelayMs)', () => {
    expect(retryDelay(1, options, 300)).toBe(300);
    expect(retryDelay(1, options, 1_000)).toBe(1_000);
    expect(retryDelay(3, options, 0)).toBe(0);
  });
});

describe('resolveRetryOptions', () => {
  it('merges defaults, client and call settings; false means no retry', () => {
    expect(resolveRetryOptions(undefined, undefined)).toEqual(DEFAULT_RETRY);
    expect(resolveRetryOptions({ maxRetries: 5 }, { baseDelayMs: 1 })).toEqual({ ...DEFAULT_RETRY, maxRetries: 5, baseDelayMs: 1 });
    expect(resolveRetryOptions(false, undefined).maxRetries).toBe(0);
    expect(resolveRetryOptions({ maxRetries: 5 }, false).maxRetries).toBe(0);
    expect(resolveRetryOptions(false, { maxRetries: 1 }).maxRetries).toBe(1);
    // A call that only sets a delay does not turn the client's retry: false back on.
    expect(resolveRetryOptions(false, { maxDelayMs: 100 })).toEqual({ ...DEFAULT_RETRY, maxRetries: 0, maxDelayMs: 100 });
  });
  it('keeps the setting before one given as undefined', () => {
    expect(resolveRetryOptions({ maxRetries: 5 }, { maxRetries: undefined })).toEqual({ ...DEFAULT_RETRY, maxRetries: 5 });
    expect(resolveRetryOptions({ maxRetries: undefined, baseDelayMs: undefined }, undefined)).toEqual(DEFAULT_RETRY);
  });
});

describe('sleep', () => {
  it('rejects with the reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const waiting = sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });
});

describe('classifyTransportError', () => {
  const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
  // As Node.js makes them: the code, and the system call that failed.
  const system = (code: string, syscall?: string) => Object.assign(new Error(code), { code }, syscall ? { syscall } : {});
  it.each([
    ['ECONNREFUSED from connect', fetchFailed(system('ECONNREFUSED', 'connect')), { code: 'ECONNREFUSED', notConnected: true, transient: true }],
    ['ENOTFOUND from getaddrinfo', fetchFailed(system('ENOTFOUND', 'getaddrinfo')), { code: 'ENOTFOUND', notConnected: true, transient: true }],
    ['EAI_AGAIN from getaddrinfo', fetchFailed(system('EAI_AGAIN', 'getaddrinfo')), { code: 'EAI_AGAIN', notConnected: true, transient: true }],
    ['EHOSTUNREACH from connect', fetchFailed(system('EHOSTUNREACH', 'connect')), { code: 'EHOSTUNREACH', notConnected: true, transient: true }],
    // On an open (kept-alive) connection whose route went away: the request may have been written.
    ['EHOSTUNREACH from read', fetchFailed(system('EHOSTUNREACH', 'read')), { code: 'EHOSTUNREACH', notConnected: false, transient: false }],
    ['ENETUNREACH from write', fetchFailed(system('ENETUNREACH', 'write')), { code: 'ENETUNREACH', notConnected: false, transient: false }],
    // A custom fetch (node-fetch) may pass the code on without the syscall: ECONNREFUSED only comes from a connect.
    ['ECONNREFUSED without the system call', fetchFailed(system('ECONNREFUSED')), { code: 'ECONNREFUSED', notConnected: true, transient: true }],
    ['EHOSTUNREACH without the system call', fetchFailed(system('EHOSTUNREACH')), { code: 'EHOSTUNREACH', notConnected: false, transient: false }],
    ['connect timeout', fetchFailed(system('UND_ERR_CONNECT_TIMEOUT')), { code: 'UND_ERR_CONNECT_TIMEOUT', notConnected: true, transient: true }],
    // undici refused to build the request (a header it does not allow): nothing was dispatched, and nothing will be.
    ['a request undici refused to build', fetchFailed(Object.assign(new Error('invalid keep-alive header'), { code: 'UND_ERR_INVALID_ARG' })), { code: 'UND_ERR_INVALID_ARG', notConnected: true, transient: false }],
    [
      'Happy Eyeballs AggregateError',
      fetchFailed(Object.assign(new AggregateError([system('ECONNREFUSED', 'connect'), system('ECONNREFUSED', 'connect')]), { code: 'ECONNREFUSED' })),
      { code: 'ECONNREFUSED', notConnected: true, transient: true },
    ],
    // One address refused, the other connected and was reset while reading: the request may have been sent.
    [
      'Happy Eyeballs AggregateError, one attempt refused and one reset after connecting',
      fetchFailed(Object.assign(new AggregateError([system('ENETUNREACH', 'connect'), system('ECONNRESET', 'read')]), { code: 'ENETUNREACH' })),
      { code: 'ENETUNREACH', notConnected: false, transient: false },
    ],
    [
      'Happy Eyeballs AggregateError without a code of its own, every attempt refused',
      fetchFailed(new AggregateError([system('ECONNREFUSED', 'connect'), system('EHOSTUNREACH', 'connect')])),
      { code: 'ECONNREFUSED', notConnected: true, transient: true },
    ],
    // Node.js's own mix when IPv6 is black-holed and IPv4 refuses: no attempt connected.
    [
      'Happy Eyeballs AggregateError, one attempt timed out connecting and one refused',
      fetchFailed(Object.assign(new AggregateError([system('ETIMEDOUT', 'connect'), system('ECONNREFUSED', 'connect')]), { code: 'ETIMEDOUT' })),
      { code: 'ETIMEDOUT', notConnected: true, transient: true },
    ],
    ['expired certificate', fetchFailed(system('CERT_HAS_EXPIRED')), { code: 'CERT_HAS_EXPIRED', notConnected: true, transient: false }],
    // OpenSSL's codes also name a record broken after the request was written.
    ['a broken TLS record', fetchFailed(system('ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC')), { code: 'ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC', notConnected: false, transient: false }],
    ['other side closed', fetchFailed(system('UND_ERR_SOCKET')), { code: 'UND_ERR_SOCKET', notConnected: false, transient: false }],
    ['ECONNRESET', fetchFailed(system('ECONNRESET', 'read')), { code: 'ECONNRESET', notConnected: false, transient: false }],
    ["a browser's Failed to fetch", new TypeError('Failed to fetch'), { code: undefined, notConnected: false, transient: false }],
  ])('%s', (_, error, want) => {
    expect(classifyTransportError(error)).toEqual(want);
  });

  it("reads a real refused connection of Node.js's fetch as not connected", async () => {
    const refused = await fetch(`http://127.0.0.1:${await closedPort()}`, { method: 'POST', body: 'x' }).catch((error: unknown) => error);
    expect(classifyTransportError(refused)).toEqual({ code: 'ECONNREFUSED', notConnected: true, transient: true });
  });
});

describe('redaction', () => {
  const secret = 'sk_live_abcdef123456';
  it('scrubs text, values (keys too), headers and URLs', () => {
    expect(scrubText(`Bearer ${secret} and ${secret}`, [secret])).toBe('Bearer [REDACTED] and [REDACTED]');
    expect(scrubValue({ [secret]: [secret, 1, null], nested: { a: `x${secret}` } }, [secret])).toEqual({
      '[REDACTED]': ['[REDACTED]', 1, null],
      nested: { a: 'x[REDACTED]' },
    });
    const headers = new Headers({ Authorization: `Bearer ${secret}`, Cookie: 'a=b', 'X-Echo': secret, Accept: 'application/json' });
    expect(redactHeaders(headers, [secret])).toEqual({ accept: 'application/json', authorization: '[REDACTED]', cookie: '[REDACTED]', 'x-echo': '[REDACTED]' });
    expect(redactUrl('https://user:pass@api.example.com/x?y=1')).toBe('https://api.example.com/x?y=1');
  });
  it('does not scrub strings too short to be secrets', () => {
    expect(scrubText('a b c', ['a'])).toBe('a b c');
  });
  it('replaces an error mentioning a secret, anywhere in its cause chain, and keeps one that does not', () => {
    const clean = new Error('fine');
    expect(scrubError(clean, [secret])).toBe(clean);
    const leaky = new TypeError('outer', { cause: Object.assign(new Error(`inner ${secret}`), { code: 'ECONNRESET' }) });
    const scrubbed = scrubError(leaky, [secret]) as Error & { cause: Error & { code: string } };
    expect(scrubbed).not.toBe(leaky);
    expect(scrubbed.name).toBe('TypeError');
    expect(scrubbed.cause.message).toBe('inner [REDACTED]');
    expect(scrubbed.cause.code).toBe('ECONNRESET');
    expect(scrubbed.cause.stack).not.toContain(secret);
    const withField = Object.assign(new Error('ok'), { config: { headers: { authorization: secret } } });
    expect(JSON.stringify(scrubError(withField, [secret]))).not.toContain(secret);
  });
});

describe('found by mutation testing', () => {
  it("reads undici's UND_ERR_NOT_SUPPORTED (an Expect header) as a request never dispatched", () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('expect header not supported'), { code: 'UND_ERR_NOT_SUPPORTED' }) });
    expect(classifyTransportError(refused)).toEqual({ code: 'UND_ERR_NOT_SUPPORTED', notConnected: true, transient: false });
  });

  it('scrubQuoted scrubs a secret cut short at any length from one character short down to four', () => {
    const secret = 'abcdefghijklmnopqrstuvwxyz0123456789';
    for (let length = 4; length < secret.length; length++) {
      const cut = secret.slice(0, length);
      expect(scrubQuoted(`must be number (received "${cut}…")`, [secret])).toBe('must be number (received "[REDACTED]…")');
    }
  });
});
