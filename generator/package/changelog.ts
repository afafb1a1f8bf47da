/**
 * The package's CHANGELOG.md, and the release record it carries.
 *
 * The source is the `CHANGELOG.md` beside the spec (spec/CHANGELOG.md), kept by hand: one
 * `## <version>` section per release, newest first, each with the hash of the bundled spec it
 * was released from in a comment (`<!-- spec-sha256: ... -->`). The package gets a copy with
 * a generated-file header. `npm run release:check` (scripts/release-check.ts) reads the same
 * record to refuse a release whose spec changed while `info.version` did not.
 *
 * Why a recorded hash rather than a git tag: it is reviewed with the change that bumps the
 * version, it travels with shallow clones and tarballs (CI often fetches no tags), and it
 * names exactly what was released: the bundled spec, not the YAML's formatting or comments.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileHeader } from '../shared/header.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import type { GeneratedFile, GenerationContext } from '../shared/stage.js';

export interface ReleaseEntry {
  version: string;
  /** sha256 of the bundled spec the release was generated from; absent when not recorded. */
  specSha256?: string;
  /** 1-based line of the `## <version>` heading. */
  line: number;
}

/** The changelog kept beside a spec file. */
export function changelogFileFor(specFile: string): string {
  return path.join(path.dirname(specFile), 'CHANGELOG.md');
}

/** The package's `CHANGELOG.md`, or nothing when the spec has no changelog beside it. */
export function emitChangelog(context: GenerationContext): GeneratedFile | undefined {
  const source = changelogFileFor(context.target.specFile);
  if (!fs.existsSync(source)) return undefined;
  const text = fs.readFileSync(source, 'utf8').replace(/\r\n/g, '\n');
  const sourcePath = path.posix.join(path.posix.dirname(context.specPath), 'CHANGELOG.md');
  const header = fileHeader({ specPath: sourcePath, command: context.command }, 'html');
  return { path: 'CHANGELOG.md', contents: `${header}\n${text.endsWith('\n') ? text : `${text}\n`}` };
}

/** The releases a changelog records, newest first (in file order). */
export function parseChangelog(text: string): ReleaseEntry[] {
  const entries: ReleaseEntry[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  lines.forEach((line, index) => {
    const heading = /^## \[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?(?:\s|$)/.exec(line);
    if (heading) {
      entries.push({ version: heading[1]!, line: index + 1 });
      return;
    }
    const hash = /<!--\s*spec-sha256:\s*([0-9a-fA-F]{64})\s*-->/.exec(line);
    const current = entries[entries.length - 1];
    if (hash && current && current.specSha256 === undefined) current.specSha256 = hash[1]!.toLowerCase();
  });
  return entries;
}

/**
 * The hash a release records: sha256 of the bundled spec as compact JSON. Formatting and
 * comments of the YAML do not count; any change to what the generator reads does.
 */
export function specSha256(document: OpenApiDocument): string {
  return createHash('sha256').update(JSON.stringify(document)).digest('hex');
}

/**
 * Semantic versions compared (`2.1.0` > `2.0.9` > `2.0.9-rc.1`): negative when `a` comes first.
 * Prerelease identifiers compare as numbers when both are, else as text; build metadata is not
 * read (the changelog's versions have none).
 */
export function compareVersions(a: string, b: string): number {
  const [mainA = '', preA] = a.split(/-(.*)/s);
  const [mainB = '', preB] = b.split(/-(.*)/s);
  const numbersA = mainA.split('.').map(Number);
  const numbersB = mainB.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (numbersA[i] !== numbersB[i]) return (numbersA[i] ?? 0) - (numbersB[i] ?? 0);
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const partsA = preA.split('.');
  const partsB = preB.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const x = partsA[i];
    const y = partsB[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (numeric) return Number(x) - Number(y);
    // A numeric identifier comes before a textual one.
    if (/^\d+$/.test(x)) return -1;
    if (/^\d+$/.test(y)) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
