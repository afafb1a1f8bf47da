/**
 * Runtime validators compiled from the spec's JSON Schemas: plain functions with no dependency
 * and no eval, one check per keyword beside its message, the spec location in comments.
 *
 * `validate<Name>(value, options?)` returns `{ ok: true, value }` or `{ ok: false, issues }`;
 * `is<Name>(value)` is its type guard for hot paths.
 */
import type { components } from "./types.gen.js";
/** One reason a value is invalid. */
export interface ValidationIssue {
    /** JSON Pointer (RFC 6901) into the value: "" for the value itself, "/numbers/777/field3". */
    path: string;
    /** The JSON Schema keyword that failed, such as "pattern" or "required". */
    keyword: string;
    /** What was expected, then what was received: `must match pattern ^[1-9]\d{9}$ (received "0123456789")`. */
    message: string;
    /** JSON Pointer of the failed keyword in the spec, such as "#/components/schemas/Item/properties/code/pattern". */
    schemaPath: string;
    /** "error" makes the value invalid; "warning" (from the spec's `x-warn`) never does. */
    severity: "error" | "warning";
}
/** How a `validate<Name>` function checks. */
export interface ValidationOptions {
    /** Report every issue instead of stopping at the first. Default: false (fastest). */
    allErrors?: boolean | undefined;
    /**
     * Assert `format` (date, date-time, email, uri, uuid, ...). Default: true. With false, the
     * result's type still says what the spec's types say: a property typed by a format type of the
     * pattern module (by default `IsoDate`, `IsoTime`, `IsoDateTime`, `Uuid`) was not checked
     * against it, so test it with its guard (`isIsoDate`, ...) before relying on that type.
     * Patterns are always asserted.
     */
    formats?: boolean | undefined;
    /**
     * Run the spec's `x-warn` rules and return their warnings. Default: true. Turn them off on a
     * hot path that has no use for warnings: they can cost more than every error check together
     * (a duplicate scan of a 100,000-item list).
     */
    warnings?: boolean | undefined;
}
/**
 * The value, typed, when valid (with its warnings, if any, in `issues`); the issues otherwise
 * (at least one error, and the warnings found before it).
 */
export type ValidationResult<T> = {
    ok: true;
    value: T;
    issues?: ValidationIssue[];
} | {
    ok: false;
    issues: ValidationIssue[];
};
/**
 * Validates the JSON body of a createCampaign request.
 *
 * Schema: #/components/schemas/CreateCampaignRequest
 * Direction: request (`readOnly` properties are not required).
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateCreateCampaignRequest(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["CreateCampaignRequest"]>;
/**
 * Whether a value is valid against #/components/schemas/CreateCampaignRequest: the type guard of `validateCreateCampaignRequest`, for hot paths (formats checked, no issues built).
 */
export declare function isCreateCampaignRequest(value: unknown): value is components["schemas"]["CreateCampaignRequest"];
/**
 * Validates the JSON body of a 201 response to createCampaign.
 *
 * Schema: #/components/schemas/Campaign
 * Direction: response (`writeOnly` properties are not required).
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateCreateCampaignResponse(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["Campaign"]>;
/**
 * Whether a value is valid against #/components/schemas/Campaign: the type guard of `validateCreateCampaignResponse`, for hot paths (formats checked, no issues built).
 */
export declare function isCreateCampaignResponse(value: unknown): value is components["schemas"]["Campaign"];
/**
 * Validates the JSON body of a 503 response to createCampaign, as the API sends it (the spec's 503).
 *
 * Schema: #/components/schemas/Error
 * Direction: response (`writeOnly` properties are not required).
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateCreateCampaignUnavailableResponse(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["Error"]>;
/**
 * Whether a value is valid against #/components/schemas/Error: the type guard of `validateCreateCampaignUnavailableResponse`, for hot paths (formats checked, no issues built).
 */
export declare function isCreateCampaignUnavailableResponse(value: unknown): value is components["schemas"]["Error"];
/**
 * Validates a CampaignNumberInput (component schema).
 *
 * Schema: #/components/schemas/CampaignNumberInput
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateCampaignNumberInput(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["CampaignNumberInput"]>;
/**
 * Whether a value is valid against #/components/schemas/CampaignNumberInput: the type guard of `validateCampaignNumberInput`, for hot paths (formats checked, no issues built).
 */
export declare function isCampaignNumberInput(value: unknown): value is components["schemas"]["CampaignNumberInput"];
/**
 * Validates a DestinationInput (component schema).
 *
 * Schema: #/components/schemas/DestinationInput
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateDestinationInput(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["DestinationInput"]>;
/**
 * Whether a value is valid against #/components/schemas/DestinationInput: the type guard of `validateDestinationInput`, for hot paths (formats checked, no issues built).
 */
export declare function isDestinationInput(value: unknown): value is components["schemas"]["DestinationInput"];
/**
 * Validates a Campaign (component schema).
 *
 * Schema: #/components/schemas/Campaign
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateCampaign(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["Campaign"]>;
/**
 * Whether a value is valid against #/components/schemas/Campaign: the type guard of `validateCampaign`, for hot paths (formats checked, no issues built).
 */
export declare function isCampaign(value: unknown): value is components["schemas"]["Campaign"];
/**
 * Validates a CampaignNumber (component schema).
 *
 * Schema: #/components/schemas/CampaignNumber
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateCampaignNumber(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["CampaignNumber"]>;
/**
 * Whether a value is valid against #/components/schemas/CampaignNumber: the type guard of `validateCampaignNumber`, for hot paths (formats checked, no issues built).
 */
export declare function isCampaignNumber(value: unknown): value is components["schemas"]["CampaignNumber"];
/**
 * Validates a CampaignDestination (component schema).
 *
 * Schema: #/components/schemas/CampaignDestination
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateCampaignDestination(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["CampaignDestination"]>;
/**
 * Whether a value is valid against #/components/schemas/CampaignDestination: the type guard of `validateCampaignDestination`, for hot paths (formats checked, no issues built).
 */
export declare function isCampaignDestination(value: unknown): value is components["schemas"]["CampaignDestination"];
/**
 * Validates a Error (component schema).
 *
 * Schema: #/components/schemas/Error
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export declare function validateError(value: unknown, options?: ValidationOptions): ValidationResult<components["schemas"]["Error"]>;
/**
 * Whether a value is valid against #/components/schemas/Error: the type guard of `validateError`, for hot paths (formats checked, no issues built).
 */
export declare function isError(value: unknown): value is components["schemas"]["Error"];
