/**
 * The worker thread of `index.ts`. Runs the front of the pipeline on one spec: posts the bundled
 * document as JSON text (one string crosses threads faster than an object graph is cloned),
 * then lint's verdict, then checks the document's patterns for catastrophic backtracking and
 * posts that verdict, while the main thread generates. Errors are posted too, so the main
 * thread throws them as if it had run these stages itself.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { checkPatternSafety } from '../lint/redos.js';
import { toPostedError, type PostedError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import { runFront, type FrontResult, type LintVerdict } from './run.js';

export interface FrontRequest {
  specFile: string;
  lintConfig?: string;
  allowReDoS: boolean;
  /** The spec path as messages name it. */
  specPath: string;
}

export type FrontMessage =
  | { type: 'front'; ok: true; json: string; timings: FrontResult['timings'] }
  | { type: 'front'; ok: false; error: PostedError }
  | { type: 'lint'; ok: true; verdict: LintVerdict }
  | { type: 'lint'; ok: false; error: PostedError }
  | { type: 'safety'; ok: true; warnings: string[]; ms: number }
  | { type: 'safety'; ok: false; error: PostedError };

const post = (message: FrontMessage) => parentPort!.postMessage(message);
const request = workerData.request as FrontRequest;
let document: OpenApiDocument | undefined;
try {
  const verdict = await runFront(request.specFile, request.lintConfig, (result) => {
    document = result.document;
    post({ type: 'front', ok: true, json: JSON.stringify(result.document), timings: result.timings });
  });
  post({ type: 'lint', ok: true, verdict });
} catch (error) {
  post({ type: document ? 'lint' : 'front', ok: false, error: toPostedError(error) });
  document = undefined;
}
if (document) {
  const started = performance.now();
  try {
    const warnings = await checkPatternSafety(document, { allowReDoS: request.allowReDoS, specPath: request.specPath });
    post({ type: 'safety', ok: true, warnings, ms: performance.now() - started });
  } catch (error) {
    post({ type: 'safety', ok: false, error: toPostedError(error) });
  }
}
// Stop now, not when the busy main thread gets round to terminating this worker: its heap (the
// parsed spec, Redocly's maps) is freed before the stages build theirs. Posted messages still
// arrive.
process.exit(0);
