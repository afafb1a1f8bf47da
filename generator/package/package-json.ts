/**
 * The generated package's `package.json`: ESM and CommonJS entry points, each with its own
 * declarations, openapi-fetch as the only dependency, and a `files` allow-list so that only
 * the build, the bundled spec, the README and the CHANGELOG are published (the HTML docs stay
 * in the repository: 2.5 MB that no import needs). test/package/ checks the result as npm,
 * attw, publint and four kinds of consumer projects see it.
 */
import type { GenerationContext } from '../shared/stage.js';

/** The openapi-fetch range the generated client is written against. */
export const OPENAPI_FETCH_RANGE = '^0.17.0';

export function emitPackageJson(context: GenerationContext): string {
  const { document, target } = context;
  const manifest = {
    name: target.packageName,
    version: document.info.version,
    description: document.info.summary ?? `Typed, validated client for ${document.info.title}`,
    license:
      target.license ??
      (typeof (document.info.license as { identifier?: string } | undefined)?.identifier === 'string'
        ? (document.info.license as { identifier: string }).identifier
        : 'UNLICENSED'),
    keywords: ['openapi', 'client', 'typescript', 'validation', ...(target.keywords ?? [])],
    ...(target.repository ? { repository: target.repository } : {}),
    type: 'module',
    sideEffects: false,
    // For tools that predate `exports` (TypeScript's node10 resolution, old bundlers): `main`
    // and `types` are the CommonJS pair, `module` the ES build.
    main: './dist/cjs/index.js',
    module: './dist/esm/index.js',
    types: './dist/cjs/index.d.ts',
    exports: {
      '.': {
        import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' },
        require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
      },
      './openapi.json': './openapi.json',
      './package.json': './package.json',
    },
    files: ['dist', 'openapi.json', 'README.md', 'CHANGELOG.md'],
    engines: { node: '>=18' },
    dependencies: { 'openapi-fetch': OPENAPI_FETCH_RANGE },
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}
