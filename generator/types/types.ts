/**
 * Types: TypeScript types for the whole spec, through openapi-typescript's Node API
 * (`paths`, `components`, `operations`), the types openapi-fetch is typed with.
 *
 * `openapiTS()` lints and bundles its input again (with its own copy of Redocly's core) before
 * transforming it. Our input is already bundled (and linted beside this stage), and on a large spec that second
 * pass costs more than a second, so this stage calls the transform openapiTS() itself calls,
 * `transformSchema`, with the context openapiTS() builds from the same (default) options.
 */
import { astToString, resolveRef, scanDiscriminators, transformSchema } from 'openapi-typescript';
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { withoutCommentDirectives } from '../shared/codegen.js';
import { GeneratorError } from '../shared/errors.js';
import type { GenerationContext } from '../shared/stage.js';

/** The options we generate with: openapi-typescript's defaults, spelled out. */
const OPTIONS: OpenAPITSOptions = { alphabetize: false, exportType: false, silent: true };

function transformContext(schema: OpenAPI3): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, OPTIONS),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by openapiTS()'s own lint and bundle, which this stage does not run.
    redoc: undefined as never,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: true });
    },
  } as GlobalContext;
}

export async function emitTypes(context: GenerationContext): Promise<string> {
  const schema = context.document as unknown as OpenAPI3;
  let nodes;
  try {
    nodes = transformSchema(schema, transformContext(schema));
  } catch (error) {
    throw new GeneratorError(`openapi-typescript could not turn the spec into types: ${(error as Error).message}`, context.specPath);
  }
  // openapi-typescript copies descriptions into JSDoc line by line (U+2028 made a new line): a
  // description line "@ts-expect-error" became a directive, and "@ts-ignore" would hide an error.
  return `${context.header}\n${withoutCommentDirectives(astToString(nodes))}`;
}
