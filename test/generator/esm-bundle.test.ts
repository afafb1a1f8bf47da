/**
 * The generator's worker bundles (generator/shared/esm-bundle.ts): kept in the checkout's own
 * node_modules/.cache, never in the shared temp folder, and used only when every file the
 * build wrote is there as written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledModule, isIntact, MANIFEST } from '../../generator/shared/esm-bundle.js';
import { ROOT_DIR, scratchDir } from '../helpers/paths.js';

const work = scratchDir('esm-bundle');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the worker bundles', () => {
  it("are kept in the checkout's node_modules/.cache, not the shared temp folder", async () => {
    const bundle = await bundledModule(new URL('../../generator/cli-main.ts', import.meta.url));
    expect(bundle.startsWith(path.join(ROOT_DIR, 'node_modules', '.cache', 'openapi-generator-bundles') + path.sep)).toBe(true);
    expect(bundle.startsWith(os.tmpdir() + path.sep)).toBe(false);
    expect(isIntact(path.dirname(bundle), bundle)).toBe(true);
  });

  it('remove what a build stopped by Ctrl-C left, once an hour old, also when the bundle is only used', async () => {
    const entry = new URL('../../generator/cli-main.ts', import.meta.url);
    const folder = path.dirname(await bundledModule(entry));
    // The checkout's prefix of this entry's bundles: "cli-main-<checkout>-".
    const prefix = path.basename(folder).replace(/[^-]+$/, '');
    const left = path.join(path.dirname(folder), `${prefix}0000000000.12345.1.tmp`);
    fs.mkdirSync(left, { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(left, twoHoursAgo, twoHoursAgo);
    const fresh = path.join(path.dirname(folder), `${prefix}0000000001.12345.2.tmp`);
    fs.mkdirSync(fresh, { recursive: true });
    try {
      expect(path.dirname(await bundledModule(entry))).toBe(folder);
      expect(fs.existsSync(left)).toBe(false);
      // One that may still be building is left alone.
      expect(fs.existsSync(fresh)).toBe(true);
    } finally {
      fs.rmSync(left, { recursive: true, force: true });
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('are used only while every file is there with the bytes the build wrote', () => {
    const dir = fs.mkdtempSync(path.join(work, 'bundle-'));
    const files = { 'cli-main.mjs': 'import "./chunk-A.mjs";\n', 'chunk-A.mjs': 'export {};\n' };
    for (const [file, contents] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), contents);
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, sha256(text)]))));
    const entry = path.join(dir, 'cli-main.mjs');
    expect(isIntact(dir, entry)).toBe(true);
    // A manifest that does not list the entry.
    expect(isIntact(dir, path.join(dir, 'other.mjs'))).toBe(false);
    // Another user's code in place of the build's.
    fs.writeFileSync(path.join(dir, 'chunk-A.mjs'), 'console.log("planted");\n');
    expect(isIntact(dir, entry)).toBe(false);
    // A chunk removed by a temp cleaner.
    fs.rmSync(path.join(dir, 'chunk-A.mjs'));
    expect(isIntact(dir, entry)).toBe(false);
    // A folder without the manifest: an unfinished or foreign build.
    fs.rmSync(path.join(dir, MANIFEST));
    fs.writeFileSync(path.join(dir, 'chunk-A.mjs'), files['chunk-A.mjs']);
    expect(isIntact(dir, entry)).toBe(false);
  });
});
