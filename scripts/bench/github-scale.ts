/**
 * GitHub's REST spec (13 MB, about 1,000 operations, from @octokit/openapi) through the whole
 * pipeline except docs and build, beside openapi-typescript alone on the same file, in the
 * same run, rounds interleaved. Target: at most 2x openapi-typescript's time, peak memory at
 * most 1 GiB, and the generated code type-checks.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { clearBundles } from '../../generator/shared/esm-bundle.js';
import { machineDescription, measureNode, median, type Measurement } from './_measure.js';

const require = createRequire(import.meta.url);
const SPEC = require.resolve('@octokit/openapi/generated/api.github.com.json');
const OPENAPI_TS_CLI = path.join(path.dirname(require.resolve('openapi-typescript/package.json')), 'bin/cli.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const OUT = path.resolve('.tmp/bench-github');
const COMMAND = 'npm run bench -- github-scale';

const OURS = ['--import', 'tsx', 'generator/cli.ts', '--spec', SPEC, '--out', path.join(OUT, 'package'), '--no-docs', '--no-build'];

// The first run after the generator's sources change builds the bundles the generator runs
// from (kept in node_modules/.cache): measured once, apart from the rounds.
clearBundles();
const cold = measureNode(OURS);
if (cold.status !== 0) throw new Error(`the pipeline failed:\n${cold.stderr}`);
console.log(`first run (bundles built): pipeline ${(cold.ms / 1000).toFixed(2)} s`);

const alone: Measurement[] = [];
const ours: Measurement[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const reference = measureNode([OPENAPI_TS_CLI, SPEC, '-o', path.join(OUT, 'openapi-typescript.ts')]);
  if (reference.status !== 0) throw new Error(`openapi-typescript failed:\n${reference.stderr}`);
  alone.push(reference);
  const run = measureNode(OURS);
  if (run.status !== 0) throw new Error(`the pipeline failed:\n${run.stderr}`);
  ours.push(run);
  console.log(`round ${round + 1}: openapi-typescript ${(reference.ms / 1000).toFixed(2)} s, pipeline ${(run.ms / 1000).toFixed(2)} s`);
}

// The generated code must type-check: one tsc program over the package's sources.
const srcDir = path.join(OUT, 'package/src');
const files = fs.readdirSync(srcDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => path.join(entry.parentPath, entry.name));
const started = performance.now();
const program = ts.createProgram(files, {
  strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [],
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
});
const diagnostics = ts.getPreEmitDiagnostics(program);
const typecheckMs = performance.now() - started;

const aloneMs = median(alone.map((m) => m.ms));
const oursMs = median(ours.map((m) => m.ms));
const peak = Math.max(...ours.map((m) => m.peakRssMiB));
const stageLines = ours.at(-1)!.stdout.split('\n').filter((line) => /^ {2}\S/.test(line));
const ratio = oursMs / aloneMs;
const report = `# GitHub's REST spec at scale

Measured by \`${COMMAND}\` (scripts/bench/github-scale.ts) on ${machineDescription()}.
Spec: \`@octokit/openapi\` \`generated/api.github.com.json\` (${(fs.statSync(SPEC).size / 2 ** 20).toFixed(1)} MiB). Median of ${ROUNDS} interleaved rounds, each a fresh process.

| | time | peak memory |
| --- | --- | --- |
| openapi-typescript alone (its CLI) | ${(aloneMs / 1000).toFixed(2)} s | ${Math.max(...alone.map((m) => m.peakRssMiB)).toFixed(0)} MiB |
| our pipeline without docs and build | ${(oursMs / 1000).toFixed(2)} s | ${peak.toFixed(0)} MiB |
| **ratio** | **${ratio.toFixed(2)}x** (target at most 2x) | target at most 1024 MiB |
| our pipeline, first run after its sources changed (bundles built; once, not in the median) | ${(cold.ms / 1000).toFixed(2)} s | ${cold.peakRssMiB.toFixed(0)} MiB |

Each round's times: openapi-typescript ${alone.map((m) => (m.ms / 1000).toFixed(2)).join(', ')} s; our pipeline ${ours.map((m) => (m.ms / 1000).toFixed(2)).join(', ')} s (peaks ${ours.map((m) => m.peakRssMiB.toFixed(0)).join(', ')} MiB). The machine is shared with other jobs, so single rounds vary.

Stages of the last round. The generator runs in a worker thread (from an esbuild bundle of its
modules, cached in node_modules/.cache); load, bundle and lint run in a second worker beside the
main one's start-up, and lint and the pattern-safety check finish beside the later stages, so
the stage times do not add up to the total.

\`\`\`
${stageLines.join('\n')}
\`\`\`

Type-check of the generated sources (${files.length} files, tsc strict): ${diagnostics.length} errors, ${(typecheckMs / 1000).toFixed(1)} s.
${diagnostics.length ? '\n```\n' + ts.formatDiagnostics(diagnostics.slice(0, 10), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' }) + '\n```\n' : ''}`;
fs.writeFileSync('bench/github-scale.md', report);
console.log(report);
if (diagnostics.length > 0) process.exitCode = 1;
