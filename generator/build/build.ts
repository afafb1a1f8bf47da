/**
 * Stage: compile the package's `src/` into `dist/esm` (ES modules) and `dist/cjs` (CommonJS),
 * each with its own declaration files, with the TypeScript compiler API. A type error in the
 * generated code stops generation: the package never ships code that does not type-check.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { GeneratorError } from '../shared/errors.js';

const require = createRequire(import.meta.url);

const SHARED_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  strict: true,
  declaration: true,
  skipLibCheck: true,
  // The package runs in browsers and edge runtimes too: no Node types.
  types: [],
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  noEmitOnError: true,
};

/** Compiles `<packageDir>/src` into `<packageDir>/dist/{esm,cjs}`. */
export function buildPackage(packageDir: string): void {
  const srcDir = path.join(packageDir, 'src');
  const rootNames = listTypeScriptFiles(srcDir);
  // The package's dependency is resolved from the generator's own node_modules, so a package
  // can be built anywhere (`--out /some/dir`) before anyone installs it. Mapped to its
  // declaration files: a folder given to `paths` is read without its package.json's
  // `exports`, which is where openapi-fetch names its types, so it resolved only where a
  // node_modules above the package had it anyway.
  const openapiFetchDir = path.dirname(require.resolve('openapi-fetch/package.json'));
  // Both builds read the ES declarations, as resolution from a node_modules does (its `main`).
  const paths = { 'openapi-fetch': [path.join(openapiFetchDir, 'dist/index.d.mts')] };
  compile(rootNames, {
    ...SHARED_OPTIONS,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    rootDir: srcDir,
    outDir: path.join(packageDir, 'dist/esm'),
    paths,
  }, { type: 'module', sideEffects: false }, path.join(packageDir, 'dist/esm'));
  compile(rootNames, {
    ...SHARED_OPTIONS,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    rootDir: srcDir,
    outDir: path.join(packageDir, 'dist/cjs'),
    paths,
  }, { type: 'commonjs', sideEffects: false }, path.join(packageDir, 'dist/cjs'));
}

// Each build folder's package.json (its module type) is the nearest one to its files, so it
// must repeat the package's `sideEffects: false`: without it bundlers keep every module-level
// statement, and an app importing only the validators gets the client's error classes too.
function compile(rootNames: string[], options: ts.CompilerOptions, marker: { type: string; sideEffects: boolean }, outDir: string): void {
  const program = ts.createProgram({ rootNames, options });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) throw new GeneratorError(`the generated code does not type-check:\n${formatDiagnostics(diagnostics)}`);
  const result = program.emit();
  if (result.emitSkipped || result.diagnostics.length > 0) {
    throw new GeneratorError(`the generated code could not be compiled:\n${formatDiagnostics(result.diagnostics)}`);
  }
  // Tells Node (and TypeScript) which module format the .js and .d.ts files in this folder are.
  fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify(marker) + '\n');
}

function listTypeScriptFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics.slice(0, 20), {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => '\n',
  });
}
