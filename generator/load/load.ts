/**
 * Load: read and parse the spec file, checked before anything else (size, syntax, version).
 * The resolver caches the root file's parse, so its own `$ref`s do not read it again. Bundling
 * rewrites the tree it walks, so lint, which runs after it beside the generating stages
 * (front/run.ts), loads a parse of its own, off the path the stages wait on.
 * JSON is parsed with JSON.parse (a YAML parser is many times slower on large JSON), and checked
 * for keys given twice in one object, which JSON.parse silently drops.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BaseResolver, makeDocumentFromString, Source, type Document } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';
import { toSyntaxError } from './syntax-error.js';

export interface LoadedSpec {
  specFile: string;
  document: Document;
  resolver: BaseResolver;
}

/**
 * Above this size a spec is refused before parsing, with a message, instead of risking the
 * memory of a 2-core CI machine: the largest public spec we know in bundled form, GitHub
 * Enterprise Cloud's, is 14 MB; a 50 MB spec is almost always a dereferenced one, and its
 * bundled form (with $refs) is the one to generate from.
 */
export const MAX_SPEC_BYTES = 32 * 1024 * 1024;

export function loadSpec(specFile: string): LoadedSpec {
  const shown = path.relative(process.cwd(), specFile);
  if (!fs.existsSync(specFile)) {
    throw new GeneratorError('spec file not found (expected a YAML or JSON OpenAPI document)', shown);
  }
  const stats = fs.statSync(specFile);
  if (!stats.isFile()) throw new GeneratorError(`expected a spec file (YAML or JSON), received ${stats.isDirectory() ? 'a folder' : 'a pipe or a device, not a file (save the spec to a file first)'}`, shown);
  const size = stats.size;
  if (size > MAX_SPEC_BYTES) {
    throw new GeneratorError(
      `the spec is ${(size / 2 ** 20).toFixed(1)} MiB; the generator reads specs up to ${MAX_SPEC_BYTES / 2 ** 20} MiB (a dereferenced spec is often many times its bundled size: generate from the form with $refs)`,
      shown,
    );
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(specFile);
  } catch (error) {
    // Unreadable (no permission, an I/O error): the user's to fix, not a bug of the generator.
    const { code, message } = error as NodeJS.ErrnoException;
    throw new GeneratorError(`could not read the spec file: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied (check its mode and owner)' : message}`, shown);
  }
  // A byte order mark, which some Windows editors write, is not part of the document.
  const body = decodeUtf8(bytes, shown).replace(/^\uFEFF/, '');
  const resolver = new CheckedResolver();
  let document: Document;
  try {
    document = /^\s*\{/.test(body)
      ? { source: new Source(specFile, body, 'application/json'), parsed: parseJson(body, shown) }
      : makeDocumentFromString(body, specFile);
  } catch (error) {
    throw toSyntaxError(error, specFile);
  }
  if (document.parsed === null || typeof document.parsed !== 'object' || Array.isArray(document.parsed)) {
    throw new GeneratorError(`expected an OpenAPI document (a mapping with "openapi", "info" and "paths"), received ${describe(document.parsed)}`, shown);
  }
  checkOpenApiVersion(document.parsed as Record<string, unknown>, shown);
  checkInfo(document.parsed as Record<string, unknown>, shown);
  if (mayHaveAliases(body)) checkAliasExpansion(document.parsed, shown);
  mappingNamesToRefs(document.parsed as Record<string, unknown>);
  // Later $refs to the root file come from this parse, not a second read.
  resolver.cache.set(specFile, Promise.resolve(document));
  return { specFile, document, resolver };
}

/**
 * The spec's text, which must be UTF-8 (as YAML 1.2 and JSON files are): a Latin-1 byte or a
 * UTF-16 file is refused with its place, not read as replacement characters or NUL bytes.
 */
function decodeUtf8(bytes: Buffer, shown: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new GeneratorError('expected a UTF-8 file, received UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8', shown);
  }
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Found below, with its place.
  }
  const bad = text === undefined ? firstInvalidUtf8(bytes) : bytes.indexOf(0);
  if (bad < 0) return text!;
  // Line and column in characters, as editors count them; a byte order mark is not one.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const before = bytes.subarray(bom, bad).toString('utf8');
  const byte = bytes[bad]!;
  const received =
    byte === 0
      ? 'a NUL byte, which YAML and JSON text may not hold'
      : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, which does not start a well-formed UTF-8 sequence${byte >= 0xa0 && (bytes[bad + 1] ?? 0) < 0x80 ? ' (a Latin-1 or Windows-1252 letter?)' : ''}`;
  throw new GeneratorError(`expected a UTF-8 file, received ${received}; save it as UTF-8`, `${shown}:${lineColumn(before, before.length)}`);
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (run on failure only). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, surrogates, and code points past U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return i;
    i += length;
  }
  return 0;
}

function parseJson(body: string, shown: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    if (Number.isNaN(offset)) throw new GeneratorError(`JSON syntax error: ${message}`, shown);
    throw new GeneratorError(`JSON syntax error: ${message.replace(/ in JSON at position \d+.*$/, '')}`, `${shown}:${lineColumn(body, offset)}`);
  }
  const duplicate = firstDuplicateKey(body);
  if (duplicate) {
    throw new GeneratorError(
      `expected each key once in an object, received ${JSON.stringify(duplicate.key)} again (JSON.parse would keep the last and drop the first without a word; YAML and Redocly refuse it)`,
      `${shown}:${lineColumn(body, duplicate.offset)}`,
    );
  }
  return parsed;
}

/** `line:column` (from 1, in characters) of an offset in a text. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/**
 * The first key repeated in one object of a JSON text that parses, with its offset: one pass
 * over the text (about 90 ms for GitHub's 12 MiB spec, 0.7% of its run), a set of keys per open object.
 */
function firstDuplicateKey(text: string): { key: string; offset: number } | undefined {
  // Per open container: its keys for an object, null for an array.
  const open: Array<Set<string> | null> = [];
  let atKey = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      const start = i;
      for (i++; text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      const keys = open[open.length - 1];
      if (atKey && keys) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (keys.has(key)) return { key, offset: start };
        keys.add(key);
        atKey = false;
      }
    } else if (code === 0x7b) {
      open.push(new Set());
      atKey = true;
    } else if (code === 0x5b) {
      open.push(null);
    } else if (code === 0x7d || code === 0x5d) {
      open.pop();
    } else if (code === 0x2c) {
      atKey = open[open.length - 1] !== null;
    }
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty file';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

function checkOpenApiVersion(document: Record<string, unknown>, shown: string): void {
  if (typeof document.swagger === 'string' || typeof document.swagger === 'number') {
    throw new GeneratorError(
      `unsupported Swagger version ${document.swagger}: this generator reads OpenAPI 3.0 and 3.1; convert it to OpenAPI 3 first (for example with swagger2openapi)`,
      `${shown}#/swagger`,
    );
  }
  if (typeof document.openapi !== 'string' || !/^3\.[01]\.\d+/.test(document.openapi)) {
    throw new GeneratorError(
      `expected "openapi: 3.0.x" or "openapi: 3.1.x", received ${JSON.stringify(document.openapi ?? null)}`,
      `${shown}#/openapi`,
    );
  }
}

