/**
 * Stage 2: bundle the spec into one self-contained document (external `$ref`s pulled in,
 * local ones kept), so that every later stage reads one plain JSON value.
 */
import path from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';
import { toSyntaxError } from '../load/syntax-error.js';
import type { LoadedSpec } from '../load/load.js';
import { listOperations, type OpenApiDocument } from '../shared/openapi.js';

export async function bundleSpec(spec: LoadedSpec): Promise<OpenApiDocument> {
  const shown = path.relative(process.cwd(), spec.specFile);
  let result;
  try {
    result = await bundle({ doc: spec.document, config: await createConfig({}), externalRefResolver: spec.resolver, dereference: false });
  } catch (error) {
    throw toSyntaxError(error, spec.specFile);
  }
  const unresolved = result.problems.find((problem) => problem.message.includes("Can't resolve"));
  if (unresolved) {
    throw new GeneratorError(`unresolved $ref: ${unresolved.message}`, `${shown}#${unresolved.location[0]?.pointer?.replace(/^#/, '') ?? ''}`);
  }
  // A plain JSON value: no shared references or prototypes from the parser leak into stages.
  const document = JSON.parse(JSON.stringify(result.bundle.parsed)) as OpenApiDocument;
  checkSomethingToGenerate(document, shown);
  return document;
}

/** A document with no operation and no webhook would give an empty package: say so instead. */
function checkSomethingToGenerate(document: OpenApiDocument, shown: string): void {
  const webhooks = document.webhooks && typeof document.webhooks === 'object' ? Object.keys(document.webhooks).length : 0;
  if (listOperations(document).length === 0 && webhooks === 0) {
    const paths = document.paths === undefined ? 'there is no "paths"' : `"paths" has ${Object.keys(document.paths).length === 0 ? 'no path' : 'no operation'}`;
    throw new GeneratorError(`expected at least one operation (or a webhook) to generate a client for, but ${paths}`, `${shown}#/paths`);
  }
}
