/**
 * The helpers the generated validators call, as TypeScript source. The emitter copies into a
 * module only the helpers its checks use (and what those helpers need), so a spec without
 * `uniqueItems` ships no deep equality and one without `format` ships no format regexes.
 *
 * They are plain functions with no dependency, no `eval` and no `new Function`.
 */

import { FORMAT_CHECKS, resolveSources, type SourceHelper } from '../shared/format-checks.js';

export type RuntimeHelper = SourceHelper;

export const RUNTIME_HELPERS: Record<string, RuntimeHelper> = {
  report: {
    needs: ['show', 'plainText'],
    source: `/**
 * Records an issue and says whether the check must stop: an error stops it in first-issue mode
 * and in the quiet mode of the guards and sub-schema tests (which build no issue); a warning
 * (\`x-warn\`) never stops it and never makes a value invalid.
 */
function report(c: Context, path: string, keyword: string, schemaPath: string, message: string, received?: unknown, warning?: 1): boolean {
  if (c.quiet) return warning !== 1;
  const issue: ValidationIssue = {
    path,
    keyword,
    message: received === undefined ? message : typeof received === "string" && plainText(received) ? message + ' (received "' + received + '")' : message + " (received " + show(received) + ")",
    schemaPath,
    severity: warning === 1 ? "warning" : "error",
  };
  if (c.issues === null) c.issues = [issue];
  else c.issues.push(issue);
  if (warning === 1) return false;
  c.errors++;
  return !c.all;
}`,
  },
  property: {
    needs: ['report', 'at'],
    source: `/** \`report\` for a keyword of a property: its name (a JSON Pointer token) gives both paths. */
function property(c: Context, p: string, k: Key, token: string, keyword: string, schema: string, message: string, received?: unknown, warning?: 1): boolean {
  if (c.quiet) return warning !== 1;
  return report(c, at(p, k) + "/" + token, keyword, schema + "/properties/" + token + "/" + keyword, message, received, warning);
}`,
  },
  show: {
    needs: [],
    source: `/**
 * A received value for messages: strings as JSON, cut at 64 characters (or 63, not to split
 * a surrogate pair), -0 as written.
 */
function show(value: unknown): string {
  if (typeof value === "string") {
    if (value.length <= 64) return JSON.stringify(value);
    const end = value.charCodeAt(63) >> 10 === 54 ? 63 : 64;
    return JSON.stringify(value.slice(0, end) + "…");
  }
  if (Array.isArray(value)) return "array";
  if (typeof value === "bigint") return value + "n";
  if (value === 0 && 1 / value < 0) return "-0";
  return value !== null && typeof value === "object" ? "object" : String(value);
}`,
  },
  plainText: {
    needs: [],
    source: `/**
 * Whether a received string can go into a message between two quotes as it is: at most 64
 * characters, none that JSON escapes (a quote, a backslash, a control character, a surrogate).
 * Most received values are, and \`report\` then appends it to the message without building a
 * quoted copy first: JSON.stringify, a RegExp test, or '"' + text + '"' (a short string is
 * copied, not linked, at each +) each cost about as much as the rest of a report.
 */
function plainText(text: string): boolean {
  if (text.length > 64) return false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 32 || unit === 34 || unit === 92 || (unit >= 0xd800 && unit <= 0xdfff)) return false;
  }
  return true;
}`,
  },
  noErrorsAt: {
    needs: ['at'],
    source: `/**
 * Whether no error was reported at or below two properties of the object at \`parent\`: only
 * then does \`x-order\` compare them. Called only for a pair found out of order, and errors are
 * found first only with every issue asked for.
 */
function noErrorsAt(c: Context, parent: string, first: string, second: string): boolean {
  if (c.errors === 0) return true;
  for (const name of [first, second]) {
    const path = at(parent, name);
    for (const issue of c.issues!) {
      if (issue.severity === "error" && (issue.path === path || issue.path.startsWith(path + "/"))) return false;
    }
  }
  return true;
}`,
  },
  at: {
    needs: [],
    source: `/** The JSON Pointer of a value from its parent's pointer and its key (escaped per RFC 6901). */
function at(parent: string, key: Key): string {
  if (key === null) return parent;
  return parent + "/" + (typeof key === "number" ? key : key.replace(/~/g, "~0").replace(/\\//g, "~1"));
}`,
  },
  quiet: {
    needs: [],
    source: `// Contexts of the checks' sub-schema tests (anyOf, not, contains, ...): no issues, stop at the first.
const QUIET: Context = { issues: null, errors: 0, all: false, formats: true, quiet: true, warnings: false };
const QUIET_NO_FORMATS: Context = { issues: null, errors: 0, all: false, formats: false, quiet: true, warnings: false };

function quiet(c: Context): Context {
  return c.formats ? QUIET : QUIET_NO_FORMATS;
}`,
  },
  run: {
    needs: ['show'],
    source: `// One context, reused by every call: a check is synchronous, and a call made while it is in
// use (from a getter of the value being checked) gets a context of its own.
const REUSED: Context = { issues: null, errors: 0, all: false, formats: true, quiet: false, warnings: true };
let reusedInUse = false;

function run<T>(check: Check, value: unknown, options: ValidationOptions | undefined | null): ValidationResult<T> {
  if (options != null && (typeof options !== "object" || !isFlag(options.allErrors) || !isFlag(options.formats) || !isFlag(options.warnings) || unknownName(options) !== undefined)) badOptions(options);
  const reuse = !reusedInUse;
  const c: Context = reuse ? REUSED : { issues: null, errors: 0, all: false, formats: true, quiet: false, warnings: true };
  c.all = options != null && options.allErrors === true;
  c.formats = options == null || options.formats !== false;
  c.warnings = options == null || options.warnings !== false;
  if (reuse) reusedInUse = true;
  let issues: ValidationIssue[] | null;
  let errors: number;
  try {
    check(value, c, "", null);
    issues = c.issues;
    errors = c.errors;
  } finally {
    // Also when reading the value threw (a getter, a Proxy): the next call starts clean.
    c.issues = null;
    c.errors = 0;
    if (reuse) reusedInUse = false;
  }
  if (errors > 0) return { ok: false, issues: issues! };
  return issues === null ? { ok: true, value: value as T } : { ok: true, value: value as T, issues };
}

function isFlag(option: unknown): boolean {
  return option === undefined || typeof option === "boolean";
}

function unknownName(options: object): string | undefined {
  for (const name in options) if (name !== "allErrors" && name !== "formats" && name !== "warnings") return name;
  return undefined;
}

function badOptions(options: unknown): never {
  if (typeof options !== "object") throw new TypeError("validation options must be an object, received " + typeof options);
  const record = options as Record<string, unknown>;
  for (const name of ["allErrors", "formats", "warnings"]) {
    if (!isFlag(record[name])) throw new TypeError("validation option " + name + " must be true or false, received " + typeof record[name] + " " + show(record[name]));
  }
  throw new TypeError("unknown validation option " + unknownName(record) + " (known: allErrors, formats, warnings)");
}`,
  },
  missing: {
    needs: ['report'],
    source: `/**
 * Reports the missing \`required\` names (\`values\`: the caller's reads, in the order of the
 * names) and says whether to stop. The names come quoted as JSON (as messages show them), quoted
 * by the generator: quoting them here cost a third of a report.
 */
function missing(c: Context, values: unknown[], names: string[], path: string, schemaPath: string, warning?: 1): boolean {
  for (let i = 0; i < names.length; i++) {
    if (values[i] !== undefined) continue;
    if (c.quiet) return warning !== 1;
    if (report(c, path, "required", schemaPath, "must have required property " + names[i], undefined, warning)) return true;
  }
  return false;
}`,
  },
  ownValue: {
    needs: [],
    source: `/**
 * An own property's value. Used for names that also exist on Object.prototype ("constructor",
 * "__proto__", ...), where \`object.name\` would read the prototype instead.
 */
function ownValue(object: Record<string, unknown>, name: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(object, name)) return undefined;
  return name === "__proto__" ? Object.getOwnPropertyDescriptor(object, name)?.value : object[name];
}`,
  },
  codePoints: {
    needs: [],
    source: `/** Length in Unicode code points, as JSON Schema counts it: "😀" is one character, not two. */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}`,
  },
  multipleOf: {
    needs: [],
    source: `/**
 * Whether \`value\` is an integer multiple of \`divisor\`, in the decimal arithmetic of the JSON text
 * (0.3 is a multiple of 0.1), not in binary floating point where 0.3 / 0.1 = 2.9999999999999996.
 */
function multipleOf(value: number, divisor: number): boolean {
  if (Number.isSafeInteger(value) && Number.isSafeInteger(divisor)) return value % divisor === 0;
  // Past 2^53 an integer's shortest decimal form is not the integer it holds (3 * 2^55 prints as
  // 108086391056891900): the integer itself is the other reading of the same JSON number.
  if (Number.isInteger(value) && Number.isInteger(divisor) && BigInt(value) % BigInt(divisor) === BigInt(0)) return true;
  const [valueDigits, valueExponent] = decimal(value);
  const [divisorDigits, divisorExponent] = decimal(divisor);
  const shift = valueExponent - divisorExponent;
  return shift >= 0
    ? (valueDigits * BigInt(10) ** BigInt(shift)) % divisorDigits === BigInt(0)
    : valueDigits % (divisorDigits * BigInt(10) ** BigInt(-shift)) === BigInt(0);
}

/** A finite number as digits × 10^exponent, from its shortest round-trip decimal form. */
function decimal(value: number): [bigint, number] {
  const [mantissa = "0", exponent = "0"] = String(Math.abs(value)).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  return [BigInt(whole + fraction), Number(exponent) - fraction.length];
}`,
  },
  equal: {
    needs: ['ownValue'],
    source: `/**
 * JSON equality: same type and value, arrays item by item, objects key by key in any order,
 * undefined read as JSON writes it: a property set to undefined is absent ({a: 1, b: undefined}
 * equals {a: 1}), an undefined item is null ([undefined] equals [null]).
 */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    // An undefined item is null, as JSON writes it.
    for (let i = 0; i < a.length; i++) if (!equal(a[i] === undefined ? null : a[i], b[i] === undefined ? null : b[i])) return false;
    return true;
  }
  // Each defined property of a equal in b, and b with no other defined property.
  let count = 0;
  for (const key of Object.keys(a)) {
    const value = ownValue(a as Record<string, unknown>, key);
    if (value === undefined) continue;
    if (!equal(value, ownValue(b as Record<string, unknown>, key))) return false;
    count++;
  }
  for (const key of Object.keys(b)) if (ownValue(b as Record<string, unknown>, key) !== undefined) count--;
  return count === 0;
}`,
  },
  duplicate: {
    needs: ['equal'],
    source: `/** The indexes of the first two equal items, or null: a map for primitives, pairwise for the rest. */
function duplicate(items: unknown[]): [number, number] | null {
  const seen = new Map<unknown, number>();
  const objects: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item !== null && typeof item === "object") {
      for (const j of objects) if (equal(items[j], item)) return [j, i];
      objects.push(i);
    } else {
      const j = seen.get(item);
      if (j !== undefined) return [j, i];
      seen.set(item, i);
    }
  }
  return null;
}`,
  },
  duplicateBy: {
    needs: [],
    source: `/**
 * The indexes of the first two objects with the same value of a property (\`x-unique-by\`), or
 * null. Only strings, numbers, booleans and null are compared: one pass with a Set, however
 * long the list. An object or array value is skipped (content comparison would be quadratic, and deep
 * values would overflow the stack); in a spec it fails its property's own type.
 */
function duplicateBy(items: unknown[], name: string): [number, number] | null {
  // A Set, not a Map of first indexes: a third faster on a 1,000-item list, and the first
  // index is looked up again only once a duplicate is found.
  const seen = new Set<unknown>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === null || typeof item !== "object" || Array.isArray(item)) continue;
    const key = (item as Record<string, unknown>)[name];
    // NaN is no repeat: a Set counts it as one, but no earlier value is === to it. A function is
    // no JSON value: what an item without the property inherits ("constructor", "toString").
    if (key === undefined || key !== key || typeof key === "function" || (key !== null && typeof key === "object")) continue;
    const size = seen.size;
    seen.add(key);
    if (seen.size === size) {
      for (let j = 0; j < i; j++) {
        const earlier = items[j];
        if (earlier !== null && typeof earlier === "object" && !Array.isArray(earlier) && (earlier as Record<string, unknown>)[name] === key) return [j, i];
      }
    }
  }
  return null;
}`,
  },
  timeZone: {
    needs: [],
    source: `// IANA time zones (\`x-time-zone\`), as the runtime's Intl knows them.
let TIME_ZONES: Set<string> | undefined;
/** Aliases Intl accepted (see matchesTimeZone), kept apart: ZONES_BY_CASE holds listed zones only. */
const ALIASES = new Set<string>();
/** The zones of TIME_ZONES by their lower-case names, made at the first name not listed as written. */
let ZONES_BY_CASE: Map<string, string> | undefined;
const ABBREVIATION = /^[A-Z]{2,5}$/;
const ZONE_NAME = /^[A-Z][A-Za-z0-9+_-]*(?:\\/[A-Z0-9][A-Za-z0-9+_-]*)*$/;
// What the database's names never have: an area it does not use ("EtC/UTC"), or a word in
// capitals ("US/EASTERN"; its capitals are initials: "NZ-CHAT", "EST5EDT").
const ZONE_AREA = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Brazil|Canada|Chile|Etc|Europe|Indian|Mexico|Pacific|US)\\//;
const SHOUTED = /[A-Z]{5}/;
// Two capitals before a small letter ("US/EAstern"): of the database's names only
// "Antarctica/DumontDUrville" has them, and the runtime lists it.
const CAPITALS_IN_WORD = /[A-Z]{2}[a-z]/;

/**
 * Whether a string names a time zone of the IANA database the runtime ships: a zone of
 * \`Intl.supportedValuesOf("timeZone")\`, or an alias \`Intl.DateTimeFormat\` accepts written as
 * the database writes it ("UTC", "Asia/Kolkata"). Intl ignores case, and servers that look a
 * name up as written (Java's ZoneId, Python's zoneinfo) do not: "Europe/LONDON" and "Utc" are
 * refused. Abbreviations ("CST") are refused even where the runtime accepts them: they are
 * ambiguous, and servers seldom do.
 */
function matchesTimeZone(text: string): boolean {
  if (TIME_ZONES === undefined) {
    const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
    TIME_ZONES = new Set(intl.supportedValuesOf ? intl.supportedValuesOf("timeZone") : []);
  }
  if (TIME_ZONES.has(text) || ALIASES.has(text)) return true;
  if (zoneWrittenAs(text) !== undefined) return false;
  if (ABBREVIATION.test(text) ? text !== "UTC" && text !== "GMT" : !ZONE_NAME.test(text) || SHOUTED.test(text) || CAPITALS_IN_WORD.test(text) || (text.includes("/") && !ZONE_AREA.test(text))) return false;
  try {
    // An alias: written as the database writes it unless it is its zone's name in other case.
    const zone = new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
    if (zone !== text && zone.toLowerCase() === text.toLowerCase()) return false;
    // Asking Intl takes about 70 µs, 50 times a whole check of VOXO's campaign body: an alias accepted once
    // ("UTC") is known from then on. (Refusals are not kept: they could grow without bound.)
    ALIASES.add(text);
    return true;
  } catch {
    return false;
  }
}

/** The listed zone a name is in other case ("America/Chicago" for "AMERICA/CHICAGO"), if any. */
function zoneWrittenAs(text: string): string | undefined {
  if (ZONES_BY_CASE === undefined) {
    ZONES_BY_CASE = new Map();
    for (const zone of TIME_ZONES ?? []) ZONES_BY_CASE.set(zone.toLowerCase(), zone);
    ZONES_BY_CASE.set("utc", "UTC").set("gmt", "GMT");
  }
  const zone = ZONES_BY_CASE.get(text.toLowerCase());
  return zone === text ? undefined : zone;
}

function timeZoneMessage(text: string): string {
  const zone = zoneWrittenAs(text);
  if (zone !== undefined) return "must be an IANA time zone written as the database writes it: \\"" + zone + "\\"";
  return ABBREVIATION.test(text)
    ? "must be an IANA time zone such as \\"America/Chicago\\", not an abbreviation"
    : "must be an IANA time zone known to the runtime, such as \\"America/Chicago\\"";
}`,
  },
  ...FORMAT_CHECKS,
};

/** The helper names to emit for a set of used helpers, dependencies included, in a fixed order. */
export function resolveHelpers(used: Iterable<string>): string[] {
  return resolveSources(RUNTIME_HELPERS, used);
}
