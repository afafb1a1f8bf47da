/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: test/patterns/fixtures/formats.yaml
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

/** One decimal digit. */
type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";

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
    /** The format's type name, such as `Uuid`. */
    readonly formatName: string,
    /** The `format` keyword's value, such as `uuid`. */
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
 * Approximate: accepts every string the pattern accepts, and some it rejects (\d+ typed with ${string}; \d not enumerated, to keep the union small); `isEventReviewedOn` checks the pattern itself.
 * @pattern ^\d+-\d+-\d+$
 */
export type EventReviewedOn = `${string}-${Digit}${string}-${Digit}${string}` | never;

/**
 * The `EventReviewedOn` pattern, compiled once.
 */
export const EventReviewedOnPattern = /^\d+-\d+-\d+$/u;

/**
 * Whether `value` is a string matching the `EventReviewedOn` pattern.
 */
export function isEventReviewedOn(value: unknown): value is EventReviewedOn {
  return typeof value === "string" && EventReviewedOnPattern.test(value);
}

/**
 * `value` as a `EventReviewedOn`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asEventReviewedOn(value: unknown): EventReviewedOn {
  if (typeof value === "string" && EventReviewedOnPattern.test(value)) return value as EventReviewedOn;
  throw new PatternMismatchError("EventReviewedOn", EventReviewedOnPattern, value);
}

/**
 * Exact: accepts the 1 string the pattern accepts, and no other.
 * @pattern ^2
 */
export type EventArchivedAt = `2${string}` | never;

/**
 * The `EventArchivedAt` pattern, compiled once.
 */
export const EventArchivedAtPattern = /^2/u;

/**
 * Whether `value` is a string matching the `EventArchivedAt` pattern.
 */
export function isEventArchivedAt(value: unknown): value is EventArchivedAt {
  return typeof value === "string" && EventArchivedAtPattern.test(value);
}

/**
 * `value` as a `EventArchivedAt`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asEventArchivedAt(value: unknown): EventArchivedAt {
  if (typeof value === "string" && EventArchivedAtPattern.test(value)) return value as EventArchivedAt;
  throw new PatternMismatchError("EventArchivedAt", EventArchivedAtPattern, value);
}

/**
 * Approximate: accepts every string the pattern accepts, and some it rejects (\d not enumerated, to keep the union small); `isEventExpiresAt` checks the pattern itself.
 * @pattern ^2\d{3}-
 */
export type EventExpiresAt = `2${string}${"00" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54" | "55" | "56" | "57" | "58" | "59" | "60" | "61" | "62" | "63" | "64" | "65" | "66" | "67" | "68" | "69" | "70" | "71" | "72" | "73" | "74" | "75" | "76" | "77" | "78" | "79" | "80" | "81" | "82" | "83" | "84" | "85" | "86" | "87" | "88" | "89" | "90" | "91" | "92" | "93" | "94" | "95" | "96" | "97" | "98" | "99"}-${string}` | never;

/**
 * The `EventExpiresAt` pattern, compiled once.
 */
export const EventExpiresAtPattern = /^2\d{3}-/u;

/**
 * Whether `value` is a string matching the `EventExpiresAt` pattern.
 */
export function isEventExpiresAt(value: unknown): value is EventExpiresAt {
  return typeof value === "string" && EventExpiresAtPattern.test(value);
}

/**
 * `value` as a `EventExpiresAt`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asEventExpiresAt(value: unknown): EventExpiresAt {
  if (typeof value === "string" && EventExpiresAtPattern.test(value)) return value as EventExpiresAt;
  throw new PatternMismatchError("EventExpiresAt", EventExpiresAtPattern, value);
}

/**
 * A string in format `uuid`: a UUID (RFC 4122: 8-4-4-4-12 hex digits, any case), such as `1b4e28ba-2fa1-11d2-883f-0016d3cca427`.
 *
 * Approximate: accepts every such string, and some that are not (hex digits and group lengths left to the guard); 1 member. `isUuid` checks the format itself, as the validators do.
 * @format uuid
 */
