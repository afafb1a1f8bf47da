/**
 * The front of the pipeline: load, lint and bundle, one after the other, in this thread. The
 * worker (`worker.ts`) runs it beside the main thread; `index.ts` calls it directly once the
 * main thread has loaded the stages.
 */
import { performance } from 'node:perf_hooks';
import { loadSpec } from '../load/load.js';
import { lintSpec } from '../lint/lint.js';
import { bundleSpec } from '../bundle/bundle.js';
import type { OpenApiDocument } from '../shared/openapi.js';

export interface FrontTimings {
  load: number;
  lint: number;
  bundle: number;
}

export interface FrontResult {
  document: OpenApiDocument;
  /** Lint warnings that did not stop generation, formatted. */
  lintWarnings: string[];
  timings: FrontTimings;
}

export async function runFront(specFile: string, lintConfig: string | undefined): Promise<FrontResult> {
  let started = performance.now();
  const spec = loadSpec(specFile);
  const load = performance.now() - started;
  started = performance.now();
  const lint = await lintSpec(spec, lintConfig);
  const lintMs = performance.now() - started;
  started = performance.now();
  const document = await bundleSpec(spec);
  const bundle = performance.now() - started;
  return { document, lintWarnings: lint.warnings, timings: { load, lint: lintMs, bundle } };
}
