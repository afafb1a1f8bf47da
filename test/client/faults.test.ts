/**
 * The client against a server that fails on purpose, one way per test. Each test checks the
 * error's class, how many requests reached the server (exactly one for every create that must
 * not be retried), and that the token is nowhere in the error.
 */
import { brotliCompressSync, deflateSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { campaignFor, TOKEN, VALID_BODY } from './helpers/fixtures.js';
import { closedPort, sendJson, startFaultServer, unavailableBody, type FaultHandler, type FaultServer } from './helpers/fault-server.js';
import { expectNoToken, loadClient, rejectionOf, type LoadedClient, type VoxoModule } from './helpers/client.js';
import type { ClientOptions } from '../../generator/client/runtime/definitions.js';

let loaded: LoadedClient;
let voxo: VoxoModule;
let server: FaultServer | undefined;

beforeAll(async () => {
  loaded = await loadClient();
  voxo = loaded.module;
});
afterAll(() => loaded?.cleanup());
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: FaultHandler): Promise<FaultServer> {
  server = await startFaultServer(handler);
  return server;
}

function client(options: Partial<ClientOptions> = {}) {
  return voxo.createVoxoClient({
    token: TOKEN,
    baseUrl: server?.url,
    retry: { baseDelayMs: 10, maxDelayMs: 2_000 },
    onWarning: () => {},
    ...options,
  });
}

const created: FaultHandler = (request, response) => sendJson(response, 201, campaignFor(JSON.parse(request.body)));
const AMBIGUOUS = /may or may not have been created/;

