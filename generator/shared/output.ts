/**
 * Writing the package without ever leaving a half-written one: everything goes into a
 * temporary folder beside the output, which replaces the output only when every stage passed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GeneratorError } from './errors.js';
import { GENERATED_MARKER } from './header.js';
import type { GeneratedFile } from './stage.js';

/**
 * Refuses an output folder that replacing would destroy: the output is replaced as a whole, so
 * it must be new, empty, or a package this generator wrote (its src/index.ts has the header).
 * Before this check, `--out .` deleted the project it ran in, `.git` included. Paths are
 * compared as the file system resolves them, so a symbolic link cannot hide the spec's folder.
 */
export function checkOutputDir(outDir: string, specFile: string, workingDir: string): void {
  writeProblem('read the output folder', outDir, () => checkOutput(outDir, specFile, workingDir));
}

function checkOutput(outDir: string, specFile: string, workingDir: string): void {
  const where = whereOut(outDir);
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
  let stats: fs.Stats | undefined;
  try {
    stats = fs.lstatSync(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (stats?.isSymbolicLink()) {
    throw new GeneratorError(`expected a folder, received a symbolic link to ${fs.readlinkSync(outDir)}: give the folder it points to`, where);
  }
  const realOut = realPath(outDir);
  if (inside(realPath(workingDir), realOut)) {
    throw new GeneratorError(`expected an output folder of its own, received the folder the generator runs in (or one holding it), which would be replaced as a whole`, where);
  }
  if (inside(realPath(specFile), realOut)) {
    throw new GeneratorError(`expected an output folder apart from the spec, received one holding the spec (${specFile}), which would be deleted with the old output`, where);
  }
  if (!stats) return;
  if (!stats.isDirectory()) throw new GeneratorError('expected a folder, received a file', where);
  const entries = fs.readdirSync(outDir);
  if (entries.length === 0) return;
  let index = '';
  try {
    index = fs.readFileSync(path.join(outDir, 'src/index.ts'), 'utf8');
  } catch {
    // Not a package of ours: refused below.
  }
  if (!index.includes(GENERATED_MARKER)) {
    throw new GeneratorError(
      `expected a new or empty folder, or a package this generator wrote, received a folder of ${entries.length} entries without a generated src/index.ts: it would be replaced as a whole, and what it holds deleted`,
      where,
    );
  }
  checkTopLevel(entries, outDir);
}

/** The path as the file system resolves it; for a path not made yet, its nearest existing folder's, with the rest. */
function realPath(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
  }
}

/**
 * What the previous output holds that the new one does not and the generator did not write: a
 * tarball from `npm pack`, a node_modules, a file added by hand to src/, dist/ or docs/ (a
 * stylesheet beside the docs), an empty folder. Replacing the folder would delete them, so the
 * run stops and names them. The generator's own files are known by their header (an older
 * run's, too: a module it no longer writes); the build's and the docs' files carry it as well.
 */
function checkNothingElse(stagingDir: string, outDir: string): void {
  const generated = listFiles(stagingDir);
  const others = [...listFiles(outDir, { nodeModules: true, emptyFolders: true })].filter((file) => !generated.has(file) && !isGenerated(outDir, file) && !OS_FILES.test(file));
  refuseOthers(others, outDir);
}

/** What a file manager leaves in any folder it shows (Finder, Explorer): nobody's work, replaced freely. */
const OS_FILES = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/;

/**
 * Whether a file of an output folder is the generator's: it carries the header, or it is what
 * the build writes beside such a file without one (a declaration file beside its module, the
 * `package.json` that gives dist/esm and dist/cjs their module type).
 */
function isGenerated(outDir: string, file: string): boolean {
  if (carriesHeader(path.join(outDir, file))) return true;
  if (/^dist\/[^/]+\/package\.json$/.test(file)) return true;
  const declared = /^(dist\/.+)\.d\.(c|m)?ts$/.exec(file);
  return declared !== null && carriesHeader(path.join(outDir, `${declared[1]}.${declared[2] ?? ''}js`));
}

/** The same check before any work, on the top level only: what no run of the generator writes there. */
function checkTopLevel(entries: string[], outDir: string): void {
  const ours = new Set(['src', 'dist', 'docs', 'package.json', 'README.md', 'CHANGELOG.md', 'openapi.json']);
  refuseOthers(entries.filter((entry) => !ours.has(entry) && !carriesHeader(path.join(outDir, entry))), outDir);
}

function refuseOthers(found: string[], outDir: string): void {
  if (found.length === 0) return;
  const others = [...found].sort();
  const shown = others.length > 10 ? `${others.slice(0, 10).join(', ')} and ${others.length - 10} more` : others.join(', ');
  throw new GeneratorError(
    `expected only what the generator writes in the output folder, received ${others.length === 1 ? 'an entry' : `${others.length} entries`} it does not write, which replacing the folder would delete: ${shown}; move ${others.length === 1 ? 'it' : 'them'} elsewhere (a tarball: \`npm pack <folder>\` from outside it)`,
    whereOut(outDir),
  );
}

function carriesHeader(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    const handle = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(512);
      const read = fs.readSync(handle, head, 0, head.length, 0);
      return head.subarray(0, read).toString('utf8').includes(GENERATED_MARKER);
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    return false;
  }
}

