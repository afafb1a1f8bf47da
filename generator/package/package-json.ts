/**
 * The generated package's `package.json`: ESM and CommonJS entry points, each with its own
 * declarations, openapi-fetch as the only dependency, and a `files` allow-list so that only
 * the build, the bundled spec, the README and the CHANGELOG are published (the HTML docs stay
 * in the repository: 2.5 MB that no import needs). test/package/ checks the result as npm,
 * attw, publint and four kinds of consumer projects see it.
 */
import { GeneratorError } from '../shared/errors.js';
import type { GenerationContext } from '../shared/stage.js';

/** The openapi-fetch range the generated client is written against. */
export const OPENAPI_FETCH_RANGE = '^0.17.0';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * The package's version: `info.version` when it is a semantic version, as npm requires; a short
 * one ("1.0", "v2") completed to one ("1.0.0", "2.0.0"); anything else is refused, since npm
 * would refuse the package.
 */
export function packageVersion(context: GenerationContext): string {
  const version = context.document.info.version;
  if (SEMVER.test(version)) return version;
  const short = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(version);
  if (!short) {
    throw new GeneratorError(`expected a version npm accepts for the package, such as "1.2.0", received ${JSON.stringify(version)}`, `${context.specPath}#/info/version`);
  }
  return `${Number(short[1])}.${Number(short[2] ?? 0)}.${Number(short[3] ?? 0)}`;
}

export function emitPackageJson(context: GenerationContext): string {
  const { document, target } = context;
  const version = packageVersion(context);
  if (version !== document.info.version) {
    context.report.push(`package version ${version} (info.version ${JSON.stringify(document.info.version)} is not a semantic version, which npm requires)`);
  }
  const manifest = {
    name: target.packageName,
    version,
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
