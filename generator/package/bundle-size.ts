/**
 * What the package costs a web page: its ES build bundled for the browser with esbuild,
 * minified, with only the client factory and the request validators imported (what an app
 * that sends requests needs), then gzipped. esbuild's output is deterministic, so the figure
 * is too: the README states it and a test holds it under the budget.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
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
  const entry = './' + path.posix.join('dist/esm', 'index.js');
  const result = await build({
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
  return {
    imports,
    code,
    modules,
    minifiedBytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    budgetBytes: BROWSER_BUDGET_BYTES,
  };
}

/** `4.21 kB` (1 kB = 1,000 bytes, as bundle size tools count). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}
