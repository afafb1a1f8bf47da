/**
 * Compiles schemas with the validator emitter and imports the result, for tests: the module is
 * transpiled with esbuild (types stripped, nothing else) into the git-ignored `.tmp/` and
 * imported, so the tests run exactly the code the emitter wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { scratchDir } from '../helpers/paths.js';

export interface ValidationIssue {
  path: string;
  keyword: string;
  message: string;
  schemaPath: string;
  severity: 'error' | 'warning';
}
export type ValidationResult = { ok: true; value: unknown; issues?: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };
export type Validate = (value: unknown, options?: { allErrors?: boolean; formats?: boolean; warnings?: boolean }) => ValidationResult;
export type Guard = (value: unknown) => boolean;
export type ValidatorModule = Record<string, Validate | Guard>;

let folder: string | undefined;
let counter = 0;

/** Imports TypeScript module source written by the emitter (its imports resolved beside it). */
export async function importModule(source: string, files: Record<string, string> = {}): Promise<ValidatorModule> {
  folder ??= scratchDir('validators');
  const dir = path.join(folder, String(counter++));
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries({ ...files, 'validators.gen.ts': source })) {
    const { code } = transformSync(text, { loader: 'ts', format: 'esm', target: 'es2022' });
    fs.writeFileSync(path.join(dir, name.replace(/\.ts$/, '.js')), code);
  }
  return (await import(pathToFileURL(path.join(dir, 'validators.gen.js')).href)) as ValidatorModule;
}

/** The internals of one validator that the tests compare: its guard and its check. */
export interface Internals {
  /** `guard<Name>`: the dedicated guard that `is<Name>` returns and the checks' item loops try first. */
  guard: Guard;
  /** The check in a quiet context (formats asserted, item guards on): how a check tests a sub-schema. */
  quietCheck: Guard;
  /**
   * The check alone, from the same schemas compiled without item guards (formats asserted, no
   * warnings): the reference the guards are held to. No error found: valid.
   */
  check: (value: unknown, allErrors?: boolean) => boolean;
}

/**
 * Imports a module with its internals: `compile(true)` is the module as the package has it;
 * `compile(false)`, the same schemas compiled without item guards, gives each validator's
 * `check`, so that the guards are held to checks that never call them.
 */
export async function importWithInternals(compile: (itemGuards: boolean) => string, files: Record<string, string> = {}): Promise<ValidatorModule> {
  const module = await importModule(withInternals(compile(true)), files);
  const alone = await importModule(withInternals(compile(false)), files);
  const hooks = (module as unknown as { __internals: Record<string, Internals> }).__internals;
  const aloneHooks = (alone as unknown as { __internals: Record<string, Internals> }).__internals;
  for (const [name, internals] of Object.entries(hooks)) {
    const aloneInternals = aloneHooks[name];
    if (!aloneInternals) throw new Error(`importWithInternals: validate${name} is missing without item guards`);
    internals.check = aloneInternals.check;
  }
  return module;
}

/**
 * The emitted source with a test hook appended: `__internals`, by validator name (`validate<Name>`
 * without the prefix), reaching the check `validate<Name>` hands to `run` and the guard
 * `is<Name>` returns. The generated module exports neither. (`importWithInternals` imports it.)
 */
function withInternals(source: string): string {
  const guards = new Map([...source.matchAll(/^export function is(\w+)\(.*\n {2}return (\w+)\(value\);$/gm)].map(([, name, guard]) => [name, guard]));
  const entries = [...source.matchAll(/^export function validate(\w+)\(.*\n {2}return run<.*>\((\w+), value, options\);$/gm)].map(([, name, check]) => {
    const guard = guards.get(name!);
    if (!guard) throw new Error(`withInternals: no guard returned by is${name}`);
    return (
      `  ${JSON.stringify(name)}: { guard: ${guard}, quietCheck: (x) => ${check}(x, { ...INTERNALS_QUIET }, "", null), ` +
      `check: (x, all = false) => { const c = { ...INTERNALS_CHECK, all }; ${check}(x, c, "", null); return c.errors === 0; } },`
    );
  });
  if (entries.length === 0) throw new Error('withInternals: no `return run<T>(check, value, options)` found in the emitted source');
  return [
    source,
    '// --- Test hook (appended by test/validators/suite.ts) ---',
    'const INTERNALS_QUIET = { issues: null, errors: 0, all: false, formats: true, quiet: true, warnings: false };',
    'const INTERNALS_CHECK = { issues: null, errors: 0, all: false, formats: true, quiet: false, warnings: false };',
    `export const __internals: Record<string, unknown> = {\n${entries.join('\n')}\n};`,
    '',
  ].join('\n');
}

/** The internals of the validator `validate<name>` of a module imported from `withInternals` source. */
export function internalsOf(module: ValidatorModule, name: string): Internals {
  const internals = (module as unknown as { __internals: Record<string, Internals> }).__internals[name];
  if (!internals) throw new Error(`no internals for validate${name}`);
  return internals;
}

/**
 * Type-checks emitted modules strictly, in one program, with the options the build and a
 * strict consumer use; returns each diagnostic as `file: message` (none when they compile).
 */
export function strictDiagnostics(sources: string[], prefix: string): string[] {
  const dir = scratchDir(prefix);
  try {
    const files = sources.map((source, index) => {
      const file = path.join(dir, `s${index}.ts`);
      fs.writeFileSync(file, source);
      return file;
    });
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noImplicitReturns: true, noEmit: true,
      types: [], lib: ['lib.es2022.d.ts'],
    });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => `${path.basename(diagnostic.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
