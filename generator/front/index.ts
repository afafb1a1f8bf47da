/**
 * Load, bundle and lint a spec beside the main thread, and check its patterns for catastrophic
 * backtracking. A fresh generator process spends its first seconds loading the generating
 * stages' modules (openapi-typescript with TypeScript, the validators); the front of the
 * pipeline needs none of them, only Redocly. Run in a worker thread, it uses the second core
 * meanwhile, and the main thread never loads Redocly or recheck.
 *
 * tsx's loader does not reach worker threads, and registering it in one costs more than the
 * worker saves (Redocly's 250 modules each through its hooks). So the worker runs a bundle of its
 * own modules, built by esbuild (tsx's own transform) beside the main thread's start-up, with
 * packages imported from where they are installed, and kept in the OS temp folder under a name
 * that is a hash of its text.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GeneratorError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import type { FrontResult, LintVerdict } from './run.js';
import type { FrontMessage, FrontRequest, PostedError } from './worker.js';

export type { FrontRequest } from './worker.js';

const require = createRequire(import.meta.url);

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
}

export function startFrontInWorker(request: FrontRequest): FrontInWorker {
  const front = settlable<FrontResult>();
  const lint = settlable<LintVerdict>();
  const safety = settlable<SafetyVerdict>();
  // Awaited by the caller after the stages; an early rejection is not "unhandled".
  lint.promise.catch(() => {});
  safety.promise.catch(() => {});
  let worker: Worker | undefined;
  const stop = (error: Error) => {
    for (const pending of [front, lint, safety]) pending.reject(error);
    void worker?.terminate();
  };
  workerScript().then((script) => {
    worker = new Worker(script, {
      workerData: { request },
      // The process's flags (--require of a profiler or a memory reporter) stay with the main thread.
      execArgv: [],
    });
    worker.on('message', (message: FrontMessage) => {
      if (!message.ok) stop(rebuilt(message.error));
      else if (message.type === 'front') front.resolve({ document: JSON.parse(message.json) as OpenApiDocument, timings: message.timings });
      else if (message.type === 'lint') lint.resolve(message.verdict);
      else {
        safety.resolve({ warnings: message.warnings, ms: message.ms });
        void worker?.terminate();
      }
    });
    worker.on('error', stop);
    worker.on('exit', (code) => stop(new Error(`the load/bundle/lint worker stopped (exit code ${code}) before it answered`)));
  }, stop);
  return { front: front.promise, lint: lint.promise, safety: safety.promise };
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

function rebuilt({ generator, message, location, stack }: PostedError): Error {
  if (generator) return new GeneratorError(location ? message.slice(location.length + 2) : message, location);
  const error = new Error(message);
  if (stack) error.stack = stack;
  return error;
}

/** The worker's modules as one ES module file (see the top of this file). */
async function workerScript(): Promise<string> {
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    write: false,
    logLevel: 'silent',
    // Modules that find files next to themselves (recheck, through createRequire) find them from here.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    plugins: [
      {
        name: 'installed-packages',
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) => ({
            path: specifier.startsWith('node:') ? specifier : resolvePackage(specifier),
            external: true,
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]!.text;
  const file = path.join(os.tmpdir(), 'openapi-generator-front', `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, file);
  }
  return file;
}

/** A package's entry as an ES module import finds it from here, as a file URL. */
function resolvePackage(specifier: string): string {
  const resolve = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  return resolve ? resolve(specifier) : pathToFileURL(require.resolve(specifier)).href;
}
