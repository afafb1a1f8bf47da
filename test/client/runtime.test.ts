/**
 * The request engine on its own, with hand-written operation definitions and an in-memory
 * fetch: validation warnings (issue 6's `severity: "warning"`) never block a request and go to
 * `onWarning`; option errors are caught when the client is made.
 */
import { describe, expect, it } from 'vitest';
import { ClientRuntime } from '../../generator/client/runtime/client.js';
import { prepareParameters } from '../../generator/client/runtime/parameters.js';
import type { ClientWarning, OperationDefinition, ValidationResult } from '../../generator/client/runtime/definitions.js';
import { ClientValidationError } from '../../generator/client/runtime/errors.js';
import type { ValidationIssue } from '../../generator/client/runtime/errors.js';

const warning: ValidationIssue = { path: '/name', keyword: 'x-advice', message: 'should be shorter', schemaPath: '#/x', severity: 'warning' };
const error: ValidationIssue = { path: '/id', keyword: 'type', message: 'must be number', schemaPath: '#/type', severity: 'error' };

function operation(validateRequest?: (value: unknown) => ValidationResult, validateResponse?: (value: unknown) => ValidationResult): OperationDefinition {
  return {
    operationId: 'createThing',
    method: 'POST',
    path: '/things',
    idempotent: false,
    requestBodyRequired: true,
    jsonResponse: true,
    validateRequest,
    validateResponse,
    // The API's own 503 body, in these tests: `{"code":503}`.
    isUnavailableResponse: (body) => (body as { code?: unknown } | null)?.code === 503,
    messages: { unknown: 'Unknown.', notDone: 'Not done.', done: 'Done.' },
  };
}

function runtime(options: Partial<ConstructorParameters<typeof ClientRuntime>[0]> = {}) {
  const sent: Request[] = [];
  const warnings: ClientWarning[] = [];
  const instance = new ClientRuntime(
    {
      token: 'token-123456',
      fetch: async (request) => {
        sent.push(request);
        return new Response('{"id":1}', { status: 201, headers: { 'content-type': 'application/json' } });
      },
      onWarning: (w) => warnings.push(w),
      ...options,
    },
    { factoryName: 'createTestClient', baseUrl: 'http://api.test', requiresToken: true },
  );
  return { instance, sent, warnings };
}

describe('validation warnings', () => {
  it('an ok result with warnings: sent, warnings reported', async () => {
    const { instance, sent, warnings } = runtime();
    await expect(instance.execute(operation(() => ({ ok: true, value: {}, issues: [warning] })), { body: {} })).resolves.toEqual({ id: 1 });
    expect(sent).toHaveLength(1);
    expect(warnings).toMatchObject([{ type: 'request-validation', operationId: 'createThing', issues: [warning] }]);
  });

  it('a failed result with only warnings: still sent', async () => {
    const { instance, sent, warnings } = runtime();
    await instance.execute(operation(() => ({ ok: false, issues: [warning] })), { body: {} });
    expect(sent).toHaveLength(1);
    expect(warnings).toHaveLength(1);
  });

  it('errors and warnings: not sent, the error lists only the errors, the warnings are reported', async () => {
    const { instance, sent, warnings } = runtime();
    const failure = await instance.execute(operation(() => ({ ok: false, issues: [warning, error] })), { body: {} }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ClientValidationError);
    expect((failure as ClientValidationError).issues).toEqual([error]);
    expect(sent).toHaveLength(0);
    expect(warnings).toHaveLength(1);
  });

  it('response warnings never fail a call, even with validateResponses "throw"', async () => {
    const { instance, warnings } = runtime({ validateResponses: 'throw' });
    await expect(instance.execute(operation(undefined, () => ({ ok: true, value: {}, issues: [warning] })), { body: {} })).resolves.toEqual({ id: 1 });
    expect(warnings).toMatchObject([{ type: 'response-validation', status: 201, issues: [warning] }]);
  });

  it('an onWarning that throws does not fail a call whose request succeeded', async () => {
    const { instance, sent } = runtime({
      onWarning: () => {
        throw new Error('logger down');
      },
    });
    await expect(instance.execute(operation(undefined, () => ({ ok: false, issues: [error] })), { body: {} })).resolves.toEqual({ id: 1 });
    expect(sent).toHaveLength(1);
  });

  it('an async onWarning that rejects leaves no unhandled rejection (which would end the process after the create)', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const { instance } = runtime({ onWarning: async () => Promise.reject(new Error('log sink down')) });
      await expect(instance.execute(operation(undefined, () => ({ ok: false, issues: [error] })), { body: {} })).resolves.toEqual({ id: 1 });
      // Unhandled rejections are reported after the microtasks of a macrotask have run.
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', record);
    }
    expect(unhandled).toEqual([]);
  });

  it('the default onWarning writes to console.warn', async () => {
    const messages: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => messages.push(message);
    try {
      const { instance } = runtime({ onWarning: undefined });
      await instance.execute(operation(undefined, () => ({ ok: false, issues: [error] })), { body: {} });
    } finally {
      console.warn = original;
    }
    expect(messages).toEqual([expect.stringMatching(/createThing: the 201 response does not match the spec \(returned anyway\):\n {2}\/id: must be number/)]);
  });
});

