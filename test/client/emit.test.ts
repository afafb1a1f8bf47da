/**
 * The client stage's output: files and exports, byte-identical on a second run, type-checked
 * with the build's settings (no Node types), type tests that fail when a promise of the
 * types breaks, and a generic spec (`createClient`, `Api*` errors, path parameters,
 * idempotent methods) whose client retries what it may.
 */
import fs from 'node:fs';
import vm from 'node:vm';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emitClient, unsentInputs } from '../../generator/client/index.js';
import { outcomeMessages, readOperations } from '../../generator/client/operations.js';
import { isJsonMediaType, operationParameters, type OpenApiDocument } from '../../generator/shared/openapi.js';
import { GeneratorError } from '../../generator/shared/errors.js';
import { pathToFileURL } from 'node:url';
import { scratchDir, SPEC_FILE } from '../helpers/paths.js';
import { runGenerate } from '../helpers/generate.js';
import { bundleFile, buildTestPackage, contextFor, type TestPackage } from './helpers/package.js';
import { loadClient, rejectionOf, type LoadedClient } from './helpers/client.js';
import { sendJson, startFaultServer, type FaultServer } from './helpers/fault-server.js';
import { TOKEN } from './helpers/fixtures.js';

const ITEMS_SPEC = path.join(import.meta.dirname, 'fixtures/items.yaml');
const ITEMS_TARGET = { name: 'items', packageName: 'items-client', clientFactoryName: 'createClient', errorPrefix: 'Api' };

