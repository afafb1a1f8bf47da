/**
 * `npm run bench`: runs every benchmark in scripts/bench/ one after the other (never in
 * parallel: they measure time on a 2-core machine), or only those named on the command line
 * (`npm run bench -- github-scale`). Each writes its results to bench/<name>.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const only = process.argv.slice(2);
const dir = path.join('scripts', 'bench');
const benches = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

if (benches.length === 0) {
  console.error(`no benchmark matches ${only.join(', ')}; known: ${fs.readdirSync(dir).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name} (${path.join(dir, `${name}.ts`)})`);
  // --expose-gc: a benchmark may collect garbage between its tasks (validators does).
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(dir, `${name}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`${name} failed with exit code ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
