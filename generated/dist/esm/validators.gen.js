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
    return checkCreateCampaignRequest(value, QUIET, "", null);
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
    return checkCampaign(value, QUIET, "", null);
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
    return checkCampaignNumberInput(value, QUIET, "", null);
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
    return checkDestinationInput(value, QUIET, "", null);
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
    return checkCampaign(value, QUIET, "", null);
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
    return checkCampaignNumber(value, QUIET, "", null);
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
    return checkCampaignDestination(value, QUIET, "", null);
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
    return checkError(value, QUIET, "", null);
}
const REQUIRED_1 = ["tenantId", "name", "tech", "dateStart", "timeStart", "dateEnd", "timeEnd", "callerId", "recording", "numbers", "destinations", "timezone", "callFrequency", "matchDestinations", "notMatchDestinations", "enableVMDetect", "callHoursStart", "callHoursEnd"];
const SCHEMA_2 = "#/components/schemas/CreateCampaignRequest";
const REQUIRED_3 = ["id", "tenantId", "name", "type", "dateStart", "dateEnd", "callerId", "callDelay", "state", "lastrun", "dialtimeout", "tech", "message", "timeStart", "timeEnd", "timezone", "callFrequency", "callHoursStart", "callHoursEnd", "recording", "numbers", "destinations", "enableVMDetect", "matchDestinations", "notMatchDestinations"];
const SCHEMA_4 = "#/components/schemas/Campaign";
const REQUIRED_5 = ["number"];
const SCHEMA_6 = "#/components/schemas/CampaignNumberInput";
const REQUIRED_7 = ["id", "type"];
const SCHEMA_8 = "#/components/schemas/DestinationInput";
const SCHEMA_9 = "#/components/schemas/CampaignNumber";
const SCHEMA_10 = "#/components/schemas/CampaignDestination";
const REQUIRED_11 = ["name", "message", "code"];
const SCHEMA_12 = "#/components/schemas/Error";
/**
 * Checks #/components/schemas/CreateCampaignRequest.
 */
