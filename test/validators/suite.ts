/**
 * Compiles schemas with the validator emitter and imports the result, for tests: the module is
 * transpiled with esbuild (types stripped, nothing else) into the git-ignored `.tmp/` and
 * imported, so the tests run exactly the code the emitter wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
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
