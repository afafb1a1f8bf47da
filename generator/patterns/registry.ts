/**
 * The spec's distinct `pattern`s and typed `format`s, each with one name. The pattern types,
 * the runtime guards and the validators all take their names (and the one compiled RegExp of a
 * pattern) from this registry, so that a pattern is defined once in the generated package.
 *
 * A pattern is named from the `x-pattern-name` extension of the first schema that uses it,
 * else from its component and property (`CreateCampaignRequest.callerId` ->
 * `CreateCampaignRequestCallerId`) or its parameter (`id` -> `ParameterId`), else
 * `SchemaPattern`, numbered when taken. A format (`date`, `time`,
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

/**
 * Names the generated code takes from TypeScript's and JavaScript's globals: a type of the spec
 * named like one would shadow it in the module that declares it (`RegExp` in the pattern module,
 * `Record` in the types).
 */
const GLOBAL_NAMES = new Set([
  'Array', 'ArrayLike', 'Awaited', 'Boolean', 'Date', 'Error', 'Exclude', 'Extract', 'Function', 'Intl', 'JSON', 'Map', 'Math', 'NonNullable',
  'Number', 'Object', 'Omit', 'Partial', 'Pick', 'Promise', 'PromiseLike', 'RangeError', 'Readonly', 'ReadonlyArray', 'Record', 'RegExp',
  'Required', 'ReturnType', 'Set', 'String', 'Symbol', 'TypeError', 'URL', 'Uppercase', 'Lowercase', 'Capitalize', 'Uncapitalize',
]);

/**
 * The name an `x-pattern-name` or `x-format-name` gives, checked: letters and digits (`CallerId`;
 * `callerId` is PascalCased), not a global the generated code uses. Anything else
 * stops generation: a name changed or dropped silently would rename the package's exports.
 */
export function explicitName(extension: string, value: unknown, pointer: string): string | undefined {
  if (value === undefined) return undefined;
  // Letters and digits only: PascalCasing would drop "_" and "$" without a word.
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(value)) {
    throw new GeneratorError(`expected ${extension} to be a name of letters and digits that starts with a letter, such as "CallerId", received ${JSON.stringify(value)}`, `${pointer}/${extension}`);
  }
  const name = pascalCase(value);
  if (GLOBAL_NAMES.has(name)) {
    throw new GeneratorError(`${extension} ${JSON.stringify(value)} names the type ${name}, which would hide the global ${name} the generated code uses; choose another name`, `${pointer}/${extension}`);
  }
  return name;
}

export function collectPatterns(document: OpenApiDocument): PatternRegistry {
  const bySource = new Map<string, PatternInfo>();
  const byPointer = new Map<string, PatternInfo>();
  const formatUses: Array<{ definition: FormatDefinition; pointer: string; explicit: unknown }> = [];
  // Each pattern's name as a schema gives it (x-pattern-name) and where, or the default's parts.
  const naming = new Map<PatternInfo, { explicit?: { name: string; pointer: string }; fallback: string }>();
  walkSchemas(document, ({ schema, pointer, componentName, propertyName, parameterName }) => {
    const definition = formatDefinition(schema.format);
    if (definition) formatUses.push({ definition, pointer, explicit: schema[FORMAT_NAME_EXTENSION] });
    if (!('pattern' in schema)) return;
    const source = schema.pattern;
    if (typeof source !== 'string') {
      throw new GeneratorError(`expected "pattern" to be a string, received ${JSON.stringify(source)}`, `${pointer}/pattern`);
    }
    let info = bySource.get(source);
    if (!info) {
      info = { name: '', source, pointers: [], description: typeof schema.description === 'string' ? schema.description : undefined };
      bySource.set(source, info);
      // `Campaign callerId` -> CampaignCallerId; a parameter's `id` -> ParameterId.
      const owner = componentName ?? (parameterName === undefined ? 'Schema' : 'Parameter');
      naming.set(info, { fallback: pascalCase(`${owner} ${propertyName ?? parameterName ?? 'Pattern'}`) });
    }
    const named = explicitName(PATTERN_NAME_EXTENSION, schema[PATTERN_NAME_EXTENSION], pointer);
    const entry = naming.get(info)!;
    if (named && entry.explicit && entry.explicit.name !== named) {
      throw new GeneratorError(
        `${PATTERN_NAME_EXTENSION} names the pattern ${JSON.stringify(source)} ${named} here and ${entry.explicit.name} at ${entry.explicit.pointer}; give it one name`,
        `${pointer}/${PATTERN_NAME_EXTENSION}`,
      );
    }
    if (named && !entry.explicit) entry.explicit = { name: named, pointer };
    info.pointers.push(pointer);
    byPointer.set(pointer, info);
  });
  const patterns = [...bySource.values()];
  namePatterns(naming);
  const { formats, formatByPointer } = nameFormats(document, patterns, formatUses);
  return { patterns, byPointer, bySource, formats, formatByPointer };
}

