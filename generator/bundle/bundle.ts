/**
 * Bundle: the spec into one self-contained document (external `$ref`s pulled in,
 * local ones kept), so that every later stage reads one plain JSON value. Lint runs after this,
 * beside the generating stages, on a parse of its own.
 */
import path from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';
import { toSyntaxError } from '../load/syntax-error.js';
import { loadSpec, type LoadedSpec } from '../load/load.js';
import { listOperations, type OpenApiDocument } from '../shared/openapi.js';
import { pascalIdentifier } from '../shared/codegen.js';
import { joinPointer, resolvePointer } from '../shared/pointer.js';

export async function bundleSpec(spec: LoadedSpec): Promise<OpenApiDocument> {
  const shown = path.relative(process.cwd(), spec.specFile);
  let result;
  try {
    result = await bundle({ doc: spec.document, config: await createConfig({}), externalRefResolver: spec.resolver, dereference: false });
  } catch (error) {
    // A TypeError from inside the bundler leaves the parse it walked changed: read a new one.
    throw toSyntaxError(error, spec.specFile, error instanceof TypeError ? loadSpec(spec.specFile).document.parsed : spec.document.parsed);
  }
  const unresolved = result.problems.find((problem) => problem.message.includes("Can't resolve"));
  if (unresolved) {
    throw new GeneratorError(`unresolved $ref: ${unresolved.message}`, `${shown}#${unresolved.location[0]?.pointer?.replace(/^#/, '') ?? ''}`);
  }
  // JSON.stringify below would write NaN and Infinity as null: `enum: [.inf, 1]` would accept null.
  const nonFinite = firstNonFiniteNumber(result.bundle.parsed);
  if (nonFinite) {
    throw new GeneratorError(
      `expected a finite number, received ${nonFinite.value} (YAML's .nan and .inf, and JSON numbers beyond 1.8e308, are not numbers a JSON body can carry)`,
      `${shown}${nonFinite.pointer}`,
    );
  }
  // A plain JSON value: no shared references or prototypes from the parser leak into stages.
  const document = JSON.parse(JSON.stringify(result.bundle.parsed)) as OpenApiDocument;
  checkSomethingToGenerate(document, shown);
  hoistSchemasReferencedInPaths(document);
  return document;
}

/**
 * The first NaN or ±Infinity in a parsed document, with its JSON Pointer. Recursive, as
 * JSON.stringify is on the same document; the pointer is built only for the one found.
 */
function firstNonFiniteNumber(node: unknown, keys: string[] = []): { value: number; pointer: string } | undefined {
  if (typeof node === 'number') return Number.isFinite(node) ? undefined : { value: node, pointer: joinPointer('#', ...keys) };
  if (node === null || typeof node !== 'object') return undefined;
  for (const key in node) {
    keys.push(key);
    const found = firstNonFiniteNumber((node as Record<string, unknown>)[key], keys);
    keys.pop();
    if (found) return found;
  }
  return undefined;
}

/** A document with no operation and no webhook would give an empty package: say so instead. */
function checkSomethingToGenerate(document: OpenApiDocument, shown: string): void {
  const webhooks = document.webhooks && typeof document.webhooks === 'object' ? Object.keys(document.webhooks).length : 0;
  if (listOperations(document).length === 0 && webhooks === 0) {
    const paths = document.paths === undefined ? 'there is no "paths"' : `"paths" has ${Object.keys(document.paths).length === 0 ? 'no path' : 'no operation'}`;
    throw new GeneratorError(`expected at least one operation (or a webhook) to generate a client for, but ${paths}`, `${shown}#/paths`);
  }
}

/**
 * A `$ref` into `#/paths/...` (to a schema inside an operation) is legal, but openapi-typescript
 * types it as an index into `paths` that does not type-check. Each such schema moves to
 * `components/schemas` under a free name, and both its old place and every reference to it
 * point there, so the document means the same and every stage can name the schema.
 */
function hoistSchemasReferencedInPaths(document: OpenApiDocument): void {
  const targets = new Map<string, string>();
  const refs: Array<{ node: Record<string, unknown> }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    // Only schemas (a `schema` member or below it): a path item or a parameter referenced
    // across paths is typed fine.
    if (typeof record.$ref === 'string' && record.$ref.startsWith('#/paths/') && record.$ref.split('/').includes('schema')) refs.push({ node: record });
    for (const child of Object.values(record)) visit(child);
  };
  visit(document.paths);
  visit(document.components);
  if (refs.length === 0) return;
  const schemas = ((document.components ??= {}).schemas ??= {}) as Record<string, unknown>;
  for (const { node } of refs) {
    const pointer = node.$ref as string;
    let name = targets.get(pointer);
    if (!name) {
      const target = resolvePointer(document, pointer);
      if (!target || typeof target !== 'object') continue; // lint, awaited before anything is written, reports it unresolved
      const base = pascalIdentifier(pointer.split('/').filter((token) => !/^(paths|content|schema|properties|items|requestBody|responses|#)$/.test(token) && !token.includes('~1')).slice(-2).join(' '));
      name = base;
      for (let suffix = 2; Object.hasOwn(schemas, name); suffix++) name = `${base}${suffix}`;
      schemas[name] = { ...(target as object) };
      // The old place becomes a reference, so the schema is defined once.
      for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
      (target as Record<string, unknown>).$ref = `#/components/schemas/${name}`;
      targets.set(pointer, name);
    }
    node.$ref = `#/components/schemas/${name}`;
  }
}