describe('a validator that throws (a body too deep for the stack, under a recursive schema)', () => {
  const overflow = (): ValidationResult => {
    throw new RangeError('Maximum call stack size exceeded');
  };

  it('on the request: a REQUEST_SETUP error saying nothing was sent, not a bare RangeError', async () => {
    const { instance, sent } = runtime();
    const failure = await instance.execute(operation(overflow), { body: {} }).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: 'REQUEST_SETUP',
      outcome: 'not-sent',
      message: 'createThing: the request body could not be checked against the spec, so nothing was sent: Maximum call stack size exceeded',
    });
    expect(sent).toHaveLength(0);
  });

  it('on a 201, by default: the body is returned and the failure goes to onWarning (the create was done)', async () => {
    const { instance, sent, warnings } = runtime();
    await expect(instance.execute(operation(undefined, overflow), { body: {} })).resolves.toEqual({ id: 1 });
    expect(warnings).toMatchObject([{ type: 'response-validation', issues: [{ keyword: 'uncheckable', message: 'could not be checked against the spec: Maximum call stack size exceeded' }] }]);
    expect(sent).toHaveLength(1);
  });

  it('on a 201, with validateResponses "throw": a ResponseValidationError whose outcome is succeeded', async () => {
    const { instance } = runtime({ validateResponses: 'throw' });
    const failure = await instance.execute(operation(undefined, overflow), { body: {} }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'RESPONSE_VALIDATION', outcome: 'succeeded' });
    expect((failure as Error).message).toContain('the server answered 201, but its body could not be checked against the spec');
  });

  it("on a 503's body: not the API's own, so outcome unknown and the create is not sent again", async () => {
    const { instance, sent } = runtime({
      fetch: async (request) => {
        sent.push(request);
        return new Response('{"code":503}', { status: 503, headers: { 'content-type': 'application/json' } });
      },
    });
    const failure = await instance.execute({ ...operation(), isUnavailableResponse: () => overflow().ok }, { body: {} }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 503, outcome: 'unknown', attempts: 1 });
    expect(sent).toHaveLength(1);
  });
});

