/**
 * Stage 3: TypeScript types for the whole spec, through openapi-typescript's Node API
 * (`paths`, `components`, `operations`), the types openapi-fetch is typed with.
 */
import { createRequire } from 'node:module';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { GeneratorError } from '../shared/errors.js';
import type { GenerationContext } from '../shared/stage.js';

/**
 * openapi-typescript lints and bundles its input again with its own copy of Redocly's core
 * (1.x). Our input is already linted and bundled, so it gets a config with no rules, made by
 * that same copy (a config from another major version of the core is not accepted).
 */
async function emptyRedoclyConfig(): Promise<unknown> {
  const requireFromOpenapiTs = createRequire(createRequire(import.meta.url).resolve('openapi-typescript'));
  const core = requireFromOpenapiTs('@redocly/openapi-core') as { createConfig: (raw: object, options: object) => Promise<unknown> };
  return core.createConfig({ rules: {} }, {});
}

export async function emitTypes(context: GenerationContext): Promise<string> {
  let nodes;
  try {
    nodes = await openapiTS(context.document as unknown as OpenAPI3, {
      // Keep the spec's own words in editors; the pattern pass adds @pattern beside them.
      alphabetize: false,
      exportType: false,
      silent: true,
      redocly: (await emptyRedoclyConfig()) as never,
    });
  } catch (error) {
    throw new GeneratorError(`openapi-typescript could not turn the spec into types: ${(error as Error).message}`, context.specPath);
  }
  return `${context.header}\n${astToString(nodes)}`;
}
