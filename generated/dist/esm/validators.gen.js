/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
import { CalendarDatePattern, CallerIdPattern, HourMinutePattern } from "./patterns.gen.js";
/**
 * Validates the JSON body of a createCampaign request.
 *
 * Schema: #/components/schemas/CreateCampaignRequest
 * Direction: request (`readOnly` properties are not required).
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateCreateCampaignRequest(value, options) {
    return run(checkCreateCampaignRequest, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/CreateCampaignRequest: the type guard of `validateCreateCampaignRequest`, for hot paths (formats checked, no issues built).
 */
export function isCreateCampaignRequest(value) {
    return guardCreateCampaignRequest(value);
}
/**
 * Validates the JSON body of a 201 response to createCampaign.
 *
 * Schema: #/components/schemas/Campaign
 * Direction: response (`writeOnly` properties are not required).
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateCreateCampaignResponse(value, options) {
    return run(checkCampaign, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/Campaign: the type guard of `validateCreateCampaignResponse`, for hot paths (formats checked, no issues built).
 */
export function isCreateCampaignResponse(value) {
    return guardCampaign(value);
}
/**
 * Validates the JSON body of a 503 response to createCampaign, as the API sends it (the spec's 503).
 *
 * Schema: #/components/schemas/Error
 * Direction: response (`writeOnly` properties are not required).
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateCreateCampaignUnavailableResponse(value, options) {
    return run(checkError, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/Error: the type guard of `validateCreateCampaignUnavailableResponse`, for hot paths (formats checked, no issues built).
 */
export function isCreateCampaignUnavailableResponse(value) {
    return guardError(value);
}
/**
 * Validates a CampaignNumberInput (component schema).
 *
 * Schema: #/components/schemas/CampaignNumberInput
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateCampaignNumberInput(value, options) {
    return run(checkCampaignNumberInput, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/CampaignNumberInput: the type guard of `validateCampaignNumberInput`, for hot paths (formats checked, no issues built).
 */
export function isCampaignNumberInput(value) {
    return guardCampaignNumberInput(value);
}
/**
 * Validates a DestinationInput (component schema).
 *
 * Schema: #/components/schemas/DestinationInput
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateDestinationInput(value, options) {
    return run(checkDestinationInput, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/DestinationInput: the type guard of `validateDestinationInput`, for hot paths (formats checked, no issues built).
 */
export function isDestinationInput(value) {
    return guardDestinationInput(value);
}
/**
 * Validates a Campaign (component schema).
 *
 * Schema: #/components/schemas/Campaign
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateCampaign(value, options) {
    return run(checkCampaign, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/Campaign: the type guard of `validateCampaign`, for hot paths (formats checked, no issues built).
 */
export function isCampaign(value) {
    return guardCampaign(value);
}
/**
 * Validates a CampaignNumber (component schema).
 *
 * Schema: #/components/schemas/CampaignNumber
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateCampaignNumber(value, options) {
    return run(checkCampaignNumber, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/CampaignNumber: the type guard of `validateCampaignNumber`, for hot paths (formats checked, no issues built).
 */
export function isCampaignNumber(value) {
    return guardCampaignNumber(value);
}
/**
 * Validates a CampaignDestination (component schema).
 *
 * Schema: #/components/schemas/CampaignDestination
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateCampaignDestination(value, options) {
    return run(checkCampaignDestination, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/CampaignDestination: the type guard of `validateCampaignDestination`, for hot paths (formats checked, no issues built).
 */
export function isCampaignDestination(value) {
    return guardCampaignDestination(value);
}
/**
 * Validates a Error (component schema).
 *
 * Schema: #/components/schemas/Error
 *
 * Returns the value, typed, or every issue (`allErrors`) or the first one.
 */
export function validateError(value, options) {
    return run(checkError, value, options);
}
/**
 * Whether a value is valid against #/components/schemas/Error: the type guard of `validateError`, for hot paths (formats checked, no issues built).
 */
export function isError(value) {
    return guardError(value);
}
const REQUIRED_1 = ['"tenantId"', '"name"', '"tech"', '"dateStart"', '"timeStart"', '"dateEnd"', '"timeEnd"', '"callerId"', '"recording"', '"numbers"', '"destinations"', '"timezone"', '"callFrequency"', '"matchDestinations"', '"notMatchDestinations"', '"enableVMDetect"', '"callHoursStart"', '"callHoursEnd"'];
const SCHEMA_2 = "#/components/schemas/CreateCampaignRequest";
const SCHEMA_3 = "#/components/schemas/CampaignNumberInput";
const REQUIRED_4 = ['"id"', '"tenantId"', '"name"', '"type"', '"dateStart"', '"dateEnd"', '"callerId"', '"callDelay"', '"state"', '"lastrun"', '"dialtimeout"', '"tech"', '"message"', '"timeStart"', '"timeEnd"', '"timezone"', '"callFrequency"', '"callHoursStart"', '"callHoursEnd"', '"recording"', '"numbers"', '"destinations"', '"enableVMDetect"', '"matchDestinations"', '"notMatchDestinations"'];
const SCHEMA_5 = "#/components/schemas/Campaign";
const SCHEMA_6 = "#/components/schemas/CampaignNumber";
const REQUIRED_7 = ['"name"', '"message"', '"code"'];
const SCHEMA_8 = "#/components/schemas/Error";
const REQUIRED_9 = ['"id"', '"type"'];
const SCHEMA_10 = "#/components/schemas/DestinationInput";
const SCHEMA_11 = "#/components/schemas/CampaignDestination";
/**
 * Checks #/components/schemas/CreateCampaignRequest.
 */
