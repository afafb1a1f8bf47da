/**
 * `npm run release:check`: may the package be released as it is? For every API of
 * spec/apis.yaml it fails, saying what to do, when
 * - the spec changed since the last release recorded in its CHANGELOG.md (the bundled spec's
 *   sha256 differs from the one recorded) but `info.version` did not;
 * - `info.version` is not the latest release of the changelog (a bump with no entry);
 * - the changelog lists a version twice, or a version below an earlier one;
 * - the package in the output folder is not the one the spec generates (version or bundled
 *   spec differ; then, by `npm run generate -- --check`, any file: run `npm run generate`);
 * then runs `npm publish --dry-run` in the package folder, which asks the registry and fails
 * when the version is published already: the package may have changed since under the same
 * version (a generator upgrade, regenerated), and npm refuses to publish a version twice.
 *
 * `--no-publish` skips the dry run, and with it the registry. The record is explained in generator/package/changelog.ts.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { bundleSpec } from '../generator/bundle/bundle.js';
import { loadSpec } from '../generator/load/load.js';
import { changelogFileFor, compareVersions, parseChangelog, specSha256, type ReleaseEntry } from '../generator/package/changelog.js';
import type { OpenApiDocument } from '../generator/shared/openapi.js';

const run = promisify(execFile);
/** The generator's command line, beside this script (the project run in may be another checkout). */
const GENERATOR_CLI = fileURLToPath(new URL('../generator/cli.ts', import.meta.url));

export interface ReleaseCheckInput {
  /** The spec file; its changelog is the CHANGELOG.md beside it. */
  specFile: string;
  /** The generated package folder to compare with the spec, when there is one. */
  packageDir?: string;
}

export interface ReleaseCheckResult {
  ok: boolean;
  version: string;
  specSha256: string;
  /** What is wrong and how to fix it, one line each (empty when ok). */
  problems: string[];
}

export async function checkRelease(input: ReleaseCheckInput): Promise<ReleaseCheckResult> {
  const document = await bundleSpec(loadSpec(input.specFile));
  const version = document.info.version;
  const hash = specSha256(document);
  const specShown = shown(input.specFile);
  const changelogFile = changelogFileFor(input.specFile);
  const changelogShown = shown(changelogFile);
  const problems: string[] = [];
  const entry = `"## ${version}" with the line "<!-- spec-sha256: ${hash} -->"`;

  if (!fs.existsSync(changelogFile)) {
    problems.push(`${changelogShown} not found: create it with a release entry ${entry}`);
    return { ok: false, version, specSha256: hash, problems };
  }
  const releases = parseChangelog(fs.readFileSync(changelogFile, 'utf8'));
  problems.push(...orderProblems(releases, changelogShown));
  const latest = releases[0];
  if (!latest) {
    problems.push(`${changelogShown} records no release: add an entry ${entry}`);
  } else if (latest.version === version) {
    if (latest.specSha256 === undefined) {
      problems.push(`${changelogShown}:${latest.line}: release ${version} records no spec hash: add "<!-- spec-sha256: ${hash} -->" under it`);
    } else if (latest.specSha256 !== hash) {
      problems.push(
        `the spec changed since release ${version} (${changelogShown}:${latest.line} records spec-sha256 ${latest.specSha256.slice(0, 12)}…, ` +
          `${specShown} now bundles to ${hash.slice(0, 12)}…) but info.version is still ${version}: ` +
          `bump info.version in ${specShown} and add a new entry at the top of ${changelogShown}`,
      );
    }
  } else {
    const earlier = releases.find((release) => release.version === version);
    problems.push(
      earlier
        ? `info.version ${version} is an earlier release (${changelogShown}:${earlier.line}); the latest is ${latest.version}: give the spec a new version`
        : `info.version is ${version} but the latest release in ${changelogShown} is ${latest.version}: add an entry at the top, ${entry}`,
    );
  }

  if (input.packageDir) problems.push(...checkPackage(input.packageDir, document));
  return { ok: problems.length === 0, version, specSha256: hash, problems };
}

