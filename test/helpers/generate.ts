/** Runs `npm run generate` as a user does (a fresh process), for the CLI tests. */
import { spawnSync } from 'node:child_process';
import { ROOT_DIR } from './paths.js';

export function runGenerate(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'generator/cli.ts', ...args], {
    cwd: ROOT_DIR,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
