/**
 * `src/schemas.gen.ts`: a named type per component schema (`Campaign`, `CreateCampaignRequest`),
 * so users write `Campaign` instead of `components["schemas"]["Campaign"]`.
 */
import { assignIdentifiers, isIdentifier, pascalIdentifier, quote } from '../shared/codegen.js';
import { joinPointer } from '../shared/pointer.js';
import type { GenerationContext, StageOutput } from '../shared/stage.js';

/** The type name of each component schema: its own name when that is an identifier. */
export function schemaTypeNames(context: GenerationContext): Map<string, string> {
  const entries = Object.keys(context.document.components?.schemas ?? {}).map((name) => ({
    name,
    pointer: joinPointer('#/components/schemas', name),
  }));
  return assignIdentifiers(entries, (name) => (isIdentifier(name) ? name : pascalIdentifier(name)), 'component schema');
}

export function emitSchemaAliases(context: GenerationContext): StageOutput {
  const names = schemaTypeNames(context);
  const lines = [...names].map(([name, alias]) => `export type ${alias} = components["schemas"][${quote(name)}];`);
  const contents = `${context.header}\nimport type { components } from "./types.gen.js";\n\n${lines.join('\n')}\n`;
  return {
    files: [{ path: 'src/schemas.gen.ts', contents }],
    exports: [
      { module: './types.gen.js', values: [], types: ['paths', 'components', 'operations'] },
      { module: './schemas.gen.js', values: [], types: [...names.values()] },
    ],
  };
}
