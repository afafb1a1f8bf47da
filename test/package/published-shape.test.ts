/**
 * The package as npm, TypeScript and bundlers see it: its manifest, the files `npm pack` puts
 * in the tarball, `attw --pack` (every resolution mode finds the right declarations) and
 * publint (no packaging mistakes), all on the committed `generated/`.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { parse as parseYaml } from 'yaml';
import { GENERATED_DIR, ROOT_DIR } from '../helpers/paths.js';

const run = promisify(execFile);

interface Manifest {
  name: string;
  version: string;
  description?: string;
  license?: string;
  keywords?: string[];
  type?: string;
  sideEffects?: boolean;
  main?: string;
  module?: string;
  types?: string;
  exports: Record<string, unknown>;
  files?: string[];
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

const manifest = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'package.json'), 'utf8')) as Manifest;
const spec = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'openapi.json'), 'utf8')) as { info: { version: string } };
const api = (parseYaml(fs.readFileSync(path.join(ROOT_DIR, 'spec/apis.yaml'), 'utf8')) as { apis: { voxo: { packageName: string; license: string } } }).apis.voxo;

describe('generated/package.json', () => {
  it('names the package, versions it as the spec and describes it', () => {
    expect(manifest.name).toBe(api.packageName);
    expect(manifest.version).toBe(spec.info.version);
    expect(manifest.description?.split(' ').length).toBeGreaterThan(3);
    expect(manifest.license).toBe(api.license);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['openapi', 'voxo']));
    expect(manifest.engines?.node).toMatch(/^>=\d+/);
  });

  it('is an ES module package without side effects, with ESM and CommonJS entries and their own declarations', () => {
    expect(manifest.type).toBe('module');
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.exports['.']).toEqual({
      import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' },
      require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
    });
    // `types` first in each condition: TypeScript takes the first condition that matches.
    const root = manifest.exports['.'] as Record<string, Record<string, string>>;
    for (const condition of ['import', 'require']) expect(Object.keys(root[condition]!)[0]).toBe('types');
    expect(manifest.exports['./openapi.json']).toBe('./openapi.json');
    expect([manifest.main, manifest.types]).toEqual(['./dist/cjs/index.js', './dist/cjs/index.d.ts']);
    for (const [dir, type] of [['esm', 'module'], ['cjs', 'commonjs']] as const) {
      // The nearest package.json of the built files: it repeats `sideEffects: false` for bundlers.
      expect(JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'dist', dir, 'package.json'), 'utf8'))).toEqual({ type, sideEffects: false });
    }
  });

  it('depends on openapi-fetch only, in a range the installed (built-against) version satisfies', () => {
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['openapi-fetch']);
    for (const field of ['devDependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'scripts']) {
      expect(manifest[field], field).toBeUndefined();
    }
    const installed = (JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'node_modules/openapi-fetch/package.json'), 'utf8')) as { version: string }).version;
    const range = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(manifest.dependencies!['openapi-fetch']!);
    expect(range, 'a caret range').not.toBeNull();
    const [major, minor] = installed.split('.').map(Number);
    // ^0.x.y admits 0.x.z (z >= y) only: the client is written against one openapi-fetch minor.
    expect([major, minor]).toEqual([Number(range![1]), Number(range![2])]);
  });
});

describe('the tarball', () => {
  it('holds the builds, the bundled spec, the README and the CHANGELOG, and nothing else', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: GENERATED_DIR });
    const [pack] = JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = pack!.files.map((file) => file.path).sort();

    const unexpected = files.filter(
      (file) => !/^(README\.md|CHANGELOG\.md|package\.json|openapi\.json|dist\/(esm|cjs)\/(package\.json|[\w./-]+\.(js|d\.ts)))$/.test(file),
    );
    expect(unexpected, 'files that should not be published').toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'package.json', 'openapi.json']));
    expect(files.filter((file) => /(^|\/)(src|docs|test|__tests__)\/|\.(test|spec)\.|\.tsbuildinfo$|\.map$/.test(file))).toEqual([]);

    // The two builds have the same modules, each .js with its .d.ts.
    const build = (dir: string) => files.filter((file) => file.startsWith(`dist/${dir}/`)).map((file) => file.slice(`dist/${dir}/`.length));
    expect(build('cjs')).toEqual(build('esm'));
    for (const file of build('esm').filter((name) => name.endsWith('.js'))) expect(build('esm')).toContain(file.replace(/\.js$/, '.d.ts'));

    // Every path the manifest points at is in the tarball.
    const targets = [manifest.main, manifest.module, manifest.types, ...JSON.stringify(manifest.exports).match(/"\.\/[^"]+"/g)!.map((quoted) => JSON.parse(quoted) as string)];
    const referenced = targets.filter((target): target is string => typeof target === 'string' && target !== './package.json' && target.startsWith('./'));
    expect(referenced.map((target) => target.slice(2)).filter((target) => !files.includes(target))).toEqual([]);
  });

  it('passes `attw --pack`: every resolution mode finds types, and the right ones', async () => {
    const attw = path.join(ROOT_DIR, 'node_modules/.bin/attw');
    const result = await run(attw, ['--pack', GENERATED_DIR, '--format', 'json'], { cwd: ROOT_DIR, maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { stdout?: string; code?: number }) => ({ stdout: error.stdout ?? '', failed: error.code }),
    );
    expect('failed' in result ? result.failed : 0, 'attw exit code').toBe(0);
    const report = JSON.parse(result.stdout) as {
      problems?: unknown;
      analysis: { entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> };
    };
    const problems = report.problems === undefined ? [] : Array.isArray(report.problems) ? report.problems : Object.values(report.problems as object).flat();
    expect(problems).toEqual([]);
    const resolved = Object.fromEntries(
      Object.entries(report.analysis.entrypoints['.']!.resolutions).map(([mode, { resolution }]) => [mode, resolution?.fileName.replace(/^.*\/voxo-call-campaigns-client\//, '')]),
    );
    expect(resolved).toEqual({
      node10: 'dist/cjs/index.d.ts',
      'node16-cjs': 'dist/cjs/index.d.ts',
      'node16-esm': 'dist/esm/index.d.ts',
      bundler: 'dist/esm/index.d.ts',
    });
  });

  it('passes publint, suggestions included', async () => {
    const { messages, pkg } = await publint({ pkgDir: GENERATED_DIR, level: 'suggestion', strict: true, pack: 'npm' });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  });
});
