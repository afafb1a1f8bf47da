/**
 * `npm run bench -- client`: the generated client's `createCampaign` (request validation,
 * timeout, retry bookkeeping and response validation included) against bare openapi-fetch
 * posting the same body to the same loopback server, which runs in its own process. Rounds
 * alternate between the two (and which goes first) so that drift on a noisy machine hits
 * both alike. Writes bench/client.md.
 *
 * The target: median time per request at most 1.05x bare openapi-fetch.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import createOpenApiFetch from 'openapi-fetch';
import { machineDescription, median } from './_measure.js';
import { buildTestPackage } from '../../test/client/helpers/package.js';
import { campaignFor, TOKEN, VALID_BODY } from '../../test/client/helpers/fixtures.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 200);
const THROUGHPUT_REQUESTS = Number(process.env.BENCH_THROUGHPUT ?? 4000);
const TARGET_RATIO = 1.05;
const OUT = path.join('bench', 'client.md');
/** CPU time (user + system, µs) this process spent in the last `sequential` run. */
let lastCpuUs = 0;

// The loopback server, run as a child: `node client.ts --server` answers every POST with the
// spec's 201 example and prints its port.
if (process.argv.includes('--server')) {
  const { default: http } = await import('node:http');
  const body = JSON.stringify(campaignFor(VALID_BODY as unknown as Record<string, unknown>));
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as { port: number }).port }));
} else {
  await main();
}

