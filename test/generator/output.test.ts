/**
 * What an interrupted run leaves is undone (generator/shared/output.ts): a staging folder is
 * removed; the previous output, moved aside by the swap, goes back when the new one is not in
 * its place, and is removed when it is. A stale lock is taken over only while it is stale.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { diffDirs, lockOutputDir, removeStaleLock, swapIntoPlace, undoStaging, writeFiles } from '../../generator/shared/output.js';
import { GENERATED_MARKER } from '../../generator/shared/header.js';
import { GeneratorError } from '../../generator/shared/errors.js';
import { scratchDir } from '../helpers/paths.js';

const work = scratchDir('output');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('writing the staging folder', () => {
  it('says what it could not write and where (a full disk, a file where a folder goes), not a stack', () => {
    const staging = fs.mkdtempSync(path.join(work, 'staging-'));
    const outDir = path.join(work, 'written');
    // A file where the package's src/ folder goes: the same path as ENOSPC or EACCES, ENOTDIR here.
    fs.writeFileSync(path.join(staging, 'src'), 'not a folder');
    const writing = () => writeFiles(staging, [{ path: 'src/index.ts', contents: 'x' }], outDir);
    expect(writing).toThrow(GeneratorError);
    expect(writing).toThrow(/could not write the package: (ENOTDIR|EEXIST)/);
  });
});

describe('replacing the output folder', () => {
  const header = `/*\n * ${GENERATED_MARKER}\n */\n`;
  function previousOutput(name: string): { out: string; staging: string } {
    const out = path.join(work, name);
    const staging = path.join(work, `.${name}.staging-1`);
    for (const file of ['src/index.ts']) writeFiles(staging, [{ path: file, contents: header }], out);
    writeFiles(out, [
      { path: 'src/index.ts', contents: header },
      // What an older version built, and no longer does: the generator's, so replaced.
      { path: 'dist/esm/old.gen.js', contents: header },
      { path: 'dist/esm/old.gen.d.ts', contents: 'export {};\n' },
      { path: 'dist/cjs/old.gen.js', contents: `"use strict";\n${header}` },
      { path: 'dist/cjs/old.gen.d.ts', contents: 'export {};\n' },
      { path: 'dist/esm/package.json', contents: '{"type":"module"}' },
      { path: 'docs/index.html', contents: `<!DOCTYPE html>\n<!--\n  ${GENERATED_MARKER}\n-->\n` },
    ], out);
    return { out, staging };
  }

  it('refuses to delete what was added by hand to docs/ or dist/, or an empty folder, and names each', () => {
    const { out, staging } = previousOutput('hand-added-build');
    fs.writeFileSync(path.join(out, 'docs/custom.css'), 'body { color: teal }');
    fs.writeFileSync(path.join(out, 'dist/esm/extra.d.ts'), 'export {};\n'); // no module of ours beside it
    fs.mkdirSync(path.join(out, 'src/mine'));
    // What Finder and Explorer leave behind is nobody's work: not named.
    fs.writeFileSync(path.join(out, 'docs/.DS_Store'), 'finder');
    fs.writeFileSync(path.join(out, 'docs/Thumbs.db'), 'explorer');
    fs.writeFileSync(path.join(out, 'dist/desktop.ini'), 'explorer');
    expect(() => swapIntoPlace(staging, out)).toThrow(
      'received 3 entries it does not write, which replacing the folder would delete: dist/esm/extra.d.ts, docs/custom.css, src/mine/',
    );
    expect(fs.readFileSync(path.join(out, 'docs/custom.css'), 'utf8')).toBe('body { color: teal }');
    expect(fs.existsSync(staging)).toBe(true);
  });

  it('leaves the previous output where it was when the new one cannot be put in place', () => {
    const { out, staging } = previousOutput('swap-fails');
    fs.rmSync(staging, { recursive: true });
    expect(() => swapIntoPlace(staging, out)).toThrow();
    expect(fs.readFileSync(path.join(out, 'src/index.ts'), 'utf8')).toContain(GENERATED_MARKER);
    expect(fs.readdirSync(work).filter((entry) => entry.startsWith('.swap-fails'))).toEqual([]);
  });

  it('names ten of many files added by hand, and counts the rest', () => {
    const { out, staging } = previousOutput('many-added');
    for (let index = 1; index <= 12; index++) fs.writeFileSync(path.join(out, `src/note-${String(index).padStart(2, '0')}.md`), 'mine');
    expect(() => swapIntoPlace(staging, out)).toThrow(/received 12 entries it does not write, which replacing the folder would delete: src\/note-01\.md, .*src\/note-10\.md and 2 more;/);
  });

  it("replaces the build's and the docs' files of an older run, declarations and module-type files included", () => {
    const { out, staging } = previousOutput('older-build');
    expect(swapIntoPlace(staging, out)).toBeUndefined();
    expect(fs.readdirSync(out)).toEqual(['src']);
  });

  it('--check tells a file added by hand from one the generator no longer writes', () => {
    const { out, staging } = previousOutput('check-extras');
    fs.writeFileSync(path.join(out, 'src/notes.ts'), '// mine');
    const differences = diffDirs(staging, out);
    expect(differences).toContain('not written by the generator: src/notes.ts (move it out of the folder: regenerating would refuse to delete it)');
    expect(differences).toContain('not generated any more: dist/esm/old.gen.js');
    expect(differences).toContain('not generated any more: dist/esm/old.gen.d.ts');
  });
});

describe('undoStaging', () => {
  it('puts the previous output back when the swap stopped between its two renames', () => {
    const out = path.join(work, 'out');
    const backup = path.join(work, '.out.staging-1.previous');
    const staging = path.join(work, '.out.staging-1');
    fs.mkdirSync(backup);
    fs.writeFileSync(path.join(backup, 'package.json'), 'previous');
    fs.mkdirSync(staging);
    undoStaging([{ dir: staging }, { dir: backup, restoreTo: out }]);
    expect(fs.readFileSync(path.join(out, 'package.json'), 'utf8')).toBe('previous');
    expect(fs.existsSync(staging)).toBe(false);
    expect(fs.existsSync(backup)).toBe(false);
  });

  it('removes the backup when the new output is already in place', () => {
    const out = path.join(work, 'done');
    const backup = path.join(work, '.done.staging-2.previous');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'package.json'), 'new');
    fs.mkdirSync(backup);
    undoStaging([{ dir: backup, restoreTo: out }]);
    expect(fs.readFileSync(path.join(out, 'package.json'), 'utf8')).toBe('new');
    expect(fs.existsSync(backup)).toBe(false);
  });

  it('stops a child process that writes into the staging folder (redocly build-docs) before removing it', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    undoStaging([{ dir: `process ${child.pid}`, pid: child.pid }]);
    expect(await exited).toBe('SIGTERM');
  });
});

describe('lockOutputDir', () => {
  it("takes over a lock that holds this process's own pid (left by a crash, the pid given again), and releases it", () => {
    const out = path.join(work, 'locked-by-me');
    const lock = path.join(work, '.locked-by-me.lock');
    fs.writeFileSync(lock, String(process.pid));
    const release = lockOutputDir(out);
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('refuses a lock held by a running process, naming it', () => {
    const out = path.join(work, 'locked-by-parent');
    fs.writeFileSync(path.join(work, '.locked-by-parent.lock'), String(process.ppid));
    expect(() => lockOutputDir(out)).toThrow(`another run (process ${process.ppid}) is writing this folder`);
  });
});

describe('removeStaleLock', () => {
  it('removes a lock that still holds the stale pid it was read with', () => {
    const lock = path.join(work, '.stale.lock');
    fs.writeFileSync(lock, '999999999');
    expect(removeStaleLock(lock, '999999999')).toBe(true);
    expect(fs.readdirSync(work).filter((name) => name.startsWith('.stale.lock'))).toEqual([]);
  });

  it("leaves another run's lock, taken over since the stale one was read, in place", () => {
    // Two runs read the same stale lock; the first replaced it with its own: the second must
    // not delete that one, or both would write the folder.
    const lock = path.join(work, '.taken.lock');
    fs.writeFileSync(lock, String(process.ppid));
    expect(removeStaleLock(lock, '999999999')).toBe(false);
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.ppid));
    expect(fs.readdirSync(work).filter((name) => name.startsWith('.taken.lock'))).toEqual(['.taken.lock']);
  });

  it('removes a lock that holds no pid (garbage), as read', () => {
    const lock = path.join(work, '.garbage.lock');
    fs.writeFileSync(lock, 'garbage');
    expect(removeStaleLock(lock, 'garbage')).toBe(true);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('says nothing was removed when the lock is already gone', () => {
    expect(removeStaleLock(path.join(work, '.gone.lock'), '999999999')).toBe(false);
  });
});
