/**
 * What the package costs a web page: its ES build bundled for the browser with esbuild,
 * minified, with only the client factory and the request validators imported (what an app
 * that sends requests needs), then gzipped. esbuild's output is deterministic, so the figure
 * is too: the README states it and a test holds it under the budget.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { readOperations } from '../client/operations.js';
import type { OpenApiDocument } from '../shared/openapi.js';

const require = createRequire(import.meta.url);

/** The budget for the browser bundle, min+gzip: 6 kB (openapi-fetch alone is about 2.6 kB). */
export const BROWSER_BUDGET_BYTES = 6_000;

export interface BundleSize {
  /** The names imported from the package. */
  imports: string[];
  minifiedBytes: number;
  gzipBytes: number;
  budgetBytes: number;
}

/** What each module of the bundle weighs (minified bytes), largest first: where to cut. */
export interface BundleBreakdown {
  code: string;
  modules: Array<{ path: string; bytes: number }>;
}

/** The names a browser app imports to send requests: the factory and each request validator. */
export function browserImports(document: OpenApiDocument, clientFactoryName: string): string[] {
  const validators = readOperations(document)
    .filter((operation) => operation.hasJsonBody)
    .map((operation) => `validate${operation.pascalName}Request`);
  return [clientFactoryName, ...validators];
}

/** Bundles `imports` from `<packageDir>/dist/esm/index.js` for the browser and measures it. */
export async function measureBrowserBundle(packageDir: string, imports: string[]): Promise<BundleSize & BundleBreakdown> {
  const { code, modules } = await bundle(packageDir, imports, {});
  return {
    imports,
    code,
    modules,
    minifiedBytes: Buffer.byteLength(code),
    gzipBytes: gzipBytes(code),
    budgetBytes: BROWSER_BUDGET_BYTES,
  };
}

/** What a part adds to the bundle, min+gzip: the bundle's size with it, less the size without it. */
export interface BundleParts {
  /** openapi-fetch (the bundle with it marked external, so left out). */
  openapiFetchBytes: number;
  /** The generated validators (validators.gen.js replaced by empty functions). */
  validatorsBytes: number;
  /** The bundle with neither: the client runtime, its errors, retries, redaction and the operations' data. */
  runtimeAloneBytes: number;
}

/**
 * Where the bundle's gzipped bytes go, by taking each part out of the same bundle (gzip shares
 * its dictionary across the parts, so per-module minified sizes do not say this).
 */
export async function measureBundleParts(packageDir: string, imports: string[], measured?: BundleSize): Promise<BundleParts> {
  // The whole bundle's size, unless the caller has just measured it.
  const whole = measured?.gzipBytes ?? gzipBytes((await bundle(packageDir, imports, {})).code);
  const validatorNames = [...fs.readFileSync(path.join(packageDir, 'dist/esm/validators.gen.js'), 'utf8').matchAll(/^export function (\w+)/gm)].map((match) => match[1]!);
  const emptyValidators: Plugin = {
    name: 'empty-validators',
    setup(setup) {
      setup.onLoad({ filter: /[\\/]validators\.gen\.js$/ }, () => ({ contents: validatorNames.map((name) => `export function ${name}() {}`).join('\n'), loader: 'js' }));
    },
  };
  const withoutFetch = gzipBytes((await bundle(packageDir, imports, { external: ['openapi-fetch'] })).code);
  const withoutValidators = gzipBytes((await bundle(packageDir, imports, { plugins: [emptyValidators] })).code);
  const runtimeAlone = gzipBytes((await bundle(packageDir, imports, { external: ['openapi-fetch'], plugins: [emptyValidators] })).code);
  return { openapiFetchBytes: whole - withoutFetch, validatorsBytes: whole - withoutValidators, runtimeAloneBytes: runtimeAlone };
}

function gzipBytes(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

async function bundle(packageDir: string, imports: string[], options: Pick<BuildOptions, 'external' | 'plugins'>): Promise<BundleBreakdown> {
  const entry = './' + path.posix.join('dist/esm', 'index.js');
  const result = await build({
    ...options,
    stdin: { contents: `export { ${imports.join(', ')} } from ${JSON.stringify(entry)};\n`, resolveDir: packageDir, loader: 'js', sourcefile: 'browser-entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    // The package's dependency, from wherever the generator is installed, so that a package
    // generated outside the repository (`--out /some/dir`) is measured the same way.
    nodePaths: [path.dirname(path.dirname(require.resolve('openapi-fetch/package.json')))],
  });
  const code = result.outputFiles[0]!.text;
  const output = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(output?.inputs ?? {})
    .map(([input, { bytesInOutput }]) => ({ path: input.replace(/^.*node_modules\//, 'node_modules/'), bytes: bytesInOutput }))
    .filter((module) => module.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  return { code, modules };
}

/** `4.21 kB` (1 kB = 1,000 bytes, as bundle size tools count). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}