describe('options', () => {
  // Each wrong option fails when the client is made, naming the option, what it must be and what
  // it received; before, many were ignored or failed at the first call as a network error.
  it.each([
    [{ token: undefined }, 'createTestClient: the API requires a bearer token; pass `token` or `getToken`'],
    [{ token: 'a', getToken: () => 'b' }, 'createTestClient: pass either `token` or `getToken`, not both'],
    [{ token: '' }, 'createTestClient: `token` is empty'],
    [{ token: '   ' }, 'createTestClient: `token` is blank'],
    [{ token: 'to\nk' }, 'createTestClient: `token` has a line break in it'],
    [{ token: 'Bearer abc' }, 'createTestClient: `token` starts with "Bearer " (give the token alone: the client adds the scheme)'],
    [{ token: 42 }, 'createTestClient: `token` is not a string (received number)'],
    [{ timeoutMs: 0 }, 'createTestClient: `timeoutMs` must be a number of milliseconds > 0 and <= 2147483647, received number 0'],
    [{ timeoutMs: '30' }, 'createTestClient: `timeoutMs` must be a number of milliseconds > 0 and <= 2147483647, received string "30"'],
    [{ timeoutMs: 1e12 }, 'received number 1000000000000'],
    [{ retry: { maxRetries: -1 } }, 'createTestClient: `retry.maxRetries` must be a whole number from 0 to 100, received number -1'],
    [{ retry: { maxRetries: 1.5 } }, '`retry.maxRetries` must be a whole number from 0 to 100, received number 1.5'],
    [{ retry: { maxRetries: 1e9 } }, '`retry.maxRetries` must be a whole number from 0 to 100, received number 1000000000'],
    [{ retry: { baseDelayMs: 1e12 } }, '`retry.baseDelayMs` must be a number of milliseconds from 0 to 2147483647, received number 1000000000000'],
    [{ retry: 0 }, '`retry` must be false (no retries) or a plain object with maxRetries, baseDelayMs or maxDelayMs, received number 0'],
    [{ retry: { retries: 1 } }, 'createTestClient: `retry`: unknown option `retries`; the options are `maxRetries`, `baseDelayMs`, `maxDelayMs`'],
    [{ validateResponses: 'strict' }, 'createTestClient: `validateResponses` must be "off", "warn" or "throw", received string "strict"'],
    [{ validateRequests: 0 }, 'createTestClient: `validateRequests` must be true or false, received number 0'],
    [{ baseUrl: 'api.voxo.co' }, 'createTestClient: `baseUrl` must be an absolute http(s) URL without query or fragment, such as "https://api.example.com", received string "api.voxo.co"'],
    [{ baseUrl: 'ftp://x' }, 'received string "ftp://x"'],
    [{ baseUrl: 'http://host?api_key=SECRET' }, 'received string "http://host?…"'],
    [{ baseUrl: 'https://admin:hunter2@api.example.com/?k=1' }, 'received string "…@api.example.com/?…"'],
    [{ baseUrl: null }, 'received null'],
    [{ baseUrl: new URL('http://host') }, 'received a URL'],
    [{ fetch: 'x' }, 'createTestClient: `fetch` must be a function, received a string'],
    [{ onWarning: 'x' }, '`onWarning` must be a function'],
    [{ getToken: 'x', token: undefined }, '`getToken` must be a function'],
    [{ middleware: { onRequest() {} } }, '`middleware` must be an array of middleware objects (with onRequest, onResponse or onError), received an object'],
    [{ middleware: [() => {}] }, '`middleware[0]` must be an object with an onRequest, onResponse or onError function, received a function'],
    [{ headers: new Headers({ a: 'b' }) }, '`headers` must be a plain object of header names to string values (use Object.fromEntries(headers)), received a Headers'],
    [{ headers: { 'X-A': 5 } }, '`headers["X-A"]` must be a string, received number'],
    [{ headers: { 'X-Api-Key': 'sk_live_SECRET\n' } }, '`headers["X-Api-Key"]` must be one line, received a string with a line break'],
    [{ headers: { 'Bad Name': 'x' } }, '`headers["Bad Name"]` is not a header name (letters, digits and'],
    [{ headers: { 'X-City': 'Zürich ✓' } }, '`headers["X-City"]` must hold only characters a header can carry (Latin-1, no control characters), received a string with another'],
    [{ headers: { authorization: 'Bearer other' } }, '`headers["authorization"]`: the client sends the token given as `token` or `getToken`'],
    [{ headers: { 'Content-Type': 'text/plain' } }, '`headers["Content-Type"]` must be a JSON media type such as "application/json" (the client sends the body as JSON, in UTF-8), received "text/plain"'],
    [{ headers: { 'content-length': '5' } }, '`headers["content-length"]`: fetch sets it from the body the client sends; remove it'],
    [{ headers: { 'Transfer-Encoding': 'chunked' } }, '`headers["Transfer-Encoding"]`: fetch sets it from the body'],
    [{ headers: { 'Content-Encoding': 'gzip' } }, '`headers["Content-Encoding"]`: the client sends the JSON it checked as it is'],
    [{ headers: { 'content-type': 'text/plain; profile=json' } }, '`headers["content-type"]` must be a JSON media type'],
    [{ headers: { 'Content-Type': 'application/jsonp' } }, '`headers["Content-Type"]` must be a JSON media type'],
    [{ headers: { 'Content-Type': 'application/json; charset=utf-16' } }, 'in UTF-8), received "application/json; charset=utf-16"'],
    [{ userAgent: 5 }, '`userAgent` must be a string, received number 5'],
    [{ timeout: 50 }, 'createTestClient: unknown option `timeout` (did you mean `timeoutMs`?)'],
    [{ baseURL: 'http://x' }, 'unknown option `baseURL` (did you mean `baseUrl`?)'],
    [{ retries: 2 }, 'unknown option `retries` (did you mean `retry`?)'],
    [{ maxRetries: 2 }, 'unknown option `maxRetries` (did you mean `retry: { maxRetries }`?)'],
    [{ onRequest: () => {} }, 'unknown option `onRequest` (did you mean `middleware: [{ onRequest }]`?)'],
    [{ tokenProvider: () => 't' }, 'unknown option `tokenProvider` (did you mean `token`?)'],
    [{ t: 1 }, 'createTestClient: unknown option `t`; the options are'],
  ])('%j is refused when the client is made', (options, message) => {
    expect(() => runtime(options as never)).toThrow(message);
  });

  it.each([
    [null, 'createTestClient: the options must be a plain object, received null'],
    [[], 'createTestClient: the options must be a plain object, received an array'],
    ['tok', 'received string "tok"'],
  ])('options %j are refused', (options, message) => {
    expect(() => new ClientRuntime(options as never, { factoryName: 'createTestClient', baseUrl: 'http://api.test', requiresToken: true })).toThrow(message);
  });

  it.each([
    [null, 'createThing: the call options must be a plain object, received null'],
    ['x', 'createThing: the call options must be a plain object, received string "x"'],
    [{ signal: new AbortController() }, 'createThing: `signal` must be an AbortSignal (pass controller.signal), received an AbortController'],
    [{ signal: {} }, '`signal` must be an AbortSignal, received an object'],
    [{ timeoutMs: -1 }, 'createThing: `timeoutMs` must be a number of milliseconds > 0 and <= 2147483647, received number -1'],
    [{ retry: 'none' }, 'createThing: `retry` must be false (no retries) or a plain object'],
    [{ retry: { maxRetries: 1e9 } }, 'createThing: `retry.maxRetries` must be a whole number from 0 to 100'],
    [{ headers: { Authorization: 'x' } }, 'createThing: `headers["Authorization"]`: the client sends the token'],
    [{ headers: { 'Content-Length': '5' } }, 'createThing: `headers["Content-Length"]`: fetch sets it from the body'],
    [{ headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 'createThing: `headers["content-type"]` must be a JSON media type'],
    [{ timeout: 5 }, 'createThing: unknown option `timeout` (did you mean `timeoutMs`?)'],
  ])('call options %j fail the call before sending', async (init, message) => {
    const { instance, sent } = runtime();
    await expect(instance.execute(operation(), { body: {} }, init as never)).rejects.toThrow(message);
    expect(sent).toHaveLength(0);
  });

  it('takes a middleware made from a class (its hooks on the prototype), and Authorization in headers when the client sends no token', () => {
    class Signer {
      onRequest(): undefined {
        return undefined;
      }
    }
    expect(() => runtime({ middleware: [new Signer()] })).not.toThrow();
    expect(() => runtime({ headers: { 'Content-Type': 'application/json; charset=utf-8' } })).not.toThrow();
    expect(() => runtime({ headers: { 'content-type': 'application/merge-patch+json' } })).not.toThrow();
    // text/json is JSON for the generator too (its validators check such a body).
    expect(() => runtime({ headers: { 'content-type': 'text/json' } })).not.toThrow();
    expect(() => runtime({ headers: { 'Content-Type': 'application/json;charset="UTF-8"' } })).not.toThrow();
    expect(
      () => new ClientRuntime({ headers: { Authorization: 'Basic x' } }, { factoryName: 'createTestClient', baseUrl: 'http://api.test', requiresToken: false }),
    ).not.toThrow();
  });

  it('asks for JSON (Accept), which the client reads and checks, unless the client or the call chooses', async () => {
    const plain = runtime();
    await plain.instance.execute(operation(), { body: {} });
    expect(plain.sent[0]!.headers.get('accept')).toBe('application/json');
    const chosen = runtime({ headers: { accept: 'application/vnd.things+json' } });
    await chosen.instance.execute(operation(), { body: {} });
    await chosen.instance.execute(operation(), { body: {} }, { headers: { Accept: 'application/problem+json' } });
    expect(chosen.sent.map((request) => request.headers.get('accept'))).toEqual(['application/vnd.things+json', 'application/problem+json']);
    // No JSON answer to read: nothing asked.
    const noBody = runtime();
    await noBody.instance.execute({ ...operation(), jsonResponse: false }, { body: {} });
    expect(noBody.sent[0]!.headers.get('accept')).toBeNull();
  });

  it("sends a query object as OpenAPI's default says (form, exploded), and a list as repeated names", async () => {
    const { instance, sent } = runtime();
    await instance.execute({ ...operation(), method: 'GET', idempotent: true, requestBodyRequired: false, prepareParameters }, { params: { query: { filter: { name: 'a b', age: 2 }, tags: ['x', 'y'] } } });
    expect(new URL(sent[0]!.url).search).toBe('?name=a%20b&age=2&tags=x&tags=y');
  });

  it('refuses Authorization in the call headers of a client that sends its token from getToken', async () => {
    const { instance, sent } = runtime({ token: undefined, getToken: () => 'token-from-getter' });
    await expect(instance.execute(operation(), { body: {} }, { headers: { Authorization: 'Bearer other' } })).rejects.toThrow(TypeError);
    await expect(instance.execute(operation(), { body: {} }, { headers: { Authorization: 'Bearer other' } })).rejects.toThrow('`headers["Authorization"]`: the client sends the token');
    expect(sent).toHaveLength(0);
  });

  it('getToken returning an empty string fails the call before sending', async () => {
    const { instance, sent } = runtime({ token: undefined, getToken: () => '' });
    await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({ code: 'TOKEN_PROVIDER', outcome: 'not-sent' });
    expect(sent).toHaveLength(0);
  });

  it('a middleware onRequest that throws fails the call before sending, as REQUEST_SETUP', async () => {
    const { instance, sent } = runtime({
      middleware: [
        {
          onRequest: () => {
            throw new Error('signing failed');
          },
        },
      ],
    });
    await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({ code: 'REQUEST_SETUP', outcome: 'not-sent', message: expect.stringMatching(/failed before sending: signing failed/) });
    expect(sent).toHaveLength(0);
  });
});

describe('what is validated is what is sent', () => {
  // The validator accepts an object whose `name` is a string.
  const named = (value: unknown): ValidationResult =>
    value !== null && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string'
      ? { ok: true, value }
      : { ok: false, issues: [{ path: '/name', keyword: 'type', message: 'must be string', schemaPath: '#/properties/name/type', severity: 'error' }] };

  it.each([
    ['a toJSON that sends something else', { name: 'ok', toJSON: () => ({ hacked: true }) }],
    ['a getter on the prototype, which JSON leaves out', new (class Campaign {
      get name(): string {
        return 'ok';
      }
    })()],
    ['an object whose fields are all inherited', Object.create({ name: 'ok' }) as object],
    ['a Map', new Map([['name', 'ok']])],
  ])('%s is refused: the validator reads the JSON the server would get', async (_, body) => {
    const { instance, sent } = runtime();
    await expect(instance.execute(operation(named), { body })).rejects.toMatchObject({ name: 'ClientValidationError', outcome: 'not-sent', issues: [{ path: '/name' }] });
    expect(sent).toHaveLength(0);
  });

  it('sends the text it validated, made once', async () => {
    const { instance, sent } = runtime();
    const body = { name: 'ok', when: new Date(Date.UTC(2027, 2, 1)), missing: undefined };
    await instance.execute(operation(named), { body });
    expect(await sent[0]!.text()).toBe('{"name":"ok","when":"2027-03-01T00:00:00.000Z"}');
    expect(sent[0]!.headers.get('content-type')).toBe('application/json');
  });

  it('a body that cannot be JSON is refused before sending: with its path when the value is wrong, else with the reason', async () => {
    const { instance, sent } = runtime();
    await expect(instance.execute(operation(named), { body: { name: 10n } })).rejects.toMatchObject({ name: 'ClientValidationError', issues: [{ path: '/name' }] });
    const cyclic: Record<string, unknown> = { name: 'ok' };
    cyclic.self = cyclic;
    await expect(instance.execute(operation(named), { body: cyclic })).rejects.toMatchObject({
      code: 'REQUEST_SETUP',
      outcome: 'not-sent',
      message: expect.stringMatching(/^createThing: the request body cannot be sent as JSON, so nothing was sent: Converting circular structure/),
    });
    const throwing = { name: 'ok', get extra(): string { throw new Error('lazy field failed'); } };
    await expect(instance.execute(operation(named), { body: throwing })).rejects.toMatchObject({ code: 'REQUEST_SETUP', message: expect.stringContaining('lazy field failed') });
    expect(sent).toHaveLength(0);
  });

  it('with validateRequests: false the body goes to openapi-fetch as given', async () => {
    const { instance, sent } = runtime({ validateRequests: false });
    await instance.execute(operation(named), { body: { name: 'ok', toJSON: () => ({ other: 1 }) } });
    expect(await sent[0]!.text()).toBe('{"other":1}');
  });
});

describe('getToken', () => {
  it('one that never settles is stopped by the timeout: nothing sent, the error says why', async () => {
    const { instance, sent } = runtime({ token: undefined, getToken: () => new Promise<string>(() => {}), timeoutMs: 50 });
    await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({
      code: 'TOKEN_PROVIDER',
      outcome: 'not-sent',
      message: expect.stringContaining('getToken() failed: it did not return a token within 50 ms (timeoutMs)'),
    });
    expect(sent).toHaveLength(0);
  });

  it("one that never settles is stopped by the caller's signal, as an abort", async () => {
    const { instance, sent } = runtime({ token: undefined, getToken: () => new Promise<string>(() => {}) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 20);
    await expect(instance.execute(operation(), { body: {} }, { signal: controller.signal })).rejects.toMatchObject({ name: 'ClientAbortError', outcome: 'not-sent' });
    expect(sent).toHaveLength(0);
  });

  it.each([
    ['  ', 'it returned a token that is blank'],
    ['Bearer abc', 'it returned a token that starts with "Bearer "'],
    [42, 'it returned a token that is not a string (received number)'],
  ])('one returning %j fails before sending', async (token, message) => {
    const { instance, sent } = runtime({ token: undefined, getToken: () => token as string });
    await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({ code: 'TOKEN_PROVIDER', message: expect.stringContaining(message) });
    expect(sent).toHaveLength(0);
  });
});

describe('a custom fetch', () => {
  it('that returns something other than a Response fails with what it returned', async () => {
    const { instance } = runtime({ fetch: (async () => ({})) as never });
    await expect(instance.execute(operation(), { body: {} })).rejects.toThrow('the `fetch` option returned an object, not a Response');
  });
});

describe('options found wrong by review, and what stays accepted', () => {
  it('takes plain objects from another realm (an iframe, a vm context)', async () => {
    const { runInNewContext } = await import('node:vm');
    const options = runInNewContext('({ token: "token-123456", retry: { maxRetries: 1 }, headers: { "X-A": "b" } })') as object;
    expect(() => new ClientRuntime(options as never, { factoryName: 'createTestClient', baseUrl: 'http://api.test', requiresToken: true })).not.toThrow();
  });

  it("takes a baseUrl relative to the page in a browser, and refuses it where there is no page", () => {
    expect(() => runtime({ baseUrl: '/api' })).toThrow('`baseUrl` must be an absolute http(s) URL');
    const scope = globalThis as { location?: unknown };
    scope.location = { href: 'https://app.example.com/campaigns/new' };
    try {
      expect(() => runtime({ baseUrl: '/api' })).not.toThrow();
    } finally {
      delete scope.location;
    }
  });

  it('drops blanks around a token (one read from a file), and redacts the token it sends', async () => {
    const { instance, sent } = runtime({ token: 'token-abcdef\n' });
    await instance.execute(operation(), { body: {} });
    expect(sent[0]!.headers.get('authorization')).toBe('Bearer token-abcdef');
  });

  it('holds the retry loop to checked settings even when the options object changes after the check', async () => {
    const retry = { maxRetries: 1, baseDelayMs: 0 };
    const { instance } = runtime({ retry });
    retry.maxRetries = Number.NaN;
    await expect(instance.execute(operation(), { body: {} }, { retry: { maxDelayMs: 1 } })).resolves.toEqual({ id: 1 });
  });

  it("gives a middleware's own bodySerializer JSON for a body of its own", async () => {
    let serialized: unknown;
    const { instance, sent } = runtime({
      middleware: [
        {
          onRequest: ({ options }) => {
            serialized = (options as { bodySerializer: (value: unknown) => unknown }).bodySerializer({ signed: true });
            return undefined;
          },
        },
      ],
    });
    // With a validator, so that the body is made JSON once and sent as it is.
    await instance.execute(operation(() => ({ ok: true, value: {} })), { body: { name: 'ok' } });
    expect(serialized).toBe('{"signed":true}');
    expect(await sent[0]!.text()).toBe('{"name":"ok"}');
  });

  it('shows the value the caller passed when the JSON is invalid too (NaN, which JSON writes as null)', async () => {
    const finite = (value: unknown): ValidationResult => {
      const n = (value as { n?: unknown } | null)?.n;
      return typeof n === 'number' && Number.isFinite(n)
        ? { ok: true, value }
        : { ok: false, issues: [{ path: '/n', keyword: 'type', message: `must be number (received ${String(n)})`, schemaPath: '#/n', severity: 'error' }] };
    };
    const { instance, sent } = runtime();
    await expect(instance.execute(operation(finite), { body: { n: Number.NaN } })).rejects.toMatchObject({
      message: expect.stringContaining('/n: must be number (received NaN)'),
    });
    expect(sent).toHaveLength(0);
  });

  it('an abort while a middleware prepares the request is not-sent, not unknown', async () => {
    const controller = new AbortController();
    const { instance, sent } = runtime({
      middleware: [
        {
          onRequest: async () => {
            controller.abort(new Error('user left'));
            await new Promise((resolve) => setTimeout(resolve, 5));
            return undefined;
          },
        },
      ],
    });
    await expect(instance.execute(operation(), { body: {} }, { signal: controller.signal })).rejects.toMatchObject({ name: 'ClientAbortError', outcome: 'not-sent' });
    expect(sent).toHaveLength(0);
  });

  it("an abort while a retry's token is awaited says which attempt was not sent", async () => {
    const controller = new AbortController();
    let calls = 0;
    const { instance } = runtime({
      token: undefined,
      getToken: () => (++calls === 1 ? 'token-123456' : new Promise<string>(() => setTimeout(() => controller.abort(), 5))),
      retry: { maxRetries: 1, baseDelayMs: 0 },
      fetch: async () => new Response('{"code":503}', { status: 503 }),
    });
    await expect(instance.execute(operation(), { body: {} }, { signal: controller.signal })).rejects.toMatchObject({
      name: 'ClientAbortError',
      outcome: 'rejected',
      message: expect.stringContaining('was aborted by the caller\'s signal before attempt 2 was sent'),
    });
  });
});

describe('secrets and outcomes, found by the last review', () => {
  it.each([
    ['http://user:pa/ss@host', 'pa/ss'],
    ['https:user:hunter2@host?x=1', 'hunter2'],
    ['http://user:pa#ss@host', 'pa'],
  ])('a baseUrl %s is refused without its password in the message', (baseUrl, secret) => {
    let message = '';
    try {
      runtime({ baseUrl: baseUrl.replace('http://', 'ftp://').replace('https:', 'ftp:') });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('`baseUrl` must be');
    expect(message).not.toContain(secret);
  });

  it('never shows what was given as headers or getToken when it is not what it must be', () => {
    expect(() => runtime({ headers: 'X-Api-Key: sk_live_SECRET' as never })).toThrow(/received a string$/);
    expect(() => runtime({ token: undefined, getToken: 'sk_live_SECRET' as never })).toThrow('`getToken` must be a function, received a string');
  });

  it('redacts a padded token from an error body that echoes it', async () => {
    const { instance } = runtime({
      token: '  token-abcdef\n',
      fetch: async (request) => new Response(JSON.stringify({ message: `bad token ${request.headers.get('authorization')}` }), { status: 401, headers: { 'content-type': 'application/json' } }),
    });
    const error = (await instance.execute(operation(), { body: {} }).catch((caught: unknown) => caught)) as Error;
    expect(error.message).toContain('[REDACTED]');
    expect(error.message).not.toContain('token-abcdef');
  });

  it('lists only what is wrong in what is sent, told with the values the caller passed', async () => {
    const both = (value: unknown): ValidationResult => {
      const { n, d } = (value ?? {}) as { n?: unknown; d?: unknown };
      const issues: ValidationIssue[] = [];
      if (!(typeof n === 'number' && Number.isFinite(n))) issues.push({ path: '/n', keyword: 'type', message: `must be number (received ${String(n)})`, schemaPath: '#/n', severity: 'error' });
      if (typeof d !== 'string') issues.push({ path: '/d', keyword: 'type', message: 'must be string', schemaPath: '#/d', severity: 'error' });
      return issues.length ? { ok: false, issues } : { ok: true, value };
    };
    const { instance } = runtime();
    // d becomes a valid string through its toJSON; n is NaN, which JSON writes as null.
    const error = (await instance.execute(operation(both), { body: { n: Number.NaN, d: { toJSON: () => '2027-03-01' } } }).catch((caught: unknown) => caught)) as ClientValidationError;
    expect(error.issues).toEqual([expect.objectContaining({ path: '/n', message: 'must be number (received NaN)' })]);
    expect(error.message).toMatch(/the request body is invalid, so nothing was sent/);
  });

  it('holds the retry loop to its bounds when a setting changes between the check and the loop (a getter)', async () => {
    let reads = 0;
    const retry = {
      get maxRetries(): number {
        return ++reads === 1 ? 1 : Number.NaN;
      },
      baseDelayMs: 0,
    };
    const { instance, sent } = runtime({ fetch: async () => new Response('{}', { status: 503 }) });
    await expect(instance.execute(operation(), { body: {} }, { retry })).rejects.toThrow('the retry settings: `retry.maxRetries` must be a whole number from 0 to 100, received number NaN');
    expect(sent.length).toBeLessThanOrEqual(1);
  });

  it('keeps a call unknown once an attempt may have done the work, whatever a later attempt says', async () => {
    let calls = 0;
    const { instance } = runtime({
      retry: { maxRetries: 1, baseDelayMs: 0 },
      fetch: async () => {
        if (++calls === 1) throw new TypeError('the connection was reset after the request was written');
        return new Response('{}', { status: 503 });
      },
    });
    const put: OperationDefinition = { ...operation(), method: 'PUT', idempotent: true };
    await expect(instance.execute(put, { body: {} })).rejects.toMatchObject({ status: 503, outcome: 'unknown', message: expect.stringContaining('Unknown.') });
    expect(calls).toBe(2);
  });

  it("retries an idempotent operation's 503 whatever its body (a gateway's page too), and succeeds", async () => {
    let calls = 0;
    const { instance } = runtime({
      retry: { maxRetries: 1, baseDelayMs: 0 },
      fetch: async () => (++calls === 1 ? new Response('<html>busy</html>', { status: 503, headers: { 'content-type': 'text/html' } }) : new Response('{"id":2}', { status: 200, headers: { 'content-type': 'application/json' } })),
    });
    const put: OperationDefinition = { ...operation(), method: 'PUT', idempotent: true };
    await expect(instance.execute(put, { body: {} })).resolves.toEqual({ id: 2 });
    expect(calls).toBe(2);
  });

  it('a timeout while a middleware prepares the request says it came before sending', async () => {
    const { instance, sent } = runtime({
      timeoutMs: 20,
      middleware: [{ onRequest: () => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 60)) }],
    });
    await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({ outcome: 'not-sent', message: expect.stringContaining('timed out after 20 ms before it was sent') });
    expect(sent).toHaveLength(0);
  });
});

describe('redirects', () => {
  it('an idempotent operation follows them, as fetch does; one that is not gets the 3xx', async () => {
    const { startFaultServer, sendJson } = await import('./helpers/fault-server.js');
    const server = await startFaultServer((request, response) => {
      if (request.url === '/things') {
        response.writeHead(307, { location: '/things/2' });
        return response.end();
      }
      if (request.url === '/choices') {
        response.writeHead(300, { location: '/things/3' });
        return response.end();
      }
      sendJson(response, 200, { id: 2 });
    });
    try {
      const instance = new ClientRuntime({ token: 'token-123456', onWarning: () => {} }, { factoryName: 'createTestClient', baseUrl: server.url, requiresToken: true });
      const put = { ...operation(), operationId: 'putThing', method: 'PUT' as const, idempotent: true };
      await expect(instance.execute(put, { body: {} })).resolves.toEqual({ id: 2 });
      expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['PUT /things', 'PUT /things/2']);
      await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({ status: 307, outcome: 'unknown' });
      expect(server.requests).toHaveLength(3);
      // 300, the first of the 3xx: a redirect too, said as one.
      await expect(instance.execute({ ...operation(), path: '/choices' }, { body: {} })).rejects.toMatchObject({
        status: 300,
        outcome: 'unknown',
        message: expect.stringContaining("createThing (POST /choices) was answered 300 Multiple Choices, a redirect to /things/3; a request that is not idempotent is not followed to another address"),
      });
    } finally {
      await server.close();
    }
  });
});

