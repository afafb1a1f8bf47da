/** Paths the tests share: the repository, its spec, the committed package, a scratch folder. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SPEC_FILE = path.join(ROOT_DIR, 'spec/openapi.yaml');
export const LINT_CONFIG = path.join(ROOT_DIR, 'spec/redocly.yaml');
export const GENERATED_DIR = path.join(ROOT_DIR, 'generated');
/** Read-only material beside the repository; absent from a user's clone. */
export const SHARED_DIR = path.resolve(ROOT_DIR, '../shared');

/** A fresh scratch folder under the repository's git-ignored `.tmp/`, so node_modules resolves. */
export function scratchDir(prefix: string): string {
  const base = path.join(ROOT_DIR, '.tmp');
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, `${prefix}-`));
}