describe('a create that succeeds', () => {
  it('resolves to the campaign, sending one request with the token, JSON and a User-Agent', async () => {
    const s = await serve(created);
    const campaign = await client().createCampaign(VALID_BODY);
    expect(campaign.id).toBe(5521);
    expect(campaign.name).toBe(VALID_BODY.name);
    expect(s.requests).toHaveLength(1);
    const [request] = s.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/v2/admin/call-campaigns');
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['user-agent']).toMatch(/^voxo-call-campaigns-client\//);
    expect(JSON.parse(request!.body)).toEqual(VALID_BODY);
  });

  it('calls getToken before every attempt and sends what it returns', async () => {
    const s = await serve((request, response, index) =>
      index === 0 ? sendJson(response, 503, unavailableBody('busy'), { 'retry-after': '0' }) : created(request, response, index, request as never),
    );
    let calls = 0;
    const campaign = await client({ token: undefined, getToken: async () => `${TOKEN}-${++calls}` }).createCampaign(VALID_BODY);
    expect(campaign.id).toBe(5521);
    expect(s.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}-1`, `Bearer ${TOKEN}-2`]);
  });
});

describe('answers after which a create is never sent again', () => {
  it('500: a ServerError whose message says the campaign may or may not exist', async () => {
    const s = await serve((_, response) => sendJson(response, 500, { name: 'GeneralError', message: 'Internal server error', code: 500 }));
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoServerError);
    expect(error).toBeInstanceOf(voxo.VoxoApiError);
    expect(error).toBeInstanceOf(voxo.VoxoError);
    expect(error).toMatchObject({ name: 'VoxoServerError', code: 'SERVER_ERROR', status: 500, outcome: 'unknown', attempts: 1 });
    expect(error.body).toEqual({ name: 'GeneralError', message: 'Internal server error', code: 500 });
    expect(error.message).toMatch(AMBIGUOUS);
    expect(error.message).toMatch(/list the campaigns/);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('502 with an HTML page: a ServerError with the page as raw text', async () => {
    const page = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    const s = await serve((_, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end(page);
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoServerError);
    expect(error).toMatchObject({ status: 502, outcome: 'unknown', body: page });
    expect(error.headers['content-type']).toBe('text/html');
    expect(error.message).toMatch(/HTML page/);
    expect(error.message).toMatch(AMBIGUOUS);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('504 with an empty body: a ServerError, sent once', async () => {
    const s = await serve((_, response) => {
      response.writeHead(504, { 'content-length': '0' });
      response.end();
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoServerError);
    expect(error).toMatchObject({ status: 504, outcome: 'unknown', body: undefined });
    expect(error.message).toMatch(/body is empty/);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it.each([
    [400, 'VoxoBadRequestError', 'BAD_REQUEST'],
    [401, 'VoxoUnauthorizedError', 'UNAUTHORIZED'],
    [403, 'VoxoForbiddenError', 'FORBIDDEN'],
    [404, 'VoxoNotFoundError', 'NOT_FOUND'],
    [409, 'VoxoConflictError', 'CONFLICT'],
    [422, 'VoxoUnprocessableEntityError', 'UNPROCESSABLE_ENTITY'],
    [418, 'VoxoApiError', 'HTTP_ERROR'],
  ] as const)('%i: a %s with the parsed body, not retried', async (status, name, code) => {
    const body = { name: 'Err', message: `failure ${status}`, code: status };
    const s = await serve((_, response) => sendJson(response, status, body));
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo[name]);
    expect(error).toBeInstanceOf(voxo.VoxoApiError);
    expect(error).toMatchObject({ name, code, status, body, outcome: 'rejected', attempts: 1 });
    expect(error.message).toContain(`failure ${status}`);
    expect(error.message).toMatch(/campaign was not created/);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  // A 503 the API did not send: a proxy or gateway answers 503 also after it passed the create
  // on (Heroku's H12 after 30 s, Envoy's "upstream reset"), while the server went on to do it.
  it.each([
    ['an HTML page (a load balancer)', 'text/html', '<html><body><h1>503 Service Unavailable</h1></body></html>'],
    ["plain text (Envoy's upstream reset)", 'text/plain', 'upstream connect error or disconnect/reset before headers. reset reason: connection termination'],
    ['an empty body', 'text/plain', ''],
    ["JSON of another shape (an API gateway's)", 'application/json', '{"message":"Service Unavailable"}'],
  ])("503 with %s: not the API's own, so outcome unknown, sent once", async (_, type, page) => {
    const s = await serve((_request, response) => {
      response.writeHead(503, { 'content-type': type, 'content-length': Buffer.byteLength(page), 'retry-after': '0' });
      response.end(page);
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoServerError);
    expect(error).toMatchObject({ status: 503, outcome: 'unknown', attempts: 1 });
    expect(error.message).toMatch(/not the API's own 503 .*a proxy or gateway may have answered it after passing the request on/);
    expect(error.message).toMatch(AMBIGUOUS);
    expect(s.requests).toHaveLength(1);
  });

  it('a gateway that answers 503 after the server received the create: the campaign is created once', async () => {
    // The server reads the create, does it, and drops the connection; the gateway in front of
    // it answers 503, as Envoy or Heroku's router does.
    let createdCount = 0;
    const app = await startFaultServer((_request, _response, _index, socket) => {
      createdCount++;
      socket.destroy();
    });
    try {
      await serve((request, response) => {
        fetch(`${app.url}${request.url}`, { method: request.method, headers: { 'content-type': 'application/json' }, body: request.body }).then(
          async (answer) => sendJson(response, answer.status, await answer.json()),
          () => {
            response.writeHead(503, { 'content-type': 'text/plain' });
            response.end('upstream connect error or disconnect/reset before headers');
          },
        );
      });
      const error = await rejectionOf(client().createCampaign(VALID_BODY));
      expect(error).toMatchObject({ status: 503, outcome: 'unknown', attempts: 1 });
      expect(createdCount).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('a 503 cut off in the middle of its body: it cannot be told from a gateway\'s, so outcome unknown, sent once', async () => {
    const s = await serve((_request, response, _index, socket) => {
      response.writeHead(503, { 'content-type': 'application/json', 'content-length': '200' });
      response.write('{"name":"Unavailable","mess');
      setTimeout(() => socket.resetAndDestroy(), 20);
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toMatchObject({ outcome: 'unknown', status: 503, attempts: 1 });
    expect(s.requests).toHaveLength(1);
  });

  it('a response slower than the timeout: a TimeoutError, sent once', async () => {
    const s = await serve((request, response) => setTimeout(() => created(request, response, 0, null as never), 3_000).unref());
    const error = await rejectionOf(client({ timeoutMs: 200 }).createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoTimeoutError);
    expect(error).toMatchObject({ code: 'TIMEOUT', timeoutMs: 200, phase: 'response', outcome: 'unknown', attempts: 1 });
    expect(error.message).toMatch(AMBIGUOUS);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('a per-call timeout overrides the client default', async () => {
    const s = await serve((request, response) => setTimeout(() => created(request, response, 0, null as never), 3_000).unref());
    const error = await rejectionOf(client({ timeoutMs: 60_000 }).createCampaign(VALID_BODY, { timeoutMs: 150 }));
    expect(error).toBeInstanceOf(voxo.VoxoTimeoutError);
    expect(error.timeoutMs).toBe(150);
    expect(s.requests).toHaveLength(1);
  });

  it('a custom fetch that ignores the signal and never settles still times out', async () => {
    let calls = 0;
    const hanging = client({
      timeoutMs: 150,
      fetch: () => {
        calls++;
        return new Promise<Response>(() => {});
      },
    });
    const error = await rejectionOf(hanging.createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoTimeoutError);
    expect(error.outcome).toBe('unknown');
    expect(calls).toBe(1);
  });

  it('a 201 whose body is slower than the timeout: a TimeoutError saying the campaign was created', async () => {
    const s = await serve((_, response) => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.write('{"id": 5521, ');
      setTimeout(() => response.end('"name": "late"}'), 10_000).unref();
    });
    // Long enough for the status line to arrive first even on a loaded machine.
    const error = await rejectionOf(client({ timeoutMs: 1_500 }).createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoTimeoutError);
    expect(error).toMatchObject({ phase: 'body', status: 201, outcome: 'succeeded' });
    expect(error.message).toMatch(/campaign was created: do not send the request again/);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('a connection reset after the request arrived: a NetworkError, sent once', async () => {
    const s = await serve((_, _response, _index, socket) => socket.resetAndDestroy());
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoNetworkError);
    expect(error).toMatchObject({ code: 'NETWORK', outcome: 'unknown', phase: 'response', attempts: 1 });
    expect(error.networkCode).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect(error.message).toMatch(AMBIGUOUS);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('a connection closed after the request arrived: a NetworkError, sent once', async () => {
    const s = await serve((_, _response, _index, socket) => socket.destroy());
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoNetworkError);
    expect(error).toMatchObject({ outcome: 'unknown', networkCode: 'UND_ERR_SOCKET' });
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('a 201 cut off in the middle of its body: a NetworkError saying the campaign was created', async () => {
    const s = await serve((_, response, _index, socket) => {
      response.writeHead(201, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"id": 5521,');
      setTimeout(() => socket.destroy(), 200);
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoNetworkError);
    expect(error).toMatchObject({ phase: 'body', status: 201, outcome: 'succeeded' });
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });
});

describe('a redirect of a create: answered as itself, never followed, never sent again', () => {
  // A 303 to a campaign that was created, then a GET that fails: following it would read the
  // GET's 503 as "not created" and send the create again; a 307/308 would re-send it itself.
  it.each([301, 302, 303, 307, 308])('%i: an ApiError with the Location, outcome unknown, one request', async (status) => {
    const s = await serve((request, response) => {
      if (request.method !== 'POST') return sendJson(response, 503, { message: 'unavailable' }, { 'retry-after': '0' });
      response.writeHead(status, { location: '/v2/admin/call-campaigns/5521' });
      response.end();
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoApiError);
    expect(error).toMatchObject({ name: 'VoxoApiError', code: 'HTTP_ERROR', status, outcome: 'unknown', attempts: 1 });
    expect(error.headers.location).toBe('/v2/admin/call-campaigns/5521');
    expect(error.message).toContain(`was answered ${status} `);
    expect(error.message).toContain('a redirect to /v2/admin/call-campaigns/5521; a request that is not idempotent is not followed');
    expect(error.message).toMatch(AMBIGUOUS);
    expect(s.requests.map((request) => request.method)).toEqual(['POST']);
    expectNoToken(error);
  });

  it('a custom fetch that follows the redirect anyway: its answer is not taken for the create', async () => {
    const s = await serve((request, response) => {
      if (request.method === 'POST') {
        response.writeHead(301, { location: '/v2/admin/call-campaigns/' });
        return response.end();
      }
      sendJson(response, 200, [{ id: 1 }]);
    });
    const following = (request: Request) => globalThis.fetch(new Request(request, { redirect: 'follow' }));
    const error = await rejectionOf(client({ fetch: following, validateResponses: 'warn' }).createCampaign(VALID_BODY));
    expect(error).toMatchObject({ name: 'VoxoApiError', status: 200, outcome: 'unknown' });
    expect(error.message).toContain(`the \`fetch\` option followed the redirect to ${s.url}/v2/admin/call-campaigns/, which answered 200`);
    expect(s.requests.map((request) => request.method)).toEqual(['POST', 'GET']);
  });

  it('a custom fetch that follows a 303 to a 503: not retried, the create sent once', async () => {
    const s = await serve((request, response) => {
      if (request.method !== 'POST') return sendJson(response, 503, { message: 'later' }, { 'retry-after': '0' });
      response.writeHead(303, { location: '/v2/admin/call-campaigns/5521' });
      response.end();
    });
    const following = (request: Request) => globalThis.fetch(new Request(request, { redirect: 'follow' }));
    const error = await rejectionOf(client({ fetch: following }).createCampaign(VALID_BODY));
    expect(error).toMatchObject({ name: 'VoxoApiError', status: 503, outcome: 'unknown', attempts: 1 });
    expect(s.requests.map((request) => request.method)).toEqual(['POST', 'GET']);
  });

  // A middleware that builds a Request of its own gets fetch's default mode, "follow".
  const rebuild = { onRequest: ({ request }: { request: Request }) => new Request(request.url, { method: request.method, headers: request.headers, body: request.body, duplex: 'half' } as RequestInit) };
  it.each([
    ['the global fetch', {}],
    ['a custom fetch', { fetch: (request: Request) => globalThis.fetch(request) }],
  ])('a middleware that rebuilds the Request does not make %s follow a 307', async (_case, options) => {
    const s = await serve((request, response) => {
      if (request.url !== '/v2/admin/call-campaigns') return sendJson(response, 201, campaignFor(JSON.parse(request.body) as Record<string, unknown>));
      response.writeHead(307, { location: '/elsewhere' });
      response.end();
    });
    const error = await rejectionOf(client({ middleware: [rebuild], ...options }).createCampaign(VALID_BODY));
    expect(error).toMatchObject({ name: 'VoxoApiError', status: 307, outcome: 'unknown' });
    expect(s.requests.map((request) => request.url)).toEqual(['/v2/admin/call-campaigns']);
  });

  it('keeps a user name and password in a Location out of the error', async () => {
    await serve((_, response) => {
      response.writeHead(302, { location: 'https://admin:hunter2@api.example/x' });
      response.end();
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error.headers.location).toBe('https://api.example/x');
    expect(JSON.stringify(error)).not.toContain('hunter2');
    expect(error.message).not.toContain('hunter2');
  });

  it('hands a custom fetch a Request that does not follow redirects', async () => {
    await serve((_, response) => sendJson(response, 201, campaignFor(VALID_BODY as unknown as Record<string, unknown>)));
    const modes: string[] = [];
    await client({ fetch: (request: Request) => (modes.push(request.redirect), globalThis.fetch(request)) }).createCampaign(VALID_BODY);
    expect(modes).toEqual(['manual']);
  });
});