/**
 * Releases go newest first, each version once and above the one before: a second entry for a
 * released version, or an entry below an earlier version, would release a version twice or
 * backwards (npm refuses the one, and the other sorts wrong for every consumer).
 */
function orderProblems(releases: ReleaseEntry[], changelogShown: string): string[] {
  const problems: string[] = [];
  releases.forEach((release, index) => {
    const again = releases.slice(index + 1).find((other) => other.version === release.version);
    if (again) {
      problems.push(`${changelogShown}:${release.line}: release ${release.version} is recorded twice (again at line ${again.line}): a version is released once; give the new entry a new version`);
    }
    const before = releases[index + 1];
    if (before && before.version !== release.version && compareVersions(release.version, before.version) < 0) {
      problems.push(`${changelogShown}:${release.line}: release ${release.version} is listed above ${before.version} (line ${before.line}) but is not later: the newest release goes first, with a higher version`);
    }
  });
  return problems;
}

/** The package folder must be what the spec generates now, or the dry run checks a stale one. */
function checkPackage(packageDir: string, document: OpenApiDocument): string[] {
  const manifestFile = path.join(packageDir, 'package.json');
  const bundledFile = path.join(packageDir, 'openapi.json');
  if (!fs.existsSync(manifestFile) || !fs.existsSync(bundledFile)) return [`${shown(packageDir)}/ has no package: run \`npm run generate\``];
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version?: string };
  const bundled = JSON.parse(fs.readFileSync(bundledFile, 'utf8')) as OpenApiDocument;
  const problems: string[] = [];
  if (manifest.version !== document.info.version) {
    problems.push(`${shown(manifestFile)} has version ${manifest.version}, the spec ${document.info.version}: run \`npm run generate\``);
  } else if (specSha256(bundled) !== specSha256(document)) {
    problems.push(`${shown(bundledFile)} is not the current spec: run \`npm run generate\``);
  }
  return problems;
}

function shown(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/') || '.';
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'no-publish': { type: 'boolean', default: false } } });
  const config = parseYaml(fs.readFileSync('spec/apis.yaml', 'utf8')) as { apis?: Record<string, { spec: string; out: string }> };
  let failed = false;
  for (const [name, api] of Object.entries(config.apis ?? {})) {
    const packageDir = path.resolve(api.out);
    const result = await checkRelease({ specFile: path.resolve(api.spec), packageDir });
    if (!result.ok) {
      failed = true;
      console.error(`release:check ${name}: cannot release ${result.version}`);
      for (const problem of result.problems) console.error(`  error: ${problem}`);
      continue;
    }
    console.log(`release:check ${name}: spec ${result.specSha256.slice(0, 12)}… is release ${result.version} of ${api.spec}`);
    // Every file of the package, not only its version and spec: a changelog edited since the
    // last generate, a file added by hand, a generator changed since.
    try {
      await run(process.execPath, ['--import', 'tsx', GENERATOR_CLI, '--check', '--api', name], { maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      failed = true;
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      console.error(`release:check ${name}: ${api.out} is not what \`npm run generate\` makes now; run it, then check again:\n${stderr || stdout || (error as Error).message}`);
      continue;
    }
    if (values['no-publish']) continue;
    try {
      const { stdout, stderr } = await run('npm', ['publish', '--dry-run'], { cwd: packageDir, maxBuffer: 16 * 1024 * 1024 });
      process.stdout.write(stdout);
      process.stderr.write(stderr);
    } catch (error) {
      failed = true;
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      const output = stderr || stdout || (error as Error).message;
      // npm asks the registry: a version published already cannot be published again, whatever
      // changed since (a generator upgrade regenerates the package without touching the spec).
      const hint = /cannot publish over the previously published version/.test(output)
        ? `\nrelease ${result.version} is already on the registry: to publish this package, bump info.version in ${api.spec} and add an entry at the top of its CHANGELOG.md`
        : '';
      console.error(`release:check ${name}: npm publish --dry-run failed:\n${output}${hint}`);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? `error: ${error.message}` : error);
      process.exitCode = 1;
    },
  );
}