/** Diagnostics of one strict TypeScript file on its own. */
function typeCheckSource(source: string): string[] {
  const file = 'check.ts';
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(file, source, version) : read(name, version));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** Type-checks a package's `src/` as the build stage compiles it: strict, ES2020, DOM, no Node types. */
function typeCheck(dir: string, extraFiles: Record<string, string> = {}): string[] {
  for (const [file, contents] of Object.entries(extraFiles)) fs.writeFileSync(path.join(dir, 'src', file), contents);
  const rootNames = fs.readdirSync(path.join(dir, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => path.join(dir, 'src', file));
  const program = ts.createProgram({
    rootNames,
    options: {
      strict: true,
      target: ts.ScriptTarget.ES2020,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      declaration: true,
      noEmit: true,
    },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('the VOXO package', () => {
  let built: TestPackage;
  beforeAll(async () => {
    built = await buildTestPackage();
  });
  afterAll(() => fs.rmSync(built.dir, { recursive: true, force: true }));

  it('has client.gen.ts and the runtime, each stamped with the header, and names its exports', () => {
    const output = emitClient(built.context);
    expect(output.files.map((file) => file.path)).toEqual([
      'src/client.gen.ts',
      'src/runtime/abort.ts',
      'src/runtime/client.ts',
      'src/runtime/definitions.ts',
      'src/runtime/errors.ts',
      'src/runtime/failures.ts',
      'src/runtime/messages.ts',
      'src/runtime/naming.ts',
      'src/runtime/options.ts',
      'src/runtime/outcome.ts',
      'src/runtime/parameters.ts',
      'src/runtime/redact.ts',
      'src/runtime/request-body.ts',
      'src/runtime/retry.ts',
      'src/runtime/serialize.ts',
      'src/runtime/transport.ts',
      'src/runtime/types.ts',
    ]);
    for (const file of output.files) expect(file.contents.startsWith(built.context.header)).toBe(true);
    expect(output.files.find((file) => file.path === 'src/runtime/naming.ts')!.contents).toContain('export const ERROR_PREFIX: string = "Voxo";');
    expect(output.exports).toEqual([
      {
        module: './client.gen.js',
        values: expect.arrayContaining(['createVoxoClient', 'VoxoError', 'VoxoApiError', 'VoxoValidationError', 'VoxoTimeoutError', 'VoxoNetworkError', 'VoxoResponseValidationError']),
        types: expect.arrayContaining(['VoxoClient', 'VoxoClientOptions', 'VoxoRequestOptions', 'VoxoRetryOptions', 'VoxoWarning', 'VoxoErrorCode']),
      },
    ]);
  });

  it('is byte-identical when generated twice', async () => {
    const again = emitClient(contextFor(await bundleFile(SPEC_FILE)));
    expect(again).toEqual(emitClient(built.context));
  });

  it('type-checks with the build settings, and its types keep their promises', () => {
    const typeTests = `
import { createVoxoClient, VoxoApiError, VoxoError, type VoxoClient } from './client.gen.js';
import type { components } from './types.gen.js';
type Campaign = components['schemas']['Campaign'];
type Body = components['schemas']['CreateCampaignRequest'];
declare const body: Body;
const client: VoxoClient = createVoxoClient({ token: 't' });
createVoxoClient({ getToken: async () => 't', validateResponses: 'throw', retry: { maxRetries: 0 }, timeoutMs: 5 });
async function check(): Promise<Campaign> {
  const campaign: Campaign = await client.createCampaign(body, { signal: AbortSignal.timeout(5), timeoutMs: 10, retry: false });
  // @ts-expect-error: the body is typed
  await client.createCampaign({ name: 'x' });
  // @ts-expect-error: a field of the wrong type
  await client.createCampaign({ ...body, tenantId: '1' });
  // @ts-expect-error: validateResponses takes three values
  createVoxoClient({ token: 't', validateResponses: 'strict' });
  // @ts-expect-error: the result is a Campaign
  const wrong: string = await client.createCampaign(body);
  void wrong;
  try {
    return campaign;
  } catch (error) {
    if (error instanceof VoxoApiError) {
      const status: number = error.status;
      const code: 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'UNPROCESSABLE_ENTITY' | 'RATE_LIMITED' | 'SERVER_ERROR' | 'HTTP_ERROR' | (string & {}) = error.code;
      void status; void code;
    }
    if (error instanceof VoxoError) {
      const outcome: 'not-sent' | 'rejected' | 'unknown' | 'succeeded' = error.outcome;
      void outcome;
    }
    throw error;
  }
}
void check;
`;
    expect(typeCheck(built.dir, { 'type-tests.ts': typeTests })).toEqual([]);
  });
});

describe('JSON media types, one rule for every stage', () => {
  it.each([
    ['application/json', true], ['application/json; charset=utf-8', true], ['Application/JSON', true], ['text/json', true],
    ['application/problem+json', true], ['application/vnd.api+json;v=2', true],
    ['application/x-ndjson', false], ['application/jsonl', false], ['text/plain', false], ['application/xml', false],
  ] as const)('%s: %s', (mediaType, json) => {
    expect(isJsonMediaType(mediaType)).toBe(json);
  });

  it('the client types read media types as isJsonMediaType does', () => {
    const types = fs.readFileSync(path.join(import.meta.dirname, '../../generator/client/runtime/types.ts'), 'utf8');
    const checks = `
type Body<C> = JsonSuccessBody<{ responses: { 200: { content: C } } }>;
type Is<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const cases: [
  Is<Body<{ 'application/json': { a: 1 } }>, { a: 1 }>,
  Is<Body<{ 'application/json; charset=utf-8': { a: 1 } }>, { a: 1 }>,
  Is<Body<{ 'Application/Json': { a: 1 } }>, { a: 1 }>,
  Is<Body<{ 'text/json': { a: 1 } }>, { a: 1 }>,
  Is<Body<{ 'application/problem+json': { a: 1 } }>, { a: 1 }>,
  Is<Body<{ 'application/x-ndjson': { a: 1 } }>, undefined>,
  Is<Body<{ 'application/jsonl': { a: 1 } }>, undefined>,
  Is<Body<{ 'application/xml': { a: 1 } }>, undefined>,
] = [true, true, true, true, true, true, true, true];
void cases;
`;
    expect(typeCheckSource(`${types}\n${checks}`)).toEqual([]);
    for (const mediaType of ['application/json', 'application/json; charset=utf-8', 'Application/Json', 'text/json', 'application/problem+json']) expect(isJsonMediaType(mediaType)).toBe(true);
    for (const mediaType of ['application/x-ndjson', 'application/jsonl', 'application/xml']) expect(isJsonMediaType(mediaType)).toBe(false);
  });

  it('the client sends a text/json body (its method takes it) and reads no JSON from x-ndjson', () => {
    const document = {
      openapi: '3.1.0', info: { title: 't', version: '1' },
      paths: {
        '/legacy': { post: { operationId: 'postLegacy', requestBody: { required: true, content: { 'text/json': { schema: { type: 'object' } } } }, responses: { '200': { description: 'lines', content: { 'application/x-ndjson': { schema: { type: 'object' } } } } } } },
      },
    } as unknown as OpenApiDocument;
    expect(readOperations(document)).toMatchObject([{ methodName: 'postLegacy', hasJsonBody: true, jsonResponse: false }]);
  });
});

describe('operations and responses read through the spec', () => {
  it('follows a response that is a $ref to a $ref to a JSON response', () => {
    const document = {
      openapi: '3.1.0', info: { title: 't', version: '1' },
      paths: { '/things': { post: { operationId: 'createThing', responses: { '201': { $ref: '#/components/responses/A' } } } } },
      components: { responses: { A: { $ref: '#/components/responses/B' }, B: { description: 'made', content: { 'application/json': { schema: { type: 'object' } } } } } },
    } as unknown as OpenApiDocument;
    expect(readOperations(document)).toMatchObject([{ jsonResponse: true }]);
  });

  it('refuses toJSON as an operationId (JSON.stringify of an object holding the client would call it)', () => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/x': { get: { operationId: 'toJSON', responses: { '204': { description: 'ok' } } } } } } as unknown as OpenApiDocument;
    expect(() => readOperations(document)).toThrow('operationId "toJSON" cannot name a method of the client: "toJSON" is called by JSON.stringify; rename the operationId');
  });

  it("reads an operation's parameter in place of the path item's of the same name and place", () => {
    const document = {
      openapi: '3.1.0', info: { title: 't', version: '1' },
      paths: {
        '/search': {
          parameters: [{ name: 'term', in: 'query', required: true, style: 'deepObject', schema: { type: 'object' } }],
          get: { operationId: 'search', parameters: [{ name: 'term', in: 'query', schema: { type: 'string' } }], responses: { '204': { description: 'ok' } } },
        },
      },
    } as unknown as OpenApiDocument;
    const operations = readOperations(document);
    // Nothing required: `search()` may be called with no input.
    expect(operations).toMatchObject([{ hasParams: true, paramsRequired: false }]);
    // The path item's deepObject is not the operation's: nothing to report.
    expect(unsentInputs(document, operations)).toEqual([]);
  });

  it("reads each parameter's style and explode where they differ from its place's default, and refuses a style its place does not have", () => {
    const document = (parameters: unknown[]) =>
      ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/c/{id}': { get: { operationId: 'get', parameters, responses: { '204': { description: 'ok' } } } } } }) as unknown as OpenApiDocument;
    const id = { name: 'id', in: 'path', required: true, schema: { type: 'array' } };
    const [operation] = readOperations(
      document([
        { ...id, style: 'matrix', explode: true },
        { name: 'a', in: 'query', style: 'form', explode: true, schema: { type: 'array' } },
        { name: 'b', in: 'query', explode: false, schema: { type: 'array' } },
        { name: 'c', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
        { name: 'X-D', in: 'header', explode: true, schema: { type: 'object' } },
        { name: 'e', in: 'cookie', style: 'form', schema: { type: 'string' } },
      ]),
    );
    expect(Object.fromEntries([...operation!.parameterEncodings].map(([place, byName]) => [place, Object.fromEntries(byName)]))).toEqual({
      path: { id: { style: 'matrix', explode: true } },
      query: { b: { style: 'form', explode: false }, c: { style: 'deepObject', explode: true } },
      header: { 'X-D': { style: 'simple', explode: true } },
    });
    expect(() => readOperations(document([id, { name: 'q', in: 'query', style: 'matrix', schema: { type: 'string' } }]))).toThrow(
      'query parameter "q" has style "matrix", which OpenAPI does not define for a query parameter; use one of form, spaceDelimited, pipeDelimited, deepObject',
    );
    expect(() => readOperations(document([{ ...id, style: 'form' }]))).toThrow('path parameter "id" has style "form", which OpenAPI does not define for a path parameter; use one of simple, label, matrix');
    expect(() => readOperations(document([id, { name: 'X-H', in: 'header', style: 'label', schema: { type: 'string' } }]))).toThrow('use one of simple');
    expect(() => readOperations(document([{ ...id, explode: 'yes' }]))).toThrow('path parameter "id" has explode "yes"; it must be true or false');
    try {
      readOperations(document([id, { name: 'q', in: 'query', style: 'matrix', schema: { type: 'string' } }]));
    } catch (error) {
      expect((error as GeneratorError).location).toBe('#/paths/~1c~1{id}/get/parameters/1/style');
    }
    expect.assertions(6);
  });

  it('refuses a path template variable that no path parameter declares (the client would send it as text)', () => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/items/{id}': { get: { operationId: 'getItem', responses: { '204': { description: 'ok' } } } } } } as unknown as OpenApiDocument;
    expect(() => readOperations(document)).toThrow('the path /items/{id} has {id}, but the operation has no path parameter "id"; declare it (in: path, required: true)');
  });

  it('does not report a request body with no media type at all', () => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/x': { post: { operationId: 'poke', requestBody: { content: {} }, responses: { '204': { description: 'ok' } } } } } } as unknown as OpenApiDocument;
    expect(unsentInputs(document, readOperations(document))).toEqual([]);
  });
});

describe('inputs the client cannot send as the spec says', () => {
  it('are named at generation: a body that is not JSON, a cookie, a style and explode OpenAPI does not define together, a header OpenAPI ignores', () => {
    const parameter = (name: string, place: string, type: string, extra: Record<string, unknown> = {}) => ({ name, in: place, schema: { type }, ...extra });
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/upload/{id}': {
          post: {
            operationId: 'upload',
            parameters: [
              parameter('id', 'path', 'string', { required: true }),
              parameter('session', 'cookie', 'string'),
              // Sent in their styles: nothing to report.
              parameter('ids', 'query', 'array', { style: 'pipeDelimited' }),
              parameter('flags', 'query', 'array', { explode: false }),
              parameter('name', 'query', 'string', { explode: false }),
              parameter('filter', 'query', 'object'),
              // OpenAPI defines these styles with the other explode only.
              parameter('tags', 'query', 'array', { style: 'spaceDelimited', explode: true }),
              parameter('where', 'query', 'object', { style: 'deepObject' }),
              parameter('X-Meta', 'header', 'object'),
              parameter('Accept', 'header', 'string'),
              parameter('X-Trace', 'header', 'string'),
              parameter('x-trace', 'header', 'integer'),
              parameter('Host', 'header', 'string'),
              parameter('Bad Name', 'header', 'string'),
              parameter('q', 'query', 'string', { allowReserved: true }),
              { name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } },
            ],
            requestBody: { content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
            responses: { '204': { description: 'done' } },
          },
        },
      },
    } as unknown as OpenApiDocument;
    expect(unsentInputs(document, readOperations(document))).toEqual([
      'upload: its request body (application/octet-stream) is not sent: the client sends JSON bodies only',
      'upload: header parameters "X-Trace" and "x-trace" are one header (header names are case-insensitive): one value is sent, and the types keep one of them',
      'upload: cookie parameter "session" is not sent (fetch does not send a Cookie header it is given); send it with middleware or your runtime\'s cookie store',
      'upload: query parameter "tags" (style spaceDelimited, explode true) is sent as form exploded (name=a&name=b): OpenAPI defines spaceDelimited without explode only',
      'upload: query parameter "where" (style deepObject, explode false) is sent exploded (name[key]=value): OpenAPI defines deepObject exploded only',
      'upload: header parameter "Accept" is not sent: OpenAPI says a header parameter of that name is ignored (the client sets the header itself)',
      'upload: header parameter "Host" may not be sent: fetch does not let a script set it (a browser drops it; Node.js refuses Connection, Keep-Alive, Upgrade, Expect and Transfer-Encoding, and sets Host and Content-Length itself)',
      'upload: header parameter "Bad Name" is not sent: it is not a header name (RFC 9110 allows letters, digits and !#$%&\'*+-.^_`|~), and the client refuses a call that gives it',
      'upload: query parameter "q" has allowReserved: its reserved characters (such as / ? :) are sent percent-encoded all the same, which a server decodes to the same text',
      'upload: query parameter "filter" is described by `content` (application/json): the client sends the string it is given as it is (serialize it yourself, with JSON.stringify for JSON), and does not check it against the schema',
    ]);
  });
});

