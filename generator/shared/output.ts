/**
 * Writing the package without ever leaving a half-written one: everything goes into a
 * temporary folder beside the output, which replaces the output only when every stage passed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from './stage.js';

export function createStagingDir(outDir: string): string {
  const parent = path.dirname(outDir);
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, `.${path.basename(outDir)}.staging-`));
}

export function writeFiles(dir: string, files: GeneratedFile[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.contents);
  }
}

/** Replaces `outDir` by `stagingDir` in two renames; the old output is removed last. */
export function swapIntoPlace(stagingDir: string, outDir: string): void {
  const backup = `${stagingDir}.previous`;
  const hadOutput = fs.existsSync(outDir);
  if (hadOutput) fs.renameSync(outDir, backup);
  try {
    fs.renameSync(stagingDir, outDir);
  } catch (error) {
    if (hadOutput) fs.renameSync(backup, outDir);
    throw error;
  }
  if (hadOutput) fs.rmSync(backup, { recursive: true, force: true });
}

/** Copies `folder` of the previous output, if any, into the staging folder unchanged. */
export function carryOver(outDir: string, stagingDir: string, folder: string): void {
  const previous = path.join(outDir, folder);
  if (fs.existsSync(previous)) fs.cpSync(previous, path.join(stagingDir, folder), { recursive: true });
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Files that differ between two folders: added, removed or changed, relative paths sorted. */
export function diffDirs(expectedDir: string, actualDir: string): string[] {
  const expected = listFiles(expectedDir);
  const actual = listFiles(actualDir);
  const all = [...new Set([...expected, ...actual])].sort();
  return all.flatMap((file) => {
    if (!actual.has(file)) return [`missing from ${path.basename(actualDir)}: ${file}`];
    if (!expected.has(file)) return [`not generated any more: ${file}`];
    const same = fs.readFileSync(path.join(expectedDir, file)).equals(fs.readFileSync(path.join(actualDir, file)));
    return same ? [] : [`changed: ${file}`];
  });
}

function listFiles(dir: string): Set<string> {
  if (!fs.existsSync(dir)) return new Set();
  return new Set(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.parentPath.split(path.sep).includes('node_modules'))
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  );
}
