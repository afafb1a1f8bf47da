/**
 * The front of the pipeline: load, bundle and lint, in this thread. The worker (`worker.ts`)
 * runs it beside the main thread; `pipeline.ts` calls it directly once the main thread has
 * loaded the stages.
 *
 * The bundled document is handed on as soon as it is ready, and lint's verdict follows: the
 * stages need not wait for lint, and nothing is written before its verdict. Bundling rewrites
 * the tree it walks, so lint reads a second parse of the spec. A bundle error is raised only
 * once lint passed, so that lint's error comes first, as when lint ran first.
 */
import { performance } from 'node:perf_hooks';
import { loadSpec } from '../load/load.js';
import { lintSpec } from '../lint/lint.js';
import { bundleSpec } from '../bundle/bundle.js';
import type { OpenApiDocument } from '../shared/openapi.js';

export interface FrontResult {
  document: OpenApiDocument;
  timings: { load: number; bundle: number };
}

export interface LintVerdict {
  /** Lint warnings that did not stop generation, formatted. */
  warnings: string[];
  ms: number;
}

/**
 * Calls `onBundled` with the bundled document, then resolves with lint's verdict. Throws a load
 * error before anything else, lint's error before the bundle's.
 */
export async function runFront(specFile: string, lintConfig: string | undefined, onBundled: (result: FrontResult) => void): Promise<LintVerdict> {
  let started = performance.now();
  const spec = loadSpec(specFile);
  const load = performance.now() - started;
  started = performance.now();
  let document: OpenApiDocument | undefined;
  let bundleError: unknown;
  try {
    document = await bundleSpec(spec);
  } catch (error) {
    bundleError = error;
  }
  if (document) onBundled({ document, timings: { load, bundle: performance.now() - started } });
  started = performance.now();
  // Bundling rewrote the tree it walked: lint reads a parse of its own.
  const { warnings } = await lintSpec(loadSpec(specFile), lintConfig);
  if (bundleError !== undefined) throw bundleError;
  return { warnings, ms: performance.now() - started };
}

/** `runFront` as two promises: the bundled document, and lint's verdict (settles after it). */
export function startFront(specFile: string, lintConfig: string | undefined): { front: Promise<FrontResult>; lint: Promise<LintVerdict> } {
  let bundled!: (result: FrontResult) => void;
  const front = new Promise<FrontResult>((resolve) => (bundled = resolve));
  const lint = runFront(specFile, lintConfig, bundled);
  return { front: Promise.race([front, lint.then(() => front)]), lint };
}