describe('what a probe of the package README found', () => {
  it('scrubs the token from the issues of a response that echoes it, thrown and warned', async () => {
    const echoing = async () => new Response('{"id":"token-123456"}', { status: 201, headers: { 'content-type': 'application/json' } });
    const validateResponse = (value: unknown): ValidationResult => ({
      ok: false,
      issues: [{ path: '/id', keyword: 'type', message: `must be number (received ${JSON.stringify((value as { id: unknown }).id)})`, schemaPath: '#/type', severity: 'error' }],
    });
    const thrown = (await runtime({ fetch: echoing, validateResponses: 'throw' }).instance.execute(operation(undefined, validateResponse), { body: {} }).catch((e: unknown) => e)) as Error & { issues: ValidationIssue[] };
    expect(thrown.message).toContain('must be number (received "[REDACTED]")');
    expect(thrown.message).not.toContain('token-123456');
    expect(thrown.issues[0]!.message).not.toContain('token-123456');
    const { instance, warnings } = runtime({ fetch: echoing });
    await instance.execute(operation(undefined, validateResponse), { body: {} });
    expect(JSON.stringify(warnings)).not.toContain('token-123456');
  });

  it('sends no User-Agent of its own in a browser (Firefox would send it, and CORS must then allow it); one given is sent', async () => {
    const navigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0' }, configurable: true });
    const agents: Array<string | null> = [];
    const client = (userAgent?: string) =>
      new ClientRuntime(
        { token: 'token-123456', userAgent, fetch: async (request) => (agents.push(request.headers.get('user-agent')), new Response(null, { status: 204 })) },
        { factoryName: 'f', baseUrl: 'http://api.test', requiresToken: true, userAgent: 'pkg/1.0' },
      );
    const noContent = { ...operation(), jsonResponse: false };
    try {
      await client().execute(noContent, { body: {} });
      await client('my-app/1.0').execute(noContent, { body: {} });
    } finally {
      if (navigator) Object.defineProperty(globalThis, 'navigator', navigator);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
    // Outside a browser (Node.js here), the package's own.
    await client().execute(noContent, { body: {} });
    expect(agents).toEqual([null, 'my-app/1.0', 'pkg/1.0']);
  });

  it("bounds the read of a custom fetch's body by the timeout: a 201 whose body stalls is a TimeoutError, outcome succeeded", async () => {
    const stalling = async () => new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"id":')) }), { status: 201 });
    const started = Date.now();
    const failure = await runtime({ fetch: stalling, timeoutMs: 200 }).instance.execute(operation(), { body: {} }).catch((e: unknown) => e as { code: string; outcome: string; phase: string });
    expect(failure).toMatchObject({ code: 'TIMEOUT', outcome: 'succeeded', phase: 'body' });
    expect(Date.now() - started).toBeLessThan(10_000);
    // And by the caller's signal.
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop')), 100);
    await expect(runtime({ fetch: stalling }).instance.execute(operation(), { body: {} }, { signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED', outcome: 'succeeded' });
  });

  it('does not retry sooner than a Retry-After asks: one longer than maxDelayMs ends the call, saying so', async () => {
    const sent: Request[] = [];
    const busy = async (request: Request) => {
      sent.push(request);
      return new Response('{}', { status: 429, headers: { 'retry-after': '30', 'content-type': 'application/json' } });
    };
    const failure = (await runtime({ fetch: busy, retry: { maxDelayMs: 500 } }).instance.execute(operation(), { body: {} }).catch((e: unknown) => e)) as { message: string; retryAfterMs: number; outcome: string };
    expect(sent).toHaveLength(1);
    expect(failure.retryAfterMs).toBe(30_000);
    expect(failure.outcome).toBe('rejected');
    expect(failure.message).toContain('Not sent again: the server asked to wait 30000 ms (Retry-After), longer than maxDelayMs (500 ms).');
  });
});

describe('parameters as checked', () => {
  it('says that a required parameter given as null was left out, not that it was not given', async () => {
    const required: ValidationResult = { ok: false, issues: [{ path: '/query', keyword: 'required', message: 'must have required property "since"', schemaPath: '#/required', severity: 'error' }] };
    const given = (value: unknown) => {
      try {
        prepareParameters({ ...operation(), path: '/x' }, { query: { since: value } }, () => required, () => {});
      } catch (error) {
        return (error as ClientValidationError).issues[0]!.message;
      }
      return 'sent';
    };
    expect(given(null)).toBe('must have required property "since" (it was given as null, which is not sent)');
    expect(given([])).toBe('must have required property "since" (it was given as a value with nothing to send, which is not sent)');
    expect(given(undefined)).toBe('must have required property "since"');
  });

  it("take a header given in other case than the spec's as that header: checked against its schema and sent in its style", () => {
    const seen: unknown[] = [];
    const validate = (value: unknown): ValidationResult => {
      seen.push(value);
      const header = (value as { header: Record<string, unknown> }).header;
      return /^\d+$/.test(String(header['X-Trace'] ?? '0'))
        ? { ok: true, value }
        : { ok: false, issues: [{ path: '/header/X-Trace', keyword: 'pattern', message: 'must match pattern ^\\d+$', schemaPath: '#/pattern', severity: 'error' }] };
    };
    const definition = { ...operation(), path: '/x', headerParameters: ['X-Trace', 'X-Range'], parameterEncodings: { header: { 'X-Range': { style: 'simple', explode: true } } } } as OperationDefinition;
    // Before, x-trace was not the spec's X-Trace to the check, and was sent unchecked.
    expect(() => prepareParameters(definition, { header: { 'x-trace': 'abc' } }, validate, () => {})).toThrow(ClientValidationError);
    expect(seen[0]).toEqual({ header: { 'X-Trace': 'abc' } });
    expect(prepareParameters(definition, { header: { 'x-range': { from: 1, to: 2 }, 'X-Other': 'kept' } }, validate, () => {}).header).toEqual({ 'X-Range': 'from=1,to=2', 'X-Other': 'kept' });
  });

  it('report a header getter that throws as a request that could not be set up, with nothing sent', () => {
    const definition = { ...operation(), path: '/x', headerParameters: ['X-Trace'] } as OperationDefinition;
    const header = Object.defineProperty({}, 'X-Trace', { enumerable: true, get: () => { throw new Error('no token'); } });
    let failure: unknown;
    try {
      prepareParameters(definition, { header }, undefined, () => {});
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ code: 'REQUEST_SETUP', outcome: 'not-sent', message: expect.stringContaining('the request parameters could not be checked against the spec, so nothing was sent: no token') });
  });

  it('refuse a header given twice in two spellings, without its values; a spelling given as undefined or null is not the second', () => {
    const definition = { ...operation(), path: '/x', headerParameters: ['X-Trace'] } as OperationDefinition;
    const issues = (header: Record<string, unknown>) => {
      try {
        return prepareParameters(definition, { header }, undefined, () => {}).header;
      } catch (error) {
        return (error as ClientValidationError).issues;
      }
    };
    expect(issues({ 'X-Trace': 'secret-1', 'x-trace': 'secret-2' })).toEqual([
      { path: '/header/x-trace', keyword: 'parameter', message: 'must not be given twice: header names are case-insensitive, and it is given as "X-Trace" too (the value is not shown: headers carry credentials)', schemaPath: '', severity: 'error' },
    ]);
    expect(JSON.stringify(issues({ 'X-Trace': 'secret-1', 'x-trace': 'secret-2' }))).not.toContain('secret');
    // Not in the spec: the same header all the same.
    expect(issues({ 'X-Other': 'a', 'x-other': 'b' })).toMatchObject([{ path: '/header/x-other' }]);
    expect(issues({ 'x-trace': null, 'X-TRACE': '1' })).toEqual({ 'X-Trace': '1' });
  });

  it('are what is sent: undefined, null, an empty list and an object with nothing to send are left out (a required one is then missing)', () => {
    const seen: unknown[] = [];
    const validate = (value: unknown): ValidationResult => {
      seen.push(value);
      return { ok: true, value };
    };
    prepareParameters({ ...operation(), path: '/x' }, { query: { filter: { a: undefined }, tags: [], none: null, gone: undefined, keep: 1 }, header: { 'X-A': null } }, validate, () => {});
    expect(seen).toEqual([{ query: { keep: 1 }, header: {} }]);
  });
});

it('retries after a Retry-After of exactly maxDelayMs (only a longer one ends the call)', async () => {
  const sent: Request[] = [];
  const busyOnce = async (request: Request) => {
    sent.push(request);
    return sent.length === 1 ? new Response('{}', { status: 429, headers: { 'retry-after': '0' } }) : new Response('{"id":1}', { status: 201, headers: { 'content-type': 'application/json' } });
  };
  await expect(runtime({ fetch: busyOnce, retry: { maxRetries: 1, maxDelayMs: 0 } }).instance.execute(operation(), { body: {} })).resolves.toEqual({ id: 1 });
  expect(sent).toHaveLength(2);
});

describe('found by mutation testing', () => {
  const withParams = (extra: Partial<OperationDefinition> = {}): OperationDefinition => ({ ...operation(), path: '/things', prepareParameters, ...extra });

  it("refuses an exploded object's member named like a query parameter of the operation that was not given (the spec's names reach the serializer)", async () => {
    const { instance, sent } = runtime();
    const failure = await instance.execute(withParams({ queryParameters: ['filter', 'limit'] }), { params: { query: { filter: { limit: 999 } } }, body: {} }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ClientValidationError);
    expect((failure as ClientValidationError).issues).toMatchObject([{ path: '/query/filter/limit' }]);
    expect(sent).toHaveLength(0);
  });

  it('a parameter validator that throws: a REQUEST_SETUP error whose outcome is not-sent', async () => {
    const { instance, sent } = runtime();
    const overflow = (): ValidationResult => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const failure = await instance.execute(withParams({ validateParameters: overflow }), { params: { query: { a: 1 } }, body: {} }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'REQUEST_SETUP', outcome: 'not-sent' });
    expect(sent).toHaveLength(0);
  });

  it("sends the package's User-Agent where navigator.userAgent is not a browser's (Node.js 21+, Deno, Bun, workers)", async () => {
    const navigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'Node.js/22' }, configurable: true });
    const agents: Array<string | null> = [];
    try {
      const client = new ClientRuntime(
        { token: 'token-123456', fetch: async (request) => (agents.push(request.headers.get('user-agent')), new Response(null, { status: 204 })) },
        { factoryName: 'f', baseUrl: 'http://api.test', requiresToken: true, userAgent: 'pkg/1.0' },
      );
      await client.execute({ ...operation(), jsonResponse: false }, { body: {} });
    } finally {
      if (navigator) Object.defineProperty(globalThis, 'navigator', navigator);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
    expect(agents).toEqual(['pkg/1.0']);
  });

  it("scrubs the token from a response issue's path (a property named by the echoed token), thrown and warned", async () => {
    const echoing = async () => new Response('{"token-123456":1}', { status: 201, headers: { 'content-type': 'application/json' } });
    const validateResponse = (): ValidationResult => ({
      ok: false,
      issues: [{ path: '/token-123456', keyword: 'additionalProperties', message: 'must not be here', schemaPath: '#/additionalProperties', severity: 'error' }],
    });
    const thrown = (await runtime({ fetch: echoing, validateResponses: 'throw' }).instance.execute(operation(undefined, validateResponse), { body: {} }).catch((e: unknown) => e)) as Error & { issues: ValidationIssue[] };
    expect(thrown.issues[0]!.path).toBe('/[REDACTED]');
    expect(thrown.message).not.toContain('token-123456');
    const { instance, warnings } = runtime({ fetch: echoing });
    await instance.execute(operation(undefined, validateResponse), { body: {} });
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings)).not.toContain('token-123456');
  });

  it("calls a middleware's onError when a custom fetch that ignores the signal is stopped by the timeout", async () => {
    const errors: unknown[] = [];
    const { instance } = runtime({ fetch: () => new Promise<Response>(() => {}), timeoutMs: 100, retry: false, middleware: [{ onError: ({ error }: { error: unknown }) => void errors.push(error) }] });
    await expect(instance.execute(operation(), { body: {} })).rejects.toMatchObject({ code: 'TIMEOUT' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toHaveLength(1);
  });
});