function checkCreateCampaignRequest(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.tenantId;
        const v3 = o1.name;
        const v4 = o1.tech;
        const v5 = o1.dateStart;
        const v6 = o1.timeStart;
        const v7 = o1.dateEnd;
        const v8 = o1.timeEnd;
        const v9 = o1.callerId;
        const v10 = o1.recording;
        const v11 = o1.numbers;
        const v12 = o1.destinations;
        const v13 = o1.timezone;
        const v14 = o1.callFrequency;
        const v15 = o1.matchDestinations;
        const v16 = o1.notMatchDestinations;
        const v17 = o1.enableVMDetect;
        const v18 = o1.callHoursStart;
        const v19 = o1.callHoursEnd;
        if ((v2 === undefined || v3 === undefined || v4 === undefined || v5 === undefined || v6 === undefined || v7 === undefined || v8 === undefined || v9 === undefined || v10 === undefined || v11 === undefined || v12 === undefined || v13 === undefined || v14 === undefined || v15 === undefined || v16 === undefined || v17 === undefined || v18 === undefined || v19 === undefined) && missing(c, [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19], REQUIRED_1, at(p, k), SCHEMA_2 + "/required"))
            return false;
        if (v2 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/tenantId
            if (typeof v2 === "number" && isFinite(v2)) {
                if (v2 <= 0 && property(c, p, k, "tenantId", "exclusiveMinimum", SCHEMA_2, "must be > 0", v2))
                    return false;
            }
            else if (property(c, p, k, "tenantId", "type", SCHEMA_2, "must be number", v2))
                return false;
        }
        if (v3 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/name
            if (typeof v3 === "string") {
                if ((v3.length < 3 || (v3.length < 6 && codePoints(v3) < 3)) && property(c, p, k, "name", "minLength", SCHEMA_2, "must NOT have fewer than 3 characters", v3))
                    return false;
            }
            else if (property(c, p, k, "name", "type", SCHEMA_2, "must be string", v3))
                return false;
        }
        if (v4 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/tech
            if (typeof v4 !== "string" && property(c, p, k, "tech", "type", SCHEMA_2, "must be string", v4))
                return false;
            if (!(v4 === "VOICE") && property(c, p, k, "tech", "enum", SCHEMA_2, "must be equal to one of the allowed values \"VOICE\"", v4))
                return false;
        }
        if (v5 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/dateStart
            if (typeof v5 === "string") {
                if (!CalendarDatePattern.test(v5) && property(c, p, k, "dateStart", "pattern", SCHEMA_2, "must match pattern ^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$", v5))
                    return false;
                if (c.formats && !matchesDate(v5) && property(c, p, k, "dateStart", "format", SCHEMA_2, "must match format \"date\"", v5))
                    return false;
            }
            else if (property(c, p, k, "dateStart", "type", SCHEMA_2, "must be string", v5))
                return false;
        }
        if (v6 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/timeStart
            if (typeof v6 === "string") {
                if (!HourMinutePattern.test(v6) && property(c, p, k, "timeStart", "pattern", SCHEMA_2, "must match pattern ^([01]\\d|2[0-3]):([0-5]\\d)$", v6))
                    return false;
            }
            else if (property(c, p, k, "timeStart", "type", SCHEMA_2, "must be string", v6))
                return false;
        }
        if (v7 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/dateEnd
            if (typeof v7 === "string") {
                if (!CalendarDatePattern.test(v7) && property(c, p, k, "dateEnd", "pattern", SCHEMA_2, "must match pattern ^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$", v7))
                    return false;
                if (c.formats && !matchesDate(v7) && property(c, p, k, "dateEnd", "format", SCHEMA_2, "must match format \"date\"", v7))
                    return false;
            }
            else if (property(c, p, k, "dateEnd", "type", SCHEMA_2, "must be string", v7))
                return false;
        }
        if (v8 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/timeEnd
            if (typeof v8 === "string") {
                if (!HourMinutePattern.test(v8) && property(c, p, k, "timeEnd", "pattern", SCHEMA_2, "must match pattern ^([01]\\d|2[0-3]):([0-5]\\d)$", v8))
                    return false;
            }
            else if (property(c, p, k, "timeEnd", "type", SCHEMA_2, "must be string", v8))
                return false;
        }
        if (v9 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/callerId
            if (typeof v9 === "string") {
                if (!CallerIdPattern.test(v9) && property(c, p, k, "callerId", "pattern", SCHEMA_2, "must match pattern ^[1-9]\\d{9}$", v9))
                    return false;
            }
            else if (property(c, p, k, "callerId", "type", SCHEMA_2, "must be string", v9))
                return false;
        }
        if (v10 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/recording
            if (typeof v10 !== "string" && property(c, p, k, "recording", "type", SCHEMA_2, "must be string", v10))
                return false;
            if (!(v10 === "yes") && property(c, p, k, "recording", "enum", SCHEMA_2, "must be equal to one of the allowed values \"yes\"", v10))
                return false;
        }
        if (v11 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/numbers
            if (Array.isArray(v11)) {
                const a31 = v11;
                for (let i32 = 0; i32 < a31.length; i32++) {
                    if (!c.warnings) {
                        while (i32 < a31.length && guardCampaignNumberInput(a31[i32]))
                            i32++;
                        if (i32 === a31.length)
                            break;
                    }
                    const v33 = a31[i32];
                    // #/components/schemas/CreateCampaignRequest/properties/numbers/items
                    // #/components/schemas/CampaignNumberInput
                    if (typeof v33 === "object" && v33 !== null && !Array.isArray(v33)) {
                        const o34 = v33;
                        const v35 = o34.number;
                        if (v35 === undefined && report(c, at(p, k) + "/numbers/" + i32, "required", SCHEMA_3 + "/required", "must have required property \"number\""))
                            return false;
                        if (v35 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/number
                            if (typeof v35 !== "string" && property(c, at(p, k) + "/numbers", i32, "number", "type", SCHEMA_3, "must be string", v35))
                                return false;
                            if (c.warnings) {
                                // #/components/schemas/CampaignNumberInput/properties/number/x-warn
                                if (typeof v35 === "string") {
                                    if (!CallerIdPattern.test(v35) && report(c, at(p, k) + "/numbers/" + i32 + "/number", "pattern", SCHEMA_3 + "/properties/number/x-warn/pattern", "does not look like a 10-digit number such as callerId", v35, 1))
                                        return false;
                                }
                            }
                        }
                        const v36 = o34.description;
                        if (v36 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/description
                            if (typeof v36 !== "string" && property(c, at(p, k) + "/numbers", i32, "description", "type", SCHEMA_3, "must be string", v36))
                                return false;
                        }
                        const v37 = o34.field1;
                        if (v37 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field1
                            if (typeof v37 !== "string" && property(c, at(p, k) + "/numbers", i32, "field1", "type", SCHEMA_3, "must be string", v37))
                                return false;
                        }
                        const v38 = o34.field2;
                        if (v38 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field2
                            if (typeof v38 !== "string" && property(c, at(p, k) + "/numbers", i32, "field2", "type", SCHEMA_3, "must be string", v38))
                                return false;
                        }
                        const v39 = o34.field3;
                        if (v39 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field3
                            if (typeof v39 !== "string" && property(c, at(p, k) + "/numbers", i32, "field3", "type", SCHEMA_3, "must be string", v39))
                                return false;
                        }
                        const v40 = o34.field4;
                        if (v40 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field4
                            if (typeof v40 !== "string" && property(c, at(p, k) + "/numbers", i32, "field4", "type", SCHEMA_3, "must be string", v40))
                                return false;
                        }
                        const v41 = o34.field5;
                        if (v41 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field5
                            if (typeof v41 !== "string" && property(c, at(p, k) + "/numbers", i32, "field5", "type", SCHEMA_3, "must be string", v41))
                                return false;
                        }
                        const v42 = o34.field6;
                        if (v42 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field6
                            if (typeof v42 !== "string" && property(c, at(p, k) + "/numbers", i32, "field6", "type", SCHEMA_3, "must be string", v42))
                                return false;
                        }
                        const v43 = o34.field7;
                        if (v43 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field7
                            if (typeof v43 !== "string" && property(c, at(p, k) + "/numbers", i32, "field7", "type", SCHEMA_3, "must be string", v43))
                                return false;
                        }
                        const v44 = o34.field8;
                        if (v44 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field8
                            if (typeof v44 !== "string" && property(c, at(p, k) + "/numbers", i32, "field8", "type", SCHEMA_3, "must be string", v44))
                                return false;
                        }
                        const v45 = o34.field9;
                        if (v45 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/field9
                            if (typeof v45 !== "string" && property(c, at(p, k) + "/numbers", i32, "field9", "type", SCHEMA_3, "must be string", v45))
                                return false;
                        }
                        const v46 = o34.disposition;
                        if (v46 !== undefined) {
                            // #/components/schemas/CampaignNumberInput/properties/disposition
                            if (typeof v46 !== "string" && property(c, at(p, k) + "/numbers", i32, "disposition", "type", SCHEMA_3, "must be string", v46))
                                return false;
                        }
                    }
                    else if (report(c, at(p, k) + "/numbers/" + i32, "type", SCHEMA_3 + "/type", "must be object", v33))
                        return false;
                }
            }
            else if (property(c, p, k, "numbers", "type", SCHEMA_2, "must be array", v11))
                return false;
            if (c.warnings) {
                // #/components/schemas/CreateCampaignRequest/properties/numbers/x-warn
                if (Array.isArray(v11)) {
                    const a48 = v11;
                    const d49 = duplicateBy(a48, "number");
                    if (d49 !== null && report(c, at(p, k) + "/numbers/" + d49[1], "x-unique-by", SCHEMA_2 + "/properties/numbers/x-warn/x-unique-by", "must NOT repeat the number of item " + d49[0], a48[d49[1]].number, 1))
                        return false;
                }
            }
        }
        if (v12 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/destinations
            if (Array.isArray(v12)) {
                const a50 = v12;
                for (let i51 = 0; i51 < a50.length; i51++) {
                    while (i51 < a50.length && guardDestinationInput(a50[i51]))
                        i51++;
                    if (i51 === a50.length)
                        break;
                    const v52 = a50[i51];
                    // #/components/schemas/CreateCampaignRequest/properties/destinations/items
                    if (!checkDestinationInput(v52, c, at(p, k) + "/destinations", i51))
                        return false;
                }
            }
            else if (property(c, p, k, "destinations", "type", SCHEMA_2, "must be array", v12))
                return false;
        }
        if (v13 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/timezone
            if (typeof v13 === "string") {
                if (!matchesTimeZone(v13) && property(c, p, k, "timezone", "x-time-zone", SCHEMA_2, timeZoneMessage(v13), v13))
                    return false;
            }
            else if (property(c, p, k, "timezone", "type", SCHEMA_2, "must be string", v13))
                return false;
        }
        if (v14 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/callFrequency
            if (typeof v14 === "number" && isFinite(v14)) {
                if (v14 <= 9 && property(c, p, k, "callFrequency", "exclusiveMinimum", SCHEMA_2, "must be > 9", v14))
                    return false;
            }
            else if (property(c, p, k, "callFrequency", "type", SCHEMA_2, "must be number", v14))
                return false;
        }
        if (v15 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/matchDestinations
            if (Array.isArray(v15)) {
                const a55 = v15;
                for (let i56 = 0; i56 < a55.length; i56++) {
                    while (i56 < a55.length && guardDestinationInput(a55[i56]))
                        i56++;
                    if (i56 === a55.length)
                        break;
                    const v57 = a55[i56];
                    // #/components/schemas/CreateCampaignRequest/properties/matchDestinations/items
                    if (!checkDestinationInput(v57, c, at(p, k) + "/matchDestinations", i56))
                        return false;
                }
            }
            else if (property(c, p, k, "matchDestinations", "type", SCHEMA_2, "must be array", v15))
                return false;
        }
        if (v16 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/notMatchDestinations
            if (Array.isArray(v16)) {
                const a58 = v16;
                for (let i59 = 0; i59 < a58.length; i59++) {
                    while (i59 < a58.length && guardDestinationInput(a58[i59]))
                        i59++;
                    if (i59 === a58.length)
                        break;
                    const v60 = a58[i59];
                    // #/components/schemas/CreateCampaignRequest/properties/notMatchDestinations/items
                    if (!checkDestinationInput(v60, c, at(p, k) + "/notMatchDestinations", i59))
                        return false;
                }
            }
            else if (property(c, p, k, "notMatchDestinations", "type", SCHEMA_2, "must be array", v16))
                return false;
        }
        if (v17 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/enableVMDetect
            if (typeof v17 !== "string" && property(c, p, k, "enableVMDetect", "type", SCHEMA_2, "must be string", v17))
                return false;
            if (!(v17 === "1") && !(v17 === "0") && property(c, p, k, "enableVMDetect", "enum", SCHEMA_2, "must be equal to one of the allowed values \"1\", \"0\"", v17))
                return false;
        }
        if (v18 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/callHoursStart
            if (typeof v18 === "string") {
                if (!HourMinutePattern.test(v18) && property(c, p, k, "callHoursStart", "pattern", SCHEMA_2, "must match pattern ^([01]\\d|2[0-3]):([0-5]\\d)$", v18))
                    return false;
            }
            else if (property(c, p, k, "callHoursStart", "type", SCHEMA_2, "must be string", v18))
                return false;
        }
        if (v19 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/callHoursEnd
            if (typeof v19 === "string") {
                if (!HourMinutePattern.test(v19) && property(c, p, k, "callHoursEnd", "pattern", SCHEMA_2, "must match pattern ^([01]\\d|2[0-3]):([0-5]\\d)$", v19))
                    return false;
            }
            else if (property(c, p, k, "callHoursEnd", "type", SCHEMA_2, "must be string", v19))
                return false;
        }
        const v20 = o1.state;
        if (v20 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/state
            if (typeof v20 !== "string" && property(c, p, k, "state", "type", SCHEMA_2, "must be string", v20))
                return false;
            if (!(v20 === "READY") && !(v20 === "PAUSED") && property(c, p, k, "state", "enum", SCHEMA_2, "must be equal to one of the allowed values \"READY\", \"PAUSED\"", v20))
                return false;
        }
        const v21 = o1.message;
        if (v21 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/message
            if (typeof v21 !== "string" && property(c, p, k, "message", "type", SCHEMA_2, "must be string", v21))
                return false;
        }
        if (((typeof v7 === "string" || typeof v7 === "number") && typeof v5 === typeof v7 && v7 < v5 && noErrorsAt(c, at(p, k), "dateStart", "dateEnd")) && report(c, at(p, k) + "/dateEnd", "x-order", SCHEMA_2 + "/x-order", "must not be before dateStart, " + show(v5), v7))
            return false;
        if ((v5 === v7 && v5 !== undefined && (typeof v8 === "string" || typeof v8 === "number") && typeof v6 === typeof v8 && v8 <= v6 && noErrorsAt(c, at(p, k), "timeStart", "timeEnd")) && report(c, at(p, k) + "/timeEnd", "x-order", SCHEMA_2 + "/x-order", "must be after timeStart when dateStart equals dateEnd, " + show(v6), v8))
            return false;
        if (((typeof v19 === "string" || typeof v19 === "number") && typeof v18 === typeof v19 && v19 <= v18 && noErrorsAt(c, at(p, k), "callHoursStart", "callHoursEnd")) && report(c, at(p, k) + "/callHoursEnd", "x-order", SCHEMA_2 + "/x-order", "must be after callHoursStart, " + show(v18), v19))
            return false;
    }
    else if (report(c, at(p, k), "type", SCHEMA_2 + "/type", "must be object", x))
        return false;
    if (c.warnings) {
        // #/components/schemas/CreateCampaignRequest/x-warn/0
        if (guardCreateCampaignRequestXWarn0If(x)) {
            // #/components/schemas/CreateCampaignRequest/x-warn/0/then
            if ((!(guardCreateCampaignRequestXWarn0ThenAnyOf0(x) || guardCreateCampaignRequestXWarn0ThenAnyOf1(x))) && report(c, at(p, k), "anyOf", SCHEMA_2 + "/x-warn/0/then/anyOf", "voicemail detection is on (\"1\") but matchDestinations and notMatchDestinations are both empty", undefined, 1))
                return false;
        }
        // #/components/schemas/CreateCampaignRequest/x-warn/1
        if (guardCreateCampaignRequestXWarn1If(x)) {
            // #/components/schemas/CreateCampaignRequest/x-warn/1/then
            if (typeof x === "object" && x !== null && !Array.isArray(x)) {
                const o63 = x;
                const v64 = o63.destinations;
                if (v64 !== undefined) {
                    // #/components/schemas/CreateCampaignRequest/x-warn/1/then/properties/destinations
                    if (Array.isArray(v64)) {
                        const a65 = v64;
                        if (a65.length < 1 && report(c, at(p, k) + "/destinations", "minItems", SCHEMA_2 + "/x-warn/1/then/properties/destinations/minItems", "voicemail detection is off (\"0\") but destinations is empty: connected calls have nowhere to go", a65.length, 1))
                            return false;
                    }
                }
            }
        }
    }
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/CreateCampaignRequest: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCreateCampaignRequest(x) {
    if (!(typeof x === "object" && x !== null && !Array.isArray(x)))
        return false;
    const o1 = x;
    const v2 = o1.tenantId;
    // #/components/schemas/CreateCampaignRequest/properties/tenantId
    if (!(typeof v2 === "number" && isFinite(v2)) || v2 <= 0)
        return false;
    const v3 = o1.name;
    // #/components/schemas/CreateCampaignRequest/properties/name
    if (typeof v3 !== "string" || v3.length < 3 || (v3.length < 6 && codePoints(v3) < 3))
        return false;
    const v4 = o1.tech;
    // #/components/schemas/CreateCampaignRequest/properties/tech
    if (typeof v4 !== "string" || !(v4 === "VOICE"))
        return false;
    const v5 = o1.dateStart;
    // #/components/schemas/CreateCampaignRequest/properties/dateStart
    if (typeof v5 !== "string" || !matchesDate(v5))
        return false;
    const v6 = o1.timeStart;
    // #/components/schemas/CreateCampaignRequest/properties/timeStart
    if (typeof v6 !== "string")
        return false;
    const v7 = o1.dateEnd;
    // #/components/schemas/CreateCampaignRequest/properties/dateEnd
    if (typeof v7 !== "string" || !matchesDate(v7))
        return false;
    const v8 = o1.timeEnd;
    // #/components/schemas/CreateCampaignRequest/properties/timeEnd
    if (typeof v8 !== "string")
        return false;
    const v9 = o1.callerId;
    // #/components/schemas/CreateCampaignRequest/properties/callerId
    if (typeof v9 !== "string")
        return false;
    const v10 = o1.recording;
    // #/components/schemas/CreateCampaignRequest/properties/recording
    if (typeof v10 !== "string" || !(v10 === "yes"))
        return false;
    const v13 = o1.timezone;
    // #/components/schemas/CreateCampaignRequest/properties/timezone
    if (typeof v13 !== "string")
        return false;
    const v14 = o1.callFrequency;
    // #/components/schemas/CreateCampaignRequest/properties/callFrequency
    if (!(typeof v14 === "number" && isFinite(v14)) || v14 <= 9)
        return false;
    const v17 = o1.enableVMDetect;
    // #/components/schemas/CreateCampaignRequest/properties/enableVMDetect
    if (typeof v17 !== "string" || !(v17 === "1") && !(v17 === "0"))
        return false;
    const v18 = o1.callHoursStart;
    // #/components/schemas/CreateCampaignRequest/properties/callHoursStart
    if (typeof v18 !== "string")
        return false;
    const v19 = o1.callHoursEnd;
    // #/components/schemas/CreateCampaignRequest/properties/callHoursEnd
    if (typeof v19 !== "string")
        return false;
    const v20 = o1.state;
    // #/components/schemas/CreateCampaignRequest/properties/state
    if (v20 !== undefined && (typeof v20 !== "string" || !(v20 === "READY") && !(v20 === "PAUSED")))
        return false;
    const v21 = o1.message;
    // #/components/schemas/CreateCampaignRequest/properties/message
    if (v21 !== undefined && typeof v21 !== "string")
        return false;
    // #/components/schemas/CreateCampaignRequest/properties/dateStart
    if (!CalendarDatePattern.test(v5))
        return false;
    // #/components/schemas/CreateCampaignRequest/properties/timeStart
    if (!HourMinutePattern.test(v6))
        return false;
    // #/components/schemas/CreateCampaignRequest/properties/dateEnd
    if (!CalendarDatePattern.test(v7))
        return false;
    // #/components/schemas/CreateCampaignRequest/properties/timeEnd
    if (!HourMinutePattern.test(v8))
        return false;
    // #/components/schemas/CreateCampaignRequest/properties/callerId
    if (!CallerIdPattern.test(v9))
        return false;
    // #/components/schemas/CreateCampaignRequest/properties/timezone
    if (!matchesTimeZone(v13))
        return false;
    // #/components/schemas/CreateCampaignRequest/properties/callHoursStart
    if (!HourMinutePattern.test(v18))
        return false;
    // #/components/schemas/CreateCampaignRequest/properties/callHoursEnd
    if (!HourMinutePattern.test(v19))
        return false;
    const v11 = o1.numbers;
    // #/components/schemas/CreateCampaignRequest/properties/numbers
    if (!Array.isArray(v11))
        return false;
    for (let i36 = 0; i36 < v11.length; i36++) {
        const v37 = v11[i36];
        // #/components/schemas/CreateCampaignRequest/properties/numbers/items
        // #/components/schemas/CampaignNumberInput
        if (!(typeof v37 === "object" && v37 !== null && !Array.isArray(v37)))
            return false;
        const o38 = v37;
        const v39 = o38.number;
        // #/components/schemas/CampaignNumberInput/properties/number
        if (typeof v39 !== "string")
            return false;
        const v40 = o38.description;
        // #/components/schemas/CampaignNumberInput/properties/description
        if (v40 !== undefined && typeof v40 !== "string")
            return false;
        const v41 = o38.field1;
        // #/components/schemas/CampaignNumberInput/properties/field1
        if (v41 !== undefined && typeof v41 !== "string")
            return false;
        const v42 = o38.field2;
        // #/components/schemas/CampaignNumberInput/properties/field2
        if (v42 !== undefined && typeof v42 !== "string")
            return false;
        const v43 = o38.field3;
        // #/components/schemas/CampaignNumberInput/properties/field3
        if (v43 !== undefined && typeof v43 !== "string")
            return false;
        const v44 = o38.field4;
        // #/components/schemas/CampaignNumberInput/properties/field4
        if (v44 !== undefined && typeof v44 !== "string")
            return false;
        const v45 = o38.field5;
        // #/components/schemas/CampaignNumberInput/properties/field5
        if (v45 !== undefined && typeof v45 !== "string")
            return false;
        const v46 = o38.field6;
        // #/components/schemas/CampaignNumberInput/properties/field6
        if (v46 !== undefined && typeof v46 !== "string")
            return false;
        const v47 = o38.field7;
        // #/components/schemas/CampaignNumberInput/properties/field7
        if (v47 !== undefined && typeof v47 !== "string")
            return false;
        const v48 = o38.field8;
        // #/components/schemas/CampaignNumberInput/properties/field8
        if (v48 !== undefined && typeof v48 !== "string")
            return false;
        const v49 = o38.field9;
        // #/components/schemas/CampaignNumberInput/properties/field9
        if (v49 !== undefined && typeof v49 !== "string")
            return false;
        const v50 = o38.disposition;
        // #/components/schemas/CampaignNumberInput/properties/disposition
        if (v50 !== undefined && typeof v50 !== "string")
            return false;
    }
    const v12 = o1.destinations;
    // #/components/schemas/CreateCampaignRequest/properties/destinations
    if (!Array.isArray(v12))
        return false;
    for (let i52 = 0; i52 < v12.length; i52++) {
        const v53 = v12[i52];
        // #/components/schemas/CreateCampaignRequest/properties/destinations/items
        if (!guardDestinationInput(v53))
            return false;
    }
    const v15 = o1.matchDestinations;
    // #/components/schemas/CreateCampaignRequest/properties/matchDestinations
    if (!Array.isArray(v15))
        return false;
    for (let i55 = 0; i55 < v15.length; i55++) {
        const v56 = v15[i55];
        // #/components/schemas/CreateCampaignRequest/properties/matchDestinations/items
        if (!guardDestinationInput(v56))
            return false;
    }
    const v16 = o1.notMatchDestinations;
    // #/components/schemas/CreateCampaignRequest/properties/notMatchDestinations
    if (!Array.isArray(v16))
        return false;
    for (let i58 = 0; i58 < v16.length; i58++) {
        const v59 = v16[i58];
        // #/components/schemas/CreateCampaignRequest/properties/notMatchDestinations/items
        if (!guardDestinationInput(v59))
            return false;
    }
    if ((typeof v7 === "string" || typeof v7 === "number") && typeof v5 === typeof v7 && v7 < v5)
        return false;
    if (v5 === v7 && v5 !== undefined && (typeof v8 === "string" || typeof v8 === "number") && typeof v6 === typeof v8 && v8 <= v6)
        return false;
    if ((typeof v19 === "string" || typeof v19 === "number") && typeof v18 === typeof v19 && v19 <= v18)
        return false;
    return true;
}
/**
 * Checks #/components/schemas/Campaign.
 */