/** How messages name an output folder: `--out <dir>`, or where a config set it. */
const labels = new Map<string, string>();

/** Names `outDir` in messages as `label` (spec/apis.yaml's entry that set it) instead of `--out <dir>`. */
export function labelOutputDir(outDir: string, label: string): void {
  labels.set(outDir, label);
}

function whereOut(outDir: string): string {
  return labels.get(outDir) ?? `--out ${outDir}`;
}

/** Staging folders and backups in flight, so that an interrupted run can remove or restore them. */
export interface StagingEntry {
  dir: string;
  /** For the backup of the previous output: where it goes back if the new one is not in place. */
  restoreTo?: string;
  /** A child process writing into the staging folder (redocly build-docs): stopped first. */
  pid?: number;
}
type StagingObserver = (change: { added?: StagingEntry; removed?: string }) => void;
let observer: StagingObserver | undefined;
const inFlight = new Map<string, StagingEntry>();

/** Tells `observe` of each staging folder and backup made and removed (cli-main.ts forwards them to the main thread). */
export function observeStaging(observe: StagingObserver): void {
  observer = observe;
}

function track(entry: StagingEntry): void {
  inFlight.set(entry.dir, entry);
  observer?.({ added: entry });
}

function untrack(dir: string): void {
  inFlight.delete(dir);
  observer?.({ removed: dir });
}

/**
 * Ctrl-C, a kill or a closed terminal during a run: `undo` removes what it staged (or puts the
 * previous output back) before the process ends, which the default handler would end at once,
 * leaving them. Signals that come while it undoes (a second Ctrl-C; npm and tsx pass a signal
 * on, so one Ctrl-C can arrive twice) are ignored, not left to the default handler.
 */
export function onInterrupt(undo: () => void | Promise<void>): void {
  let undoing = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      if (undoing) return;
      undoing = true;
      void Promise.resolve()
        .then(undo)
        .finally(() => process.exit(code));
    });
  }
}

/** Records a child process that writes into a staging folder, so an interrupt stops it; returns the release. */
export function trackChild(pid: number | undefined): () => void {
  if (pid === undefined) return () => {};
  const key = `process ${pid}`;
  track({ dir: key, pid });
  return () => untrack(key);
}

/** What an interrupted run leaves: the backup put back where the new output is missing, the rest removed. */
export function undoStaging(entries: Iterable<StagingEntry> = inFlight.values()): void {
  const all = [...entries];
  for (const { pid } of all) {
    try {
      if (pid !== undefined) process.kill(pid, 'SIGTERM');
    } catch {
      // Gone already.
    }
  }
  for (const entry of all) {
    if (entry.pid !== undefined) continue;
    try {
      if (entry.restoreTo && fs.existsSync(entry.dir) && !fs.existsSync(entry.restoreTo)) fs.renameSync(entry.dir, entry.restoreTo);
      else fs.rmSync(entry.dir, { recursive: true, force: true });
    } catch {
      // Best effort, on the way out: the next run's staging folder has another name.
    }
  }
}

