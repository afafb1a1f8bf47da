/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
/**
 * The spec's `pattern`s. For each one: its RegExp (compiled once, shared with the validators),
 * its template-literal type (string literals that cannot match do not compile), a guard and an
 * assertion that narrow a `string` from a form or a file into that type.
 *
 * The same for the `format`s the spec uses among date, time, date-time and uuid: a type, a guard
 * and an assertion that run the validators' check of the format.
 *
 * A template type ends in `| never` so that compile errors name it (`not assignable to type
 * '<Name>'`) instead of printing its expanded union.
 */

/**
 * Thrown by the `as<Name>` assertions when a value does not match its pattern.
 */
export class PatternMismatchError extends TypeError {
  override readonly name = "PatternMismatchError";
  /**
   * An error of this class made by the package's other build is one too: a CommonJS dependency
   * that requires the package beside an ES module that imports it loads both. A subclass's is not.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === PatternMismatchError && typeof value === "object" && value !== null && Symbol.for("voxo-call-campaigns PatternMismatchError") in value);
  }
  constructor(
    /** The pattern's type name, such as `CalendarDate`. */
    readonly patternName: string,
    readonly pattern: RegExp,
    readonly received: unknown,
  ) {
    super(`expected ${patternName}, a string matching ${String(pattern)}, received ${describeValue(received)}`);
    Object.defineProperty(this, Symbol.for("voxo-call-campaigns PatternMismatchError"), { value: true });
  }
}

/**
 * Thrown by the `as<Name>` assertions of the formats when a value is not in its format.
 */
export class FormatMismatchError extends TypeError {
  override readonly name = "FormatMismatchError";
  /**
   * An error of this class made by the package's other build is one too: a CommonJS dependency
   * that requires the package beside an ES module that imports it loads both. A subclass's is not.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === FormatMismatchError && typeof value === "object" && value !== null && Symbol.for("voxo-call-campaigns FormatMismatchError") in value);
  }
  constructor(
    /** The format's type name, such as `IsoDate`. */
    readonly formatName: string,
    /** The `format` keyword's value, such as `date`. */
    readonly format: string,
    readonly received: unknown,
  ) {
    super(`expected ${formatName}, a string in format ${JSON.stringify(format)}, received ${describeValue(received)}`);
    Object.defineProperty(this, Symbol.for("voxo-call-campaigns FormatMismatchError"), { value: true });
  }
}

function describeValue(value: unknown): string {
  if (typeof value === "string") return value.length > 80 ? `${JSON.stringify(value.slice(0, 80))}... (${value.length} characters)` : JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/**
 * Start date (YYYY-MM-DD)
 *
 * Approximate: accepts every string the pattern accepts, and some it rejects (\d{3}, [1-9] not enumerated, to keep the union small); `isCalendarDate` checks the pattern itself.
 * @pattern ^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$
 */
export type CalendarDate = `${number}-${"01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"}-${"01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31"}` | never;

/**
 * The `CalendarDate` pattern, compiled once.
 */
export const CalendarDatePattern = /^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$/u;

/**
 * Whether `value` is a string matching the `CalendarDate` pattern.
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && CalendarDatePattern.test(value);
}

/**
 * `value` as a `CalendarDate`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asCalendarDate(value: unknown): CalendarDate {
  if (typeof value === "string" && CalendarDatePattern.test(value)) return value as CalendarDate;
  throw new PatternMismatchError("CalendarDate", CalendarDatePattern, value);
}

/**
 * Start time (HH:MM)
 *
 * Exact: accepts the 1,440 strings the pattern accepts, and no other.
 * @pattern ^([01]\d|2[0-3]):([0-5]\d)$
 */
export type HourMinute = `${"00" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23"}:${"00" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54" | "55" | "56" | "57" | "58" | "59"}` | never;

/**
 * The `HourMinute` pattern, compiled once.
 */
export const HourMinutePattern = /^([01]\d|2[0-3]):([0-5]\d)$/u;

/**
 * Whether `value` is a string matching the `HourMinute` pattern.
 */
export function isHourMinute(value: unknown): value is HourMinute {
  return typeof value === "string" && HourMinutePattern.test(value);
}

/**
 * `value` as a `HourMinute`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asHourMinute(value: unknown): HourMinute {
  if (typeof value === "string" && HourMinutePattern.test(value)) return value as HourMinute;
  throw new PatternMismatchError("HourMinute", HourMinutePattern, value);
}

/**
 * Caller ID phone number
 *
 * Approximate: accepts every string the pattern accepts, and some it rejects (\d{9} not enumerated, to keep the union small); `isCallerId` checks the pattern itself.
 * @pattern ^[1-9]\d{9}$
 */
export type CallerId = `${"1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9"}${number}` | never;

/**
 * The `CallerId` pattern, compiled once.
 */
export const CallerIdPattern = /^[1-9]\d{9}$/u;

/**
 * Whether `value` is a string matching the `CallerId` pattern.
 */
export function isCallerId(value: unknown): value is CallerId {
  return typeof value === "string" && CallerIdPattern.test(value);
}

/**
 * `value` as a `CallerId`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asCallerId(value: unknown): CallerId {
  if (typeof value === "string" && CallerIdPattern.test(value)) return value as CallerId;
  throw new PatternMismatchError("CallerId", CallerIdPattern, value);
}

/**
 * A string in format `date`: an RFC 3339 full-date, such as `2027-03-01`.
 *
 * Approximate: accepts every such string, and some that are not (the year typed as ${number}; days per month and leap years left to the guard); 372 members. `isIsoDate` checks the format itself, as the validators do.
 * @format date
 */
export type IsoDate = `${number}-${"01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"}-${"01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31"}` | never;

/**
 * Whether `value` is a string in format `date` (the validators' check).
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && matchesDate(value);
}

/**
 * `value` as a `IsoDate`; throws a FormatMismatchError when it is not in format `date`.
 */
export function asIsoDate(value: unknown): IsoDate {
  if (typeof value === "string" && matchesDate(value)) return value as IsoDate;
  throw new FormatMismatchError("IsoDate", "date", value);
}

// Formats, after ajv-formats' "full" mode (MIT): RFC 3339 dates and times with real calendars.
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * RFC 3339 full-date, with leap years: 2028-02-29 passes, 2027-02-29 fails. Read with
 * charCodeAt rather than a RegExp and Number(): no match array, no substrings (half the time
 * of a whole check of VOXO's campaign body went to the regex version). The month first, and the
 * leap year only for a 29 February: a month 13 is refused after two digits (a guard refusing a
 * body for it took 34 ns when the year was read and the leap rule computed first, 20 ns now).
 */
function matchesDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const month = asciiDigits(text, 5, 2);
  if (month < 1 || month > 12) return false;
  const day = asciiDigits(text, 8, 2);
  const year = asciiDigits(text, 0, 4);
  if (day < 1 || year < 0) return false;
  if (day <= DAYS[month]!) return true;
  return month === 2 && day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number written by `count` ASCII digits at `start`, or -1 where one is not a digit. */
function asciiDigits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
