/**
 * The registry's patterns with their template-literal types, computed once per registry so the
 * runtime file and the types pass agree on every name and type.
 */
import { GeneratorError } from '../shared/errors.js';
import type { PatternInfo, PatternRegistry } from './registry.js';
import { patternToType, type PatternType, type TranslateOptions } from './regex-to-type.js';

export interface PatternTypeReport {
  name: string;
  /** The regex source as the spec writes it. */
  source: string;
  /** True when the type accepts exactly the strings the pattern accepts. */
  exact: boolean;
  /** Members TypeScript expands the type to (an upper bound). */
  members?: number;
  /** Why the type is approximate; absent when exact. */
  notes?: string[];
}

export interface CatalogEntry {
  info: PatternInfo;
  type: PatternType;
}

export interface PatternCatalog {
  entries: CatalogEntry[];
  /** Name of the private `"0" | ... | "9"` alias in patterns.gen.ts, when any type uses it. */
  digitAlias?: string;
}

const cache = new WeakMap<PatternRegistry, PatternCatalog>();

export function patternCatalog(registry: PatternRegistry, options: Pick<TranslateOptions, 'maxMembers'> = {}): PatternCatalog {
  const cached = options.maxMembers === undefined ? cache.get(registry) : undefined;
  if (cached) return cached;
  const taken = new Set(registry.patterns.flatMap((p) => [p.name, `${p.name}Pattern`, `is${p.name}`, `as${p.name}`]));
  let digitAlias = 'Digit';
  while (taken.has(digitAlias)) digitAlias = `_${digitAlias}`;
  const entries = registry.patterns.map((info) => {
    try {
      return { info, type: patternToType(info.source, { ...options, digitAlias }) };
    } catch (error) {
      throw new GeneratorError(
        `expected an ECMAScript regular expression valid with the "u" flag, received ${JSON.stringify(info.source)} (${(error as Error).message})`,
        `${info.pointers[0]}/pattern`,
      );
    }
  });
  const catalog = { entries, digitAlias: entries.some((e) => e.type.usesDigitAlias) ? digitAlias : undefined };
  if (options.maxMembers === undefined) cache.set(registry, catalog);
  return catalog;
}

export function reportOf(catalog: PatternCatalog): PatternTypeReport[] {
  return catalog.entries.map(({ info, type }) => ({
    name: info.name,
    source: info.source,
    exact: type.exact,
    members: type.members,
    ...(type.exact ? {} : { notes: type.approximations }),
  }));
}

/** One line per pattern, for the generator's printed report and the README. */
export function formatPatternReport(report: PatternTypeReport[]): string[] {
  return report.map(
    (r) =>
      `${r.name} /${r.source}/: ${r.exact ? 'exact' : 'approximate'} type` +
      (r.members !== undefined ? `, ${r.members.toLocaleString('en-US')} member${r.members === 1 ? '' : 's'}` : '') +
      (r.notes?.length ? ` (${r.notes.join('; ')})` : ''),
  );
}
