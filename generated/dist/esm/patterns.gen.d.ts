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
export declare class PatternMismatchError extends TypeError {
    /** The pattern's type name, such as `CalendarDate`. */
    readonly patternName: string;
    readonly pattern: RegExp;
    readonly received: unknown;
    readonly name = "PatternMismatchError";
    /**
     * An error of this class made by the package's other build is one too: a CommonJS dependency
     * that requires the package beside an ES module that imports it loads both. A subclass's is not.
     */
    static [Symbol.hasInstance](value: unknown): boolean;
    constructor(
    /** The pattern's type name, such as `CalendarDate`. */
    patternName: string, pattern: RegExp, received: unknown);
}
/**
 * Thrown by the `as<Name>` assertions of the formats when a value is not in its format.
 */
export declare class FormatMismatchError extends TypeError {
    /** The format's type name, such as `IsoDate`. */
    readonly formatName: string;
    /** The `format` keyword's value, such as `date`. */
    readonly format: string;
    readonly received: unknown;
    readonly name = "FormatMismatchError";
    /**
     * An error of this class made by the package's other build is one too: a CommonJS dependency
     * that requires the package beside an ES module that imports it loads both. A subclass's is not.
     */
    static [Symbol.hasInstance](value: unknown): boolean;
    constructor(
    /** The format's type name, such as `IsoDate`. */
    formatName: string, 
    /** The `format` keyword's value, such as `date`. */
    format: string, received: unknown);
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
export declare const CalendarDatePattern: RegExp;
/**
 * Whether `value` is a string matching the `CalendarDate` pattern.
 */
export declare function isCalendarDate(value: unknown): value is CalendarDate;
/**
 * `value` as a `CalendarDate`; throws a PatternMismatchError when it does not match the pattern.
 */
export declare function asCalendarDate(value: unknown): CalendarDate;
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
export declare const HourMinutePattern: RegExp;
/**
 * Whether `value` is a string matching the `HourMinute` pattern.
 */
export declare function isHourMinute(value: unknown): value is HourMinute;
/**
 * `value` as a `HourMinute`; throws a PatternMismatchError when it does not match the pattern.
 */
export declare function asHourMinute(value: unknown): HourMinute;
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
export declare const CallerIdPattern: RegExp;
/**
 * Whether `value` is a string matching the `CallerId` pattern.
 */
export declare function isCallerId(value: unknown): value is CallerId;
/**
 * `value` as a `CallerId`; throws a PatternMismatchError when it does not match the pattern.
 */
export declare function asCallerId(value: unknown): CallerId;
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
export declare function isIsoDate(value: unknown): value is IsoDate;
/**
 * `value` as a `IsoDate`; throws a FormatMismatchError when it is not in format `date`.
 */
export declare function asIsoDate(value: unknown): IsoDate;