function checkCampaign(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.id;
        const v3 = o1.tenantId;
        const v4 = o1.name;
        const v5 = o1.type;
        const v6 = o1.dateStart;
        const v7 = o1.dateEnd;
        const v8 = o1.callerId;
        const v9 = o1.callDelay;
        const v10 = o1.state;
        const v11 = o1.lastrun;
        const v12 = o1.dialtimeout;
        const v13 = o1.tech;
        const v14 = o1.message;
        const v15 = o1.timeStart;
        const v16 = o1.timeEnd;
        const v17 = o1.timezone;
        const v18 = o1.callFrequency;
        const v19 = o1.callHoursStart;
        const v20 = o1.callHoursEnd;
        const v21 = o1.recording;
        const v22 = o1.numbers;
        const v23 = o1.destinations;
        const v24 = o1.enableVMDetect;
        const v25 = o1.matchDestinations;
        const v26 = o1.notMatchDestinations;
        if ((v2 === undefined || v3 === undefined || v4 === undefined || v5 === undefined || v6 === undefined || v7 === undefined || v8 === undefined || v9 === undefined || v10 === undefined || v11 === undefined || v12 === undefined || v13 === undefined || v14 === undefined || v15 === undefined || v16 === undefined || v17 === undefined || v18 === undefined || v19 === undefined || v20 === undefined || v21 === undefined || v22 === undefined || v23 === undefined || v24 === undefined || v25 === undefined || v26 === undefined) && missing(c, [v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26], REQUIRED_4, at(p, k), SCHEMA_5 + "/required"))
            return false;
        if (v2 !== undefined) {
            // #/components/schemas/Campaign/properties/id
            if (!(typeof v2 === "number" && isFinite(v2)) && property(c, p, k, "id", "type", SCHEMA_5, "must be number", v2))
                return false;
        }
        if (v3 !== undefined) {
            // #/components/schemas/Campaign/properties/tenantId
            if (!(typeof v3 === "number" && isFinite(v3)) && property(c, p, k, "tenantId", "type", SCHEMA_5, "must be number", v3))
                return false;
        }
        if (v4 !== undefined) {
            // #/components/schemas/Campaign/properties/name
            if (typeof v4 !== "string" && property(c, p, k, "name", "type", SCHEMA_5, "must be string", v4))
                return false;
        }
        if (v5 !== undefined) {
            // #/components/schemas/Campaign/properties/type
            if (typeof v5 !== "string" && property(c, p, k, "type", "type", SCHEMA_5, "must be string", v5))
                return false;
        }
        if (v6 !== undefined) {
            // #/components/schemas/Campaign/properties/dateStart
            if (typeof v6 !== "string" && v6 !== null && property(c, p, k, "dateStart", "type", SCHEMA_5, "must be string or null", v6))
                return false;
        }
        if (v7 !== undefined) {
            // #/components/schemas/Campaign/properties/dateEnd
            if (typeof v7 !== "string" && v7 !== null && property(c, p, k, "dateEnd", "type", SCHEMA_5, "must be string or null", v7))
                return false;
        }
        if (v8 !== undefined) {
            // #/components/schemas/Campaign/properties/callerId
            if (typeof v8 !== "string" && v8 !== null && property(c, p, k, "callerId", "type", SCHEMA_5, "must be string or null", v8))
                return false;
        }
        if (v9 !== undefined) {
            // #/components/schemas/Campaign/properties/callDelay
            if (!(typeof v9 === "number" && isFinite(v9)) && v9 !== null && property(c, p, k, "callDelay", "type", SCHEMA_5, "must be number or null", v9))
                return false;
        }
        if (v10 !== undefined) {
            // #/components/schemas/Campaign/properties/state
            if (typeof v10 !== "string" && v10 !== null && property(c, p, k, "state", "type", SCHEMA_5, "must be string or null", v10))
                return false;
        }
        if (v11 !== undefined) {
            // #/components/schemas/Campaign/properties/lastrun
            if (typeof v11 !== "string" && v11 !== null && property(c, p, k, "lastrun", "type", SCHEMA_5, "must be string or null", v11))
                return false;
        }
        if (v12 !== undefined) {
            // #/components/schemas/Campaign/properties/dialtimeout
            if (!(typeof v12 === "number" && isFinite(v12)) && v12 !== null && property(c, p, k, "dialtimeout", "type", SCHEMA_5, "must be number or null", v12))
                return false;
        }
        if (v13 !== undefined) {
            // #/components/schemas/Campaign/properties/tech
            if (typeof v13 !== "string" && v13 !== null && property(c, p, k, "tech", "type", SCHEMA_5, "must be string or null", v13))
                return false;
        }
        if (v14 !== undefined) {
            // #/components/schemas/Campaign/properties/message
            if (typeof v14 !== "string" && v14 !== null && property(c, p, k, "message", "type", SCHEMA_5, "must be string or null", v14))
                return false;
        }
        if (v15 !== undefined) {
            // #/components/schemas/Campaign/properties/timeStart
            if (typeof v15 !== "string" && v15 !== null && property(c, p, k, "timeStart", "type", SCHEMA_5, "must be string or null", v15))
                return false;
        }
        if (v16 !== undefined) {
            // #/components/schemas/Campaign/properties/timeEnd
            if (typeof v16 !== "string" && v16 !== null && property(c, p, k, "timeEnd", "type", SCHEMA_5, "must be string or null", v16))
                return false;
        }
        if (v17 !== undefined) {
            // #/components/schemas/Campaign/properties/timezone
            if (typeof v17 !== "string" && v17 !== null && property(c, p, k, "timezone", "type", SCHEMA_5, "must be string or null", v17))
                return false;
        }
        if (v18 !== undefined) {
            // #/components/schemas/Campaign/properties/callFrequency
            if (!(typeof v18 === "number" && isFinite(v18)) && v18 !== null && property(c, p, k, "callFrequency", "type", SCHEMA_5, "must be number or null", v18))
                return false;
        }
        if (v19 !== undefined) {
            // #/components/schemas/Campaign/properties/callHoursStart
            if (typeof v19 !== "string" && v19 !== null && property(c, p, k, "callHoursStart", "type", SCHEMA_5, "must be string or null", v19))
                return false;
        }
        if (v20 !== undefined) {
            // #/components/schemas/Campaign/properties/callHoursEnd
            if (typeof v20 !== "string" && v20 !== null && property(c, p, k, "callHoursEnd", "type", SCHEMA_5, "must be string or null", v20))
                return false;
        }
        if (v21 !== undefined) {
            // #/components/schemas/Campaign/properties/recording
            if (typeof v21 !== "string" && v21 !== null && property(c, p, k, "recording", "type", SCHEMA_5, "must be string or null", v21))
                return false;
        }
        if (v22 !== undefined) {
            // #/components/schemas/Campaign/properties/numbers
            if (Array.isArray(v22)) {
                const a27 = v22;
                for (let i28 = 0; i28 < a27.length; i28++) {
                    while (i28 < a27.length && guardCampaignNumber(a27[i28]))
                        i28++;
                    if (i28 === a27.length)
                        break;
                    const v29 = a27[i28];
                    // #/components/schemas/Campaign/properties/numbers/items
                    // #/components/schemas/CampaignNumber
                    if (typeof v29 === "object" && v29 !== null && !Array.isArray(v29)) {
                        const o30 = v29;
                        const v31 = o30.number;
                        if (v31 !== undefined) {
                            // #/components/schemas/CampaignNumber/properties/number
                            if (typeof v31 !== "string" && property(c, at(p, k) + "/numbers", i28, "number", "type", SCHEMA_6, "must be string", v31))
                                return false;
                        }
                        const v32 = o30.description;
                        if (v32 !== undefined) {
                            // #/components/schemas/CampaignNumber/properties/description
                            if (typeof v32 !== "string" && property(c, at(p, k) + "/numbers", i28, "description", "type", SCHEMA_6, "must be string", v32))
                                return false;
                        }
                        const v33 = o30.disposition;
                        if (v33 !== undefined) {
                            // #/components/schemas/CampaignNumber/properties/disposition
                            if (typeof v33 !== "string" && property(c, at(p, k) + "/numbers", i28, "disposition", "type", SCHEMA_6, "must be string", v33))
                                return false;
                        }
                    }
                    else if (report(c, at(p, k) + "/numbers/" + i28, "type", SCHEMA_6 + "/type", "must be object", v29))
                        return false;
                }
            }
            else if (property(c, p, k, "numbers", "type", SCHEMA_5, "must be array", v22))
                return false;
        }
        if (v23 !== undefined) {
            // #/components/schemas/Campaign/properties/destinations
            if (Array.isArray(v23)) {
                const a34 = v23;
                for (let i35 = 0; i35 < a34.length; i35++) {
                    while (i35 < a34.length && guardCampaignDestination(a34[i35]))
                        i35++;
                    if (i35 === a34.length)
                        break;
                    const v36 = a34[i35];
                    // #/components/schemas/Campaign/properties/destinations/items
                    if (!checkCampaignDestination(v36, c, at(p, k) + "/destinations", i35))
                        return false;
                }
            }
            else if (property(c, p, k, "destinations", "type", SCHEMA_5, "must be array", v23))
                return false;
        }
        if (v24 !== undefined) {
            // #/components/schemas/Campaign/properties/enableVMDetect
            if (!(typeof v24 === "number" && isFinite(v24)) && property(c, p, k, "enableVMDetect", "type", SCHEMA_5, "must be number", v24))
                return false;
        }
        if (v25 !== undefined) {
            // #/components/schemas/Campaign/properties/matchDestinations
            if (Array.isArray(v25)) {
                const a37 = v25;
                for (let i38 = 0; i38 < a37.length; i38++) {
                    while (i38 < a37.length && guardCampaignDestination(a37[i38]))
                        i38++;
                    if (i38 === a37.length)
                        break;
                    const v39 = a37[i38];
                    // #/components/schemas/Campaign/properties/matchDestinations/items
                    if (!checkCampaignDestination(v39, c, at(p, k) + "/matchDestinations", i38))
                        return false;
                }
            }
            else if (property(c, p, k, "matchDestinations", "type", SCHEMA_5, "must be array", v25))
                return false;
        }
        if (v26 !== undefined) {
            // #/components/schemas/Campaign/properties/notMatchDestinations
            if (Array.isArray(v26)) {
                const a40 = v26;
                for (let i41 = 0; i41 < a40.length; i41++) {
                    while (i41 < a40.length && guardCampaignDestination(a40[i41]))
                        i41++;
                    if (i41 === a40.length)
                        break;
                    const v42 = a40[i41];
                    // #/components/schemas/Campaign/properties/notMatchDestinations/items
                    if (!checkCampaignDestination(v42, c, at(p, k) + "/notMatchDestinations", i41))
                        return false;
                }
            }
            else if (property(c, p, k, "notMatchDestinations", "type", SCHEMA_5, "must be array", v26))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_5 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/Campaign: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCampaign(x) {
    if (!(typeof x === "object" && x !== null && !Array.isArray(x)))
        return false;
    const o1 = x;
    const v2 = o1.id;
    // #/components/schemas/Campaign/properties/id
    if (!(typeof v2 === "number" && isFinite(v2)))
        return false;
    const v3 = o1.tenantId;
    // #/components/schemas/Campaign/properties/tenantId
    if (!(typeof v3 === "number" && isFinite(v3)))
        return false;
    const v4 = o1.name;
    // #/components/schemas/Campaign/properties/name
    if (typeof v4 !== "string")
        return false;
    const v5 = o1.type;
    // #/components/schemas/Campaign/properties/type
    if (typeof v5 !== "string")
        return false;
    const v6 = o1.dateStart;
    // #/components/schemas/Campaign/properties/dateStart
    if (typeof v6 !== "string" && v6 !== null)
        return false;
    const v7 = o1.dateEnd;
    // #/components/schemas/Campaign/properties/dateEnd
    if (typeof v7 !== "string" && v7 !== null)
        return false;
    const v8 = o1.callerId;
    // #/components/schemas/Campaign/properties/callerId
    if (typeof v8 !== "string" && v8 !== null)
        return false;
    const v9 = o1.callDelay;
    // #/components/schemas/Campaign/properties/callDelay
    if (!(typeof v9 === "number" && isFinite(v9)) && v9 !== null)
        return false;
    const v10 = o1.state;
    // #/components/schemas/Campaign/properties/state
    if (typeof v10 !== "string" && v10 !== null)
        return false;
    const v11 = o1.lastrun;
    // #/components/schemas/Campaign/properties/lastrun
    if (typeof v11 !== "string" && v11 !== null)
        return false;
    const v12 = o1.dialtimeout;
    // #/components/schemas/Campaign/properties/dialtimeout
    if (!(typeof v12 === "number" && isFinite(v12)) && v12 !== null)
        return false;
    const v13 = o1.tech;
    // #/components/schemas/Campaign/properties/tech
    if (typeof v13 !== "string" && v13 !== null)
        return false;
    const v14 = o1.message;
    // #/components/schemas/Campaign/properties/message
    if (typeof v14 !== "string" && v14 !== null)
        return false;
    const v15 = o1.timeStart;
    // #/components/schemas/Campaign/properties/timeStart
    if (typeof v15 !== "string" && v15 !== null)
        return false;
    const v16 = o1.timeEnd;
    // #/components/schemas/Campaign/properties/timeEnd
    if (typeof v16 !== "string" && v16 !== null)
        return false;
    const v17 = o1.timezone;
    // #/components/schemas/Campaign/properties/timezone
    if (typeof v17 !== "string" && v17 !== null)
        return false;
    const v18 = o1.callFrequency;
    // #/components/schemas/Campaign/properties/callFrequency
    if (!(typeof v18 === "number" && isFinite(v18)) && v18 !== null)
        return false;
    const v19 = o1.callHoursStart;
    // #/components/schemas/Campaign/properties/callHoursStart
    if (typeof v19 !== "string" && v19 !== null)
        return false;
    const v20 = o1.callHoursEnd;
    // #/components/schemas/Campaign/properties/callHoursEnd
    if (typeof v20 !== "string" && v20 !== null)
        return false;
    const v21 = o1.recording;
    // #/components/schemas/Campaign/properties/recording
    if (typeof v21 !== "string" && v21 !== null)
        return false;
    const v24 = o1.enableVMDetect;
    // #/components/schemas/Campaign/properties/enableVMDetect
    if (!(typeof v24 === "number" && isFinite(v24)))
        return false;
    const v22 = o1.numbers;
    // #/components/schemas/Campaign/properties/numbers
    if (!Array.isArray(v22))
        return false;
    for (let i28 = 0; i28 < v22.length; i28++) {
        const v29 = v22[i28];
        // #/components/schemas/Campaign/properties/numbers/items
        // #/components/schemas/CampaignNumber
        if (!(typeof v29 === "object" && v29 !== null && !Array.isArray(v29)))
            return false;
        const o30 = v29;
        const v31 = o30.number;
        // #/components/schemas/CampaignNumber/properties/number
        if (v31 !== undefined && typeof v31 !== "string")
            return false;
        const v32 = o30.description;
        // #/components/schemas/CampaignNumber/properties/description
        if (v32 !== undefined && typeof v32 !== "string")
            return false;
        const v33 = o30.disposition;
        // #/components/schemas/CampaignNumber/properties/disposition
        if (v33 !== undefined && typeof v33 !== "string")
            return false;
    }
    const v23 = o1.destinations;
    // #/components/schemas/Campaign/properties/destinations
    if (!Array.isArray(v23))
        return false;
    for (let i35 = 0; i35 < v23.length; i35++) {
        const v36 = v23[i35];
        // #/components/schemas/Campaign/properties/destinations/items
        if (!guardCampaignDestination(v36))
            return false;
    }
    const v25 = o1.matchDestinations;
    // #/components/schemas/Campaign/properties/matchDestinations
    if (!Array.isArray(v25))
        return false;
    for (let i38 = 0; i38 < v25.length; i38++) {
        const v39 = v25[i38];
        // #/components/schemas/Campaign/properties/matchDestinations/items
        if (!guardCampaignDestination(v39))
            return false;
    }
    const v26 = o1.notMatchDestinations;
    // #/components/schemas/Campaign/properties/notMatchDestinations
    if (!Array.isArray(v26))
        return false;
    for (let i41 = 0; i41 < v26.length; i41++) {
        const v42 = v26[i41];
        // #/components/schemas/Campaign/properties/notMatchDestinations/items
        if (!guardCampaignDestination(v42))
            return false;
    }
    return true;
}
/**
 * Checks #/components/schemas/Error.
 */
function checkError(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.name;
        const v3 = o1.message;
        const v4 = o1.code;
        if ((v2 === undefined || v3 === undefined || v4 === undefined) && missing(c, [v2, v3, v4], REQUIRED_7, at(p, k), SCHEMA_8 + "/required"))
            return false;
        if (v2 !== undefined) {
            // #/components/schemas/Error/properties/name
            if (typeof v2 !== "string" && property(c, p, k, "name", "type", SCHEMA_8, "must be string", v2))
                return false;
        }
        if (v3 !== undefined) {
            // #/components/schemas/Error/properties/message
            if (typeof v3 !== "string" && property(c, p, k, "message", "type", SCHEMA_8, "must be string", v3))
                return false;
        }
        if (v4 !== undefined) {
            // #/components/schemas/Error/properties/code
            if (!(typeof v4 === "number" && isFinite(v4)) && property(c, p, k, "code", "type", SCHEMA_8, "must be number", v4))
                return false;
        }
        const v5 = o1.className;
        if (v5 !== undefined) {
            // #/components/schemas/Error/properties/className
            if (typeof v5 !== "string" && property(c, p, k, "className", "type", SCHEMA_8, "must be string", v5))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_8 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/Error: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardError(x) {
    if (!(typeof x === "object" && x !== null && !Array.isArray(x)))
        return false;
    const o1 = x;
    const v2 = o1.name;
    // #/components/schemas/Error/properties/name
    if (typeof v2 !== "string")
        return false;
    const v3 = o1.message;
    // #/components/schemas/Error/properties/message
    if (typeof v3 !== "string")
        return false;
    const v4 = o1.code;
    // #/components/schemas/Error/properties/code
    if (!(typeof v4 === "number" && isFinite(v4)))
        return false;
    const v5 = o1.className;
    // #/components/schemas/Error/properties/className
    if (v5 !== undefined && typeof v5 !== "string")
        return false;
    return true;
}
/**
 * Checks #/components/schemas/CampaignNumberInput.
 */
function checkCampaignNumberInput(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.number;
        if (v2 === undefined && report(c, at(p, k), "required", SCHEMA_3 + "/required", "must have required property \"number\""))
            return false;
        if (v2 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/number
            if (typeof v2 !== "string" && property(c, p, k, "number", "type", SCHEMA_3, "must be string", v2))
                return false;
            if (c.warnings) {
                // #/components/schemas/CampaignNumberInput/properties/number/x-warn
                if (typeof v2 === "string") {
                    if (!CallerIdPattern.test(v2) && report(c, at(p, k) + "/number", "pattern", SCHEMA_3 + "/properties/number/x-warn/pattern", "does not look like a 10-digit number such as callerId", v2, 1))
                        return false;
                }
            }
        }
        const v3 = o1.description;
        if (v3 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/description
            if (typeof v3 !== "string" && property(c, p, k, "description", "type", SCHEMA_3, "must be string", v3))
                return false;
        }
        const v4 = o1.field1;
        if (v4 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field1
            if (typeof v4 !== "string" && property(c, p, k, "field1", "type", SCHEMA_3, "must be string", v4))
                return false;
        }
        const v5 = o1.field2;
        if (v5 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field2
            if (typeof v5 !== "string" && property(c, p, k, "field2", "type", SCHEMA_3, "must be string", v5))
                return false;
        }
        const v6 = o1.field3;
        if (v6 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field3
            if (typeof v6 !== "string" && property(c, p, k, "field3", "type", SCHEMA_3, "must be string", v6))
                return false;
        }
        const v7 = o1.field4;
        if (v7 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field4
            if (typeof v7 !== "string" && property(c, p, k, "field4", "type", SCHEMA_3, "must be string", v7))
                return false;
        }
        const v8 = o1.field5;
        if (v8 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field5
            if (typeof v8 !== "string" && property(c, p, k, "field5", "type", SCHEMA_3, "must be string", v8))
                return false;
        }
        const v9 = o1.field6;
        if (v9 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field6
            if (typeof v9 !== "string" && property(c, p, k, "field6", "type", SCHEMA_3, "must be string", v9))
                return false;
        }
        const v10 = o1.field7;
        if (v10 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field7
            if (typeof v10 !== "string" && property(c, p, k, "field7", "type", SCHEMA_3, "must be string", v10))
                return false;
        }
        const v11 = o1.field8;
        if (v11 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field8
            if (typeof v11 !== "string" && property(c, p, k, "field8", "type", SCHEMA_3, "must be string", v11))
                return false;
        }
        const v12 = o1.field9;
        if (v12 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field9
            if (typeof v12 !== "string" && property(c, p, k, "field9", "type", SCHEMA_3, "must be string", v12))
                return false;
        }
        const v13 = o1.disposition;
        if (v13 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/disposition
            if (typeof v13 !== "string" && property(c, p, k, "disposition", "type", SCHEMA_3, "must be string", v13))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_3 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/CampaignNumberInput: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCampaignNumberInput(x) {
    if (!(typeof x === "object" && x !== null && !Array.isArray(x)))
        return false;
    const o1 = x;
    const v2 = o1.number;
    // #/components/schemas/CampaignNumberInput/properties/number
    if (typeof v2 !== "string")
        return false;
    const v3 = o1.description;
    // #/components/schemas/CampaignNumberInput/properties/description
    if (v3 !== undefined && typeof v3 !== "string")
        return false;
    const v4 = o1.field1;
    // #/components/schemas/CampaignNumberInput/properties/field1
    if (v4 !== undefined && typeof v4 !== "string")
        return false;
    const v5 = o1.field2;
    // #/components/schemas/CampaignNumberInput/properties/field2
    if (v5 !== undefined && typeof v5 !== "string")
        return false;
    const v6 = o1.field3;
    // #/components/schemas/CampaignNumberInput/properties/field3
    if (v6 !== undefined && typeof v6 !== "string")
        return false;
    const v7 = o1.field4;
    // #/components/schemas/CampaignNumberInput/properties/field4
    if (v7 !== undefined && typeof v7 !== "string")
        return false;
    const v8 = o1.field5;
    // #/components/schemas/CampaignNumberInput/properties/field5
    if (v8 !== undefined && typeof v8 !== "string")
        return false;
    const v9 = o1.field6;
    // #/components/schemas/CampaignNumberInput/properties/field6
    if (v9 !== undefined && typeof v9 !== "string")
        return false;
    const v10 = o1.field7;
    // #/components/schemas/CampaignNumberInput/properties/field7
    if (v10 !== undefined && typeof v10 !== "string")
        return false;
    const v11 = o1.field8;
    // #/components/schemas/CampaignNumberInput/properties/field8
    if (v11 !== undefined && typeof v11 !== "string")
        return false;
    const v12 = o1.field9;
    // #/components/schemas/CampaignNumberInput/properties/field9
    if (v12 !== undefined && typeof v12 !== "string")
        return false;
    const v13 = o1.disposition;
    // #/components/schemas/CampaignNumberInput/properties/disposition
    if (v13 !== undefined && typeof v13 !== "string")
        return false;
    return true;
}
/**
 * Checks #/components/schemas/DestinationInput.
 */
function checkDestinationInput(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.id;
        const v3 = o1.type;
        if ((v2 === undefined || v3 === undefined) && missing(c, [v2, v3], REQUIRED_9, at(p, k), SCHEMA_10 + "/required"))
            return false;
        if (v2 !== undefined) {
            // #/components/schemas/DestinationInput/properties/id
            if (!(typeof v2 === "number" && isFinite(v2)) && property(c, p, k, "id", "type", SCHEMA_10, "must be number", v2))
                return false;
        }
        if (v3 !== undefined) {
            // #/components/schemas/DestinationInput/properties/type
            if (typeof v3 !== "string" && property(c, p, k, "type", "type", SCHEMA_10, "must be string", v3))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_10 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/DestinationInput: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardDestinationInput(x) {
    if (!(typeof x === "object" && x !== null && !Array.isArray(x)))
        return false;
    const o1 = x;
    const v2 = o1.id;
    // #/components/schemas/DestinationInput/properties/id
    if (!(typeof v2 === "number" && isFinite(v2)))
        return false;
    const v3 = o1.type;
    // #/components/schemas/DestinationInput/properties/type
    if (typeof v3 !== "string")
        return false;
    return true;
}
/**
 * Checks #/components/schemas/CampaignNumber.
 */
function checkCampaignNumber(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.number;
        if (v2 !== undefined) {
            // #/components/schemas/CampaignNumber/properties/number
            if (typeof v2 !== "string" && property(c, p, k, "number", "type", SCHEMA_6, "must be string", v2))
                return false;
        }
        const v3 = o1.description;
        if (v3 !== undefined) {
            // #/components/schemas/CampaignNumber/properties/description
            if (typeof v3 !== "string" && property(c, p, k, "description", "type", SCHEMA_6, "must be string", v3))
                return false;
        }
        const v4 = o1.disposition;
        if (v4 !== undefined) {
            // #/components/schemas/CampaignNumber/properties/disposition
            if (typeof v4 !== "string" && property(c, p, k, "disposition", "type", SCHEMA_6, "must be string", v4))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_6 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/CampaignNumber: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCampaignNumber(x) {
    if (!(typeof x === "object" && x !== null && !Array.isArray(x)))
        return false;
    const o1 = x;
    const v2 = o1.number;
    // #/components/schemas/CampaignNumber/properties/number
    if (v2 !== undefined && typeof v2 !== "string")
        return false;
    const v3 = o1.description;
    // #/components/schemas/CampaignNumber/properties/description
    if (v3 !== undefined && typeof v3 !== "string")
        return false;
    const v4 = o1.disposition;
    // #/components/schemas/CampaignNumber/properties/disposition
    if (v4 !== undefined && typeof v4 !== "string")
        return false;
    return true;
}
/**
 * Checks #/components/schemas/CampaignDestination.
 */
function checkCampaignDestination(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.typeSrc;
        if (v2 !== undefined) {
            // #/components/schemas/CampaignDestination/properties/typeSrc
            if (typeof v2 !== "string" && property(c, p, k, "typeSrc", "type", SCHEMA_11, "must be string", v2))
                return false;
        }
        const v3 = o1.destType;
        if (v3 !== undefined) {
            // #/components/schemas/CampaignDestination/properties/destType
            if (typeof v3 !== "string" && property(c, p, k, "destType", "type", SCHEMA_11, "must be string", v3))
                return false;
        }
        const v4 = o1.id;
        if (v4 !== undefined) {
            // #/components/schemas/CampaignDestination/properties/id
            if (!(typeof v4 === "number" && isFinite(v4)) && property(c, p, k, "id", "type", SCHEMA_11, "must be number", v4))
                return false;
        }
        const v5 = o1.order;
        if (v5 !== undefined) {
            // #/components/schemas/CampaignDestination/properties/order
            if (!(typeof v5 === "number" && isFinite(v5)) && property(c, p, k, "order", "type", SCHEMA_11, "must be number", v5))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_11 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/CampaignDestination: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCampaignDestination(x) {
    if (!(typeof x === "object" && x !== null && !Array.isArray(x)))
        return false;
    const o1 = x;
    const v2 = o1.typeSrc;
    // #/components/schemas/CampaignDestination/properties/typeSrc
    if (v2 !== undefined && typeof v2 !== "string")
        return false;
    const v3 = o1.destType;
    // #/components/schemas/CampaignDestination/properties/destType
    if (v3 !== undefined && typeof v3 !== "string")
        return false;
    const v4 = o1.id;
    // #/components/schemas/CampaignDestination/properties/id
    if (v4 !== undefined && !(typeof v4 === "number" && isFinite(v4)))
        return false;
    const v5 = o1.order;
    // #/components/schemas/CampaignDestination/properties/order
    if (v5 !== undefined && !(typeof v5 === "number" && isFinite(v5)))
        return false;
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/CreateCampaignRequest/x-warn/0/then/anyOf/0: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCreateCampaignRequestXWarn0ThenAnyOf0(x) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.matchDestinations;
        // #/components/schemas/CreateCampaignRequest/x-warn/0/then/anyOf/0/properties/matchDestinations
        if (v2 !== undefined && Array.isArray(v2) && v2.length < 1)
            return false;
    }
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/CreateCampaignRequest/x-warn/0/then/anyOf/1: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCreateCampaignRequestXWarn0ThenAnyOf1(x) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.notMatchDestinations;
        // #/components/schemas/CreateCampaignRequest/x-warn/0/then/anyOf/1/properties/notMatchDestinations
        if (v2 !== undefined && Array.isArray(v2) && v2.length < 1)
            return false;
    }
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/CreateCampaignRequest/x-warn/0/if: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCreateCampaignRequestXWarn0If(x) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.enableVMDetect;
        if (v2 === undefined)
            return false;
        // #/components/schemas/CreateCampaignRequest/x-warn/0/if/properties/enableVMDetect
        if (v2 !== undefined && !(v2 === "1"))
            return false;
    }
    return true;
}
/**
 * Whether a value is valid against #/components/schemas/CreateCampaignRequest/x-warn/1/if: the verdict alone (formats asserted, `x-warn` skipped).
 */
function guardCreateCampaignRequestXWarn1If(x) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        const v2 = o1.enableVMDetect;
        if (v2 === undefined)
            return false;
        // #/components/schemas/CreateCampaignRequest/x-warn/1/if/properties/enableVMDetect
        if (v2 !== undefined && !(v2 === "0"))
            return false;
    }
    return true;
}
/**
 * Records an issue and says whether the check must stop: an error stops it in first-issue mode
 * and in the quiet mode of the guards and sub-schema tests (which build no issue); a warning
 * (`x-warn`) never stops it and never makes a value invalid.
 */
function report(c, path, keyword, schemaPath, message, received, warning) {
    if (c.quiet)
        return warning !== 1;
    const issue = {
        path,
        keyword,
        message: received === undefined ? message : typeof received === "string" && plainText(received) ? message + ' (received "' + received + '")' : message + " (received " + show(received) + ")",
        schemaPath,
        severity: warning === 1 ? "warning" : "error",
    };
    if (c.issues === null)
        c.issues = [issue];
    else
        c.issues.push(issue);
    if (warning === 1)
        return false;
    c.errors++;
    return !c.all;
}
/** `report` for a keyword of a property: its name (a JSON Pointer token) gives both paths. */
function property(c, p, k, token, keyword, schema, message, received, warning) {
    if (c.quiet)
        return warning !== 1;
    return report(c, at(p, k) + "/" + token, keyword, schema + "/properties/" + token + "/" + keyword, message, received, warning);
}
/**
 * A received value for messages: strings as JSON, cut at 64 characters (or 63, not to split
 * a surrogate pair), -0 as written.
 */
function show(value) {
    if (typeof value === "string") {
        if (value.length <= 64)
            return JSON.stringify(value);
        const end = value.charCodeAt(63) >> 10 === 54 ? 63 : 64;
        return JSON.stringify(value.slice(0, end) + "…");
    }
    if (Array.isArray(value))
        return "array";
    if (typeof value === "bigint")
        return value + "n";
    if (value === 0 && 1 / value < 0)
        return "-0";
    return value !== null && typeof value === "object" ? "object" : String(value);
}
/**
 * Whether a received string can go into a message between two quotes as it is: at most 64
 * characters, none that JSON escapes (a quote, a backslash, a control character, a surrogate).
 * Most received values are, and `report` then appends it to the message without building a
 * quoted copy first: JSON.stringify, a RegExp test, or '"' + text + '"' (a short string is
 * copied, not linked, at each +) each cost about as much as the rest of a report.
 */
function plainText(text) {
    if (text.length > 64)
        return false;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < 32 || unit === 34 || unit === 92 || (unit >= 0xd800 && unit <= 0xdfff))
            return false;
    }
    return true;
}
/**
 * Whether no error was reported at or below two properties of the object at `parent`: only
 * then does `x-order` compare them. Called only for a pair found out of order, and errors are
 * found first only with every issue asked for.
 */
function noErrorsAt(c, parent, first, second) {
    if (c.errors === 0)
        return true;
    for (const name of [first, second]) {
        const path = at(parent, name);
        for (const issue of c.issues) {
            if (issue.severity === "error" && (issue.path === path || issue.path.startsWith(path + "/")))
                return false;
        }
    }
    return true;
}
/** The JSON Pointer of a value from its parent's pointer and its key (escaped per RFC 6901). */
function at(parent, key) {
    if (key === null)
        return parent;
    return parent + "/" + (typeof key === "number" ? key : key.replace(/~/g, "~0").replace(/\//g, "~1"));
}
// One context, reused by every call: a check is synchronous, and a call made while it is in
// use (from a getter of the value being checked) gets a context of its own.
const REUSED = { issues: null, errors: 0, all: false, formats: true, quiet: false, warnings: true };
let reusedInUse = false;
function run(check, value, options) {
    if (options != null && (typeof options !== "object" || !isFlag(options.allErrors) || !isFlag(options.formats) || !isFlag(options.warnings) || unknownName(options) !== undefined))
        badOptions(options);
    const reuse = !reusedInUse;
    const c = reuse ? REUSED : { issues: null, errors: 0, all: false, formats: true, quiet: false, warnings: true };
    c.all = options != null && options.allErrors === true;
    c.formats = options == null || options.formats !== false;
    c.warnings = options == null || options.warnings !== false;
    if (reuse)
        reusedInUse = true;
    let issues;
    let errors;
    try {
        check(value, c, "", null);
        issues = c.issues;
        errors = c.errors;
    }
    finally {
        // Also when reading the value threw (a getter, a Proxy): the next call starts clean.
        c.issues = null;
        c.errors = 0;
        if (reuse)
            reusedInUse = false;
    }
    if (errors > 0)
        return { ok: false, issues: issues };
    return issues === null ? { ok: true, value: value } : { ok: true, value: value, issues };
}
function isFlag(option) {
    return option === undefined || typeof option === "boolean";
}
function unknownName(options) {
    for (const name in options)
        if (name !== "allErrors" && name !== "formats" && name !== "warnings")
            return name;
    return undefined;
}
function badOptions(options) {
    if (typeof options !== "object")
        throw new TypeError("validation options must be an object, received " + typeof options);
    const record = options;
    for (const name of ["allErrors", "formats", "warnings"]) {
        if (!isFlag(record[name]))
            throw new TypeError("validation option " + name + " must be true or false, received " + typeof record[name] + " " + show(record[name]));
    }
    throw new TypeError("unknown validation option " + unknownName(record) + " (known: allErrors, formats, warnings)");
}
/**
 * Reports the missing `required` names (`values`: the caller's reads, in the order of the
 * names) and says whether to stop. The names come quoted as JSON (as messages show them), quoted
 * by the generator: quoting them here cost a third of a report.
 */
function missing(c, values, names, path, schemaPath, warning) {
    for (let i = 0; i < names.length; i++) {
        if (values[i] !== undefined)
            continue;
        if (c.quiet)
            return warning !== 1;
        if (report(c, path, "required", schemaPath, "must have required property " + names[i], undefined, warning))
            return true;
    }
    return false;
}
/** Length in Unicode code points, as JSON Schema counts it: "😀" is one character, not two. */
function codePoints(text) {
    let count = 0;
    for (let i = 0; i < text.length; i++, count++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff)
                i++;
        }
    }
    return count;
}
/**
 * The indexes of the first two objects with the same value of a property (`x-unique-by`), or
 * null. Only strings, numbers, booleans and null are compared: one pass with a Set, however
 * long the list. An object or array value is skipped (content comparison would be quadratic, and deep
 * values would overflow the stack); in a spec it fails its property's own type.
 */
function duplicateBy(items, name) {
    // A Set, not a Map of first indexes: a third faster on a 1,000-item list, and the first
    // index is looked up again only once a duplicate is found.
    const seen = new Set();
    for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item === null || typeof item !== "object" || Array.isArray(item))
            continue;
        const key = item[name];
        // NaN is no repeat: a Set counts it as one, but no earlier value is === to it. A function is
        // no JSON value: what an item without the property inherits ("constructor", "toString").
        if (key === undefined || key !== key || typeof key === "function" || (key !== null && typeof key === "object"))
            continue;
        const size = seen.size;
        seen.add(key);
        if (seen.size === size) {
            for (let j = 0; j < i; j++) {
                const earlier = items[j];
                if (earlier !== null && typeof earlier === "object" && !Array.isArray(earlier) && earlier[name] === key)
                    return [j, i];
            }
        }
    }
    return null;
}
// IANA time zones (`x-time-zone`), as the runtime's Intl knows them.
let TIME_ZONES;
/** Aliases Intl accepted (see matchesTimeZone), kept apart: ZONES_BY_CASE holds listed zones only. */
const ALIASES = new Set();
/** The zones of TIME_ZONES by their lower-case names, made at the first name not listed as written. */
let ZONES_BY_CASE;
const ABBREVIATION = /^[A-Z]{2,5}$/;
const ZONE_NAME = /^[A-Z][A-Za-z0-9+_-]*(?:\/[A-Z0-9][A-Za-z0-9+_-]*)*$/;
// What the database's names never have: an area it does not use ("EtC/UTC"), or a word in
// capitals ("US/EASTERN"; its capitals are initials: "NZ-CHAT", "EST5EDT").
const ZONE_AREA = /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Brazil|Canada|Chile|Etc|Europe|Indian|Mexico|Pacific|US)\//;
const SHOUTED = /[A-Z]{5}/;
// Two capitals before a small letter ("US/EAstern"): of the database's names only
// "Antarctica/DumontDUrville" has them, and the runtime lists it.
const CAPITALS_IN_WORD = /[A-Z]{2}[a-z]/;
/**
 * Whether a string names a time zone of the IANA database the runtime ships: a zone of
 * `Intl.supportedValuesOf("timeZone")`, or an alias `Intl.DateTimeFormat` accepts written as
 * the database writes it ("UTC", "Asia/Kolkata"). Intl ignores case, and servers that look a
 * name up as written (Java's ZoneId, Python's zoneinfo) do not: "Europe/LONDON" and "Utc" are
 * refused. Abbreviations ("CST") are refused even where the runtime accepts them: they are
 * ambiguous, and servers seldom do.
 */
function matchesTimeZone(text) {
    if (TIME_ZONES === undefined) {
        const intl = Intl;
        TIME_ZONES = new Set(intl.supportedValuesOf ? intl.supportedValuesOf("timeZone") : []);
    }
    if (TIME_ZONES.has(text) || ALIASES.has(text))
        return true;
    if (zoneWrittenAs(text) !== undefined)
        return false;
    if (ABBREVIATION.test(text) ? text !== "UTC" && text !== "GMT" : !ZONE_NAME.test(text) || SHOUTED.test(text) || CAPITALS_IN_WORD.test(text) || (text.includes("/") && !ZONE_AREA.test(text)))
        return false;
    try {
        // An alias: written as the database writes it unless it is its zone's name in other case.
        const zone = new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
        if (zone !== text && zone.toLowerCase() === text.toLowerCase())
            return false;
        // Asking Intl takes about 70 µs, 50 times a whole check of VOXO's campaign body: an alias accepted once
        // ("UTC") is known from then on. (Refusals are not kept: they could grow without bound.)
        ALIASES.add(text);
        return true;
    }
    catch {
        return false;
    }
}
/** The listed zone a name is in other case ("America/Chicago" for "AMERICA/CHICAGO"), if any. */
function zoneWrittenAs(text) {
    if (ZONES_BY_CASE === undefined) {
        ZONES_BY_CASE = new Map();
        for (const zone of TIME_ZONES ?? [])
            ZONES_BY_CASE.set(zone.toLowerCase(), zone);
        ZONES_BY_CASE.set("utc", "UTC").set("gmt", "GMT");
    }
    const zone = ZONES_BY_CASE.get(text.toLowerCase());
    return zone === text ? undefined : zone;
}
function timeZoneMessage(text) {
    const zone = zoneWrittenAs(text);
    if (zone !== undefined)
        return "must be an IANA time zone written as the database writes it: \"" + zone + "\"";
    return ABBREVIATION.test(text)
        ? "must be an IANA time zone such as \"America/Chicago\", not an abbreviation"
        : "must be an IANA time zone known to the runtime, such as \"America/Chicago\"";
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
