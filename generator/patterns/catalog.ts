/**
 * The registry's patterns and formats with their template-literal types, computed once per
 * registry so the runtime file and the types pass agree on every name and type; and, for the
 * schemas with both a pattern and a typed format, which type they get.
 */
import { GeneratorError } from '../shared/errors.js';
import { invalidRegexReason } from '../shared/regex.js';
import { formatExports, patternExports, type FormatInfo, type PatternInfo, type PatternRegistry } from './registry.js';
import { DEFAULT_MAX_TEMPLATE_MEMBERS, patternToType, type PatternType, type TranslateOptions } from './regex-to-type.js';
import { compareTypes } from './tighter.js';

export interface PatternTypeReport {
  name: string;
  /** What the type is for: a `pattern`, or a `format` the stage types. */
  kind: 'pattern' | 'format';
  /** The regex source as the spec writes it, or the format's name. */
  source: string;
  /** True when the type accepts exactly the strings the pattern accepts. */
  exact: boolean;
  /** Members TypeScript expands the type to (an upper bound). */
  members?: number;
  /** Why the type is approximate; absent when exact. */
  notes?: string[];
  /** Of a pattern: the type of the schemas where it meets a typed format. */
  combined?: CombinedType[];
}

export interface CatalogEntry {
  info: PatternInfo;
  type: PatternType;
}

export interface FormatEntry {
  info: FormatInfo;
}

/** The type of the schemas that have both a pattern and a typed format. */
export interface CombinedType {
  pattern: string;
  format: string;
  /** The format's type name. */
  formatName: string;
  /** The type text, and the aliases it names. */
  type: string;
  names: string[];
  /** How it was chosen, for the report. */
  note: string;
  /** The schemas with this pattern and this format. */
  pointers: string[];
}

export interface PatternCatalog {
  entries: CatalogEntry[];
  formats: FormatEntry[];
  /** By the `pattern\0format` key of a pair: the combined type. */
  combined: Map<string, CombinedType>;
  /** Name of the private `"0" | ... | "9"` alias in patterns.gen.ts, when any type uses it. */
  digitAlias?: string;
}

/** A schema's pattern and typed format, and the type the pass gives it. */
export interface SchemaType {
  pattern?: PatternInfo;
  format?: FormatInfo;
  type: string;
  names: string[];
}

const cache = new WeakMap<PatternRegistry, PatternCatalog>();

export function patternCatalog(registry: PatternRegistry, options: Pick<TranslateOptions, 'maxMembers'> = {}): PatternCatalog {
  const cached = options.maxMembers === undefined ? cache.get(registry) : undefined;
  if (cached) return cached;
  const taken = new Set([
    ...registry.patterns.flatMap((p) => patternExports(p.name)),
    ...registry.formats.flatMap((f) => formatExports(f.name)),
  ]);
  let digitAlias = 'Digit';
  while (taken.has(digitAlias)) digitAlias = `_${digitAlias}`;
  const entries = registry.patterns.map((info) => {
    try {
      return { info, type: patternToType(info.source, { ...options, digitAlias }) };
    } catch (error) {
      // A valid regex that the translator fails on is a bug of the generator's, not the spec's.
      if (invalidRegexReason(info.source) === undefined) throw error;
      // The message of the validators' own check (engine.ts), which this pass meets first; the
      // stage adds the spec's path.
      throw new GeneratorError(
        `invalid pattern at ${info.pointers[0]}/pattern: expected an ECMAScript regular expression valid with the "u" flag, received ${JSON.stringify(info.source)} (${(error as Error).message})`,
      );
    }
  });
  const usesDigitAlias = entries.some((e) => e.type.usesDigitAlias);
  const catalog: PatternCatalog = {
    entries,
    formats: registry.formats.map((info) => ({ info })),
    combined: combine(registry, entries, usesDigitAlias ? digitAlias : undefined),
    digitAlias: usesDigitAlias ? digitAlias : undefined,
  };
  if (options.maxMembers === undefined) cache.set(registry, catalog);
  return catalog;
}

const pairKey = (pattern: PatternInfo, format: FormatInfo): string => `${pattern.source}\0${format.definition.format}`;

/**
 * The type of each (pattern, format) pair some schema has: the tighter of the two when
 * TypeScript finds one assignable to the other (the pattern's when they are equal), else their
 * intersection when it stays small, else the pattern's.
 */
