/**
 * The spec's distinct `pattern`s and typed `format`s, each with one name. The pattern types,
 * the runtime guards and the validators all take their names (and the one compiled RegExp of a
 * pattern) from this registry, so that a pattern is defined once in the generated package.
 *
 * A pattern is named from the `x-pattern-name` extension of the first schema that uses it,
 * else from its component and property (`CreateCampaignRequest.callerId` ->
 * `CreateCampaignRequestCallerId`), else from its position. A format (`date`, `time`,
 * `date-time`, `uuid`) is named from the `x-format-name` of the first schema that uses it, else
 * after the format (`IsoDate`, `IsoTime`, `IsoDateTime`, `Uuid`), never taking a name a pattern
 * or a component schema has.
 */
import { pascalCase } from '../shared/codegen.js';
import { GeneratorError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import { walkSchemas } from '../shared/walk-schemas.js';
import { FORMAT_NAME_EXTENSION, formatDefinition, type FormatDefinition } from './formats.js';

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

export interface FormatInfo {
  /** PascalCase name of the format's type; the guard is `is<name>`. */
  name: string;
  definition: FormatDefinition;
  /** JSON Pointers of every schema that uses it, in document order. */
  pointers: string[];
}

export interface PatternRegistry {
  patterns: PatternInfo[];
  /** The pattern used by the schema at a pointer. */
  byPointer: Map<string, PatternInfo>;
  bySource: Map<string, PatternInfo>;
  /** The typed formats the spec uses, in the order of their first use. */
  formats: FormatInfo[];
  /** The typed format of the schema at a pointer. */
  formatByPointer: Map<string, FormatInfo>;
}

/** What the pattern module exports for a pattern named `name`: its type, RegExp, guard and assertion. */
export function patternExports(name: string): string[] {
  return [name, `${name}Pattern`, `is${name}`, `as${name}`];
}

/** What the pattern module exports for a format type named `name`: the type, guard and assertion. */
export function formatExports(name: string): string[] {
  return [name, `is${name}`, `as${name}`];
}

export function collectPatterns(document: OpenApiDocument): PatternRegistry {
  const bySource = new Map<string, PatternInfo>();
  const byPointer = new Map<string, PatternInfo>();
  const usedNames = new Set<string>();
  const formatUses: Array<{ definition: FormatDefinition; pointer: string; explicit: unknown }> = [];
  walkSchemas(document, ({ schema, pointer, componentName, propertyName }) => {
    const definition = formatDefinition(schema.format);
    if (definition) formatUses.push({ definition, pointer, explicit: schema[FORMAT_NAME_EXTENSION] });
    if (!('pattern' in schema)) return;
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
  const patterns = [...bySource.values()];
  const { formats, formatByPointer } = nameFormats(document, patterns, formatUses);
  return { patterns, byPointer, bySource, formats, formatByPointer };
}

/**
 * One name per format. The names the patterns export and the component schemas' names (the
 * package exports a type for each, and the validators stage an `is<PascalName>` guard) are
 * taken: a default name gets a number, an explicit `x-format-name` that collides stops generation.
 */
function nameFormats(
  document: OpenApiDocument,
  patterns: PatternInfo[],
  uses: Array<{ definition: FormatDefinition; pointer: string; explicit: unknown }>,
): Pick<PatternRegistry, 'formats' | 'formatByPointer'> {
  const taken = new Map<string, string>();
  for (const { name, source } of patterns) {
    for (const exported of patternExports(name)) taken.set(exported, `the pattern ${JSON.stringify(source)}`);
  }
  for (const name of Object.keys(document.components?.schemas ?? {})) {
    taken.set(name, `the component schema ${name}`);
    taken.set(`is${pascalCase(name)}`, `the validator of the component schema ${name}`);
  }
  const byFormat = new Map<string, FormatInfo>();
  const formatByPointer = new Map<string, FormatInfo>();
  for (const { definition, pointer, explicit } of uses) {
    let info = byFormat.get(definition.format);
    if (!info) {
      let name: string;
      if (typeof explicit === 'string' && explicit) {
        name = pascalCase(explicit);
        const owner = formatExports(name).map((n) => taken.get(n)).find(Boolean);
        if (owner) {
          throw new GeneratorError(
            `${FORMAT_NAME_EXTENSION} ${JSON.stringify(explicit)} names the type ${name}, which ${owner} already uses; choose another name`,
            `${pointer}/${FORMAT_NAME_EXTENSION}`,
          );
        }
      } else {
        name = definition.defaultName;
        for (let suffix = 2; formatExports(name).some((n) => taken.has(n)); suffix++) name = `${definition.defaultName}${suffix}`;
      }
      for (const exported of formatExports(name)) taken.set(exported, `the format ${JSON.stringify(definition.format)}`);
      info = { name, definition, pointers: [] };
      byFormat.set(definition.format, info);
    }
    info.pointers.push(pointer);
    formatByPointer.set(pointer, info);
  }
  return { formats: [...byFormat.values()], formatByPointer };
}
