/**
 * `src/schemas.gen.ts`: a named type per component schema (`Campaign`, `CreateCampaignRequest`),
 * so users write `Campaign` instead of `components["schemas"]["Campaign"]`.
 */
import { isIdentifier, pascalCase, quote } from '../shared/codegen.js';
import type { GenerationContext, StageOutput } from '../shared/stage.js';

export function emitSchemaAliases(context: GenerationContext): StageOutput {
  const names = Object.keys(context.document.components?.schemas ?? {});
  const used = new Set<string>();
  const lines: string[] = [];
  for (const name of names) {
    const alias = isIdentifier(name) ? name : pascalCase(name);
    if (used.has(alias) || !isIdentifier(alias)) continue;
    used.add(alias);
    lines.push(`export type ${alias} = components["schemas"][${quote(name)}];`);
  }
  const contents = `${context.header}\nimport type { components } from "./types.gen.js";\n\n${lines.join('\n')}\n`;
  return {
    files: [{ path: 'src/schemas.gen.ts', contents }],
    exports: [
      { module: './types.gen.js', values: [], types: ['paths', 'components', 'operations'] },
      { module: './schemas.gen.js', values: [], types: [...used] },
    ],
  };
}
