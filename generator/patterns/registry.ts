/**
 * The spec's distinct `pattern`s, each with one name. The pattern types, the runtime guards
 * and the validators all take their names (and the one compiled RegExp) from this registry,
 * so that a pattern is defined once in the generated package.
 *
 * A pattern is named from the `x-pattern-name` extension of the first schema that uses it,
 * else from its component and property (`CreateCampaignRequest.callerId` ->
 * `CreateCampaignRequestCallerId`), else from its position.
 */
import { pascalCase } from '../shared/codegen.js';
import { GeneratorError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import { walkSchemas } from '../shared/walk-schemas.js';

export const PATTERN_NAME_EXTENSION = 'x-pattern-name';

export interface PatternInfo {
  /** PascalCase name of the pattern's type; the guard is `is<name>`, the RegExp `<name>Pattern`. */
  name: string;
  /** The regex source exactly as the spec writes it. */
  source: string;
  /** Description of the first schema that uses it. */
  description?: string;
  /** JSON Pointers of every schema that uses it, in document order. */
  pointers: string[];
}

export interface PatternRegistry {
  patterns: PatternInfo[];
  /** The pattern used by the schema at a pointer. */
  byPointer: Map<string, PatternInfo>;
  bySource: Map<string, PatternInfo>;
}

export function collectPatterns(document: OpenApiDocument): PatternRegistry {
  const bySource = new Map<string, PatternInfo>();
  const byPointer = new Map<string, PatternInfo>();
  const usedNames = new Set<string>();
  walkSchemas(document, (visit) => {
    const { schema, componentName, propertyName } = visit;
    if (!('pattern' in schema)) return;
    const pointer = visit.pointer;
    const source = schema.pattern;
    if (typeof source !== 'string') {
      throw new GeneratorError(`expected "pattern" to be a string, received ${JSON.stringify(source)}`, `${pointer}/pattern`);
    }
    let info = bySource.get(source);
    if (!info) {
      const explicit = schema[PATTERN_NAME_EXTENSION];
      const base =
        typeof explicit === 'string' && explicit
          ? pascalCase(explicit)
          : pascalCase(`${componentName ?? 'Schema'} ${propertyName ?? 'Pattern'}`);
      let name = base;
      for (let suffix = 2; usedNames.has(name); suffix++) name = `${base}${suffix}`;
      usedNames.add(name);
      info = { name, source, pointers: [], description: typeof schema.description === 'string' ? schema.description : undefined };
      bySource.set(source, info);
    }
    info.pointers.push(pointer);
    byPointer.set(pointer, info);
  });
  return { patterns: [...bySource.values()], byPointer, bySource };
}
