/** Runs `npm run generate` as a user does (a fresh process), for the CLI tests. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT_DIR } from './paths.js';

/** `cwd`: where spec/apis.yaml is read; a folder inside the repository (tsx resolves from it). */
export function runGenerate(args: string[], env: Record<string, string> = {}, cwd = ROOT_DIR) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'generator/cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
