/**
 * Stage 3: TypeScript types for the whole spec, through openapi-typescript's Node API
 * (`paths`, `components`, `operations`), the types openapi-fetch is typed with.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { GeneratorError } from '../shared/errors.js';
import type { GenerationContext } from '../shared/stage.js';

export async function emitTypes(context: GenerationContext): Promise<string> {
  let nodes;
  try {
    nodes = await openapiTS(context.document as unknown as OpenAPI3, {
      // Keep the spec's own words in editors; the pattern pass adds @pattern beside them.
      alphabetize: false,
      exportType: false,
    });
  } catch (error) {
    throw new GeneratorError(`openapi-typescript could not turn the spec into types: ${(error as Error).message}`, context.specPath);
  }
  return `${context.header}\n${astToString(nodes)}`;
}
