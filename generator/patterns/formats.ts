/**
 * The string formats the pattern stage types as it types patterns: `date`, `time`, `date-time`
 * (RFC 3339's full-date, full-time and date-time, as JSON Schema 2020-12 uses them) and `uuid`.
 * Each gets a named template-literal type and a guard and an assertion.
 *
 * The types are written here rather than translated from a regex: a calendar, a leap second or
 * an unbounded fraction does not fit in a union, and the translator's generic shrinking gives
 * wide, costly types for them (360 members for `time` that check only the minutes). These are
 * sound (every string the format accepts is assignable, lowercase `t` and `z`, fractions and
 * offsets included; test/patterns/formats.test.ts generates them) and small.
 *
 * The guards run the validators' own format checks (shared/format-checks.ts), so a guard and the
 * validator cannot disagree about a value.
 */
import { quote } from '../shared/codegen.js';
import { FORMAT_CHECKS, resolveSources } from '../shared/format-checks.js';

export const FORMAT_NAME_EXTENSION = 'x-format-name';

export interface FormatDefinition {
  /** The `format` keyword's value. */
  format: string;
  /** Name of the type when the spec gives none; the guard is `is<name>`. */
  defaultName: string;
  /** What the format is, for JSDoc and the assertion's error. */
  description: string;
  example: string;
  /** The helper of shared/format-checks.ts that defines the check, and the check function. */
  helper: string;
  check: string;
  /** The type, as TypeScript source. */
  type: string;
  /** Members TypeScript expands the type to. */
  members: number;
  /** True when the type is a union of several templates at its top level. */
  union: boolean;
  /** Why the type accepts strings the format rejects. */
  approximations: string[];
}

const twoDigits = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => quote(String(from + i).padStart(2, '0'))).join(' | ');
const MONTH = twoDigits(1, 12);
const DAY = twoDigits(1, 31);
const HOUR = twoDigits(0, 23);

/**
 * `${number}` takes a run of digits (with a fraction, for seconds): TypeScript ends each
 * placeholder at the first occurrence of the text after it, and in a valid string that text
 * (`-`, `:`, `T`, `Z`, `+`) never occurs inside the digits, so the cut is always the right one.
 */
const OFFSETS = (prefix: string): string => `\`${prefix}\${"Z" | "z"}\` | \`${prefix}\${"+" | "-"}\${number}:\${number}\``;

export const FORMATS: readonly FormatDefinition[] = [
  {
    format: 'date',
    defaultName: 'IsoDate',
    description: 'an RFC 3339 full-date',
    example: '2027-03-01',
    helper: 'formatDate',
    check: 'matchesDate',
    type: `\`\${number}-\${${MONTH}}-\${${DAY}}\``,
    members: 12 * 31,
    union: false,
    approximations: ['the year typed as ${number}', 'days per month and leap years left to the guard'],
  },
  {
    format: 'time',
    defaultName: 'IsoTime',
    description: 'an RFC 3339 full-time (with seconds and an offset)',
    example: '09:30:00Z',
    helper: 'formatTime',
    check: 'matchesTime',
    type: OFFSETS(`\${${HOUR}}:\${number}:\${number}`),
    members: 24 * 2 * 2,
    union: true,
    approximations: ['minutes, seconds, fractions and offsets typed as ${number}', 'leap seconds left to the guard'],
  },
  {
    format: 'date-time',
    defaultName: 'IsoDateTime',
    description: 'an RFC 3339 date-time',
    example: '2027-03-01T09:30:00Z',
    helper: 'formatDateTime',
    check: 'matchesDateTime',
    // The hour's first digit (0, 1 or 2) is typed, so a one-digit hour does not compile; a full
    // HOUR would make the union 24 times larger.
    type: OFFSETS(`\${number}-\${${MONTH}}-\${number}\${"T" | "t"}\${"0" | "1" | "2"}\${number}:\${number}:\${number}`),
    members: 12 * 2 * 3 * 2 * 2,
    union: true,
    approximations: [
      "the year, day, the hour's second digit, minutes, seconds and offset typed as ${number}",
      'days per month, leap years and leap seconds left to the guard',
    ],
  },
  {
    format: 'uuid',
    defaultName: 'Uuid',
    description: 'a UUID (RFC 4122: 8-4-4-4-12 hex digits, any case)',
    example: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    helper: 'formatUuid',
    check: 'matchesUuid',
    type: '`${string}-${string}-${string}-${string}-${string}`',
    members: 1,
    union: false,
    approximations: ['hex digits and group lengths left to the guard'],
  },
];

const BY_FORMAT = new Map(FORMATS.map((definition) => [definition.format, definition]));

/** The definition of a format the stage types, or undefined. */
export function formatDefinition(format: unknown): FormatDefinition | undefined {
  return typeof format === 'string' ? BY_FORMAT.get(format) : undefined;
}

/**
 * The validators' sources of the checks these formats need (with what they call), in the
 * validators' order. Throws if shared/format-checks.ts no longer defines one.
 */
export function formatCheckSources(definitions: FormatDefinition[]): string[] {
  for (const { helper, check } of definitions) {
    if (!FORMAT_CHECKS[helper]?.source.includes(`function ${check}(`)) {
      throw new Error(`shared/format-checks.ts has no helper ${helper} defining ${check}: update generator/patterns/formats.ts`);
    }
  }
  return resolveSources(FORMAT_CHECKS, definitions.map((d) => d.helper)).map((name) => FORMAT_CHECKS[name]!.source);
}
