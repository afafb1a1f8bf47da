/**
 * The package's one entry, `src/index.ts`: it names every value and type users may import,
 * module by module, and nothing else. Two modules exporting one name is a generator bug or a
 * spec whose names collide, and stops generation.
 */
import { quote } from '../shared/codegen.js';
import { GeneratorError } from '../shared/errors.js';
import type { GenerationContext, ModuleExports } from '../shared/stage.js';

export function emitIndexModule(context: GenerationContext, modules: ModuleExports[]): string {
  const owner = new Map<string, string>();
  for (const { module, values, types } of modules) {
    for (const name of [...values, ...types]) {
      const previous = owner.get(name);
      if (previous) {
        throw new GeneratorError(
          `two generated modules export "${name}" (${previous} and ${module}); rename one of the spec's schemas or patterns`,
          context.specPath,
        );
      }
      owner.set(name, module);
    }
  }
  const lines = modules.flatMap(({ module, values, types }) => {
    const out: string[] = [];
    if (values.length) out.push(`export { ${[...values].sort().join(', ')} } from ${quote(module)};`);
    if (types.length) out.push(`export type { ${[...types].sort().join(', ')} } from ${quote(module)};`);
    return out;
  });
  return `${context.header}\n${lines.join('\n')}\n`;
}
