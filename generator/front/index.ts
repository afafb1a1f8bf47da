/**
 * Load, bundle and lint a spec beside the main thread, and check its patterns for catastrophic
 * backtracking. A fresh generator process spends its first seconds loading the generating
 * stages' modules (openapi-typescript with TypeScript, ts-morph, the validators); the front of the
 * pipeline needs none of them, only Redocly. Run in a worker thread, it uses the second core
 * meanwhile, and the main thread does not load Redocly or recheck (unless the worker cannot
 * start, or the stages are loaded already, by an earlier `generate` of this process).
 *
 * tsx's loader does not reach worker threads, and registering it in one costs more than the
 * worker saves (Redocly's 250 modules each through its hooks): the worker runs a bundle of its
 * modules (shared/esm-bundle.ts). Without a bundle, the front runs in this thread.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { bundledModule } from '../shared/esm-bundle.js';
import { fromPostedError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import type { FrontResult, LintVerdict } from './run.js';
import type { FrontMessage, FrontRequest } from './worker.js';

export type { FrontRequest } from './worker.js';

export interface SafetyVerdict {
  warnings: string[];
  /** How long the check took, beside the other stages. */
  ms: number;
}

export interface FrontInWorker {
  front: Promise<FrontResult>;
  /** Settles after `front`; rejects with lint's error (or with the front's). */
  lint: Promise<LintVerdict>;
  /** Settles after `lint`; rejects with the ReDoS error (or with an earlier one). */
  safety: Promise<SafetyVerdict>;
  /**
   * Stops the worker, whose verdicts are no longer wanted (a stage failed): what has not settled
   * rejects. Without it a failed run would wait for the ReDoS check of every pattern.
   */
  stop(): void;
}

/** `onWorker` sees the worker thread once started (a test watches what it says after `stop()`). */
export function startFrontInWorker(request: FrontRequest, hooks: { onWorker?: (worker: Worker) => void } = {}): FrontInWorker {
  const front = settlable<FrontResult>();
  const lint = settlable<LintVerdict>();
  const safety = settlable<SafetyVerdict>();
  // Awaited by the caller after the stages; an early rejection is not "unhandled".
  lint.promise.catch(() => {});
  safety.promise.catch(() => {});
  let worker: Worker | undefined;
  let stopped = false;
  const stop = (error: Error) => {
    for (const pending of [front, lint, safety]) pending.reject(error);
    void worker?.terminate();
  };
  bundledModule(new URL('./worker.ts', import.meta.url)).then((script) => {
    if (stopped) return;
    worker = new Worker(script, {
      workerData: { request },
      // The process's flags (--require of a profiler or a memory reporter) stay with the main thread.
      execArgv: [],
    });
    hooks.onWorker?.(worker);
    worker.on('message', (message: FrontMessage) => {
      if (!message.ok) stop(fromPostedError(message.error));
      else if (message.type === 'front') front.resolve({ document: JSON.parse(message.json) as OpenApiDocument, timings: message.timings });
      else if (message.type === 'lint') lint.resolve(message.verdict);
      else {
        safety.resolve({ warnings: message.warnings, ms: message.ms });
        void worker?.terminate();
      }
    });
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`the load/bundle/lint worker stopped (exit code ${code}) before it answered`)));
  }, () => {
    // No bundle (esbuild could not build one, or GENERATOR_NO_WORKERS=1): the front runs in this
    // thread instead. Once started it cannot be stopped: `stop()` only rejects its promises.
    if (stopped) return;
    import('./run.js').then(({ startFront }) => {
      const inline = startFront(request.specFile, request.lintConfig);
      inline.front.then(front.resolve, front.reject);
      inline.lint.then(lint.resolve, lint.reject);
      inline.front.then(async ({ document }) => {
        const { checkPatternSafety } = await import('../lint/redos.js');
        const started = performance.now();
        const warnings = await checkPatternSafety(document, { allowReDoS: request.allowReDoS, specPath: request.specPath });
        return { warnings, ms: performance.now() - started };
      }).then(safety.resolve, safety.reject);
    }, stop);
  });
  return {
    front: front.promise,
    lint: lint.promise,
    safety: safety.promise,
    stop: () => {
      stopped = true;
      stop(new Error('the load/bundle/lint worker was stopped before it answered'));
    },
  };
}

function settlable<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}