export type Uuid = `${string}-${string}-${string}-${string}-${string}` | never;

/**
 * Whether `value` is a string in format `uuid` (the validators' check).
 */
export function isUuid(value: unknown): value is Uuid {
  return typeof value === "string" && matchesUuid(value);
}

/**
 * `value` as a `Uuid`; throws a FormatMismatchError when it is not in format `uuid`.
 */
export function asUuid(value: unknown): Uuid {
  if (typeof value === "string" && matchesUuid(value)) return value as Uuid;
  throw new FormatMismatchError("Uuid", "uuid", value);
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

/**
 * A string in format `time`: an RFC 3339 full-time (with seconds and an offset), such as `09:30:00Z`.
 *
 * Approximate: accepts every such string, and some that are not (minutes, seconds, fractions and offsets typed as ${number}; leap seconds left to the guard); 96 members. `isIsoTime` checks the format itself, as the validators do.
 * @format time
 */
export type IsoTime = `${"00" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23"}:${number}:${number}${"Z" | "z"}` | `${"00" | "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23"}:${number}:${number}${"+" | "-"}${number}:${number}`;

/**
 * Whether `value` is a string in format `time` (the validators' check).
 */
export function isIsoTime(value: unknown): value is IsoTime {
  return typeof value === "string" && matchesTime(value);
}

/**
 * `value` as a `IsoTime`; throws a FormatMismatchError when it is not in format `time`.
 */
export function asIsoTime(value: unknown): IsoTime {
  if (typeof value === "string" && matchesTime(value)) return value as IsoTime;
  throw new FormatMismatchError("IsoTime", "time", value);
}

/**
 * A string in format `date-time`: an RFC 3339 date-time, such as `2027-03-01T09:30:00Z`.
 *
 * Approximate: accepts every such string, and some that are not (the year, day, the hour's second digit, minutes, seconds and offset typed as ${number}; days per month, leap years and leap seconds left to the guard); 288 members. `isIsoDateTime` checks the format itself, as the validators do.
 * @format date-time
 */
export type IsoDateTime = `${number}-${"01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"}-${number}${"T" | "t"}${"0" | "1" | "2"}${number}:${number}:${number}${"Z" | "z"}` | `${number}-${"01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"}-${number}${"T" | "t"}${"0" | "1" | "2"}${number}:${number}:${number}${"+" | "-"}${number}:${number}`;

/**
 * Whether `value` is a string in format `date-time` (the validators' check).
 */
export function isIsoDateTime(value: unknown): value is IsoDateTime {
  return typeof value === "string" && matchesDateTime(value);
}

/**
 * `value` as a `IsoDateTime`; throws a FormatMismatchError when it is not in format `date-time`.
 */
export function asIsoDateTime(value: unknown): IsoDateTime {
  if (typeof value === "string" && matchesDateTime(value)) return value as IsoDateTime;
  throw new FormatMismatchError("IsoDateTime", "date-time", value);
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

// RFC 3339 full-time: the offset is "Z" or ±hh:mm; 23:59:60 only where it is 23:59:60 UTC.
const TIME = /^(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:z|([+-])(\d\d):(\d\d))$/i;

function matchesTime(text: string): boolean {
  const match = TIME.exec(text);
  if (!match) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const offset = (match[4] === "-" ? -1 : 1) * (Number(match[5] ?? 0) * 60 + Number(match[6] ?? 0));
  if (hour > 23 || minute > 59 || second > 60 || Number(match[5] ?? 0) > 23 || Number(match[6] ?? 0) > 59) return false;
  return second < 60 || (((hour * 60 + minute - offset) % 1440) + 1440) % 1440 === 1439;
}

/** RFC 3339 date-time: a full-date, "T" (or "t"), a full-time. */
function matchesDateTime(text: string): boolean {
  const parts = text.split(/[tT]/);
  return parts.length === 2 && matchesDate(parts[0]!) && matchesTime(parts[1]!);
}

const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function matchesUuid(text: string): boolean {
  return UUID.test(text);
}
