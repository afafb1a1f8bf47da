/**
 * The front of the pipeline (load, bundle, lint, the ReDoS check) in its worker thread, and in
 * this thread when there is no bundle: the same document and verdicts either way, and a worker
 * that can be stopped when a stage has failed.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startFrontInWorker, type FrontRequest } from '../../generator/front/index.js';
import { NO_WORKERS_VARIABLE } from '../../generator/shared/esm-bundle.js';
import { LINT_CONFIG, SPEC_FILE } from '../helpers/paths.js';

const request: FrontRequest = {
  specFile: SPEC_FILE,
  lintConfig: LINT_CONFIG,
  allowReDoS: false,
  specPath: 'spec/openapi.yaml',
};

// The first test runs the front in its worker: a GENERATOR_NO_WORKERS set by the caller is put
// aside and restored.
const callersNoWorkers = process.env[NO_WORKERS_VARIABLE];
beforeEach(() => {
  delete process.env[NO_WORKERS_VARIABLE];
});
afterAll(() => {
  if (callersNoWorkers === undefined) delete process.env[NO_WORKERS_VARIABLE];
  else process.env[NO_WORKERS_VARIABLE] = callersNoWorkers;
});

async function settled(front: ReturnType<typeof startFrontInWorker>) {
  const [document, lint, safety] = await Promise.allSettled([front.front, front.lint, front.safety]);
  return { document, lint, safety };
}

describe('the front of the pipeline', () => {
  it('gives the same bundled document and verdicts in its worker and in this thread', async () => {
    const workers: unknown[] = [];
    const inWorker = await settled(startFrontInWorker(request, { onWorker: (worker) => workers.push(worker) }));
    process.env[NO_WORKERS_VARIABLE] = '1';
    const inThread = await settled(startFrontInWorker(request, { onWorker: (worker) => workers.push(worker) }));
    // The first ran in a worker thread, the second did not start one.
    expect(workers).toHaveLength(1);

    for (const run of [inWorker, inThread]) {
      expect(run.document.status).toBe('fulfilled');
      expect(run.lint).toMatchObject({ status: 'fulfilled', value: { warnings: [] } });
      expect(run.safety).toMatchObject({ status: 'fulfilled', value: { warnings: [] } });
    }
    const documentOf = (run: typeof inWorker) => (run.document.status === 'fulfilled' ? run.document.value.document : undefined);
    expect(documentOf(inWorker)).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./) });
    expect(documentOf(inThread)).toEqual(documentOf(inWorker));
  }, 60_000);

  it('stopped before it answers (a stage failed), rejects every promise with a reason', async () => {
    const front = startFrontInWorker(request);
    front.stop();
    const run = await settled(front);
    for (const outcome of [run.document, run.lint, run.safety]) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { message: 'the load/bundle/lint worker was stopped before it answered' } });
    }
  });

  it('stopped once the document has arrived (a stage failed), rejects the verdicts it was still working on', async () => {
    let exited: Promise<number> | undefined;
    const said: string[] = [];
    const front = startFrontInWorker(request, {
      onWorker: (worker) => {
        worker.on('message', (message: { type: string }) => said.push(message.type));
        exited = new Promise((resolve) => worker.once('exit', resolve));
      },
    });
    await front.front;
    // Lint takes the worker at least a hundred milliseconds more: it has not answered yet.
    front.stop();
    await exited;
    // Terminated at once: it never got to say lint's verdict or the ReDoS check's.
    expect(said).toEqual(['front']);
    const run = await settled(front);
    expect(run.document.status).toBe('fulfilled');
    for (const outcome of [run.lint, run.safety]) {
      expect(outcome).toMatchObject({ status: 'rejected', reason: { message: 'the load/bundle/lint worker was stopped before it answered' } });
    }
  }, 60_000);
});
