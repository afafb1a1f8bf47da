/**
 * A TypeScript entry of the generator and the generator modules it imports, as ES module files
 * that plain Node runs in a worker thread, where tsx's loader does not reach (the entry, and a
 * chunk for each module it loads with `import()`, so that what is loaded late still is). Built by
 * esbuild, tsx's own transform (without the `keepNames` tsx forces, which costs the validators
 * stage a define-property call per closure), with packages imported from where they are
 * installed and each module's `import.meta.url` kept. Kept under a hash of the generator's
 * sources, so that only the first run after a change builds it, in the checkout's
 * node_modules/.cache (where tools keep their caches): the user's own folder, not the shared
 * temp folder, where another user could put code of their own for this run to execute. A
 * bundle is used only when every file its build wrote is still there, as written.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

const require = createRequire(import.meta.url);
const GENERATOR_DIR = fileURLToPath(new URL('../', import.meta.url));
const CACHE_DIR = path.join(GENERATOR_DIR, '..', 'node_modules', '.cache', 'openapi-generator-bundles');
/** Written last into a bundle's folder: each file of the build, with its sha256. */
export const MANIFEST = 'manifest.json';
/** Names this checkout in its bundles' names. */
const CHECKOUT = createHash('sha256').update(GENERATOR_DIR).digest('hex').slice(0, 8);

/** Removes this checkout's bundles, so that the next run builds them (the benchmark's cold run). */
export function clearBundles(): void {
  if (!fs.existsSync(CACHE_DIR)) return;
  for (const name of fs.readdirSync(CACHE_DIR)) {
    if (name.includes(`-${CHECKOUT}-`)) fs.rmSync(path.join(CACHE_DIR, name), { recursive: true, force: true });
  }
}

/**
 * Set to 1 to run the generator in one thread, from its sources: slower, but a debugger's
 * breakpoints in generator/ are hit, and no bundle is built.
 */
export const NO_WORKERS_VARIABLE = 'GENERATOR_NO_WORKERS';

/**
 * The bundle of `entry` (a module of the generator), as a file path. Rejects when
 * `GENERATOR_NO_WORKERS=1` or the bundle cannot be built; callers then run `entry` in their own
 * thread.
 */
export async function bundledModule(entry: URL): Promise<string> {
  if (process.env[NO_WORKERS_VARIABLE] === '1') throw new Error(`${NO_WORKERS_VARIABLE}=1: no worker threads`);
  const entryFile = fileURLToPath(entry);
  const key = createHash('sha256').update(`${esbuildVersion()}\0${process.version}\0${path.relative(GENERATOR_DIR, entryFile)}`);
  // The sources, the compiler options esbuild reads from tsconfig.json, and the installed
  // packages (the bundle imports their files by path).
  const project = ['tsconfig.json', 'package-lock.json'].map((file) => path.join(GENERATOR_DIR, '..', file)).filter((file) => fs.existsSync(file));
  for (const file of [...sourceFiles(GENERATOR_DIR), ...project]) key.update(`\0${file}\0`).update(fs.readFileSync(file));
  const name = path.basename(entryFile, '.ts');
  // One checkout's bundles of this entry share a prefix.
  const prefix = `${name}-${CHECKOUT}-`;
  const bundleDir = path.join(CACHE_DIR, `${prefix}${key.digest('hex').slice(0, 20)}`);
  const bundleFile = path.join(bundleDir, `${name}.mjs`);
  if (fs.existsSync(bundleFile)) {
    if (isIntact(bundleDir, bundleFile)) {
      // In use: a bundle is removed an hour after its folder's time, which each run renews.
      try {
        const now = new Date();
        fs.utimesSync(bundleDir, now, now);
      } catch {
        // Removed meanwhile: the import of bundleFile will say so.
      }
      removeStale(prefix, bundleDir);
      return bundleFile;
    }
    // A file lost or changed (a temp cleaner, a hand): built again.
    fs.rmSync(bundleDir, { recursive: true, force: true });
  }
  const partial = `${bundleDir}.${process.pid}.${Date.now()}.tmp`;
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    // Modules the entry imports with import() stay in chunks of their own, loaded when imported.
    splitting: true,
    outdir: partial,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    write: false,
    logLevel: 'silent',
    plugins: [installedPackages, ownImportMetaUrl],
  });
  const manifest: Record<string, string> = {};
  for (const output of result.outputFiles) {
    fs.mkdirSync(path.dirname(output.path), { recursive: true });
    fs.writeFileSync(output.path, output.contents);
    manifest[path.relative(partial, output.path)] = createHash('sha256').update(output.contents).digest('hex');
  }
  fs.writeFileSync(path.join(partial, MANIFEST), JSON.stringify(manifest));
  try {
    fs.renameSync(partial, bundleDir);
  } catch (error) {
    // Another process put the same bundle in place first.
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(bundleFile)) throw error;
  }
  removeStale(prefix, bundleDir);
  return bundleFile;
}

/**
 * This checkout's bundles of an entry from earlier sources, once no run has used them for an
 * hour (so none can still be loading chunks from them), and builds that never finished (a
 * Ctrl-C during the first build). Run after a build and after a use of a bundle alike.
 */
function removeStale(prefix: string, keep: string): void {
  const stale = Date.now() - 60 * 60 * 1000;
  let names: string[];
  try {
    names = fs.readdirSync(CACHE_DIR);
  } catch {
    return;
  }
  for (const old of names) {
    const dir = path.join(CACHE_DIR, old);
    try {
      if (old.startsWith(prefix) && dir !== keep && fs.statSync(dir).mtimeMs < stale) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

/** Whether every file a bundle's build wrote, its entry among them, is there with the bytes it wrote (about 1 ms). */
export function isIntact(bundleDir: string, entryFile: string): boolean {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(bundleDir, MANIFEST), 'utf8')) as Record<string, string>;
    return path.basename(entryFile) in manifest && Object.entries(manifest).every(([file, sha256]) => createHash('sha256').update(fs.readFileSync(path.join(bundleDir, file))).digest('hex') === sha256);
  } catch {
    return false;
  }
}

/** The installed esbuild's version, read without loading esbuild (a cached bundle needs none). */
function esbuildVersion(): string {
  return (require('esbuild/package.json') as { version: string }).version;
}

/** Every TypeScript file of the generator, sorted: what a bundle may contain. */
function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Packages stay imports, of the file an ES module import finds from the importing module. */
const installedPackages: Plugin = {
  name: 'installed-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async ({ path: specifier, kind, resolveDir, pluginData }) => {
      if (isBuiltin(specifier)) return { path: specifier, external: true };
      if (pluginData === installedPackages) return undefined; // esbuild's own resolution, asked below
      const found = await build.resolve(specifier, { kind, resolveDir, pluginData: installedPackages });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

/** A module that finds files next to itself (runtime sources, templates, packages) still does. */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, ({ path: file }) => ({
      contents: fs.readFileSync(file, 'utf8').replace(/(?<!['"`])\bimport\.meta\.url\b(?!['"`])/g, JSON.stringify(pathToFileURL(file).href)),
      loader: 'ts',
    }));
  },
};
