/**
 * `npm run release:check`'s rule on copies of the spec and its changelog: a spec that changed
 * since the last recorded release must come with a new `info.version` and a changelog entry.
 * The package stage copies the changelog into the package.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { checkRelease } from '../../scripts/release-check.js';
import { compareVersions, parseChangelog } from '../../generator/package/changelog.js';
import { GENERATED_DIR, ROOT_DIR, SPEC_FILE, scratchDir } from '../helpers/paths.js';

const work = scratchDir('release');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const spec = fs.readFileSync(SPEC_FILE, 'utf8');
const changelog = fs.readFileSync(path.join(ROOT_DIR, 'spec/CHANGELOG.md'), 'utf8');
const recorded = parseChangelog(changelog)[0]!;
let cases = 0;
/**
 * The repository's changelog with its latest release re-recorded from the spec as it is now:
 * the cases below must not depend on whether someone changed the spec since the record
 * (that is release:check's own verdict, for release time, not for every test run).
 */
let released = '';
beforeAll(async () => {
  const { specSha256: now } = await checkRelease({ specFile: project(spec, null) });
  released = changelog.replace(/<!-- spec-sha256: [0-9a-f]{64} -->/, `<!-- spec-sha256: ${now} -->`);
});

/** A folder with a spec and its CHANGELOG.md; returns the spec file. */
function project(specText: string, changelogText: string | null): string {
  const dir = path.join(work, `case-${++cases}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'openapi.yaml'), specText);
  if (changelogText !== null) fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), changelogText);
  return path.join(dir, 'openapi.yaml');
}

const changedSpec = spec.replace('  summary: Create outbound call campaigns on the VOXO platform.', '  summary: Create outbound call campaigns on VOXO.');
const version = recorded.version;
const escaped = version.replace(/\./g, '\\.');
const next = version.replace(/^(\d+)\.(\d+)\..*$/, (_all, major: string, minor: string) => `${major}.${Number(minor) + 1}.0`);
const bumped = (text: string) => text.replace(new RegExp(`^ {2}version: ${escaped}$`, 'm'), `  version: ${next}`);

describe('release:check', () => {
  it('reads the release the changelog records', () => {
    expect(recorded.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(recorded.specSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(changedSpec).not.toBe(spec);
    expect(bumped(changedSpec)).not.toBe(changedSpec);
  });

  it('passes when the spec is the one last released, at its version', async () => {
    const result = await checkRelease({ specFile: project(spec, released) });
    expect(result.problems).toEqual([]);
    expect(result.version).toBe(version);
  });

  it('fails when the spec changed but info.version did not, and says what to do', async () => {
    const result = await checkRelease({ specFile: project(changedSpec, released) });
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(new RegExp(`the spec changed since release ${escaped} .* but info\\.version is still ${escaped}: bump info\\.version`));
  });

  it('fails when info.version was bumped without a changelog entry, printing the entry to add', async () => {
    const result = await checkRelease({ specFile: project(bumped(changedSpec), released) });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toContain(`info.version is ${next} but the latest release`);
    expect(result.problems[0]).toContain(`<!-- spec-sha256: ${result.specSha256} -->`);
  });

  it('passes once the new version has its entry with the new spec hash', async () => {
    const first = await checkRelease({ specFile: project(bumped(changedSpec), released) });
    const entry = `## ${next}\n\n<!-- spec-sha256: ${first.specSha256} -->\n\n- Shorter summary.\n\n`;
    const withEntry = released.replace(/^## /m, `${entry}## `);
    const result = await checkRelease({ specFile: project(bumped(changedSpec), withEntry) });
    expect(result.problems).toEqual([]);
  });

  it('fails when the changelog records a version twice, or lists a lower version above a higher one', async () => {
    const first = await checkRelease({ specFile: project(changedSpec, released) });
    // The spec changed and a second entry for the released version records its new hash.
    const again = released.replace(/^## /m, `## ${version}\n\n<!-- spec-sha256: ${first.specSha256} -->\n\n- Again.\n\n## `);
    const twice = await checkRelease({ specFile: project(changedSpec, again) });
    expect(twice.problems).toEqual([expect.stringMatching(new RegExp(`CHANGELOG\\.md:\\d+: release ${escaped} is recorded twice \\(again at line \\d+\\): a version is released once`))]);
    // A version lowered below the last release, with an entry of its own.
    const lower = '0.0.1';
    const loweredSpec = changedSpec.replace(new RegExp(`^ {2}version: ${escaped}$`, 'm'), `  version: ${lower}`);
    const { specSha256: loweredHash } = await checkRelease({ specFile: project(loweredSpec, released) });
    const lowered = released.replace(/^## /m, `## ${lower}\n\n<!-- spec-sha256: ${loweredHash} -->\n\n- Lowered.\n\n## `);
    const backwards = await checkRelease({ specFile: project(loweredSpec, lowered) });
    expect(backwards.problems).toEqual([expect.stringContaining(`release ${lower} is listed above ${version} (line`)]);
  });

  it('fails when the entry above is lower by the least step: a prerelease of the release below it', async () => {
    const pre = `${version}-rc.1`;
    const preSpec = changedSpec.replace(new RegExp(`^ {2}version: ${escaped}$`, 'm'), `  version: ${pre}`);
    const { specSha256: preHash } = await checkRelease({ specFile: project(preSpec, released) });
    const listed = released.replace(/^## /m, `## ${pre}\n\n<!-- spec-sha256: ${preHash} -->\n\n- A prerelease after the release.\n\n## `);
    expect((await checkRelease({ specFile: project(preSpec, listed) })).problems).toEqual([expect.stringContaining(`release ${pre} is listed above ${version} (line`)]);
  });

  it('reads a hash written in capitals as the same hash', async () => {
    const upper = released.replace(/<!-- spec-sha256: ([0-9a-f]{64}) -->/, (_all, hash: string) => `<!-- spec-sha256: ${hash.toUpperCase()} -->`);
    expect((await checkRelease({ specFile: project(spec, upper) })).problems).toEqual([]);
  });

  it.each([
    ['2.1.0', '2.0.9', 1],
    ['2.10.0', '2.9.0', 1],
    ['2.1.0', '2.1.0-rc.1', 1],
    ['2.1.0-rc.2', '2.1.0-rc.10', -1],
    ['2.1.0-alpha', '2.1.0-1', 1],
    ['2.1.0', '2.1.0', 0],
    ['2.1.1', '2.1.0', 1],
    ['2.1.0-rc.10', '2.1.0-rc.2', 1],
    ['2.1.0-alpha', '2.1.0-alpha.1', -1],
    ['2.1.0-beta', '2.1.0-alpha', 1],
    ['2.1.0-rc-2', '2.1.0-rc-1', 1],
  ])('compares %s with %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it('fails without a changelog, and when the package folder is stale', async () => {
    expect((await checkRelease({ specFile: project(spec, null) })).problems[0]).toMatch(/CHANGELOG\.md not found/);
    const stale = path.join(work, 'stale-package');
    fs.mkdirSync(stale);
    fs.writeFileSync(path.join(stale, 'package.json'), JSON.stringify({ version: '1.9.0' }));
    fs.writeFileSync(path.join(stale, 'openapi.json'), '{}');
    const result = await checkRelease({ specFile: project(spec, released), packageDir: stale });
    expect(result.problems).toEqual([expect.stringMatching(new RegExp(`has version 1\\.9\\.0, the spec ${escaped}: run \`npm run generate\``))]);
  });

  it('ships the changelog in the package, with a generated-file header', () => {
    const shipped = fs.readFileSync(path.join(GENERATED_DIR, 'CHANGELOG.md'), 'utf8');
    expect(shipped.startsWith('<!--\n  This file is generated.')).toBe(true);
    expect(shipped).toContain('Source: spec/CHANGELOG.md');
    expect(shipped.endsWith(changelog)).toBe(true);
  });
});

describe('npm run release:check, run in a project', () => {
  // A copy of this project's spec folder and package, where the package can be changed.
  function projectCopy(): string {
    const dir = path.join(work, `project-${++cases}`);
    fs.cpSync(path.join(ROOT_DIR, 'spec'), path.join(dir, 'spec'), { recursive: true });
    fs.cpSync(GENERATED_DIR, path.join(dir, 'generated'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'spec/CHANGELOG.md'), released);
    return dir;
  }
  const releaseCheck = (cwd: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'scripts/release-check.ts'), '--no-publish'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const releaseCheckWithRegistry = (cwd: string, registry: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'scripts/release-check.ts')], {
        cwd,
        env: { ...process.env, NO_COLOR: '1', npm_config_registry: registry, npm_config_cache: path.join(cwd, '.npm-cache') },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  // Regenerated once: the package's copy of the changelog is the one released.
  let regenerated = '';
  beforeAll(() => {
    regenerated = projectCopy();
    execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'generator/cli.ts'), '--api', 'voxo'], { cwd: regenerated, stdio: 'pipe' });
  }, 180_000);
  const regeneratedCopy = (): string => {
    const dir = path.join(work, `project-${++cases}`);
    fs.cpSync(regenerated, dir, { recursive: true });
    return dir;
  };

  it('passes on the package npm run generate made, and fails, naming the file, once one is added to it', () => {
    const dir = regeneratedCopy();
    const clean = releaseCheck(dir);
    expect(clean.status, clean.stderr).toBe(0);
    fs.writeFileSync(path.join(dir, 'generated/extra-file.js'), 'export {};\n');
    const result = releaseCheck(dir);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('release:check voxo: generated is not what `npm run generate` makes now');
    expect(result.stderr).toContain('extra-file.js');
  }, 180_000);

  // A generator upgrade regenerates the package without touching the spec: the spec's hash
  // passes, and the registry is what knows the version was released with other contents.
  it('fails when the version is on the registry already (a loopback registry), saying to bump it; passes when it is not', async () => {
    const dir = regeneratedCopy();
    const { name } = JSON.parse(fs.readFileSync(path.join(dir, 'generated/package.json'), 'utf8')) as { name: string };
    let published: string[] = [];
    const asked: string[] = [];
    const registry = http.createServer((request, response) => {
      asked.push(`${request.method} ${request.url}`);
      if (request.url !== `/${name}` || published.length === 0) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
        return;
      }
      const versions = Object.fromEntries(published.map((v) => [v, { name, version: v, dist: { tarball: `http://127.0.0.1/${name}-${v}.tgz`, shasum: '0'.repeat(40) } }]));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name, 'dist-tags': { latest: published.at(-1) }, versions }));
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
    try {
      const unpublished = await releaseCheckWithRegistry(dir, url);
      expect(unpublished.status, unpublished.stderr).toBe(0);
      expect(asked).toContain(`GET /${name}`);
      published = ['2.0.0', version];
      const again = await releaseCheckWithRegistry(dir, url);
      expect(again.status, again.stderr).toBe(1);
      expect(again.stderr).toContain(`You cannot publish over the previously published versions: ${version}`);
      expect(again.stderr).toContain(`release ${version} is already on the registry: to publish this package, bump info.version in spec/openapi.yaml and add an entry at the top of its CHANGELOG.md`);
    } finally {
      await new Promise((resolve) => registry.close(resolve));
    }
  }, 180_000);
});