type Call = () => Promise<unknown>;

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0]!;
  const { child, url } = await startServer();
  try {
    const source = await loadClientModule();
    const { createVoxoClient } = source.module as { createVoxoClient: (options: Record<string, unknown>) => { createCampaign(body: unknown): Promise<{ id: number }> } };
    const ours = createVoxoClient({ token: TOKEN, baseUrl: url });
    const bare = createOpenApiFetch<Record<string, never>>({ baseUrl: url }) as unknown as {
      POST(path: string, init: Record<string, unknown>): Promise<{ data?: { id: number }; error?: unknown }>;
    };
    const calls: Record<'bare' | 'client', Call> = {
      bare: async () => {
        const { data, error } = await bare.POST('/v2/admin/call-campaigns', { body: VALID_BODY, headers: { Authorization: `Bearer ${TOKEN}` } });
        if (error !== undefined || data?.id !== 5521) throw new Error('bare openapi-fetch: unexpected answer');
      },
      client: async () => {
        const campaign = await ours.createCampaign(VALID_BODY);
        if (campaign.id !== 5521) throw new Error('client: unexpected answer');
      },
    };

    // Warm-up: JIT, connection pool, validators compiled.
    for (const call of Object.values(calls)) await sequential(call, 500);

    const perRequest: Record<'bare' | 'client', number[]> = { bare: [], client: [] };
    const cpuPerRequest: Record<'bare' | 'client', number[]> = { bare: [], client: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Array<'bare' | 'client'> = round % 2 === 0 ? ['bare', 'client'] : ['client', 'bare'];
      for (const name of order) {
        perRequest[name].push((await sequential(calls[name], PER_ROUND)) / PER_ROUND);
        cpuPerRequest[name].push(lastCpuUs / PER_ROUND);
      }
    }
    const cpuUs = { bare: median(cpuPerRequest.bare), client: median(cpuPerRequest.client) };
    const medianUs = { bare: median(perRequest.bare) * 1000, client: median(perRequest.client) * 1000 };
    const ratio = medianUs.client / medianUs.bare;
    // Per-round ratios (each round's two runs are neighbours in time), for the spread.
    const roundRatios = perRequest.client.map((value, i) => value / perRequest.bare[i]!).sort((a, b) => a - b);

    // The same comparison without a network: both get a fetch that answers from memory, so the
    // difference is the client's own work (validation, timers, parsing), free of loopback noise.
    const answer = JSON.stringify(campaignFor(VALID_BODY as unknown as Record<string, unknown>));
    const memoryFetch = async (): Promise<Response> =>
      new Response(answer, { status: 201, headers: { 'content-type': 'application/json', 'content-length': String(answer.length) } });
    const oursInMemory = createVoxoClient({ token: TOKEN, baseUrl: url, fetch: memoryFetch });
    const bareInMemory = createOpenApiFetch<Record<string, never>>({ baseUrl: url, fetch: memoryFetch }) as unknown as typeof bare;
    const memoryCalls: Record<'bare' | 'client', Call> = {
      bare: async () => {
        const { data } = await bareInMemory.POST('/v2/admin/call-campaigns', { body: VALID_BODY, headers: { Authorization: `Bearer ${TOKEN}` } });
        if (data?.id !== 5521) throw new Error('bare openapi-fetch: unexpected answer');
      },
      client: async () => {
        if ((await oursInMemory.createCampaign(VALID_BODY)).id !== 5521) throw new Error('client: unexpected answer');
      },
    };
    for (const call of Object.values(memoryCalls)) await sequential(call, 2_000);
    const memoryPerRequest: Record<'bare' | 'client', number[]> = { bare: [], client: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Array<'bare' | 'client'> = round % 2 === 0 ? ['bare', 'client'] : ['client', 'bare'];
      for (const name of order) memoryPerRequest[name].push((await sequential(memoryCalls[name], PER_ROUND * 5)) / (PER_ROUND * 5));
    }
    const memoryUs = { bare: median(memoryPerRequest.bare) * 1000, client: median(memoryPerRequest.client) * 1000 };

    const throughput: Array<{ concurrency: number; bare: number; client: number }> = [];
    for (const concurrency of [1, 50]) {
      const row = { concurrency, bare: 0, client: 0 };
      const samples: Record<'bare' | 'client', number[]> = { bare: [], client: [] };
      for (let repeat = 0; repeat < 3; repeat++) {
        for (const name of (repeat % 2 === 0 ? ['bare', 'client'] : ['client', 'bare']) as Array<'bare' | 'client'>) {
          const requests = concurrency === 1 ? THROUGHPUT_REQUESTS / 4 : THROUGHPUT_REQUESTS;
          const ms = await concurrent(calls[name], requests, concurrency);
          samples[name].push((requests / ms) * 1000);
        }
      }
      row.bare = median(samples.bare);
      row.client = median(samples.client);
      throughput.push(row);
    }

    const loadAfter = os.loadavg()[0]!;
    const verdict = ratio <= TARGET_RATIO ? `within the target (<= ${TARGET_RATIO}x)` : `ABOVE the target of ${TARGET_RATIO}x`;
    const lines = [
      '# Client overhead: createCampaign against bare openapi-fetch',
      '',
      `Measured with \`npm run bench -- client\` (scripts/bench/client.ts) on ${machineDescription()}.`,
      `Client under test: ${source.description}.`,
      `Load average (1 min) before and after: ${loadBefore.toFixed(2)}, ${loadAfter.toFixed(2)}${Math.max(loadBefore, loadAfter) > 1.5 ? ' (a busy machine: the wall-time figures are noisy, the CPU-time figures less so)' : ''}.`,
      '',
      'Both post the same Create Campaign body to the same loopback `node:http` server (its own process),',
      "which answers the spec's 201 example. The client validates the request, sets a 30 s timeout per",
      'attempt, and parses and validates the response (`validateResponses: "warn"`, the default);',
      'bare openapi-fetch does none of that. Rounds alternate, and alternate which goes first.',
      '',
      `## Median time per request (${ROUNDS} rounds of ${PER_ROUND} sequential requests each)`,
      '',
      '| | median per request | ratio to bare |',
      '| --- | ---: | ---: |',
      `| bare openapi-fetch | ${medianUs.bare.toFixed(1)} µs | 1.00x |`,
      `| createCampaign | ${medianUs.client.toFixed(1)} µs | **${ratio.toFixed(3)}x** |`,
      '',
      `Overhead: ${(medianUs.client - medianUs.bare).toFixed(1)} µs per request, ${verdict}.`,
      `Per-round ratios: min ${roundRatios[0]!.toFixed(3)}x, median ${median(roundRatios).toFixed(3)}x, max ${roundRatios.at(-1)!.toFixed(3)}x.`,
      '',
      'CPU time of the client process per request in the same rounds (user + system; less disturbed by',
      'other processes than wall time, though not immune):',
      '',
      '| | median CPU per request | ratio to bare |',
      '| --- | ---: | ---: |',
      `| bare openapi-fetch | ${cpuUs.bare.toFixed(1)} µs | 1.00x |`,
      `| createCampaign | ${cpuUs.client.toFixed(1)} µs | ${(cpuUs.client / cpuUs.bare).toFixed(3)}x |`,
      '',
      `## The client's own work: the same, with an in-memory fetch (${ROUNDS} rounds of ${PER_ROUND * 5})`,
      '',
      'Both get a `fetch` that answers from memory, so what differs is only what the client adds. With a',
      'custom `fetch` the timeout signal travels on the Request, which undici links when it builds one; the',
      'global fetch (the loopback rows above) gets it at the call instead and skips that link, so this is an',
      'upper bound for the default setup.',
      '',
      '| | median per request | ratio to bare |',
      '| --- | ---: | ---: |',
      `| bare openapi-fetch | ${memoryUs.bare.toFixed(1)} µs | 1.00x |`,
      `| createCampaign | ${memoryUs.client.toFixed(1)} µs | ${(memoryUs.client / memoryUs.bare).toFixed(3)}x |`,
      '',
      `The client adds ${(memoryUs.client - memoryUs.bare).toFixed(1)} µs of work per request; against the loopback round trip of ${medianUs.bare.toFixed(1)} µs that is ${(((memoryUs.client - memoryUs.bare) / medianUs.bare) * 100).toFixed(1)}%.`,
      '',
      '## Throughput (requests per second, median of 3 runs)',
      '',
      '| concurrent requests | bare openapi-fetch | createCampaign | ratio |',
      '| ---: | ---: | ---: | ---: |',
      ...throughput.map((row) => `| ${row.concurrency} | ${row.bare.toFixed(0)} | ${row.client.toFixed(0)} | ${(row.client / row.bare).toFixed(3)}x |`),
      '',
    ];
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, lines.join('\n'));
    console.log(lines.join('\n'));
    source.cleanup();
  } finally {
    child.kill();
  }
}

