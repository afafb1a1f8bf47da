/** The VOXO spec and the formats fixture as generation contexts, and openapi-typescript's real output for them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { collectPatterns } from '../../generator/patterns/registry.js';
import { fileHeader } from '../../generator/shared/header.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';
import type { GenerationContext } from '../../generator/shared/stage.js';
import { emitTypes } from '../../generator/types/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SPEC = `${ROOT}spec/openapi.yaml`;
/** A spec that uses every format the pattern stage types (date, time, date-time, uuid). */
export const FORMATS_SPEC = 'test/patterns/fixtures/formats.yaml';

export function contextFor(document: OpenApiDocument, specPath = 'spec/openapi.yaml'): GenerationContext {
  const command = 'npm run generate';
  return {
    target: {
      name: 'voxo',
      specFile: SPEC,
      outDir: `${ROOT}.tmp/patterns-out`,
      packageName: 'voxo-call-campaigns',
      clientFactoryName: 'createVoxoClient',
      errorPrefix: 'Voxo',
    },
    document,
    patterns: collectPatterns(document),
    header: fileHeader({ specPath, command }),
    specPath,
    command,
    report: [],
  };
}

/** The spec has only local `$ref`s, so the parsed YAML is already what bundling gives. */
export function voxoContext(): GenerationContext {
  return contextFor(parse(readFileSync(SPEC, 'utf8')) as OpenApiDocument);
}

export function formatsContext(): GenerationContext {
  return contextFor(parse(readFileSync(`${ROOT}${FORMATS_SPEC}`, 'utf8')) as OpenApiDocument, FORMATS_SPEC);
}

/** `src/types.gen.ts` as the types stage writes it, before the pattern pass. */
export async function voxoTypes(context: GenerationContext): Promise<string> {
  return emitTypes(context);
}
