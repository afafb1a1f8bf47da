/**
 * Same spec, same bytes: two runs under different time zones and locales give identical
 * output, and that output is the committed generated/ (the drift check in CI relies on it).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { diffDirs } from '../../generator/shared/output.js';
import { GENERATED_DIR, scratchDir } from '../helpers/paths.js';
import { runGenerate } from '../helpers/generate.js';

const work = scratchDir('determinism');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('determinism', () => {
  it.each([
    ['UTC, C locale', { TZ: 'UTC', LC_ALL: 'C', LANG: 'C' }],
    ['Kiritimati (UTC+14), Turkish locale', { TZ: 'Pacific/Kiritimati', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8' }],
  ])('regenerating under %s gives the committed bytes', (_name, env) => {
    const result = runGenerate(['--check'], env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('generated/ is up to date');
  });

  it('diffDirs reports a changed byte', () => {
    const copy = path.join(work, 'copy');
    fs.cpSync(path.join(GENERATED_DIR, 'src'), copy, { recursive: true });
    expect(diffDirs(path.join(GENERATED_DIR, 'src'), copy)).toEqual([]);
    const file = path.join(copy, 'index.ts');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('export', 'export '));
    expect(diffDirs(path.join(GENERATED_DIR, 'src'), copy)).toEqual(['changed: index.ts']);
  });
});