async function sequential(call: Call, count: number): Promise<number> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) await call();
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  lastCpuUs = used.user + used.system;
  return elapsed;
}

async function concurrent(call: Call, count: number, concurrency: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await call();
    }),
  );
  return performance.now() - started;
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url).pathname, ['--server'], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.once('message', (message) => resolve({ child, url: `http://127.0.0.1:${(message as { port: number }).port}` }));
    child.once('error', reject);
  });
}

/** The committed package when it has the client (with the real validators), else a fresh build with the tests' stand-in validators. */
async function loadClientModule(): Promise<{ module: unknown; description: string; cleanup(): void }> {
  const committed = path.resolve('generated/src/client.gen.ts');
  if (fs.existsSync(committed) && fs.existsSync(path.resolve('generated/src/validators.gen.ts'))) {
    return { module: await import(pathToFileURL(path.resolve('generated/src/index.ts')).href), description: 'generated/src (the committed package, with its generated validators)', cleanup: () => {} };
  }
  const built = await buildTestPackage();
  return {
    module: await import(pathToFileURL(path.join(built.dir, 'src/client.gen.ts')).href),
    description: "the client stage's output in a scratch folder, with the tests' stand-in validators (Ajv), because generated/ has no client yet",
    cleanup: () => fs.rmSync(built.dir, { recursive: true, force: true }),
  };
}