function checkCreateCampaignRequest(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        if ((o1.tenantId === undefined || o1.name === undefined || o1.tech === undefined || o1.dateStart === undefined || o1.timeStart === undefined || o1.dateEnd === undefined || o1.timeEnd === undefined || o1.callerId === undefined || o1.recording === undefined || o1.numbers === undefined || o1.destinations === undefined || o1.timezone === undefined || o1.callFrequency === undefined || o1.matchDestinations === undefined || o1.notMatchDestinations === undefined || o1.enableVMDetect === undefined || o1.callHoursStart === undefined || o1.callHoursEnd === undefined) && missing(c, o1, REQUIRED_1, at(p, k), SCHEMA_2 + "/required"))
            return false;
        const v2 = o1.tenantId;
        if (v2 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/tenantId
            if (typeof v2 === "number" && isFinite(v2)) {
                if (v2 <= 0 && property(c, p, k, "tenantId", "exclusiveMinimum", SCHEMA_2, "must be > 0", v2))
                    return false;
            }
            else if (property(c, p, k, "tenantId", "type", SCHEMA_2, "must be number", v2))
                return false;
        }
        const v4 = o1.name;
        if (v4 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/name
            if (typeof v4 === "string") {
                if (((v4.length < 3 || (v4.length < 6 && codePoints(v4) < 3))) && property(c, p, k, "name", "minLength", SCHEMA_2, "must NOT have fewer than 3 characters", v4))
                    return false;
            }
            else if (property(c, p, k, "name", "type", SCHEMA_2, "must be string", v4))
                return false;
        }
        const v6 = o1.tech;
        if (v6 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/tech
            if (typeof v6 !== "string" && property(c, p, k, "tech", "type", SCHEMA_2, "must be string", v6))
                return false;
            if (!(v6 === "VOICE") && property(c, p, k, "tech", "enum", SCHEMA_2, "must be equal to one of the allowed values \"VOICE\"", v6))
                return false;
        }
        const v7 = o1.dateStart;
        if (v7 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/dateStart
            if (typeof v7 === "string") {
                if (!CalendarDatePattern.test(v7) && property(c, p, k, "dateStart", "pattern", SCHEMA_2, "must match pattern ^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$", v7))
                    return false;
            }
            else if (property(c, p, k, "dateStart", "type", SCHEMA_2, "must be string", v7))
                return false;
        }
        const v9 = o1.timeStart;
        if (v9 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/timeStart
            if (typeof v9 === "string") {
                if (!HourMinutePattern.test(v9) && property(c, p, k, "timeStart", "pattern", SCHEMA_2, "must match pattern ^([01]\\d|2[0-3]):([0-5]\\d)$", v9))
                    return false;
            }
            else if (property(c, p, k, "timeStart", "type", SCHEMA_2, "must be string", v9))
                return false;
        }
        const v11 = o1.dateEnd;
        if (v11 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/dateEnd
            if (typeof v11 === "string") {
                if (!CalendarDatePattern.test(v11) && property(c, p, k, "dateEnd", "pattern", SCHEMA_2, "must match pattern ^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$", v11))
                    return false;
            }
            else if (property(c, p, k, "dateEnd", "type", SCHEMA_2, "must be string", v11))
                return false;
        }
        const v13 = o1.timeEnd;
        if (v13 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/timeEnd
            if (typeof v13 === "string") {
                if (!HourMinutePattern.test(v13) && property(c, p, k, "timeEnd", "pattern", SCHEMA_2, "must match pattern ^([01]\\d|2[0-3]):([0-5]\\d)$", v13))
                    return false;
            }
            else if (property(c, p, k, "timeEnd", "type", SCHEMA_2, "must be string", v13))
                return false;
        }
        const v15 = o1.callerId;
        if (v15 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/callerId
            if (typeof v15 === "string") {
                if (!CallerIdPattern.test(v15) && property(c, p, k, "callerId", "pattern", SCHEMA_2, "must match pattern ^[1-9]\\d{9}$", v15))
                    return false;
            }
            else if (property(c, p, k, "callerId", "type", SCHEMA_2, "must be string", v15))
                return false;
        }
        const v17 = o1.recording;
        if (v17 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/recording
            if (typeof v17 !== "string" && property(c, p, k, "recording", "type", SCHEMA_2, "must be string", v17))
                return false;
            if (!(v17 === "yes") && property(c, p, k, "recording", "enum", SCHEMA_2, "must be equal to one of the allowed values \"yes\"", v17))
                return false;
        }
        const v18 = o1.numbers;
        if (v18 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/numbers
            if (Array.isArray(v18)) {
                const a19 = v18;
                const p22 = at(p, k) + "/numbers";
                for (let i20 = 0; i20 < a19.length; i20++) {
                    const v21 = a19[i20];
                    // #/components/schemas/CreateCampaignRequest/properties/numbers/items
                    if (!checkCampaignNumberInput(v21, c, p22, i20))
                        return false;
                }
            }
            else if (property(c, p, k, "numbers", "type", SCHEMA_2, "must be array", v18))
                return false;
        }
        const v23 = o1.destinations;
        if (v23 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/destinations
            if (Array.isArray(v23)) {
                const a24 = v23;
                const p27 = at(p, k) + "/destinations";
                for (let i25 = 0; i25 < a24.length; i25++) {
                    const v26 = a24[i25];
                    // #/components/schemas/CreateCampaignRequest/properties/destinations/items
                    if (!checkDestinationInput(v26, c, p27, i25))
                        return false;
                }
            }
            else if (property(c, p, k, "destinations", "type", SCHEMA_2, "must be array", v23))
                return false;
        }
        const v28 = o1.timezone;
        if (v28 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/timezone
            if (typeof v28 !== "string" && property(c, p, k, "timezone", "type", SCHEMA_2, "must be string", v28))
                return false;
        }
        const v29 = o1.callFrequency;
        if (v29 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/callFrequency
            if (typeof v29 === "number" && isFinite(v29)) {
                if (v29 <= 9 && property(c, p, k, "callFrequency", "exclusiveMinimum", SCHEMA_2, "must be > 9", v29))
                    return false;
            }
            else if (property(c, p, k, "callFrequency", "type", SCHEMA_2, "must be number", v29))
                return false;
        }
        const v31 = o1.matchDestinations;
        if (v31 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/matchDestinations
            if (Array.isArray(v31)) {
                const a32 = v31;
                const p35 = at(p, k) + "/matchDestinations";
                for (let i33 = 0; i33 < a32.length; i33++) {
                    const v34 = a32[i33];
                    // #/components/schemas/CreateCampaignRequest/properties/matchDestinations/items
                    if (!checkDestinationInput(v34, c, p35, i33))
                        return false;
                }
            }
            else if (property(c, p, k, "matchDestinations", "type", SCHEMA_2, "must be array", v31))
                return false;
        }
        const v36 = o1.notMatchDestinations;
        if (v36 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/notMatchDestinations
            if (Array.isArray(v36)) {
                const a37 = v36;
                const p40 = at(p, k) + "/notMatchDestinations";
                for (let i38 = 0; i38 < a37.length; i38++) {
                    const v39 = a37[i38];
                    // #/components/schemas/CreateCampaignRequest/properties/notMatchDestinations/items
                    if (!checkDestinationInput(v39, c, p40, i38))
                        return false;
                }
            }
            else if (property(c, p, k, "notMatchDestinations", "type", SCHEMA_2, "must be array", v36))
                return false;
        }
        const v41 = o1.enableVMDetect;
        if (v41 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/enableVMDetect
            if (typeof v41 !== "string" && property(c, p, k, "enableVMDetect", "type", SCHEMA_2, "must be string", v41))
                return false;
            if (!(v41 === "1") && !(v41 === "0") && property(c, p, k, "enableVMDetect", "enum", SCHEMA_2, "must be equal to one of the allowed values \"1\", \"0\"", v41))
                return false;
        }
        const v42 = o1.callHoursStart;
        if (v42 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/callHoursStart
            if (typeof v42 === "string") {
                if (!HourMinutePattern.test(v42) && property(c, p, k, "callHoursStart", "pattern", SCHEMA_2, "must match pattern ^([01]\\d|2[0-3]):([0-5]\\d)$", v42))
                    return false;
            }
            else if (property(c, p, k, "callHoursStart", "type", SCHEMA_2, "must be string", v42))
                return false;
        }
        const v44 = o1.callHoursEnd;
        if (v44 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/callHoursEnd
            if (typeof v44 === "string") {
                if (!HourMinutePattern.test(v44) && property(c, p, k, "callHoursEnd", "pattern", SCHEMA_2, "must match pattern ^([01]\\d|2[0-3]):([0-5]\\d)$", v44))
                    return false;
            }
            else if (property(c, p, k, "callHoursEnd", "type", SCHEMA_2, "must be string", v44))
                return false;
        }
        const v46 = o1.state;
        if (v46 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/state
            if (typeof v46 !== "string" && property(c, p, k, "state", "type", SCHEMA_2, "must be string", v46))
                return false;
            if (!(v46 === "READY") && !(v46 === "PAUSED") && property(c, p, k, "state", "enum", SCHEMA_2, "must be equal to one of the allowed values \"READY\", \"PAUSED\"", v46))
                return false;
        }
        const v47 = o1.message;
        if (v47 !== undefined) {
            // #/components/schemas/CreateCampaignRequest/properties/message
            if (typeof v47 !== "string" && property(c, p, k, "message", "type", SCHEMA_2, "must be string", v47))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_2 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Checks #/components/schemas/Campaign.
 */
function checkCampaign(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        if ((o1.id === undefined || o1.tenantId === undefined || o1.name === undefined || o1.type === undefined || o1.dateStart === undefined || o1.dateEnd === undefined || o1.callerId === undefined || o1.callDelay === undefined || o1.state === undefined || o1.lastrun === undefined || o1.dialtimeout === undefined || o1.tech === undefined || o1.message === undefined || o1.timeStart === undefined || o1.timeEnd === undefined || o1.timezone === undefined || o1.callFrequency === undefined || o1.callHoursStart === undefined || o1.callHoursEnd === undefined || o1.recording === undefined || o1.numbers === undefined || o1.destinations === undefined || o1.enableVMDetect === undefined || o1.matchDestinations === undefined || o1.notMatchDestinations === undefined) && missing(c, o1, REQUIRED_3, at(p, k), SCHEMA_4 + "/required"))
            return false;
        const v2 = o1.id;
        if (v2 !== undefined) {
            // #/components/schemas/Campaign/properties/id
            if (!(typeof v2 === "number" && isFinite(v2)) && property(c, p, k, "id", "type", SCHEMA_4, "must be number", v2))
                return false;
        }
        const v3 = o1.tenantId;
        if (v3 !== undefined) {
            // #/components/schemas/Campaign/properties/tenantId
            if (!(typeof v3 === "number" && isFinite(v3)) && property(c, p, k, "tenantId", "type", SCHEMA_4, "must be number", v3))
                return false;
        }
        const v4 = o1.name;
        if (v4 !== undefined) {
            // #/components/schemas/Campaign/properties/name
            if (typeof v4 !== "string" && property(c, p, k, "name", "type", SCHEMA_4, "must be string", v4))
                return false;
        }
        const v5 = o1.type;
        if (v5 !== undefined) {
            // #/components/schemas/Campaign/properties/type
            if (typeof v5 !== "string" && property(c, p, k, "type", "type", SCHEMA_4, "must be string", v5))
                return false;
        }
        const v6 = o1.dateStart;
        if (v6 !== undefined) {
            // #/components/schemas/Campaign/properties/dateStart
            if (typeof v6 !== "string" && v6 !== null && property(c, p, k, "dateStart", "type", SCHEMA_4, "must be string or null", v6))
                return false;
        }
        const v7 = o1.dateEnd;
        if (v7 !== undefined) {
            // #/components/schemas/Campaign/properties/dateEnd
            if (typeof v7 !== "string" && v7 !== null && property(c, p, k, "dateEnd", "type", SCHEMA_4, "must be string or null", v7))
                return false;
        }
        const v8 = o1.callerId;
        if (v8 !== undefined) {
            // #/components/schemas/Campaign/properties/callerId
            if (typeof v8 !== "string" && v8 !== null && property(c, p, k, "callerId", "type", SCHEMA_4, "must be string or null", v8))
                return false;
        }
        const v9 = o1.callDelay;
        if (v9 !== undefined) {
            // #/components/schemas/Campaign/properties/callDelay
            if (!(typeof v9 === "number" && isFinite(v9)) && v9 !== null && property(c, p, k, "callDelay", "type", SCHEMA_4, "must be number or null", v9))
                return false;
        }
        const v10 = o1.state;
        if (v10 !== undefined) {
            // #/components/schemas/Campaign/properties/state
            if (typeof v10 !== "string" && v10 !== null && property(c, p, k, "state", "type", SCHEMA_4, "must be string or null", v10))
                return false;
        }
        const v11 = o1.lastrun;
        if (v11 !== undefined) {
            // #/components/schemas/Campaign/properties/lastrun
            if (typeof v11 !== "string" && v11 !== null && property(c, p, k, "lastrun", "type", SCHEMA_4, "must be string or null", v11))
                return false;
        }
        const v12 = o1.dialtimeout;
        if (v12 !== undefined) {
            // #/components/schemas/Campaign/properties/dialtimeout
            if (!(typeof v12 === "number" && isFinite(v12)) && v12 !== null && property(c, p, k, "dialtimeout", "type", SCHEMA_4, "must be number or null", v12))
                return false;
        }
        const v13 = o1.tech;
        if (v13 !== undefined) {
            // #/components/schemas/Campaign/properties/tech
            if (typeof v13 !== "string" && v13 !== null && property(c, p, k, "tech", "type", SCHEMA_4, "must be string or null", v13))
                return false;
        }
        const v14 = o1.message;
        if (v14 !== undefined) {
            // #/components/schemas/Campaign/properties/message
            if (typeof v14 !== "string" && v14 !== null && property(c, p, k, "message", "type", SCHEMA_4, "must be string or null", v14))
                return false;
        }
        const v15 = o1.timeStart;
        if (v15 !== undefined) {
            // #/components/schemas/Campaign/properties/timeStart
            if (typeof v15 !== "string" && v15 !== null && property(c, p, k, "timeStart", "type", SCHEMA_4, "must be string or null", v15))
                return false;
        }
        const v16 = o1.timeEnd;
        if (v16 !== undefined) {
            // #/components/schemas/Campaign/properties/timeEnd
            if (typeof v16 !== "string" && v16 !== null && property(c, p, k, "timeEnd", "type", SCHEMA_4, "must be string or null", v16))
                return false;
        }
        const v17 = o1.timezone;
        if (v17 !== undefined) {
            // #/components/schemas/Campaign/properties/timezone
            if (typeof v17 !== "string" && v17 !== null && property(c, p, k, "timezone", "type", SCHEMA_4, "must be string or null", v17))
                return false;
        }
        const v18 = o1.callFrequency;
        if (v18 !== undefined) {
            // #/components/schemas/Campaign/properties/callFrequency
            if (!(typeof v18 === "number" && isFinite(v18)) && v18 !== null && property(c, p, k, "callFrequency", "type", SCHEMA_4, "must be number or null", v18))
                return false;
        }
        const v19 = o1.callHoursStart;
        if (v19 !== undefined) {
            // #/components/schemas/Campaign/properties/callHoursStart
            if (typeof v19 !== "string" && v19 !== null && property(c, p, k, "callHoursStart", "type", SCHEMA_4, "must be string or null", v19))
                return false;
        }
        const v20 = o1.callHoursEnd;
        if (v20 !== undefined) {
            // #/components/schemas/Campaign/properties/callHoursEnd
            if (typeof v20 !== "string" && v20 !== null && property(c, p, k, "callHoursEnd", "type", SCHEMA_4, "must be string or null", v20))
                return false;
        }
        const v21 = o1.recording;
        if (v21 !== undefined) {
            // #/components/schemas/Campaign/properties/recording
            if (typeof v21 !== "string" && v21 !== null && property(c, p, k, "recording", "type", SCHEMA_4, "must be string or null", v21))
                return false;
        }
        const v22 = o1.numbers;
        if (v22 !== undefined) {
            // #/components/schemas/Campaign/properties/numbers
            if (Array.isArray(v22)) {
                const a23 = v22;
                const p26 = at(p, k) + "/numbers";
                for (let i24 = 0; i24 < a23.length; i24++) {
                    const v25 = a23[i24];
                    // #/components/schemas/Campaign/properties/numbers/items
                    if (!checkCampaignNumber(v25, c, p26, i24))
                        return false;
                }
            }
            else if (property(c, p, k, "numbers", "type", SCHEMA_4, "must be array", v22))
                return false;
        }
        const v27 = o1.destinations;
        if (v27 !== undefined) {
            // #/components/schemas/Campaign/properties/destinations
            if (Array.isArray(v27)) {
                const a28 = v27;
                const p31 = at(p, k) + "/destinations";
                for (let i29 = 0; i29 < a28.length; i29++) {
                    const v30 = a28[i29];
                    // #/components/schemas/Campaign/properties/destinations/items
                    if (!checkCampaignDestination(v30, c, p31, i29))
                        return false;
                }
            }
            else if (property(c, p, k, "destinations", "type", SCHEMA_4, "must be array", v27))
                return false;
        }
        const v32 = o1.enableVMDetect;
        if (v32 !== undefined) {
            // #/components/schemas/Campaign/properties/enableVMDetect
            if (!(typeof v32 === "number" && isFinite(v32)) && property(c, p, k, "enableVMDetect", "type", SCHEMA_4, "must be number", v32))
                return false;
        }
        const v33 = o1.matchDestinations;
        if (v33 !== undefined) {
            // #/components/schemas/Campaign/properties/matchDestinations
            if (Array.isArray(v33)) {
                const a34 = v33;
                const p37 = at(p, k) + "/matchDestinations";
                for (let i35 = 0; i35 < a34.length; i35++) {
                    const v36 = a34[i35];
                    // #/components/schemas/Campaign/properties/matchDestinations/items
                    if (!checkCampaignDestination(v36, c, p37, i35))
                        return false;
                }
            }
            else if (property(c, p, k, "matchDestinations", "type", SCHEMA_4, "must be array", v33))
                return false;
        }
        const v38 = o1.notMatchDestinations;
        if (v38 !== undefined) {
            // #/components/schemas/Campaign/properties/notMatchDestinations
            if (Array.isArray(v38)) {
                const a39 = v38;
                const p42 = at(p, k) + "/notMatchDestinations";
                for (let i40 = 0; i40 < a39.length; i40++) {
                    const v41 = a39[i40];
                    // #/components/schemas/Campaign/properties/notMatchDestinations/items
                    if (!checkCampaignDestination(v41, c, p42, i40))
                        return false;
                }
            }
            else if (property(c, p, k, "notMatchDestinations", "type", SCHEMA_4, "must be array", v38))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_4 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Checks #/components/schemas/CampaignNumberInput.
 */
function checkCampaignNumberInput(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        if (o1.number === undefined && missing(c, o1, REQUIRED_5, at(p, k), SCHEMA_6 + "/required"))
            return false;
        const v2 = o1.number;
        if (v2 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/number
            if (typeof v2 !== "string" && property(c, p, k, "number", "type", SCHEMA_6, "must be string", v2))
                return false;
        }
        const v3 = o1.description;
        if (v3 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/description
            if (typeof v3 !== "string" && property(c, p, k, "description", "type", SCHEMA_6, "must be string", v3))
                return false;
        }
        const v4 = o1.field1;
        if (v4 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field1
            if (typeof v4 !== "string" && property(c, p, k, "field1", "type", SCHEMA_6, "must be string", v4))
                return false;
        }
        const v5 = o1.field2;
        if (v5 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field2
            if (typeof v5 !== "string" && property(c, p, k, "field2", "type", SCHEMA_6, "must be string", v5))
                return false;
        }
        const v6 = o1.field3;
        if (v6 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field3
            if (typeof v6 !== "string" && property(c, p, k, "field3", "type", SCHEMA_6, "must be string", v6))
                return false;
        }
        const v7 = o1.field4;
        if (v7 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field4
            if (typeof v7 !== "string" && property(c, p, k, "field4", "type", SCHEMA_6, "must be string", v7))
                return false;
        }
        const v8 = o1.field5;
        if (v8 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field5
            if (typeof v8 !== "string" && property(c, p, k, "field5", "type", SCHEMA_6, "must be string", v8))
                return false;
        }
        const v9 = o1.field6;
        if (v9 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field6
            if (typeof v9 !== "string" && property(c, p, k, "field6", "type", SCHEMA_6, "must be string", v9))
                return false;
        }
        const v10 = o1.field7;
        if (v10 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field7
            if (typeof v10 !== "string" && property(c, p, k, "field7", "type", SCHEMA_6, "must be string", v10))
                return false;
        }
        const v11 = o1.field8;
        if (v11 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field8
            if (typeof v11 !== "string" && property(c, p, k, "field8", "type", SCHEMA_6, "must be string", v11))
                return false;
        }
        const v12 = o1.field9;
        if (v12 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/field9
            if (typeof v12 !== "string" && property(c, p, k, "field9", "type", SCHEMA_6, "must be string", v12))
                return false;
        }
        const v13 = o1.disposition;
        if (v13 !== undefined) {
            // #/components/schemas/CampaignNumberInput/properties/disposition
            if (typeof v13 !== "string" && property(c, p, k, "disposition", "type", SCHEMA_6, "must be string", v13))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_6 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Checks #/components/schemas/DestinationInput.
 */
function checkDestinationInput(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        if ((o1.id === undefined || o1.type === undefined) && missing(c, o1, REQUIRED_7, at(p, k), SCHEMA_8 + "/required"))
            return false;
        const v2 = o1.id;
        if (v2 !== undefined) {
            // #/components/schemas/DestinationInput/properties/id
            if (!(typeof v2 === "number" && isFinite(v2)) && property(c, p, k, "id", "type", SCHEMA_8, "must be number", v2))
                return false;
        }
        const v3 = o1.type;
        if (v3 !== undefined) {
            // #/components/schemas/DestinationInput/properties/type
            if (typeof v3 !== "string" && property(c, p, k, "type", "type", SCHEMA_8, "must be string", v3))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_8 + "/type", "must be object", x))
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
            if (typeof v2 !== "string" && property(c, p, k, "number", "type", SCHEMA_9, "must be string", v2))
                return false;
        }
        const v3 = o1.description;
        if (v3 !== undefined) {
            // #/components/schemas/CampaignNumber/properties/description
            if (typeof v3 !== "string" && property(c, p, k, "description", "type", SCHEMA_9, "must be string", v3))
                return false;
        }
        const v4 = o1.disposition;
        if (v4 !== undefined) {
            // #/components/schemas/CampaignNumber/properties/disposition
            if (typeof v4 !== "string" && property(c, p, k, "disposition", "type", SCHEMA_9, "must be string", v4))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_9 + "/type", "must be object", x))
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
            if (typeof v2 !== "string" && property(c, p, k, "typeSrc", "type", SCHEMA_10, "must be string", v2))
                return false;
        }
        const v3 = o1.destType;
        if (v3 !== undefined) {
            // #/components/schemas/CampaignDestination/properties/destType
            if (typeof v3 !== "string" && property(c, p, k, "destType", "type", SCHEMA_10, "must be string", v3))
                return false;
        }
        const v4 = o1.id;
        if (v4 !== undefined) {
            // #/components/schemas/CampaignDestination/properties/id
            if (!(typeof v4 === "number" && isFinite(v4)) && property(c, p, k, "id", "type", SCHEMA_10, "must be number", v4))
                return false;
        }
        const v5 = o1.order;
        if (v5 !== undefined) {
            // #/components/schemas/CampaignDestination/properties/order
            if (!(typeof v5 === "number" && isFinite(v5)) && property(c, p, k, "order", "type", SCHEMA_10, "must be number", v5))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_10 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Checks #/components/schemas/Error.
 */
function checkError(x, c, p, k) {
    if (typeof x === "object" && x !== null && !Array.isArray(x)) {
        const o1 = x;
        if ((o1.name === undefined || o1.message === undefined || o1.code === undefined) && missing(c, o1, REQUIRED_11, at(p, k), SCHEMA_12 + "/required"))
            return false;
        const v2 = o1.name;
        if (v2 !== undefined) {
            // #/components/schemas/Error/properties/name
            if (typeof v2 !== "string" && property(c, p, k, "name", "type", SCHEMA_12, "must be string", v2))
                return false;
        }
        const v3 = o1.message;
        if (v3 !== undefined) {
            // #/components/schemas/Error/properties/message
            if (typeof v3 !== "string" && property(c, p, k, "message", "type", SCHEMA_12, "must be string", v3))
                return false;
        }
        const v4 = o1.code;
        if (v4 !== undefined) {
            // #/components/schemas/Error/properties/code
            if (!(typeof v4 === "number" && isFinite(v4)) && property(c, p, k, "code", "type", SCHEMA_12, "must be number", v4))
                return false;
        }
        const v5 = o1.className;
        if (v5 !== undefined) {
            // #/components/schemas/Error/properties/className
            if (typeof v5 !== "string" && property(c, p, k, "className", "type", SCHEMA_12, "must be string", v5))
                return false;
        }
    }
    else if (report(c, at(p, k), "type", SCHEMA_12 + "/type", "must be object", x))
        return false;
    return true;
}
/**
 * Records an issue and says whether the check must stop: always in the quiet mode of the type
 * guards and sub-schema tests (no issue is built), after the first issue unless `allErrors`.
 */
function report(c, path, keyword, schemaPath, message, received) {
    if (c.issues === null)
        return true;
    c.issues.push({ path, keyword, message: received === undefined ? message : message + " (received " + show(received) + ")", schemaPath });
    return !c.all;
}
/** `report` for a keyword of a property: the property's name gives both paths. */
function property(c, p, k, name, keyword, schema, message, received) {
    const token = name.replace(/~/g, "~0").replace(/\//g, "~1");
    return report(c, at(p, k) + "/" + token, keyword, schema + "/properties/" + token + "/" + keyword, message, received);
}
/** A short preview of a received value for messages: strings quoted and cut at 64 characters. */
function show(value) {
    if (typeof value === "string")
        return JSON.stringify(value.length > 64 ? value.slice(0, 64) + "…" : value);
    if (Array.isArray(value))
        return "array";
    return value !== null && typeof value === "object" ? "object" : String(value);
}
/** The JSON Pointer of a value from its parent's pointer and its key (escaped per RFC 6901). */
function at(parent, key) {
    if (key === null)
        return parent;
    return parent + "/" + (typeof key === "number" ? key : key.replace(/~/g, "~0").replace(/\//g, "~1"));
}
// Contexts of the type guards and of sub-schema tests (anyOf, not, contains, ...): no issues, stop at the first.
const QUIET = { issues: null, all: false, formats: true };
const QUIET_NO_FORMATS = { issues: null, all: false, formats: false };
function quiet(c) {
    return c.formats ? QUIET : QUIET_NO_FORMATS;
}
function run(check, value, options) {
    const c = { issues: [], all: options?.allErrors === true, formats: options?.formats !== false };
    check(value, c, "", null);
    const issues = c.issues;
    return issues.length === 0 ? { ok: true, value: value } : { ok: false, issues };
}
/** Reports the `required` names an object lacks (undefined counts as absent); whether to stop. */
function missing(c, object, names, path, schemaPath) {
    for (const name of names) {
        const value = name in Object.prototype ? own(object, name) : object[name];
        if (value === undefined && report(c, path, "required", schemaPath, "must have required property " + JSON.stringify(name)))
            return true;
    }
    return false;
}
/**
 * An own property's value. Used for names that also exist on Object.prototype ("constructor",
 * "__proto__", ...), where `object.name` would read the prototype instead.
 */
function own(object, name) {
    if (!Object.prototype.hasOwnProperty.call(object, name))
        return undefined;
    return name === "__proto__" ? Object.getOwnPropertyDescriptor(object, name)?.value : object[name];
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
