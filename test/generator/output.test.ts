/**
 * What an interrupted run leaves is undone (generator/shared/output.ts): a staging folder is
 * removed; the previous output, moved aside by the swap, goes back when the new one is not in
 * its place, and is removed when it is. A stale lock is taken over only while it is stale.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { removeStaleLock, undoStaging, writeFiles } from '../../generator/shared/output.js';
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