/** `info` names the package and versions it: a title and a version, each a string. */
function checkInfo(document: Record<string, unknown>, shown: string): void {
  const info = document.info;
  if (info === null || typeof info !== 'object' || Array.isArray(info)) {
    throw new GeneratorError(`expected "info" with a "title" and a "version", received ${info === undefined ? 'none' : JSON.stringify(info)}`, `${shown}#/info`);
  }
  for (const key of ['title', 'version'] as const) {
    const value = (info as Record<string, unknown>)[key];
    if (typeof value !== 'string' || value.trim() === '') {
      const hint = typeof value === 'number' ? ' (YAML reads 1.0 as a number, and drops its ".0": quote it as written, "1.0")' : '';
      throw new GeneratorError(`expected a non-empty string, received ${value === undefined ? 'none' : JSON.stringify(value)}${hint}`, `${shown}#/info/${key}`);
    }
  }
}

/**
 * YAML aliases (`*name`) repeat a node without repeating its text, so a few hundred bytes can
 * stand for millions of values (an "alias bomb"), or one long string for gigabytes, which the
 * size limit does not see. Counted over the parse of every YAML file with an alias, the root
 * and each one a $ref loads, stopping at the limit: a spec that large, once expanded, is refused.
 */
const MAX_EXPANDED_VALUES = 5_000_000;
const MAX_EXPANDED_CHARACTERS = 4 * MAX_SPEC_BYTES;

/** Whether YAML text may hold an alias: `*name` after a blank, `[`, `{`, `,`, `:` or `-` (JSON has none). */
function mayHaveAliases(text: string): boolean {
  return !/^\s*\{/.test(text) && /(^|[\s[{,:-])\*[^\s,\]}]/m.test(text);
}

function checkAliasExpansion(parsed: unknown, shown: string): void {
  let count = 0;
  let characters = 0;
  const stack: unknown[] = [parsed];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') characters += node.length;
    if (++count > MAX_EXPANDED_VALUES || characters > MAX_EXPANDED_CHARACTERS) {
      const limit = count > MAX_EXPANDED_VALUES ? `${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values` : `${MAX_EXPANDED_CHARACTERS / 2 ** 20} MiB of text`;
      throw new GeneratorError(`expected at most ${limit} once its YAML aliases (*name) are expanded, received more: aliases of aliases multiply; write the repeated parts as $refs`, shown);
    }
    if (node !== null && typeof node === 'object') for (const child of Object.values(node)) stack.push(child);
  }
}

/** Redocly's resolver, with the UTF-8 check and the alias check on every file a $ref loads. */
class CheckedResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    // Redocly reads a file as UTF-8 with bad bytes replaced; the bytes are checked first.
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(absoluteRef) && fs.existsSync(absoluteRef) && fs.statSync(absoluteRef).isFile()) {
      decodeUtf8(await fs.promises.readFile(absoluteRef), path.relative(process.cwd(), absoluteRef));
    }
    return super.loadExternalRef(absoluteRef);
  }

  override parseDocument(source: Source, isRoot = false): Document {
    const document = super.parseDocument(source, isRoot);
    if (!isRoot && typeof source.body === 'string' && mayHaveAliases(source.body)) {
      checkAliasExpansion(document.parsed, path.relative(process.cwd(), source.absoluteRef));
    }
    return document;
  }
}

/**
 * OpenAPI lets a discriminator mapping name a schema (`Cat`) instead of referencing it
 * (`#/components/schemas/Cat`); Redocly's resolver reads every mapping value as a reference.
 * Names of existing component schemas become references, the form every later stage reads.
 */
function mappingNamesToRefs(document: Record<string, unknown>): void {
  const schemas = (document.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const discriminator = (node as { discriminator?: { mapping?: Record<string, unknown> } }).discriminator;
    if (discriminator?.mapping && typeof discriminator.mapping === 'object') {
      for (const [value, target] of Object.entries(discriminator.mapping)) {
        if (typeof target === 'string' && !/[#/.]/.test(target) && Object.hasOwn(schemas, target)) {
          discriminator.mapping[value] = `#/components/schemas/${target.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        }
      }
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(document);
}
