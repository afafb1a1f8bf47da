/**
 * Load, lint and bundle a spec beside the main thread, and check its patterns for catastrophic
 * backtracking. A fresh generator process spends its first seconds loading the generating
 * stages' modules (openapi-typescript with TypeScript, the validators); the front of the
 * pipeline needs none of them, only Redocly. Run in a worker thread, it uses the second core
 * meanwhile, and the main thread never loads Redocly or recheck.
 *
 * tsx's loader does not reach worker threads, so the worker registers it before importing its
 * TypeScript entry.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GeneratorError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import type { FrontResult } from './run.js';
import type { FrontMessage, FrontRequest, PostedError } from './worker.js';

export type { FrontRequest } from './worker.js';

const require = createRequire(import.meta.url);

/** The worker's own start: register tsx (ESM hooks) in it, then import the TypeScript entry. */
const BOOTSTRAP = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsxApi).then(({ register }) => {
  register();
  return import(workerData.entry);
}).catch((error) => {
  parentPort.postMessage({ type: 'front', ok: false, error: { generator: false, message: String(error && error.message), stack: error && error.stack } });
});
`;

export interface SafetyVerdict {
  warnings: string[];
  /** How long the check took, beside the other stages. */
  ms: number;
}

export interface FrontInWorker {
  front: Promise<FrontResult>;
  /** Settles after `front`; rejects with the ReDoS error (or with the front's error). */
  safety: Promise<SafetyVerdict>;
}

export function startFrontInWorker(request: FrontRequest): FrontInWorker {
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { request, tsxApi: tsxEsmApi(), entry: new URL('./worker.ts', import.meta.url).href },
    // The process's flags (--require of a profiler or a memory reporter) stay with the main thread.
    execArgv: [],
  });
  let settleFront!: { resolve: (result: FrontResult) => void; reject: (error: Error) => void };
  let settleSafety!: { resolve: (verdict: SafetyVerdict) => void; reject: (error: Error) => void };
  const front = new Promise<FrontResult>((resolve, reject) => (settleFront = { resolve, reject }));
  const safety = new Promise<SafetyVerdict>((resolve, reject) => (settleSafety = { resolve, reject }));
  safety.catch(() => {}); // awaited by the caller after the stages; an early rejection is not "unhandled"
  const stop = (error: Error) => {
    settleFront.reject(error);
    settleSafety.reject(error);
    // Its heap (the parsed spec, Redocly's maps) goes with it.
    void worker.terminate();
  };
  worker.on('message', (message: FrontMessage) => {
    if (message.type === 'front' && message.ok) {
      settleFront.resolve({ document: JSON.parse(message.json) as OpenApiDocument, lintWarnings: message.lintWarnings, timings: message.timings });
    } else if (message.type === 'safety' && message.ok) {
      settleSafety.resolve({ warnings: message.warnings, ms: message.ms });
      void worker.terminate();
    } else if (!message.ok) stop(rebuilt(message.error));
  });
  worker.on('error', stop);
  worker.on('exit', (code) => stop(new Error(`the load/lint/bundle worker stopped (exit code ${code}) before it answered`)));
  return { front, safety };
}

function rebuilt({ generator, message, location, stack }: PostedError): Error {
  if (generator) return new GeneratorError(location ? message.slice(location.length + 2) : message, location);
  const error = new Error(message);
  if (stack) error.stack = stack;
  return error;
}

/** tsx's ESM register API, as a file URL (its CommonJS build cannot register ESM hooks in a worker). */
function tsxEsmApi(): string {
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import?: { default?: string } }> };
  const entry = exports['./esm/api']?.import?.default;
  if (!entry) throw new Error('tsx/package.json names no ESM entry for tsx/esm/api');
  return pathToFileURL(path.join(path.dirname(manifest), entry)).href;
}
