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
/**
 * Thrown by the `as<Name>` assertions when a value does not match its pattern.
 */
export class PatternMismatchError extends TypeError {
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
export const CalendarDatePattern = /^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$/u;
/**
 * Whether `value` is a string matching the `CalendarDate` pattern.
 */
export function isCalendarDate(value) {
    return typeof value === "string" && CalendarDatePattern.test(value);
}
/**
 * `value` as a `CalendarDate`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asCalendarDate(value) {
    if (typeof value === "string" && CalendarDatePattern.test(value))
        return value;
    throw new PatternMismatchError("CalendarDate", CalendarDatePattern, value);
}
/**
 * The `HourMinute` pattern, compiled once.
 */
export const HourMinutePattern = /^([01]\d|2[0-3]):([0-5]\d)$/u;
/**
 * Whether `value` is a string matching the `HourMinute` pattern.
 */
export function isHourMinute(value) {
    return typeof value === "string" && HourMinutePattern.test(value);
}
/**
 * `value` as a `HourMinute`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asHourMinute(value) {
    if (typeof value === "string" && HourMinutePattern.test(value))
        return value;
    throw new PatternMismatchError("HourMinute", HourMinutePattern, value);
}
/**
 * The `CallerId` pattern, compiled once.
 */
export const CallerIdPattern = /^[1-9]\d{9}$/u;
/**
 * Whether `value` is a string matching the `CallerId` pattern.
 */
export function isCallerId(value) {
    return typeof value === "string" && CallerIdPattern.test(value);
}
/**
 * `value` as a `CallerId`; throws a PatternMismatchError when it does not match the pattern.
 */
export function asCallerId(value) {
    if (typeof value === "string" && CallerIdPattern.test(value))
        return value;
    throw new PatternMismatchError("CallerId", CallerIdPattern, value);
}
