/**
 * Stage 2: bundle the spec into one self-contained document (external `$ref`s pulled in,
 * local ones kept), so that every later stage reads one plain JSON value.
 */
import path from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';
import { toSyntaxError } from '../lint/lint.js';
import type { OpenApiDocument } from '../shared/openapi.js';

export async function bundleSpec(specFile: string): Promise<OpenApiDocument> {
  const config = await createConfig({});
  let result;
  try {
    result = await bundle({ ref: specFile, config, dereference: false });
  } catch (error) {
    throw toSyntaxError(error, specFile);
  }
  const unresolved = result.problems.find((problem) => problem.ruleId === 'no-unresolved-refs' || problem.message.includes("Can't resolve"));
  if (unresolved) {
    throw new GeneratorError(`unresolved $ref: ${unresolved.message}`, `${path.relative(process.cwd(), specFile)}#${unresolved.location[0]?.pointer ?? ''}`);
  }
  const document = JSON.parse(JSON.stringify(result.bundle.parsed)) as OpenApiDocument;
  checkOpenApiVersion(document, specFile);
  return document;
}

function checkOpenApiVersion(document: OpenApiDocument, specFile: string): void {
  const raw = document as unknown as Record<string, unknown>;
  if (typeof raw.swagger === 'string') {
    throw new GeneratorError(
      `unsupported Swagger version ${raw.swagger}: this generator reads OpenAPI 3.0 and 3.1; convert it to OpenAPI 3 first (for example with swagger2openapi)`,
      `${path.relative(process.cwd(), specFile)}#/swagger`,
    );
  }
  if (typeof document.openapi !== 'string' || !/^3\.[01]\./.test(document.openapi)) {
    throw new GeneratorError(
      `expected "openapi: 3.0.x" or "openapi: 3.1.x", received ${JSON.stringify(document.openapi ?? null)}`,
      `${path.relative(process.cwd(), specFile)}#/openapi`,
    );
  }
}