describe('a caller signal shared by many calls', () => {
  it('adds one listener to it, however many calls are in flight (no MaxListenersExceededWarning)', async () => {
    const { EventEmitter } = await import('node:events');
    await serve((request, response) => setTimeout(() => sendJson(response, 201, campaignFor(JSON.parse(request.body) as Record<string, unknown>)), 30));
    const shutdown = new AbortController();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const calls = Array.from({ length: 12 }, () => client().createCampaign(VALID_BODY, { signal: shutdown.signal }));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(EventEmitter.getEventListeners(shutdown.signal, 'abort')).toHaveLength(1);
      await Promise.all(calls);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('still aborts every call in flight; a call made after it aborted sends nothing', async () => {
    const s = await serve(() => {});
    const shutdown = new AbortController();
    const calls = Array.from({ length: 3 }, () => rejectionOf(client().createCampaign(VALID_BODY, { signal: shutdown.signal })));
    await new Promise((resolve) => setTimeout(resolve, 50));
    shutdown.abort(new Error('shutting down'));
    for (const error of await Promise.all(calls)) expect(error).toMatchObject({ name: 'VoxoAbortError', outcome: 'unknown' });
    expect(s.requests).toHaveLength(3);
    expect(await rejectionOf(client().createCampaign(VALID_BODY, { signal: shutdown.signal }))).toMatchObject({ name: 'VoxoAbortError', outcome: 'not-sent' });
    expect(s.requests).toHaveLength(3);
  });

  it('lets go of the signal when its calls are done: no listener is left on it', async () => {
    const { EventEmitter } = await import('node:events');
    await serve((request, response) => sendJson(response, 201, campaignFor(JSON.parse(request.body) as Record<string, unknown>)));
    const shutdown = new AbortController();
    await Promise.all(Array.from({ length: 3 }, () => client().createCampaign(VALID_BODY, { signal: shutdown.signal })));
    expect(EventEmitter.getEventListeners(shutdown.signal, 'abort')).toHaveLength(0);
  });
});

describe('answers after which a create is sent again', () => {
  it('503 with Retry-After in seconds: waits that long, then succeeds on the second request', async () => {
    const s = await serve((request, response, index) =>
      index === 0 ? sendJson(response, 503, unavailableBody('Service unavailable'), { 'retry-after': '1' }) : created(request, response, index, null as never),
    );
    const delays: number[] = [];
    const campaign = await client({ onRetry: (event) => delays.push(event.delayMs) }).createCampaign(VALID_BODY);
    expect(campaign.id).toBe(5521);
    expect(s.requests).toHaveLength(2);
    expect(delays).toEqual([1_000]);
    // A loose lower bound: the server saw the retry no sooner than Retry-After allowed.
    expect(s.requests[1]!.at - s.requests[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it('429 with Retry-After as an HTTP date: waits until then, then succeeds', async () => {
    const s = await serve((request, response, index) => {
      if (index > 0) return created(request, response, index, null as never);
      // The date has whole seconds: 2 s ahead is at least 1 s ahead once truncated.
      sendJson(response, 429, { message: 'Too many requests' }, { 'retry-after': new Date(Date.now() + 2_000).toUTCString() });
    });
    const delays: number[] = [];
    const campaign = await client({ onRetry: (event) => delays.push(event.delayMs) }).createCampaign(VALID_BODY);
    expect(campaign.id).toBe(5521);
    expect(s.requests).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(900);
    expect(s.requests[1]!.at - s.requests[0]!.at).toBeGreaterThanOrEqual(800);
  });

  it('Retry-After longer than maxDelayMs: not sent again sooner than asked, the error says so and carries the wait', async () => {
    const s = await serve((_, response) => sendJson(response, 429, { message: 'slow down' }, { 'retry-after': '3600' }));
    const delays: number[] = [];
    const error = await rejectionOf(client({ retry: { maxRetries: 2, maxDelayMs: 50 }, onRetry: (event) => delays.push(event.delayMs) }).createCampaign(VALID_BODY));
    expect(delays).toEqual([]);
    expect(error).toBeInstanceOf(voxo.VoxoRateLimitError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, outcome: 'rejected', attempts: 1, retryAfterMs: 3_600_000 });
    expect(error.message).toMatch(/Not sent again: the server asked to wait 3600000 ms \(Retry-After\), longer than maxDelayMs \(50 ms\)\./);
    expect(error.message).toMatch(/campaign was not created/);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('503 every time: gives up after 1 + maxRetries requests with a ServerError whose outcome is rejected', async () => {
    const s = await serve((_, response) => sendJson(response, 503, unavailableBody('down')));
    const error = await rejectionOf(client({ retry: { maxRetries: 3, baseDelayMs: 1 } }).createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoServerError);
    expect(error).toMatchObject({ status: 503, outcome: 'rejected', attempts: 4 });
    expect(s.requests).toHaveLength(4);
  });

  it('retry: false sends a 503-refused create once', async () => {
    const s = await serve((_, response) => sendJson(response, 503, unavailableBody('down')));
    const error = await rejectionOf(client().createCampaign(VALID_BODY, { retry: false }));
    expect(error).toMatchObject({ status: 503, attempts: 1 });
    expect(s.requests).toHaveLength(1);
  });

  it('a refused connection: retried, then a NetworkError saying nothing was created', async () => {
    const port = await closedPort();
    const error = await rejectionOf(client({ baseUrl: `http://127.0.0.1:${port}` }).createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoNetworkError);
    expect(error).toMatchObject({ networkCode: 'ECONNREFUSED', outcome: 'not-sent', attempts: 3 });
    expect(error.message).toMatch(/could not connect/);
    expect(error.message).toMatch(/campaign was not created/);
    expectNoToken(error);
  });

  it('a refused connection, then a server that comes up during the backoff: created once', async () => {
    const port = await closedPort();
    let started: Promise<FaultServer> | undefined;
    const campaign = await client({
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { baseDelayMs: 200, maxRetries: 5 },
      onRetry: () => {
        started ??= startFaultServerOn(port);
      },
    }).createCampaign(VALID_BODY);
    server = await started!;
    expect(campaign.id).toBe(5521);
    expect(server.requests).toHaveLength(1);
  });

  it('a DNS failure: retried, then a NetworkError with the resolver code', async () => {
    const error = await rejectionOf(client({ baseUrl: 'http://voxo-client-test.invalid' }).createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoNetworkError);
    expect(error.networkCode).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
    expect(error).toMatchObject({ outcome: 'not-sent', attempts: 3 });
    expectNoToken(error);
  });
});

async function startFaultServerOn(port: number): Promise<FaultServer> {
  const { default: http } = await import('node:http');
  const requests: FaultServer['requests'] = [];
  const httpServer = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({ method: req.method!, url: req.url!, headers: req.headers, body, raw: Buffer.from(body), at: performance.now() });
      sendJson(res, 201, campaignFor(JSON.parse(body)));
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, port, requests, close: () => new Promise((resolve) => httpServer.close(() => resolve())) };
}

describe('2xx answers that cannot be returned', () => {
  it('201 with broken JSON: a ResponseValidationError with the raw body, outcome succeeded', async () => {
    const s = await serve((_, response) => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end('{"id": 5521, "name": ');
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoResponseValidationError);
    expect(error).toMatchObject({ code: 'RESPONSE_VALIDATION', status: 201, outcome: 'succeeded', body: '{"id": 5521, "name": ' });
    expect(error.issues[0].keyword).toBe('json');
    expect(error.message).toMatch(/not JSON/);
    expect(error.message).toMatch(/campaign was created: do not send the request again/);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('201 with an HTML page: a ResponseValidationError', async () => {
    const s = await serve((_, response) => {
      response.writeHead(201, { 'content-type': 'text/html' });
      response.end('<html><body>Created</body></html>');
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoResponseValidationError);
    expect(error.issues[0].message).toMatch(/HTML page/);
    expect(s.requests).toHaveLength(1);
  });

  it('201 with an empty body: a ResponseValidationError', async () => {
    const s = await serve((_, response) => {
      response.writeHead(201, { 'content-length': '0' });
      response.end();
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoResponseValidationError);
    expect(error).toMatchObject({ status: 201, outcome: 'succeeded', body: '' });
    expect(error.issues[0].message).toMatch(/empty body/);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('201 violating the schema, validateResponses "throw": a ResponseValidationError with the issues', async () => {
    const s = await serve((request, response) => sendJson(response, 201, { ...campaignFor(JSON.parse(request.body)), id: 'not-a-number', numbers: undefined }));
    const error = await rejectionOf(client({ validateResponses: 'throw' }).createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoResponseValidationError);
    expect(error.outcome).toBe('succeeded');
    expect(error.issues.map((issue: { path: string; keyword: string }) => `${issue.path} ${issue.keyword}`).sort()).toEqual([' required', '/id type']);
    expect(JSON.parse(error.body).id).toBe('not-a-number');
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('201 echoing a long token where the schema refuses it: the issues, which quote it cut short, do not give it away', async () => {
    // A JWT-length token: the validator quotes a received string cut at 64 characters.
    const token = `eyJhbGciOiJIUzI1NiJ9.${'a'.repeat(120)}`;
    await serve((request, response) => sendJson(response, 201, { ...campaignFor(JSON.parse(request.body)), id: token }));
    const warnings: Array<{ message: string; issues: Array<{ message: string }> }> = [];
    const thrown = await rejectionOf(client({ token, validateResponses: 'throw' }).createCampaign(VALID_BODY));
    await client({ token, onWarning: (warning) => warnings.push(warning as never) }).createCampaign(VALID_BODY);
    expect(thrown.issues).toMatchObject([{ path: '/id', keyword: 'type' }]);
    for (const text of [thrown.message, JSON.stringify(thrown.issues), warnings[0]!.message, JSON.stringify(warnings[0]!.issues)]) {
      expect(text).toContain('[REDACTED]');
      expect(text).not.toContain(token.slice(0, 12));
    }
  });

  it('201 violating the schema, by default ("warn"): the body is returned and the issues go to onWarning', async () => {
    await serve((request, response) => sendJson(response, 201, { ...campaignFor(JSON.parse(request.body)), id: 'not-a-number' }));
    const warnings: unknown[] = [];
    const campaign = await client({ onWarning: (warning) => warnings.push(warning) }).createCampaign(VALID_BODY);
    expect(campaign.id).toBe('not-a-number');
    expect(warnings).toMatchObject([{ type: 'response-validation', operationId: 'createCampaign', status: 201, issues: [{ path: '/id', keyword: 'type' }] }]);
  });

  it('201 violating the schema, validateResponses "off": returned without a warning', async () => {
    await serve((request, response) => sendJson(response, 201, { ...campaignFor(JSON.parse(request.body)), id: 'not-a-number' }));
    const warnings: unknown[] = [];
    const campaign = await client({ validateResponses: 'off', onWarning: (warning) => warnings.push(warning) }).createCampaign(VALID_BODY);
    expect(campaign.id).toBe('not-a-number');
    expect(warnings).toEqual([]);
  });
});

describe('large bodies', () => {
  it('a 10 MB campaign is read, validated and returned', async () => {
    const numbers = Array.from({ length: 140_000 }, (_, i) => ({ number: String(2_000_000_000 + i), description: `Contact number ${i}`, disposition: 'ANSWERED' }));
    const text = JSON.stringify({ ...campaignFor(VALID_BODY as unknown as Record<string, unknown>), numbers });
    expect(text.length).toBeGreaterThan(10_000_000);
    const s = await serve((_, response) => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(text);
    });
    const campaign = await client({ validateResponses: 'throw' }).createCampaign(VALID_BODY);
    expect(campaign.numbers).toHaveLength(140_000);
    expect(s.requests).toHaveLength(1);
  });

  it('a 10 MB HTML error page gives a ServerError with a short message', async () => {
    const page = `<!DOCTYPE html><html><body>${'x'.repeat(10 * 1024 * 1024)}</body></html>`;
    const s = await serve((_, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end(page);
    });
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoServerError);
    expect(error.body).toHaveLength(page.length);
    expect(error.message.length).toBeLessThan(1_000);
    expect(s.requests).toHaveLength(1);
  });
});

describe('request validation', () => {
  it('an invalid body: a ValidationError listing the issues, and no request', async () => {
    const s = await serve(created);
    const error = await rejectionOf(client().createCampaign({ ...VALID_BODY, callerId: '+16013151002', name: 'ab' }));
    expect(error).toBeInstanceOf(voxo.VoxoValidationError);
    expect(error).toMatchObject({ code: 'REQUEST_VALIDATION', outcome: 'not-sent', attempts: 0 });
    expect(error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['/callerId', '/name']);
    expect(error.message).toMatch(/nothing was sent/);
    expect(error.message).toContain('/callerId');
    expect(s.requests).toHaveLength(0);
    expectNoToken(error);
  });

  it('issues of two checks at one path are each told once, as validate tells them (three missing properties; a value JSON writes otherwise)', async () => {
    const s = await serve(created);
    const { tenantId: _t, name: _n, callerId: _c, ...missing } = VALID_BODY as Record<string, unknown>;
    const error = await rejectionOf(client().createCampaign(missing));
    expect(error.issues.map((issue: { message: string }) => issue.message)).toEqual([
      'must have required property "tenantId"',
      'must have required property "name"',
      'must have required property "callerId"',
    ]);
    // A property JSON does not send (not enumerable) is missing as sent, beside one missing in
    // the value too: each is named, not one of them twice.
    const hidden = { ...VALID_BODY } as Record<string, unknown>;
    delete hidden.name;
    Object.defineProperty(hidden, 'tenantId', { value: 1042, enumerable: false });
    const both = await rejectionOf(client().createCampaign(hidden));
    expect(both.issues.map((issue: { message: string }) => issue.message).sort()).toEqual(['must have required property "name"', 'must have required property "tenantId"']);
    // A Date is sent as its JSON string, which fails the pattern and the format: both told.
    const dated = await rejectionOf(client().createCampaign({ ...VALID_BODY, dateStart: new Date('2027-03-01T00:00:00Z') }));
    expect(dated.issues.map((issue: { path: string; keyword: string }) => `${issue.path} ${issue.keyword}`)).toEqual(['/dateStart pattern', '/dateStart format']);
    expect(s.requests).toHaveLength(0);
  });

  it('validateRequests: false sends an invalid body (the server decides)', async () => {
    const s = await serve((_, response) => sendJson(response, 400, { message: 'callerId: must match pattern' }));
    const error = await rejectionOf(client({ validateRequests: false }).createCampaign({ ...VALID_BODY, callerId: 'x' }));
    expect(error).toBeInstanceOf(voxo.VoxoBadRequestError);
    expect(s.requests).toHaveLength(1);
  });
});

describe('the token', () => {
  it('is redacted from an error body and headers that echo it, and from the captured request', async () => {
    await serve((request, response) =>
      sendJson(response, 401, { message: `invalid token ${request.headers.authorization}`, echo: { [TOKEN]: TOKEN } }, { 'x-echo': String(request.headers.authorization) }),
    );
    const error = await rejectionOf(client().createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoUnauthorizedError);
    expect(error.body.message).toBe('invalid token Bearer [REDACTED]');
    expect(error.headers['x-echo']).toBe('Bearer [REDACTED]');
    expect(error.request).toMatchObject({ method: 'POST', headers: { authorization: '[REDACTED]' } });
    expect(error.request.url).toMatch(/\/v2\/admin\/call-campaigns$/);
    expectNoToken(error);
  });

  it('is kept out of errors thrown by middleware and a custom fetch that mention it', async () => {
    await serve(created);
    const leaky = client({
      fetch: async (request: Request) => {
        throw new TypeError(`fetch failed for ${request.headers.get('authorization')}`, { cause: new Error(`socket said ${TOKEN}`) });
      },
    });
    const error = await rejectionOf(leaky.createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoNetworkError);
    expect(error.message).toContain('[REDACTED]');
    expectNoToken(error);
  });

  it('getToken failing gives a VoxoError with code TOKEN_PROVIDER and sends nothing', async () => {
    const s = await serve(created);
    const error = await rejectionOf(
      client({
        token: undefined,
        getToken: () => {
          throw new Error('refresh failed');
        },
      }).createCampaign(VALID_BODY),
    );
    expect(error).toBeInstanceOf(voxo.VoxoError);
    expect(error).toMatchObject({ code: 'TOKEN_PROVIDER', outcome: 'not-sent' });
    expect(s.requests).toHaveLength(0);
  });

  it('a client without a token cannot be created', () => {
    expect(() => voxo.createVoxoClient({ baseUrl: 'http://127.0.0.1:1' })).toThrow(/token/);
  });
});

describe('AbortSignal', () => {
  it('aborts a request in flight: an AbortError, sent once', async () => {
    const s = await serve((request, response) => setTimeout(() => created(request, response, 0, null as never), 5_000).unref());
    const controller = new AbortController();
    const call = client().createCampaign(VALID_BODY, { signal: controller.signal });
    await waitFor(() => s.requests.length === 1);
    controller.abort();
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(voxo.VoxoAbortError);
    expect(error).toMatchObject({ code: 'ABORTED', outcome: 'unknown', attempts: 1 });
    expect(error.message).toMatch(AMBIGUOUS);
    expect(s.requests).toHaveLength(1);
    expectNoToken(error);
  });

  it('aborts a pending wait before a retry: an AbortError, no second request', { timeout: 15_000 }, async () => {
    const s = await serve((_, response) => sendJson(response, 503, unavailableBody('later'), { 'retry-after': '30' }));
    const controller = new AbortController();
    // onRetry runs once the 503 is read, just before the wait: abort a little into the wait.
    const call = client({ retry: { maxDelayMs: 60_000 }, onRetry: () => setTimeout(() => controller.abort(), 20) }).createCampaign(VALID_BODY, {
      signal: controller.signal,
    });
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(voxo.VoxoAbortError);
    expect(error).toMatchObject({ outcome: 'rejected', attempts: 1 });
    expect(error.message).toMatch(/waiting to retry/);
    expect(error.cause).toBeInstanceOf(voxo.VoxoServerError);
    expect(s.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const s = await serve(created);
    const error = await rejectionOf(client().createCampaign(VALID_BODY, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(voxo.VoxoAbortError);
    expect(error).toMatchObject({ outcome: 'not-sent', attempts: 0 });
    expect(s.requests).toHaveLength(0);
  });
});

describe('concurrency and hooks', () => {
  it('100 concurrent creates all resolve with their own bodies', async () => {
    const s = await serve((request, response) => {
      const body = JSON.parse(request.body);
      setTimeout(() => sendJson(response, 201, campaignFor(body, body.tenantId)), Math.random() * 20);
    });
    const c = client();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => c.createCampaign({ ...VALID_BODY, tenantId: i + 1, name: `Campaign number ${i + 1}` })),
    );
    results.forEach((campaign, i) => {
      expect(campaign.id).toBe(i + 1);
      expect(campaign.name).toBe(`Campaign number ${i + 1}`);
    });
    expect(s.requests).toHaveLength(100);
  });

  it('runs openapi-fetch middleware on every attempt, with extra headers', async () => {
    const s = await serve((request, response, index) =>
      index === 0 ? sendJson(response, 429, {}, { 'retry-after': '0' }) : created(request, response, index, null as never),
    );
    const seen: number[] = [];
    const c = client({
      headers: { 'X-Tenant': 'acme' },
      middleware: [
        {
          onRequest: ({ request }) => {
            request.headers.set('X-Request-Id', 'req-1');
            return request;
          },
          onResponse: ({ response }) => {
            seen.push(response.status);
          },
        },
      ],
    });
    await c.createCampaign(VALID_BODY, { headers: { 'X-Call': 'yes' } });
    expect(seen).toEqual([429, 201]);
    for (const request of s.requests) {
      expect(request.headers).toMatchObject({ 'x-tenant': 'acme', 'x-request-id': 'req-1', 'x-call': 'yes' });
    }
  });
});

describe("middleware cannot make the client send an invalid body, or send a create again", () => {
  it("a middleware's onRequest that changes the body into an invalid one: a ValidationError, nothing sent", async () => {
    const s = await serve(created);
    const c = client({
      middleware: [{ onRequest: ({ request }) => new Request(request, { body: JSON.stringify({ ...VALID_BODY, callerId: 'not-a-number', extra: 1 }) }) }],
    });
    const error = await rejectionOf(c.createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoValidationError);
    expect(error).toMatchObject({ outcome: 'not-sent' });
    expect(error.message).toMatch(/the request body is invalid as a middleware's onRequest changed it, so attempt 1 was not sent/);
    expect(error.issues.map((issue: { path: string }) => issue.path)).toContain('/callerId');
    expect(s.requests).toHaveLength(0);
  });

  it("a middleware's onRequest that changes the body into another valid one: sent", async () => {
    const s = await serve(created);
    const renamed = { ...VALID_BODY, name: 'Renamed by a middleware' };
    const c = client({ middleware: [{ onRequest: ({ request }) => new Request(request, { body: JSON.stringify(renamed) }) }] });
    await expect(c.createCampaign(VALID_BODY)).resolves.toMatchObject({ name: 'Renamed by a middleware' });
    expect(s.requests.map((request) => JSON.parse(request.body))).toEqual([renamed]);
  });

  it("a middleware's onResponse that turns the server's 201 into a 503: not sent again, outcome succeeded", async () => {
    const s = await serve(created);
    const c = client({
      middleware: [{ onResponse: () => new Response(JSON.stringify(unavailableBody('made up')), { status: 503, headers: { 'content-type': 'application/json' } }) }],
    });
    const error = await rejectionOf(c.createCampaign(VALID_BODY));
    expect(error).toMatchObject({ status: 503, outcome: 'succeeded', attempts: 1 });
    expect(error.message).toMatch(/a middleware answered it in place of the server's 201/);
    expect(s.requests).toHaveLength(1);
  });

  it("a middleware that rewrites a gateway's 503 into the API's shape, keeping the status: judged by the server's own body, sent once", async () => {
    const s = await serve((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/html' });
      response.end('<html><body>503 Service Unavailable</body></html>');
    });
    const c = client({
      middleware: [{ onResponse: ({ response }) => (response.ok ? undefined : new Response(JSON.stringify(unavailableBody('rewritten')), { status: response.status, headers: { 'content-type': 'application/json' } })) }],
    });
    const error = await rejectionOf(c.createCampaign(VALID_BODY));
    expect(error).toMatchObject({ status: 503, outcome: 'unknown', attempts: 1 });
    expect(s.requests).toHaveLength(1);
  });

  it("a middleware's onRequest that answers 503 itself (a circuit breaker): outcome not-sent", async () => {
    const s = await serve(created);
    const c = client({ retry: { maxRetries: 1, baseDelayMs: 1 }, middleware: [{ onRequest: () => new Response('open circuit', { status: 503 }) }] });
    const error = await rejectionOf(c.createCampaign(VALID_BODY));
    expect(error).toMatchObject({ status: 503, outcome: 'not-sent' });
    expect(error.message).toMatch(/a middleware's onRequest answered it, and nothing was sent/);
    expect(s.requests).toHaveLength(0);
  });

  /** A middleware that sends `body` gzip-compressed (or in `encoding`, as given). */
  function encoding(body: string, name = 'gzip', bytes: Uint8Array = gzipSync(body)) {
    return {
      onRequest: ({ request }: { request: Request }) => {
        const headers = new Headers(request.headers);
        headers.set('content-encoding', name);
        return new Request(request, { headers, body: Uint8Array.from(bytes) });
      },
    };
  }

  it("a middleware that gzips a valid body: checked once decoded, and sent as it made it", async () => {
    const s = await serve((_request, response) => sendJson(response, 201, campaignFor(VALID_BODY as never)));
    const renamed = JSON.stringify({ ...VALID_BODY, name: 'Compressed by a middleware' });
    await expect(client({ middleware: [encoding(renamed)] }).createCampaign(VALID_BODY)).resolves.toMatchObject({ name: VALID_BODY.name });
    expect(s.requests).toHaveLength(1);
    expect(gunzipSync(s.requests[0]!.raw).toString('utf8')).toBe(renamed);
  });

  it("a middleware that gzips an invalid body: a ValidationError with the body's issues, nothing sent", async () => {
    const s = await serve(created);
    const error = await rejectionOf(client({ middleware: [encoding(JSON.stringify({ ...VALID_BODY, callerId: '0123', tenantId: -5 }))] }).createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoValidationError);
    expect(error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(['/callerId', '/tenantId']);
    expect(s.requests).toHaveLength(0);
  });

  it('a body encoded twice, listed in the header in the order applied ("deflate, gzip", with identity): both undone, then checked', async () => {
    const s = await serve((_request, response) => sendJson(response, 201, campaignFor(VALID_BODY as never)));
    const twice = (text: string) => gzipSync(deflateSync(text));
    const valid = await client({ middleware: [encoding('', 'deflate, identity, GZIP', twice(JSON.stringify(VALID_BODY)))] }).createCampaign(VALID_BODY);
    expect(valid).toMatchObject({ name: VALID_BODY.name });
    const invalid = await rejectionOf(client({ middleware: [encoding('', 'deflate, gzip', twice(JSON.stringify({ ...VALID_BODY, callerId: '0123' })))] }).createCampaign(VALID_BODY));
    expect(invalid.issues.map((issue: { path: string }) => issue.path)).toEqual(['/callerId']);
    expect(s.requests).toHaveLength(1);
  });

  it('a middleware that labels an invalid body "identity": checked as it is, nothing sent', async () => {
    const s = await serve(created);
    const invalid = JSON.stringify({ ...VALID_BODY, callerId: '0123' });
    const error = await rejectionOf(client({ middleware: [encoding(invalid, 'identity', new TextEncoder().encode(invalid))] }).createCampaign(VALID_BODY));
    expect(error.issues.map((issue: { path: string }) => issue.path)).toEqual(['/callerId']);
    expect(s.requests).toHaveLength(0);
  });

  it('a body in an encoding the client cannot decode (br), or that does not decode: refused, nothing sent', async () => {
    const s = await serve(created);
    const brotli = await rejectionOf(client({ middleware: [encoding(JSON.stringify(VALID_BODY), 'br', brotliCompressSync(JSON.stringify(VALID_BODY)))] }).createCampaign(VALID_BODY));
    expect(brotli).toBeInstanceOf(voxo.VoxoValidationError);
    expect(brotli).toMatchObject({ outcome: 'not-sent', issues: [{ keyword: 'content-encoding' }] });
    expect(brotli.message).toContain('must be sent in an encoding the client can check (received Content-Encoding "br", and "br" is not one the client can decode to check the body: gzip or deflate)');
    const broken = await rejectionOf(client({ middleware: [encoding('', 'gzip', new TextEncoder().encode('not gzip'))] }).createCampaign(VALID_BODY));
    expect(broken.message).toContain('(received Content-Encoding "gzip", which does not decode:');
    expect(s.requests).toHaveLength(0);
  });

  it("a middleware's onError that turns a reset after sending into a 503: not sent again, outcome unknown", async () => {
    const s = await serve((_request, _response, _index, socket) => socket.resetAndDestroy());
    const c = client({
      middleware: [{ onError: () => new Response(JSON.stringify(unavailableBody('made up')), { status: 503, headers: { 'content-type': 'application/json' } }) }],
    });
    const error = await rejectionOf(c.createCampaign(VALID_BODY));
    expect(error).toMatchObject({ status: 503, outcome: 'unknown', attempts: 1 });
    expect(error.message).toMatch(/a middleware answered it in place of a failed request/);
    expect(s.requests).toHaveLength(1);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