/** A file system refusal (permissions, a read-only or full disk) as a message, not a stack. */
function writeProblem<T>(what: string, outDir: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'EEXIST', 'ENOTEMPTY', 'EBUSY'].includes(code)) {
      throw new GeneratorError(`could not ${what}: ${(error as Error).message}`, whereOut(outDir));
    }
    throw error;
  }
}

/**
 * A staging folder beside the output (the swap is then a rename on one file system), or, with
 * `apart` (for --check, which never swaps), in the system's temporary folder, so that a check
 * writes nothing beside the output and runs on a read-only checkout.
 */
export function createStagingDir(outDir: string, apart = false): string {
  return writeProblem('make a staging folder', outDir, () => makeStagingDir(outDir, apart));
}

function makeStagingDir(outDir: string, apart: boolean): string {
  const parent = apart ? os.tmpdir() : path.dirname(outDir);
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, `.${path.basename(outDir)}.staging-`));
  track({ dir });
  // mkdtemp makes the folder private (0700); the package folder gets a new folder's mode.
  fs.chmodSync(dir, 0o777 & ~process.umask());
  return dir;
}

/**
 * Makes the output folder this run's alone while it replaces it: a second run into the same
 * folder meanwhile would swap the two halves of two packages. A lock whose process is gone is
 * taken over. Returns the release.
 */
export function lockOutputDir(outDir: string): () => void {
  return writeProblem('lock the output folder', outDir, () => takeLock(outDir));
}

