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
 * A template type ends in `| never` so that compile errors name it (`not assignable to type
 * '<Name>'`) instead of printing its expanded union.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CallerIdPattern = exports.HourMinutePattern = exports.CalendarDatePattern = exports.PatternMismatchError = void 0;
exports.isCalendarDate = isCalendarDate;
exports.asCalendarDate = asCalendarDate;
exports.isHourMinute = isHourMinute;
exports.asHourMinute = asHourMinute;
exports.isCallerId = isCallerId;
exports.asCallerId = asCallerId;
/**
 * Thrown by the `as<Name>` assertions when a value does not match its pattern.
 */
class PatternMismatchError extends TypeError {
    constructor(
    /** The pattern's type name, such as `CalendarDate`. */
    patternName, pattern, received) {
        super(`expected ${patternName}, a string matching ${String(pattern)}, received ${describeValue(received)}`);
        this.patternName = patternName;
        this.pattern = pattern;
        this.received = received;
        this.name = "PatternMismatchError";
    }
}
exports.PatternMismatchError = PatternMismatchError;
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
