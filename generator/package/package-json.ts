/**
 * The generated package's `package.json`: ESM and CommonJS entry points, each with its own
 * declarations, openapi-fetch as the only dependency, and a `files` allow-list so that only
 * the build, the bundled spec and the docs of the package are published.
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
    license: typeof (document.info.license as { identifier?: string } | undefined)?.identifier === 'string'
      ? (document.info.license as { identifier: string }).identifier
      : 'UNLICENSED',
    keywords: ['openapi', 'client', 'typescript', 'validation', ...(target.keywords ?? [])],
    ...(target.repository ? { repository: target.repository } : {}),
    type: 'module',
    sideEffects: false,
    main: './dist/cjs/index.js',
    module: './dist/esm/index.js',
    types: './dist/esm/index.d.ts',
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
