/**
 * Builds a client package for tests into a scratch folder: the client stage's output, the
 * types stage's `types.gen.ts`, and a stand-in `validators.gen.ts` (Ajv over the spec's
 * schemas) with the contract of the validators stage, so that the client is tested on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { emitClient } from '../../../generator/client/index.js';
import { collectPatterns } from '../../../generator/patterns/registry.js';
import { fileHeader } from '../../../generator/shared/header.js';
import type { OpenApiDocument } from '../../../generator/shared/openapi.js';
import type { ApiTarget, GenerationContext } from '../../../generator/shared/stage.js';
import { emitTypes } from '../../../generator/types/types.js';
import { ROOT_DIR, SPEC_FILE, scratchDir } from '../../helpers/paths.js';

export interface TestPackage {
  dir: string;
  document: OpenApiDocument;
  context: GenerationContext;
}

/** The spec as one JSON document, local `$ref`s kept (as the pipeline's bundle stage gives it). */
export async function bundleFile(specFile: string): Promise<OpenApiDocument> {
  const result = await bundle({ ref: specFile, config: await createConfig({}), dereference: false });
  return JSON.parse(JSON.stringify(result.bundle.parsed)) as OpenApiDocument;
}

export function contextFor(document: OpenApiDocument, target: Partial<ApiTarget> = {}): GenerationContext {
  const specPath = 'spec/openapi.yaml';
  return {
    target: {
      name: 'voxo',
      specFile: SPEC_FILE,
      outDir: path.join(ROOT_DIR, '.tmp/unused'),
      packageName: 'voxo-call-campaigns-client',
      clientFactoryName: 'createVoxoClient',
      errorPrefix: 'Voxo',
      ...target,
    } as ApiTarget,
    document,
    patterns: collectPatterns(document),
    header: fileHeader({ specPath, command: 'npm run generate' }),
    specPath,
    command: 'npm run generate',
    report: [],
  };
}

/** Writes the client, types and stand-in validators of `specFile` into a fresh scratch folder. */
export async function buildTestPackage(specFile: string = SPEC_FILE, target: Partial<ApiTarget> = {}): Promise<TestPackage> {
  const document = await bundleFile(specFile);
  const context = contextFor(document, target);
  const dir = scratchDir('client');
  const validators = standInValidators(document);
  const files = [
    ...emitClient(context, { availableValidators: validators.exports }).files,
    { path: 'src/types.gen.ts', contents: await emitTypes(context) },
    { path: 'src/validators.gen.ts', contents: validators.source },
    { path: 'openapi.json', contents: JSON.stringify(document, null, 2) },
  ];
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), file.contents);
  }
  return { dir, document, context };
}

/**
 * `validate<Op>Request` / `validate<Op>Response` / `is<Op>UnavailableResponse` with the
 * validators stage's contract, made with Ajv from the spec: for the client's tests only.
 */
function standInValidators(document: OpenApiDocument): { source: string; exports: Set<string> } {
  const exports = new Set<string>();
  const exported = (name: string, value: string): string => {
    exports.add(name);
    return `export const ${name} = ${value};`;
  };
  const resolve = (node: any): any => (typeof node?.$ref === 'string' ? resolve(node.$ref.slice(2).split('/').reduce((at: any, key: string) => at?.[key], document)) : node);
  const lines = [
    '// Stand-in for the validators stage, written by test/client/helpers/package.ts.',
    'import { Ajv2020 } from "ajv/dist/2020.js";',
    'const ajv = new Ajv2020({ strict: false, allErrors: true });',
    `ajv.addSchema({ $id: "spec", components: ${JSON.stringify({ schemas: document.components?.schemas ?? {} })} });`,
    'type Issue = { path: string; keyword: string; message: string; schemaPath: string; severity: "error" | "warning" };',
    'function make(ref: string) {',
    '  const check = ajv.compile({ $ref: ref });',
    '  return (value: unknown): { ok: true; value: unknown } | { ok: false; issues: Issue[] } =>',
    '    check(value) ? { ok: true, value } : { ok: false, issues: (check.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, message: e.message ?? "is invalid", schemaPath: e.schemaPath, severity: "error" as const })) };',
    '}',
  ];
  for (const [pathKey, item] of Object.entries(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const op = operation as { operationId?: string; requestBody?: any; responses?: Record<string, any> };
      if (!op || typeof op !== 'object' || !op.operationId) continue;
      const pascal = op.operationId[0]!.toUpperCase() + op.operationId.slice(1);
      const bodyRef = op.requestBody?.content?.['application/json']?.schema?.$ref;
      if (bodyRef) lines.push(exported(`validate${pascal}Request`, `make(${JSON.stringify('spec' + bodyRef)})`));
      const success = Object.entries(op.responses ?? {}).find(([status]) => status.startsWith('2'))?.[1];
      const responseRef = success?.content?.['application/json']?.schema?.$ref;
      if (responseRef) lines.push(exported(`validate${pascal}Response`, `make(${JSON.stringify('spec' + responseRef)})`));
      const unavailableRef = resolve(op.responses?.['503'])?.content?.['application/json']?.schema?.$ref;
      if (unavailableRef) lines.push(exported(`is${pascal}UnavailableResponse`, `((check) => (value: unknown): boolean => check(value).ok)(make(${JSON.stringify('spec' + unavailableRef)}))`));
      void pathKey;
    }
  }
  return { source: lines.join('\n') + '\n', exports };
}