function combine(registry: PatternRegistry, entries: CatalogEntry[], digitAlias: string | undefined): Map<string, CombinedType> {
  const pairs = new Map<string, { pattern: CatalogEntry; format: FormatInfo; pointers: string[] }>();
  for (const [pointer, format] of registry.formatByPointer) {
    const pattern = registry.byPointer.get(pointer);
    if (!pattern) continue;
    const key = pairKey(pattern, format);
    const pair = pairs.get(key) ?? { pattern: entries.find((e) => e.info === pattern)!, format, pointers: [] };
    pair.pointers.push(pointer);
    pairs.set(key, pair);
  }
  const list = [...pairs.values()];
  const declarations = digitAlias ? `type ${digitAlias} = ${'0123456789'.split('').map((d) => `"${d}"`).join(' | ')};` : '';
  const verdicts = compareTypes(
    list.map(({ pattern, format }) => ({ first: pattern.type.type, second: format.definition.type })),
    declarations,
  );
  const combined = new Map<string, CombinedType>();
  list.forEach(({ pattern, format, pointers }, i) => {
    const p = pattern.info.name;
    const f = format.name;
    const base = { pattern: pattern.info.source, format: format.definition.format, formatName: f, pointers };
    const product = pattern.type.members * format.definition.members;
    const choice =
      verdicts[i] === 'same' || verdicts[i] === 'first'
        ? { type: p, names: [p], note: verdicts[i] === 'same' ? `as tight as ${f}` : `tighter than ${f}` }
        : verdicts[i] === 'second'
          ? { type: f, names: [f], note: `${f} is tighter` }
          : product <= DEFAULT_MAX_TEMPLATE_MEMBERS
            ? { type: `${p} & ${f}`, names: [p, f], note: `neither is tighter: both` }
            : { type: p, names: [p], note: `neither is tighter, and ${p} & ${f} could expand to up to ${product.toLocaleString('en-US')} members` };
    combined.set(pairKey(pattern.info, format), { ...base, ...choice });
  });
  return combined;
}

/** The type the pass gives the schema at a pointer, or undefined when it has no pattern or typed format. */
export function schemaType(registry: PatternRegistry, catalog: PatternCatalog, pointer: string): SchemaType | undefined {
  const pattern = registry.byPointer.get(pointer);
  const format = registry.formatByPointer.get(pointer);
  if (pattern && format) {
    const { type, names } = catalog.combined.get(pairKey(pattern, format))!;
    return { pattern, format, type, names };
  }
  if (pattern) return { pattern, type: pattern.name, names: [pattern.name] };
  if (format) return { format, type: format.name, names: [format.name] };
  return undefined;
}

export function reportOf(catalog: PatternCatalog): PatternTypeReport[] {
  const combined = [...catalog.combined.values()];
  return [
    ...catalog.entries.map(({ info, type }): PatternTypeReport => {
      const pairs = combined.filter((c) => c.pattern === info.source);
      return {
        name: info.name,
        kind: 'pattern',
        source: info.source,
        exact: type.exact,
        members: type.members,
        ...(type.exact ? {} : { notes: type.approximations }),
        ...(pairs.length ? { combined: pairs } : {}),
      };
    }),
    ...catalog.formats.map(({ info }): PatternTypeReport => ({
      name: info.name,
      kind: 'format',
      source: info.definition.format,
      exact: false,
      members: info.definition.members,
      notes: info.definition.approximations,
    })),
  ];
}

/** One line per pattern and format (and an indented one per pattern met with a format), for the generator's printed report and the README. */
export function formatPatternReport(report: PatternTypeReport[]): string[] {
  return report.flatMap((r) => [
    `${r.name} ${r.kind === 'pattern' ? `/${r.source}/` : `format ${r.source}`}: ${r.exact ? 'exact' : 'approximate'} type` +
      (r.members !== undefined ? `, ${r.members.toLocaleString('en-US')} member${r.members === 1 ? '' : 's'}` : '') +
      (r.notes?.length ? ` (${r.notes.join('; ')})` : ''),
    ...(r.combined ?? []).map(
      (c) => `  with format ${c.format} (${c.pointers.length} schema${c.pointers.length === 1 ? '' : 's'}): typed ${c.type}, ${c.note}`,
    ),
  ]);
}

