"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.CallerIdPattern = exports.HourMinutePattern = exports.CalendarDatePattern = exports.FormatMismatchError = exports.PatternMismatchError = void 0;
exports.isCalendarDate = isCalendarDate;
exports.asCalendarDate = asCalendarDate;
exports.isHourMinute = isHourMinute;
exports.asHourMinute = asHourMinute;
exports.isCallerId = isCallerId;
exports.asCallerId = asCallerId;
exports.isIsoDate = isIsoDate;
exports.asIsoDate = asIsoDate;
/**
 * Thrown by the `as<Name>` assertions when a value does not match its pattern.
 */
class PatternMismatchError extends TypeError {
    /**
     * An error of this class made by the package's other build is one too: a CommonJS dependency
     * that requires the package beside an ES module that imports it loads both. A subclass's is not.
     */
    static [Symbol.hasInstance](value) {
        return Function.prototype[Symbol.hasInstance].call(this, value) || (this === PatternMismatchError && typeof value === "object" && value !== null && Symbol.for("voxo-call-campaigns-client PatternMismatchError") in value);
    }
    constructor(
    /** The pattern's type name, such as `CalendarDate`. */
    patternName, pattern, received) {
        super(`expected ${patternName}, a string matching ${String(pattern)}, received ${describeValue(received)}`);
        this.patternName = patternName;
        this.pattern = pattern;
        this.received = received;
        this.name = "PatternMismatchError";
        Object.defineProperty(this, Symbol.for("voxo-call-campaigns-client PatternMismatchError"), { value: true });
    }
}
exports.PatternMismatchError = PatternMismatchError;
/**
 * Thrown by the `as<Name>` assertions of the formats when a value is not in its format.
 */
class FormatMismatchError extends TypeError {
    /**
     * An error of this class made by the package's other build is one too: a CommonJS dependency
     * that requires the package beside an ES module that imports it loads both. A subclass's is not.
     */
    static [Symbol.hasInstance](value) {
        return Function.prototype[Symbol.hasInstance].call(this, value) || (this === FormatMismatchError && typeof value === "object" && value !== null && Symbol.for("voxo-call-campaigns-client FormatMismatchError") in value);
    }
    constructor(
    /** The format's type name, such as `IsoDate`. */
    formatName, 
    /** The `format` keyword's value, such as `date`. */
    format, received) {
        super(`expected ${formatName}, a string in format ${JSON.stringify(format)}, received ${describeValue(received)}`);
        this.formatName = formatName;
        this.format = format;
        this.received = received;
        this.name = "FormatMismatchError";
        Object.defineProperty(this, Symbol.for("voxo-call-campaigns-client FormatMismatchError"), { value: true });
    }
}
exports.FormatMismatchError = FormatMismatchError;
function describeValue(value) {
    if (typeof value === "string")
        return value.length > 80 ? `${JSON.stringify(value.slice(0, 80))}... (${value.length} characters)` : JSON.stringify(value);
    if (value === null || value === undefined)
        return String(value);
    if (Array.isArray(value))
        return "an array";
    return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
/**
 * The `CalendarDate` pattern, compiled once.
 */
exports.CalendarDatePattern = /^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$/u;
/**
 * Whether `value` is a string matching the `CalendarDate` pattern.
 */
function isCalendarDate(value) {
    return typeof value === "string" && exports.CalendarDatePattern.test(value);
}
/**
 * `value` as a `CalendarDate`; throws a PatternMismatchError when it does not match the pattern.
 */
function asCalendarDate(value) {
    if (typeof value === "string" && exports.CalendarDatePattern.test(value))
        return value;
    throw new PatternMismatchError("CalendarDate", exports.CalendarDatePattern, value);
}
/**
 * The `HourMinute` pattern, compiled once.
 */
exports.HourMinutePattern = /^([01]\d|2[0-3]):([0-5]\d)$/u;
/**
 * Whether `value` is a string matching the `HourMinute` pattern.
 */
function isHourMinute(value) {
    return typeof value === "string" && exports.HourMinutePattern.test(value);
}
/**
 * `value` as a `HourMinute`; throws a PatternMismatchError when it does not match the pattern.
 */
function asHourMinute(value) {
    if (typeof value === "string" && exports.HourMinutePattern.test(value))
        return value;
    throw new PatternMismatchError("HourMinute", exports.HourMinutePattern, value);
}
/**
 * The `CallerId` pattern, compiled once.
 */
exports.CallerIdPattern = /^[1-9]\d{9}$/u;
/**
 * Whether `value` is a string matching the `CallerId` pattern.
 */
function isCallerId(value) {
    return typeof value === "string" && exports.CallerIdPattern.test(value);
}
/**
 * `value` as a `CallerId`; throws a PatternMismatchError when it does not match the pattern.
 */
function asCallerId(value) {
    if (typeof value === "string" && exports.CallerIdPattern.test(value))
        return value;
    throw new PatternMismatchError("CallerId", exports.CallerIdPattern, value);
}
/**
 * Whether `value` is a string in format `date` (the validators' check).
 */
function isIsoDate(value) {
    return typeof value === "string" && matchesDate(value);
}
/**
 * `value` as a `IsoDate`; throws a FormatMismatchError when it is not in format `date`.
 */
function asIsoDate(value) {
    if (typeof value === "string" && matchesDate(value))
        return value;
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
function matchesDate(text) {
    if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
        return false;
    const month = asciiDigits(text, 5, 2);
    if (month < 1 || month > 12)
        return false;
    const day = asciiDigits(text, 8, 2);
    const year = asciiDigits(text, 0, 4);
    if (day < 1 || year < 0)
        return false;
    if (day <= DAYS[month])
        return true;
    return month === 2 && day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
/** The number written by `count` ASCII digits at `start`, or -1 where one is not a digit. */
function asciiDigits(text, start, count) {
    let value = 0;
    for (let i = start; i < start + count; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