describe('parameter encodings at generation, at their edges (from a review and a mutation audit)', () => {
  const document = (parameters: unknown[]) =>
    ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/c/{id}': { get: { operationId: 'get', parameters, responses: { '204': { description: 'ok' } } } } } }) as unknown as OpenApiDocument;
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'array' } };
  const encodingsOf = (parameters: unknown[]) => {
    const [operation] = readOperations(document(parameters));
    return Object.fromEntries([...operation!.parameterEncodings].map(([place, byName]) => [place, Object.fromEntries(byName)]));
  };

  it("leaves out a query parameter in form's default explode, a parameter described by content, and a cookie in any style", () => {
    expect(
      encodingsOf([
        id,
        { name: 'plain', in: 'query', schema: { type: 'array' } },
        { name: 'formed', in: 'query', style: 'form', schema: { type: 'array' } },
        { name: 'json', in: 'query', style: 'pipeDelimited', content: { 'application/json': { schema: { type: 'array' } } } },
        { name: 'session', in: 'cookie', explode: false, schema: { type: 'array' } },
        // Not sent (unsentInputs says so): its style is not the client's concern.
        { name: 'other', in: 'cookie', style: 'simple', schema: { type: 'string' } },
      ]),
    ).toEqual({});
  });

  it('refuses form in a header, and an empty or null style', () => {
    expect(() => encodingsOf([id, { name: 'X-H', in: 'header', style: 'form', schema: { type: 'string' } }])).toThrow('header parameter "X-H" has style "form"');
    expect(() => encodingsOf([id, { name: 'q', in: 'query', style: '', schema: { type: 'string' } }])).toThrow('query parameter "q" has style ""');
    expect(() => encodingsOf([id, { name: 'q', in: 'query', style: null, schema: { type: 'string' } }])).toThrow('query parameter "q" has style null');
  });

  it('skips a place that is not one, named like a member of every object (the spec is refused by lint; the stage does not crash)', () => {
    expect(encodingsOf([id, { name: 'x', in: 'toString', schema: { type: 'string' } }])).toEqual({});
  });

  it('reports pipeDelimited exploded, and neither deepObject exploded nor a header named like a deepObject parameter', () => {
    const doc = document([
      { ...id, schema: { type: 'string' } },
      { name: 'pipes', in: 'query', style: 'pipeDelimited', explode: true, schema: { type: 'array' } },
      { name: 'deep', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
      { name: 'where', in: 'query', style: 'deepObject', schema: { type: 'object' } },
      { name: 'where', in: 'header', schema: { type: 'string' } },
    ]);
    expect(unsentInputs(doc, readOperations(doc))).toEqual([
      'get: query parameter "pipes" (style pipeDelimited, explode true) is sent as form exploded (name=a&name=b): OpenAPI defines pipeDelimited without explode only',
      'get: query parameter "where" (style deepObject, explode false) is sent exploded (name[key]=value): OpenAPI defines deepObject exploded only',
    ]);
  });

  it('writes parameterEncodings for an operation that has them only, with their explode, and a parameter named __proto__ as a computed key', () => {
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': { get: { operationId: 'plain', parameters: [{ name: 'q', in: 'query', schema: { type: 'array' } }], responses: { '204': { description: 'ok' } } } },
        '/b': { get: { operationId: 'styled', parameters: [{ name: 'q', in: 'query', explode: false, schema: { type: 'array' } }], responses: { '204': { description: 'ok' } } } },
        '/c': { get: { operationId: 'proto', parameters: [{ name: '__proto__', in: 'query', style: 'pipeDelimited', schema: { type: 'array' } }], responses: { '204': { description: 'ok' } } } },
      },
    } as unknown as OpenApiDocument;
    const client = emitClient(contextFor(doc)).files.find((file) => file.path === 'src/client.gen.ts')!.contents;
    expect(client.match(/parameterEncodings: .*/g)).toEqual([
      'parameterEncodings: { query: { "q": { style: "form", explode: false } } },',
      'parameterEncodings: { query: { ["__proto__"]: { style: "pipeDelimited", explode: false } } },',
    ]);
    // The emitted literal as JavaScript reads it: an own property, not the object's prototype.
    const emitted = /parameterEncodings: (\{ query: \{ \["__proto__"\].*\} \}),$/m.exec(client)![1]!;
    const encodings = vm.runInNewContext(`(${emitted})`) as { query: object };
    expect(Object.hasOwn(encodings.query, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(encodings.query)).not.toBeNull();
  });
});