/**
 * Names the patterns: each `x-pattern-name` first, as given (two patterns given one name stop
 * generation), then the others from their component and property, numbered past every name
 * taken, so a derived name never takes the one a schema asked for.
 */
function namePatterns(naming: Map<PatternInfo, { explicit?: { name: string; pointer: string }; fallback: string }>): void {
  const owners = new Map<string, { source: string; pointer: string }>();
  for (const [info, { explicit }] of naming) {
    if (!explicit) continue;
    const other = owners.get(explicit.name);
    if (other) {
      throw new GeneratorError(
        `${PATTERN_NAME_EXTENSION} ${explicit.name} names two patterns: ${JSON.stringify(other.source)} at ${other.pointer} and ${JSON.stringify(info.source)}; give each its own name`,
        `${explicit.pointer}/${PATTERN_NAME_EXTENSION}`,
      );
    }
    owners.set(explicit.name, { source: info.source, pointer: explicit.pointer });
    info.name = explicit.name;
  }
  const used = new Set(owners.keys());
  for (const [info, { explicit, fallback }] of naming) {
    if (explicit) continue;
    let name = GLOBAL_NAMES.has(fallback) ? `${fallback}Pattern` : fallback;
    const base = name;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}${suffix}`;
    used.add(name);
    info.name = name;
  }
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
  const defaults: FormatInfo[] = [];
  for (const { definition, pointer, explicit } of uses) {
    let info = byFormat.get(definition.format);
    if (info) {
      // One name per format, given where it is first used: a later one would be dropped unseen.
      const named = explicitName(FORMAT_NAME_EXTENSION, explicit, pointer);
      if (named !== undefined && named !== info.name) {
        throw new GeneratorError(
          `${FORMAT_NAME_EXTENSION} names the format ${JSON.stringify(definition.format)} ${named} here, but its first use (${info.pointers[0]}) ${info.name ? `names it ${info.name}` : `leaves it its default name (${definition.defaultName})`}; name a format once, where it is first used`,
          `${pointer}/${FORMAT_NAME_EXTENSION}`,
        );
      }
    } else {
      info = { name: '', definition, pointers: [] };
      byFormat.set(definition.format, info);
      // Names a schema asks for are taken first, so a default name never takes one of them.
      const named = explicitName(FORMAT_NAME_EXTENSION, explicit, pointer);
      if (named) {
        const owner = formatExports(named).map((n) => taken.get(n)).find(Boolean);
        if (owner) {
          throw new GeneratorError(
            `${FORMAT_NAME_EXTENSION} ${JSON.stringify(explicit)} names the type ${named}, which ${owner} already uses; choose another name`,
            `${pointer}/${FORMAT_NAME_EXTENSION}`,
          );
        }
        info.name = named;
        for (const exported of formatExports(named)) taken.set(exported, `the format ${JSON.stringify(definition.format)}`);
      } else {
        defaults.push(info);
      }
    }
    info.pointers.push(pointer);
    formatByPointer.set(pointer, info);
  }
  for (const info of defaults) {
    const base = info.definition.defaultName;
    let name = base;
    for (let suffix = 2; formatExports(name).some((n) => taken.has(n)); suffix++) name = `${base}${suffix}`;
    for (const exported of formatExports(name)) taken.set(exported, `the format ${JSON.stringify(info.definition.format)}`);
    info.name = name;
  }
  return { formats: [...byFormat.values()], formatByPointer };
}