function takeLock(outDir: string): () => void {
  const lock = path.join(path.dirname(outDir), `.${path.basename(outDir)}.lock`);
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  // The lock appears with its pid in it (written aside, then linked into place, which fails if
  // a lock is there): never an empty lock that another run would read as stale.
  const mine = `${lock}.${process.pid}`;
  fs.writeFileSync(mine, String(process.pid));
  try {
    for (let tries = 0; tries < 5; tries++) {
      try {
        fs.linkSync(mine, lock);
        track({ dir: lock });
        return () => {
          // Only this run's own lock: one taken over meanwhile is another run's.
          try {
            if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.rmSync(lock, { force: true });
          } catch {
            // Gone already.
          }
          untrack(lock);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      let held: string;
      try {
        held = fs.readFileSync(lock, 'utf8');
      } catch (error) {
        // Released between the two calls: try again.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      const holder = Number(held);
      // A pid of a process that is gone, or this run's own pid (a lock left by a crash, the pid
      // given again), is stale; so is a lock that holds no pid.
      if (holder !== process.pid && Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new GeneratorError(`another run (process ${holder}) is writing this folder; wait for it, or delete ${lock} if that process is not a generator`, whereOut(outDir));
      }
      removeStaleLock(lock, held);
    }
    throw new GeneratorError(`could not take the lock ${lock}: other runs keep taking it`, whereOut(outDir));
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/**
 * Removes a lock read as stale, unless another run took it over since it was read: two runs
 * that both found the same stale lock would otherwise each delete it, the second deleting the
 * first one's fresh lock, and both write. The lock is moved aside (one atomic rename), its pid
 * read again, and a lock that is no longer the stale one is put back. Returns whether it was
 * removed.
 */
export function removeStaleLock(lock: string, staleText: string): boolean {
  const aside = `${lock}.stale-${process.pid}`;
  try {
    fs.renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    if (fs.readFileSync(aside, 'utf8') === staleText) return true;
    // Another run's lock: back into place (a link, which fails rather than replace a lock
    // taken meanwhile by a third run: then that run and the one whose lock this was both
    // believe they hold it, a window of three runs at once that this does not close).
    try {
      fs.linkSync(aside, lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return false;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes `files` into the staging folder `dir` of `outDir`; a full disk is said, not a stack. */
export function writeFiles(dir: string, files: GeneratedFile[], outDir: string): void {
  writeProblem('write the package', outDir, () => {
    for (const file of files) {
      const target = path.join(dir, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.contents);
    }
  });
}

/** Replaces `outDir` by `stagingDir` in two renames; the old output is removed last. */
export function swapIntoPlace(stagingDir: string, outDir: string): string | undefined {
  return writeProblem('replace the output folder', outDir, () => swap(stagingDir, outDir));
}

/** Returns a warning when the new output is in place but the previous one was left behind. */
function swap(stagingDir: string, outDir: string): string | undefined {
  checkNothingElse(stagingDir, outDir);
  const backup = `${stagingDir}.previous`;
  const hadOutput = fs.existsSync(outDir);
  if (hadOutput) {
    track({ dir: backup, restoreTo: outDir });
    fs.renameSync(outDir, backup);
  }
  try {
    fs.renameSync(stagingDir, outDir);
  } catch (error) {
    if (hadOutput) {
      try {
        fs.renameSync(backup, outDir);
      } catch {
        throw new GeneratorError(`could not put the new output in place (${(error as Error).message}), nor the previous one back: the previous output is in ${backup}`, whereOut(outDir));
      }
    }
    throw error;
  } finally {
    untrack(stagingDir);
  }
  if (hadOutput) {
    untrack(backup);
    try {
      fs.rmSync(backup, { recursive: true, force: true });
    } catch (error) {
      // The new output is in place: the run succeeded, with a folder to remove by hand.
      return `the new output is in place, but the previous one could not be removed from ${backup} (${(error as Error).message}); remove it by hand`;
    }
  }
  return undefined;
}

/** Copies `folder` of the previous output, if any, into the staging folder unchanged. */
export function carryOver(outDir: string, stagingDir: string, folder: string): void {
  const previous = path.join(outDir, folder);
  if (fs.existsSync(previous)) writeProblem(`copy ${folder}/ of the previous output`, outDir, () => fs.cpSync(previous, path.join(stagingDir, folder), { recursive: true }));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  if (inFlight.has(dir)) untrack(dir);
}

/** Files that differ between two folders: added, removed or changed, relative paths sorted. */
export function diffDirs(expectedDir: string, actualDir: string): string[] {
  const expected = listFiles(expectedDir);
  const actual = listFiles(actualDir);
  const all = [...new Set([...expected, ...actual])].sort();
  return all.flatMap((file) => {
    if (!actual.has(file)) return [`missing from ${path.basename(actualDir)}: ${file}`];
    if (!expected.has(file)) {
      // A file the generator never wrote stops the regenerate command this check suggests.
      return [isGenerated(actualDir, file) ? `not generated any more: ${file}` : `not written by the generator: ${file} (move it out of the folder: regenerating would refuse to delete it)`];
    }
    const [wanted, found] = [fs.lstatSync(path.join(expectedDir, file)), fs.lstatSync(path.join(actualDir, file))];
    // What git records besides the bytes: a link in place of a file, an executable bit.
    if (wanted.isSymbolicLink() !== found.isSymbolicLink()) return [`changed: ${file} (a ${found.isSymbolicLink() ? 'symbolic link' : 'file'}, not a ${wanted.isSymbolicLink() ? 'symbolic link' : 'file'})`];
    if ((wanted.mode & 0o111) !== (found.mode & 0o111)) return [`changed: ${file} (its mode: ${(found.mode & 0o111) !== 0 ? 'executable' : 'not executable'})`];
    const same = fs.readFileSync(path.join(expectedDir, file)).equals(fs.readFileSync(path.join(actualDir, file)));
    return same ? [] : [`changed: ${file}`];
  });
}

/**
 * Every file and link below `dir` (folders aside, but for empty ones when asked: `src/mine/`),
 * as relative paths with forward slashes; none when there is no `dir`. A node_modules is skipped
 * unless asked for: --check compares what the generator writes, and the swap must see
 * everything it would delete.
 */
function listFiles(dir: string, { nodeModules = false, emptyFolders = false } = {}): Set<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return new Set();
  }
  const relative = (entry: fs.Dirent): string => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  const listed = new Set<string>();
  for (const entry of entries) {
    if (!nodeModules && entry.parentPath.split(path.sep).includes('node_modules')) continue;
    if (!entry.isDirectory()) listed.add(relative(entry));
    else if (emptyFolders && fs.readdirSync(path.join(entry.parentPath, entry.name)).length === 0) listed.add(`${relative(entry)}/`);
  }
  return listed;
}