describe('a generic spec', () => {
  let loaded: LoadedClient;
  // `createClient()` with no options at all; the base URL set by a middleware, as the spec's is remote.
  const createdWithout = (url: string) => {
    const made = client.createClient();
    made.use({ onRequest: ({ request }: { request: Request }) => new Request(request.url.replace(/^https:\/\/eu\.items\.example\.com\/v1/, url), request) });
    return made;
  };
  let server: FaultServer | undefined;
  let client: any;
  beforeAll(async () => {
    loaded = await loadClient(ITEMS_SPEC, ITEMS_TARGET);
    client = loaded.module as any;
  });
  afterAll(() => loaded?.cleanup());
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('type-checks, with (params, body) calls, optional bodies and quoted spec text', async () => {
    const source = fs.readFileSync(path.join(loaded.dir, 'src/client.gen.ts'), 'utf8');
    // The token is optional (security lists {}): a client needs no options.
    expect(source).toContain('export function createClient(options: ApiClientOptions = {}): Client {');
    // No parameter required: the input may be left out, `listItems()`.
    expect(source).toContain('listItems(input?: { params?: ListItemsParams; }, init?: ApiRequestOptions): Promise<ListItemsResult>;');
    expect(source).toContain('getItem(input: { params: GetItemParams; }, init?: ApiRequestOptions): Promise<GetItemResult>;');
    expect(source).toContain('putItem(input: { params: PutItemParams; body: PutItemBody; }, init?: ApiRequestOptions)');
    expect(source).toContain('sendMessage(body?: SendMessageBody, init?: ApiRequestOptions)');
    expect(source).toContain('deleteItem(input: { params: DeleteItemParams; }');
    expect(source).toContain('@deprecated');
    expect(source).toContain('"https://eu.items.example.com/v1"');
    expect(source).toContain('requiresToken: false');
    const typeTests = `
import { createClient } from './client.gen.js';
const client = createClient({ baseUrl: 'http://x' });
async function check() {
  const item: { id: string; name: string } = await client.getItem({ params: { path: { id: '1' } } });
  // @ts-expect-error: the path parameter is required
  await client.getItem({ params: {} });
  await client.sendMessage();
  const none: undefined = await client.deleteItem({ params: { path: { id: '1' } } });
  return [item, none];
}
void check;
`;
    expect(typeCheck(loaded.dir, { 'type-tests.ts': typeTests })).toEqual([]);
  });

  it('fills path parameters and names errors with the prefix', async () => {
    server = await startFaultServer((request, response) => sendJson(response, 404, { message: `no ${request.url}` }));
    const error = await rejectionOf(client.createClient({ baseUrl: server.url }).getItem({ params: { path: { id: 'a b' } } }));
    expect(error).toBeInstanceOf(client.ApiNotFoundError);
    expect(error.name).toBe('ApiNotFoundError');
    expect(server.requests[0]!.url).toBe('/items/a%20b');
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('calls an operation whose parameters are all optional with nothing, and a client with no options', async () => {
    server = await startFaultServer((_, response) => sendJson(response, 200, [{ id: '1', name: 'one' }]));
    const listed = createdWithout(server.url);
    await expect(listed.listItems()).resolves.toEqual([{ id: '1', name: 'one' }]);
    await expect(listed.listItems({ params: { query: { limit: 2 } } })).resolves.toHaveLength(1);
    expect(server.requests.map((request) => request.url)).toEqual(['/items', '/items?limit=2']);
  });

  it('retries an idempotent GET after a timeout and a 500, and succeeds', async () => {
    server = await startFaultServer((_, response, index) => {
      if (index === 0) return; // never answered: the attempt times out
      if (index === 1) return sendJson(response, 500, { message: 'boom' });
      sendJson(response, 200, { id: '1', name: 'one' });
    });
    const item = await client.createClient({ baseUrl: server.url, token: TOKEN, timeoutMs: 200, retry: { baseDelayMs: 1 } }).getItem({ params: { path: { id: '1' } } });
    expect(item).toEqual({ id: '1', name: 'one' });
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a non-idempotent POST after a 500, and says so in generic words', async () => {
    server = await startFaultServer((_, response) => sendJson(response, 500, { message: 'boom' }));
    const error = await rejectionOf(client.createClient({ baseUrl: server.url, retry: { baseDelayMs: 1 } }).sendMessage({ text: 'hi' }));
    expect(error).toBeInstanceOf(client.ApiServerError);
    expect(error.message).toMatch(/may or may not have taken effect. It was not sent again, because POST is not idempotent/);
    expect(server.requests).toHaveLength(1);
  });

  it('reports security schemes it does not apply', async () => {
    const context = contextFor(await bundleFile(ITEMS_SPEC), ITEMS_TARGET);
    emitClient(context);
    expect(context.report).toEqual([expect.stringContaining('security scheme "apiKey" (apiKey) is not applied by the client')]);
  });
});

describe('a generic spec, generated whole (its real validators)', () => {
  let dir: string;
  let client: any;
  let server: FaultServer | undefined;
  beforeAll(async () => {
    dir = scratchDir('generic');
    const generated = runGenerate(['--spec', ITEMS_SPEC, '--out', path.join(dir, 'pkg'), '--no-docs', '--no-build']);
    expect(generated.stderr).toBe('');
    client = await import(pathToFileURL(path.join(dir, 'pkg/src/index.ts')).href);
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('checks parameters against the spec, and what the URL cannot carry, before sending anything', async () => {
    server = await startFaultServer((_, response) => sendJson(response, 200, []));
    const made = client.createClient({ baseUrl: server.url });
    const invalid = await rejectionOf(made.listItems({ params: { query: { limit: 500 } } }));
    expect(invalid.code).toBe('REQUEST_VALIDATION');
    expect(invalid.outcome).toBe('not-sent');
    expect(invalid.issues).toEqual([expect.objectContaining({ path: '/query/limit', keyword: 'maximum', schemaPath: '#/paths/~1items/get/parameters/0/schema/maximum' })]);
    expect(invalid.message).toBe('listItems: the request parameters are invalid, so nothing was sent:\n  /query/limit: must be <= 100 (received 500)');
    // A segment the URL parser would remove: GET /items/.. is GET /.
    const unsendable = await rejectionOf(made.getItem({ params: { path: { id: '..' } } }));
    expect(unsendable.code).toBe('REQUEST_VALIDATION');
    expect(unsendable.issues).toEqual([expect.objectContaining({ path: '/path/id', keyword: 'parameter' })]);
    // The path parameter left out: not sent as a literal {id}.
    const missing = await rejectionOf(made.getItem({ params: { path: {} } } as never));
    expect(missing.message).toContain('/path: must have required property "id"');
    // Without validation, the URL's own rules still hold.
    const unchecked = await rejectionOf(client.createClient({ baseUrl: server.url, validateRequests: false }).getItem({ params: { path: {} } } as never));
    expect(unchecked.message).toContain('/path/id: must be given: the path has {id} (received undefined)');
    expect(server.requests).toHaveLength(0);
    await expect(made.listItems({ params: { query: { limit: 100 } } })).resolves.toEqual([]);
    expect(server.requests.map((request) => request.url)).toEqual(['/items?limit=100']);
  });

});

describe('operation names', () => {
  it('names an operation without an operationId after its method and path', async () => {
    const document = await bundleFile(SPEC_FILE);
    delete (document.paths!['/v2/admin/call-campaigns']!.post as { operationId?: string }).operationId;
    const client = emitClient(contextFor(document)).files.find((file) => file.path === 'src/client.gen.ts')!.contents;
    expect(client).toContain('postV2AdminCallCampaigns(');
    expect(client).toContain('validatePostV2AdminCallCampaignsRequest');
  });

  it('refuses two operations that give one method name, naming where they are', async () => {
    const document = await bundleFile(SPEC_FILE);
    const paths = document.paths!;
    paths['/v2/admin/call_campaigns'] = { post: { ...(paths['/v2/admin/call-campaigns']!.post as object), operationId: 'create-campaign' } };
    expect(() => emitClient(contextFor(document))).toThrow(GeneratorError);
    expect(() => emitClient(contextFor(document))).toThrow(/gives the client method name "createCampaign", as does #\/paths\/~1v2~1admin~1call-campaigns\/post/);
  });
});

describe('the stage refuses', () => {
  it('a prefix that does not make identifiers', async () => {
    const document = await bundleFile(SPEC_FILE);
    expect(() => emitClient(contextFor(document, { errorPrefix: 'Vo-xo' }))).toThrow(/errorPrefix/);
  });
});

describe('outcome messages', () => {
  it.each([
    ['createCampaign', 'POST', false, /The campaign may or may not have been created/],
    ['addCallQueueMember', 'POST', false, /The call queue member may or may not have been created/],
    ['sendMessage', 'POST', false, /may or may not have taken effect. It was not sent again, because POST is not idempotent/],
    ['updateItem', 'PATCH', false, /because PATCH is not idempotent/],
    ['getItem', 'GET', true, /GET is idempotent, so it is safe to send again/],
  ] as const)('%s (%s)', (operationId, method, idempotent, want) => {
    expect(outcomeMessages(operationId, method, idempotent).unknown).toMatch(want);
  });
});

describe('found by mutation testing', () => {
  const spec = (path: string, get: Record<string, unknown>, components: Record<string, unknown> = {}) =>
    ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { [path]: { get: { operationId: 'getItem', responses: { '204': { description: 'ok' } }, ...get } } }, components }) as unknown as OpenApiDocument;

  it('reads a parameter of one name in two places as two parameters, and follows a $ref to a component parameter', () => {
    const document = spec(
      '/items',
      { parameters: [{ name: 'id', in: 'query', schema: { type: 'string' } }, { name: 'id', in: 'header', schema: { type: 'string' } }, { $ref: '#/components/parameters/Limit' }] },
      { parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } } },
    );
    expect(operationParameters(document, '/items', 'get').map(({ parameter, pointer }) => [parameter.in, parameter.name, pointer])).toEqual([
      ['query', 'id', '#/paths/~1items/get/parameters/0'],
      ['header', 'id', '#/paths/~1items/get/parameters/1'],
      ['query', 'limit', '#/components/parameters/Limit'],
    ]);
  });

  it.each([
    ['a query parameter of its name', '/items/{id}', [{ name: 'id', in: 'query', schema: { type: 'string' } }], 'the path /items/{id} has {id}, but the operation has no path parameter "id"'],
    ['nothing, for a name with a dash', '/items/{item-id}', [], 'the path /items/{item-id} has {item-id}, but the operation has no path parameter "item-id"'],
  ])('refuses a template variable declared by %s', (_, path, parameters, message) => {
    expect(() => readOperations(spec(path, { parameters }))).toThrow(message);
  });

  it.each([
    // OpenAPI says a path parameter is required; one that forgets to say so is required all the same.
    ['a path parameter without required: true', '/items/{id}', [{ name: 'id', in: 'path', schema: { type: 'string' } }], { hasParams: true, paramsRequired: true }],
    ['a required query parameter', '/items', [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }], { hasParams: true, paramsRequired: true }],
    ['header parameters only', '/items', [{ name: 'X-Trace', in: 'header', schema: { type: 'string' } }], { hasParams: true, paramsRequired: false }],
  ])('reads whether params are taken and required, with %s', (_, path, parameters, want) => {
    expect(readOperations(spec(path, { parameters }))).toMatchObject([want]);
  });
});
