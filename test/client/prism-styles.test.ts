/**
 * Parameters in the styles a spec gives them, sent by a client generated from the spec
 * (fixtures/styles.yaml) to Prism's mock of it, which deserializes each parameter in its style
 * and refuses (422) one that does not match its schema. Each case also sends the same values
 * in OpenAPI's default style, as the client did before it read styles, and checks that Prism
 * refuses that: so the case fails if the client sent the default.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { ROOT_DIR, scratchDir } from '../helpers/paths.js';
import { startPrism, type PrismServer } from './helpers/prism.js';

const SPEC = path.join(import.meta.dirname, 'fixtures/styles.yaml');
let outDir: string;
let prism: PrismServer | undefined;
let client: any;

beforeAll(async () => {
  outDir = path.join(scratchDir('styles'), 'package');
  await generate({
    target: { name: 'styles', specFile: SPEC, outDir, packageName: 'styles-client', clientFactoryName: 'createClient', errorPrefix: 'Api' },
    command: 'vitest',
    rootDir: ROOT_DIR,
    docs: false,
    build: false,
    check: false,
    log: () => {},
  });
  prism = await startPrism(path.join(outDir, 'openapi.json'));
  const module = await import(pathToFileURL(path.join(outDir, 'src/index.ts')).href);
  client = module.createClient({ baseUrl: prism.baseUrl, retry: false });
}, 180_000);

afterAll(async () => {
  await prism?.stop();
  if (outDir) fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
});

/** Prism's answer to a request written by hand. */
async function statusOf(pathAndQuery: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${prism!.baseUrl}${pathAndQuery}`, { headers });
  await response.arrayBuffer();
  return response.status;
}

describe('parameters in their spec styles, against Prism', () => {
  it('the generated client carries the styles that are not the default, and nothing for the others', () => {
    const source = fs.readFileSync(path.join(outDir, 'src/client.gen.ts'), 'utf8');
    expect(source).toContain('parameterEncodings: { path: { "ids": { style: "matrix", explode: true } } }');
    expect(source).toContain('parameterEncodings: { query: { "pipes": { style: "pipeDelimited", explode: false }, "commas": { style: "form", explode: false }, "pair": { style: "form", explode: false } } }');
  });

  it('matrix, exploded, in the path', async () => {
    await expect(client.matrixExploded({ params: { path: { ids: [1, 2] } } })).resolves.toBeUndefined();
    // Prism's matrix deserializer crashes on a path in another style (the client's default,
    // `1,2`, stops Prism, and every later case fails): this shows Prism counts the items.
    expect(await statusOf('/matrix/;ids=1')).toBe(422);
  });

  it('pipeDelimited, and form not exploded (a list and an object), in the query', async () => {
    await expect(client.lists({ params: { query: { pipes: [1, 2], commas: [3, 4], pair: { a: 5, b: 'x y' } } } })).resolves.toBeUndefined();
    expect(await statusOf('/lists?pipes=1&pipes=2&commas=3,4&pair=a,5,b,x')).toBe(422);
    expect(await statusOf('/lists?pipes=1|2&commas=3&commas=4&pair=a,5,b,x')).toBe(422);
    expect(await statusOf('/lists?pipes=1|2&commas=3,4&a=5&b=x')).toBe(422);
  });

  it('deepObject in the query', async () => {
    await expect(client.deep({ params: { query: { filter: { min: 1, max: 9 } } } })).resolves.toBeUndefined();
    expect(await statusOf('/deep?min=1&max=9')).toBe(422);
  });

  it('an object exploded in a header', async () => {
    await expect(client.header({ params: { header: { 'X-Range': { from: 1, to: 2 } } } })).resolves.toBeUndefined();
    // In other case it is the same header (a JavaScript caller, or a value typed wider).
    await expect(client.header({ params: { header: { 'x-range': { from: 1, to: 2 } } } })).resolves.toBeUndefined();
    expect(await statusOf('/header', { 'X-Range': 'from,1,to,2' })).toBe(422);
  });

  it('refuses, before sending, a list item that holds its style\'s separator: the server would split it', async () => {
    const error = await client.lists({ params: { query: { pipes: [1, 2], commas: [3, 4], pair: { a: 5, b: 'x,y' } } } }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error?.name).toBe('ApiValidationError');
    expect(error.issues).toEqual([expect.objectContaining({ path: '/query/pair/b', message: expect.stringContaining('must not hold a comma') })]);
  });
});
