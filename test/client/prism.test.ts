/**
 * Contract tests against Prism's mock of the spec, started on loopback by the test: every
 * request example of the spec goes through the client and Prism accepts it; Prism's answers,
 * the spec's example and generated ones, pass the client's response validation; and bodies the
 * client's validator rejects, Prism rejects too.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClient, rejectionOf, type LoadedClient, type VoxoModule } from './helpers/client.js';
import { TOKEN, VALID_BODY } from './helpers/fixtures.js';
import { startPrism, type PrismServer } from './helpers/prism.js';
import { resolvePointer } from '../../generator/shared/pointer.js';

let loaded: LoadedClient;
let voxo: VoxoModule;
let prism: PrismServer | undefined;
let baseUrl: string;

beforeAll(async () => {
  loaded = await loadClient();
  voxo = loaded.module;
  prism = await startPrism(path.join(loaded.dir, 'openapi.json'));
  baseUrl = prism.baseUrl;
});

afterAll(async () => {
  await prism?.stop();
  loaded?.cleanup();
});

describe('Prism mock of the spec', () => {
  const client = (options: Record<string, unknown> = {}) =>
    voxo.createVoxoClient({ token: TOKEN, baseUrl, validateResponses: 'throw', retry: false, ...options });

  it('accepts every request example of the spec, and its example answer passes response validation', async () => {
    const { default: document } = await import(path.join(loaded.dir, 'openapi.json'), { with: { type: 'json' } });
    const operation = document.paths['/v2/admin/call-campaigns'].post;
    const examples = Object.entries(operation.requestBody.content['application/json'].examples as Record<string, { $ref?: string; value?: unknown }>);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const [name, example] of examples) {
      const value = example.$ref ? (resolvePointer(document, example.$ref) as { value: unknown }).value : example.value;
      const campaign = await client().createCampaign(value);
      expect(campaign.id, name).toBeTypeOf('number');
    }
  });

  it("Prism's generated answers pass response validation", async () => {
    const warnings: unknown[] = [];
    const names = new Set<unknown>();
    for (let i = 0; i < 10; i++) {
      const campaign = await client({ onWarning: (warning: unknown) => warnings.push(warning) }).createCampaign(VALID_BODY, { headers: { Prefer: 'dynamic=true' } });
      names.add(campaign.name);
    }
    expect(warnings).toEqual([]);
    // Generated, not the spec's example over and over.
    expect(names.size).toBeGreaterThan(1);
    expect(names.has('Dental appointment reminders')).toBe(false);
  });

  it.each([
    ['a callerId with +1', { ...VALID_BODY, callerId: '+16013151002' }],
    ['a name of two characters', { ...VALID_BODY, name: 'ab' }],
    ['recording "no"', { ...VALID_BODY, recording: 'no' }],
    ['callFrequency 9', { ...VALID_BODY, callFrequency: 9 }],
    ['no numbers', Object.fromEntries(Object.entries(VALID_BODY).filter(([key]) => key !== 'numbers'))],
  ])('rejects %s, as the client does before sending', async (_, body) => {
    const local = await rejectionOf(client().createCampaign(body));
    expect(local).toBeInstanceOf(voxo.VoxoValidationError);
    const remote = await rejectionOf(client({ validateRequests: false }).createCampaign(body));
    expect(remote).toBeInstanceOf(voxo.VoxoApiError);
    expect([400, 422]).toContain(remote.status);
    expect(remote.outcome).toBe('rejected');
  });

  it('answers 401 without a token, which the client reports as an UnauthorizedError', async () => {
    const noAuth = voxo.createVoxoClient({
      getToken: () => TOKEN,
      baseUrl,
      retry: false,
      middleware: [{ onRequest: ({ request }) => (request.headers.delete('Authorization'), request) }],
    });
    const error = await rejectionOf(noAuth.createCampaign(VALID_BODY));
    expect(error).toBeInstanceOf(voxo.VoxoUnauthorizedError);
  });
});
