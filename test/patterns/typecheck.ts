/**
 * Type-checks files with the TypeScript compiler API and says which lines have errors, so a
 * test can assert "these literals compile, those do not" line by line.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from './context.js';

export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
};

export interface LineError {
  file: string;
  line: number;
  message: string;
}

/** Writes `files` (relative paths) under `.tmp/<folder>/` and type-checks them together. */
export function typecheck(folder: string, files: Record<string, string>): { errors: LineError[]; dir: string } {
  const dir = path.join(ROOT, '.tmp', folder);
  rmSync(dir, { recursive: true, force: true });
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), contents);
  }
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const program = ts.createProgram(
    Object.keys(files).map((name) => path.join(dir, name)),
    COMPILER_OPTIONS,
  );
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const file = d.file ? path.relative(dir, d.file.fileName) : '';
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return { file, line, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') };
  });
  return { errors, dir };
}

/** Lines (1-based) of `file` with at least one error. */
export function errorLines(errors: LineError[], file: string): Set<number> {
  return new Set(errors.filter((e) => e.file === file).map((e) => e.line));
}
