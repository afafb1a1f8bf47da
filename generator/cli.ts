/**
 * `npm run generate`: regenerates every API listed in spec/apis.yaml, or one other spec with
 * `--spec <file> --out <dir>` (cli-main.ts has the options). Prints one line per stage with its
 * time; on failure prints what was expected, what was found and where, exits non-zero and leaves
 * the output untouched.
 *
 * The generator runs in a worker thread, from a bundle of its modules (shared/esm-bundle.ts):
 * tsx, which runs this file, transforms every module it loads with `keepNames` and routes every
 * import through its hooks; plain Node in a worker loads TypeScript and the stages faster, runs
 * the validators stage faster, and needs less memory. Should the bundle fail to build, or with
 * GENERATOR_NO_WORKERS=1 (for a debugger), the generator runs here instead, and says so.
 */
import { Worker } from 'node:worker_threads';
import type { CliMessage } from './cli-main.js';
import { bundledModule } from './shared/esm-bundle.js';
import { onInterrupt, undoStaging, type StagingEntry } from './shared/output.js';

// A reader that stops reading (`npm run generate | head`) closes the pipe: the run goes on to
// its end without printing, rather than dying of EPIPE mid-run and leaving its lock and
// staging folder behind.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

async function run(argv: string[]): Promise<number> {
  let script: string;
  try {
    script = await bundledModule(new URL('./cli-main.ts', import.meta.url));
  } catch (error) {
    // Said, because this way is slower (the stages' modules go through tsx's hooks).
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`generating in one thread (${reason.split('\n')[0]})`);
    onInterrupt(() => undoStaging());
    return (await import('./cli-main.js')).cli(argv);
  }
  return new Promise<number>((resolve, reject) => {
    const worker = new Worker(script, { workerData: { cli: { argv } }, execArgv: [] });
    const staged = new Map<string, StagingEntry>();
    let interrupted = false;
    onInterrupt(async () => {
      interrupted = true;
      await worker.terminate();
      undoStaging(staged.values());
    });
    let exitCode: number | undefined;
    worker.on('message', (message: CliMessage) => {
      if ('exitCode' in message) exitCode = message.exitCode;
      else if ('staging' in message) {
        if (message.staging.added) staged.set(message.staging.added.dir, message.staging.added);
        if (message.staging.removed) staged.delete(message.staging.removed);
      } else process[message.stream].write(message.text);
    });
    // A worker that dies (out of memory) leaves what it staged: removed here, as on Ctrl-C.
    worker.on('error', (error) => {
      undoStaging(staged.values());
      reject(error);
    });
    // Messages and the worker's own stdout and stderr all arrive before 'exit'. Stopped by an
    // interrupt, the handler ends the process with its own code and nothing more is said.
    worker.on('exit', (code) => {
      if (interrupted) return;
      if (exitCode !== undefined) return resolve(exitCode);
      undoStaging(staged.values());
      reject(new Error(`the generator's worker thread stopped with exit code ${code}`));
    });
  });
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('internal error (a bug in the generator; please report it with the spec):');
    console.error(error);
    process.exitCode = 70;
  },
);
