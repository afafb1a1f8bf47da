/**
 * Stage 0: read and parse the spec file, checked before anything else (size, syntax, version).
 * The resolver caches the root file's parse, so its own `$ref`s do not read it again. Bundling
 * rewrites the tree it walks, so lint, which runs after it beside the generating stages
 * (front/run.ts), loads a parse of its own, off the path the stages wait on.
 * JSON is parsed with JSON.parse (a YAML parser is many times slower on large JSON).
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
  if (!stats.isFile()) throw new GeneratorError('expected a spec file (YAML or JSON), received a folder', shown);
  const size = stats.size;
  if (size > MAX_SPEC_BYTES) {
    throw new GeneratorError(
      `the spec is ${(size / 2 ** 20).toFixed(1)} MiB; the generator reads specs up to ${MAX_SPEC_BYTES / 2 ** 20} MiB (a dereferenced spec is often many times its bundled size: generate from the form with $refs)`,
      shown,
    );
  }
  // A byte order mark, which some Windows editors write, is not part of the document.
  const body = fs.readFileSync(specFile, 'utf8').replace(/^\uFEFF/, '');
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

function parseJson(body: string, shown: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    if (Number.isNaN(offset)) throw new GeneratorError(`JSON syntax error: ${message}`, shown);
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw new GeneratorError(`JSON syntax error: ${message.replace(/ in JSON at position \d+.*$/, '')}`, `${shown}:${line}:${column}`);
  }
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

/** Redocly's resolver, with the alias check on every YAML file a $ref loads. */
class CheckedResolver extends BaseResolver {
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
