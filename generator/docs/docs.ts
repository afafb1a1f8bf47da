/**
 * Stage: the API reference as one standalone HTML page, built by Redocly's `build-docs` (Redoc)
 * with Redoc's script embedded, so the page opens from disk with no network.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { GeneratorError } from '../shared/errors.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export async function buildDocs(bundledSpecFile: string, outputFile: string, title: string): Promise<void> {
  const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
  try {
    await run(process.execPath, [cli, 'build-docs', bundledSpecFile, '--output', outputFile, '--title', title, '--inlineBundle'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new GeneratorError(`redocly build-docs failed:\n${stderr || stdout || (error as Error).message}`);
  }
}
