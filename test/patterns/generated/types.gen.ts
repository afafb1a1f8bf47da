/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

import type { CalendarDate, CallerId, HourMinute } from "./patterns.gen.js";

export interface paths {
    "/v2/admin/call-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Campaign
         * @description Creates a call campaign for a tenant. The campaign dials the given `numbers` between
         *     `dateStart`/`timeStart` and `dateEnd`/`timeEnd`, within the daily calling hours
         *     `callHoursStart`–`callHoursEnd` of `timezone`, waiting `callFrequency` seconds between
         *     dialing numbers (VOXO's other docs; the page says only "Call frequency in seconds").
         *
         *     The reference page's curl example posts to `/v2/admin/call-campaigns/` (with a trailing
         *     slash); its header names the path without one, which is the path used here.
         *
         *     The page's request example holds `"<string>"` placeholders in fields whose patterns it
         *     states (`dateStart`, `timeStart`, `dateEnd`, `timeEnd`, `callerId`, `callHoursStart`,
         *     `callHoursEnd`), and `enableVMDetect: "<string>"` where its description asks for 1 or
         *     0; the example fails the page's own rules, so it is not given as a request example
         *     (which tools would check and send). It is quoted here as the page prints it:
         *
         *     ```json
         *     {
         *       "tenantId": 1,
         *       "name": "<string>",
         *       "tech": "VOICE",
         *       "dateStart": "<string>",
         *       "timeStart": "<string>",
         *       "dateEnd": "<string>",
         *       "timeEnd": "<string>",
         *       "callerId": "<string>",
         *       "recording": "yes",
         *       "numbers": [
         *         {
         *           "number": "<string>",
         *           "description": "<string>",
         *           "field1": "<string>",
         *           "field2": "<string>",
         *           "field3": "<string>",
         *           "field4": "<string>",
         *           "field5": "<string>",
         *           "field6": "<string>",
         *           "field7": "<string>",
         *           "field8": "<string>",
         *           "field9": "<string>",
         *           "disposition": "<string>"
         *         }
         *       ],
         *       "destinations": [{ "id": 1, "type": "<string>" }],
         *       "timezone": "<string>",
         *       "callFrequency": 10,
         *       "matchDestinations": [{ "id": 1, "type": "<string>" }],
         *       "notMatchDestinations": [{ "id": 1, "type": "<string>" }],
         *       "enableVMDetect": "<string>",
         *       "callHoursStart": "<string>",
         *       "callHoursEnd": "<string>"
         *     }
         *     ```
         *
         *     Its response example, placeholders and all, is the 201's `referencePage` example.
         *
         *     Not idempotent (inferred: a POST that creates, and VOXO documents no idempotency key):
         *     sending the same body twice creates two campaigns, and each dials every number.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The body of a Create Campaign request.
         *
         *     Beyond the reference page, this document adds checks of its own, so that a campaign
         *     that could never run is refused before it is sent. The page states none of them (it
         *     gives the patterns only), and VOXO's server may accept what they refuse. They are
         *     vendor extensions (see spec/EXTENSIONS.md): the dates are real calendar dates
         *     (`format: date`), `timezone` is a time zone the runtime's IANA database knows
         *     (`x-time-zone`), `dateEnd` is not before `dateStart`, `timeEnd` is after `timeStart`
         *     when both dates are equal, and `callHoursEnd` is after `callHoursStart` (`x-order`),
         *     so calling hours that wrap past midnight, such as 22:00 to 02:00, are refused.
         *     Warnings, which never block a request (`x-warn`): duplicate numbers, a number that does
         *     not look like a 10-digit number, voicemail detection on with both of its destination
         *     lists empty, and voicemail detection off with `destinations` empty.
         */
        CreateCampaignRequest: {
            /** @description Tenant ID this campaign belongs to */
            tenantId: number;
            /** @description Campaign name */
            name: string;
            /**
             * @description Campaign technology type
             * @enum {string}
             */
            tech: "VOICE";
            /**
             * Format: date
             * @description Start date (YYYY-MM-DD)
             * @pattern ^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$
             * @format date
             */
            dateStart: CalendarDate;
            /**
             * @description Start time (HH:MM)
             * @pattern ^([01]\d|2[0-3]):([0-5]\d)$
             */
            timeStart: HourMinute;
            /**
             * Format: date
             * @description End date (YYYY-MM-DD)
             * @pattern ^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$
             * @format date
             */
            dateEnd: CalendarDate;
            /**
             * @description End time (HH:MM)
             * @pattern ^([01]\d|2[0-3]):([0-5]\d)$
             */
            timeEnd: HourMinute;
            /**
             * @description Caller ID phone number
             * @pattern ^[1-9]\d{9}$
             */
            callerId: CallerId;
            /**
             * @description Enable call recording (yes/no)
             *
             *     The page gives no type; `string` is inferred from its values. The reference page
             *     contradicts itself here: its description says yes/no, but its
             *     list of available options has only `yes`. This document follows the list, so `no`
             *     is rejected. VOXO's older docs and its responses show both values; to create a
             *     campaign without recording, check with VOXO whether `no` is accepted.
             * @enum {string}
             */
            recording: "yes";
            /** @description Phone numbers to call */
            numbers: components["schemas"]["CampaignNumberInput"][];
            /**
             * @description Routing destinations on connect
             *
             *     (VOXO's other docs: where a connected call goes when voicemail detection is off.
             *     May be empty.)
             */
            destinations: components["schemas"]["DestinationInput"][];
            /**
             * @description IANA timezone identifier
             *
             *     Checked against the IANA database of the runtime that validates (`x-time-zone`),
             *     so a zone added to the database recently may be refused by an older runtime. Intl
             *     ignores case, and servers that look a name up as written do not: a zone the
             *     runtime lists must be written as listed (`Europe/LONDON` and `Utc` are refused).
             *     An alias Intl knows only through its zone (`US/Eastern`, `Asia/Kolkata`) is refused
             *     when its area is misspelt, a word is in capitals (`EtC/UTC`, `US/EASTERN`) or has
             *     two capitals before a small letter (`US/EAstern`). Intl does not say how the
             *     database spells an alias, so other wrong cases of an alias (`US/EasTern`, `Gb` for
             *     `GB`) are not caught.
             *
             *     This document refuses, beyond the page's rule, names of two to five capital
             *     letters as abbreviations, `UTC` and `GMT` apart. Some are no IANA names at all
             *     (`CST`, `PST`). Others are legacy names the database keeps as links, whose meaning
             *     a campaign seldom intends: `EST`, `MST` and `HST` now link to America/Panama,
             *     America/Phoenix and Pacific/Honolulu, which do not observe daylight saving time
             *     (a campaign on US Eastern time means `America/New_York`), and `CET`, `EET`, `GB`,
             *     `NZ`, `PRC`, `ROC`, `ROK` and `UCT` link to a country's or region's zone, which
             *     its own name says better.
             */
            timezone: string;
            /**
             * @description Call frequency in seconds (minimum 10)
             *
             *     The reference page contradicts itself here: it says "minimum 10" and gives the
             *     range "x > 9" for a `number`, which allows 9.5. This document follows the range
             *     (`exclusiveMinimum: 9`), so 9.5 is accepted and 9 is not.
             */
            callFrequency: number;
            /**
             * @description VM detect match destinations
             *
             *     (VOXO's other docs: used when detection is on and a voicemail is detected. May be
             *     empty.)
             */
            matchDestinations: components["schemas"]["DestinationInput"][];
            /**
             * @description VM detect no-match destinations
             *
             *     (VOXO's other docs: used when detection is on and a person is detected. May be
             *     empty.)
             */
            notMatchDestinations: components["schemas"]["DestinationInput"][];
            /**
             * @description Enable voicemail detection (1 = yes, 0 = no)
             *
             *     The reference page types this as a string in requests but as a number in responses
             *     (see `Campaign.enableVMDetect`); this document follows it. The page lists no
             *     options; the two values its description names are listed here as an enum. VOXO's
             *     older docs used a boolean.
             * @enum {string}
             */
            enableVMDetect: "1" | "0";
            /**
             * @description Calling hours start time (HH:MM)
             * @pattern ^([01]\d|2[0-3]):([0-5]\d)$
             */
            callHoursStart: HourMinute;
            /**
             * @description Calling hours end time (HH:MM)
             * @pattern ^([01]\d|2[0-3]):([0-5]\d)$
             */
            callHoursEnd: HourMinute;
            /**
             * @description Initial campaign state
             *
             *     (VOXO's older docs: the default is `READY`.)
             * @enum {string}
             */
            state?: "READY" | "PAUSED";
            /** @description Campaign message */
            message?: string;
        };
        /**
         * @description A phone number to call, with up to nine free-form fields carried along with it.
         *
         *     The reference page lists these properties, all strings, without a required flag or a
         *     format. `number` is required here because an entry without a number cannot be dialled
         *     (inferred). Every example in VOXO's docs is a 10-digit North American number without
         *     `+1`, the shape of `callerId`, but no format is documented, so none is enforced.
         */
        CampaignNumberInput: {
            /** @description The phone number to dial (inferred; the page describes no item field). */
            number: string;
            /** @description A label for this number (inferred from the name; the page gives none). */
            description?: string;
            /** @description Free-form field 1 (inferred from the name; the page gives no description). */
            field1?: string;
            /** @description Free-form field 2 (inferred from the name; the page gives no description). */
            field2?: string;
            /** @description Free-form field 3 (inferred from the name; the page gives no description). */
            field3?: string;
            /** @description Free-form field 4 (inferred from the name; the page gives no description). */
            field4?: string;
            /** @description Free-form field 5 (inferred from the name; the page gives no description). */
            field5?: string;
            /** @description Free-form field 6 (inferred from the name; the page gives no description). */
            field6?: string;
            /** @description Free-form field 7 (inferred from the name; the page gives no description). */
            field7?: string;
            /** @description Free-form field 8 (inferred from the name; the page gives no description). */
            field8?: string;
            /** @description Free-form field 9 (inferred from the name; the page gives no description). */
            field9?: string;
            /** @description The call's disposition (inferred; the page describes no item field). */
            disposition?: string;
        };
        /**
         * @description Where a call is routed. The same shape serves `destinations`, `matchDestinations` and
         *     `notMatchDestinations`.
         *
         *     The reference page gives `id` (number) and `type` (string) without a required flag;
         *     both are required here because a destination needs both to be routed (inferred).
         *     `type`: `EXT` (extension) is the value seen in VOXO's examples; the list VOXO publishes
         *     (`GET /v2/destinations/list-types`) documents `CAMPAIGN`, `CONDITION` and `CUSTOM`
         *     among others, but is cut short, so no enum is enforced.
         */
        DestinationInput: {
            /** @description The destination's ID (inferred; the page describes no item field). */
            id: number;
            /** @description The destination type, such as `EXT` (inferred; the page describes no item field). */
            type: string;
        };
        /** @description A call campaign, as returned by Create Campaign. */
        Campaign: {
            /** @description Campaign ID */
            id: number;
            /** @description Tenant ID */
            tenantId: number;
            /** @description Campaign name */
            name: string;
            /**
             * @description Campaign type
             *
             *     (Only `SCHEDULED` has been seen in VOXO's docs.)
             */
            type: string;
            /** @description Start date */
            dateStart: string | null;
            /** @description End date */
            dateEnd: string | null;
            /** @description Caller ID phone number */
            callerId: string | null;
            /** @description Delay between calls in ms */
            callDelay: number | null;
            /** @description Campaign state */
            state: string | null;
            /**
             * @description Last run timestamp
             *
             *     (Seen in VOXO's docs as `2022-02-16 14:33:45`.)
             */
            lastrun: string | null;
            /** @description Dial timeout in seconds */
            dialtimeout: number | null;
            /**
             * @description Technology type
             *
             *     (Older campaigns can have `SMS`, with the SMS text in `message`.)
             */
            tech: string | null;
            /** @description Campaign message */
            message: string | null;
            /** @description Start time */
            timeStart: string | null;
            /** @description End time */
            timeEnd: string | null;
            /** @description IANA timezone */
            timezone: string | null;
            /** @description Call frequency in seconds */
            callFrequency: number | null;
            /** @description Calling hours start */
            callHoursStart: string | null;
            /** @description Calling hours end */
            callHoursEnd: string | null;
            /**
             * @description Recording enabled (yes/no)
             *
             *     Unlike the request's `recording`, the response is not limited to `yes`.
             */
            recording: string | null;
            /** @description Campaign phone numbers */
            numbers: components["schemas"]["CampaignNumber"][];
            /** @description Routing destinations */
            destinations: components["schemas"]["CampaignDestination"][];
            /**
             * @description VM detection enabled (1/0)
             *
             *     The reference page types this as a number in responses but as a string (`"1"` or
             *     `"0"`) in requests; this document follows it.
             */
            enableVMDetect: number;
            /** @description VM detect match destinations */
            matchDestinations: components["schemas"]["CampaignDestination"][];
            /** @description VM detect no-match destinations */
            notMatchDestinations: components["schemas"]["CampaignDestination"][];
        };
        /**
         * @description A number of a created campaign.
         *
         *     The reference page's response items have only `number`, `description` and
         *     `disposition`, not the nine free-form fields of the request; this document follows it.
         *     It gives no required flags for them; none are required here.
         */
        CampaignNumber: {
            /** @description The phone number (inferred; the page describes no item field). */
            number?: string;
            /** @description The number's label (inferred; the page describes no item field). */
            description?: string;
            /** @description The call's disposition (inferred; the page describes no item field). */
            disposition?: string;
        };
        /**
         * @description A routing destination of a created campaign. The same shape serves `destinations`,
         *     `matchDestinations` and `notMatchDestinations`. The reference page gives no required
         *     flags for these properties; none are required here.
         */
        CampaignDestination: {
            /** @description Not described by VOXO (a string in the page's example). */
            typeSrc?: string;
            /** @description The destination type, such as `EXT` (inferred; the page describes no item field). */
            destType?: string;
            /** @description The destination's ID (inferred; the page describes no item field). */
            id?: number;
            /** @description The destination's position in its list (inferred; the page describes no item field). */
            order?: number;
        };
        /**
         * @description An error answer. VOXO does not document its error bodies; this is the error body of
         *     FeathersJS, the framework VOXO's docs say the API is built on (inferred, not confirmed
         *     by VOXO). A client should also accept a body that is not of this shape, or not JSON.
         *     FeathersJS's bodies also carry `className`; it is not required here, so that a body
         *     without it, which VOXO's unconfirmed error shape does not rule out, is still an
         *     `Error`.
         */
        Error: {
            /** @description The error's class name, such as `BadRequest`. */
            name: string;
            /** @description A human-readable message. */
            message: string;
            /** @description The HTTP status code. */
            code: number;
            /** @description The error's class name in kebab case, such as `bad-request`. */
            className?: string;
            /** @description Extra data attached to the error, of any shape. */
            data?: unknown;
            /** @description Details of the error (for validation errors, per field), of any shape. */
            errors?: unknown;
        };
    };
    responses: {
        /**
         * @description Bad request: the body is malformed or fails validation. Inferred: VOXO does not
         *     document its error responses (FeathersJS `BadRequest`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "BadRequest",
                 *       "message": "callerId: must match pattern \"^[1-9]\\d{9}$\"",
                 *       "code": 400,
                 *       "className": "bad-request",
                 *       "errors": {}
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The bearer token is missing, invalid or expired. Public scripts treat it as "token
         *     expired" and obtain a new token. Inferred: not documented by VOXO (FeathersJS
         *     `NotAuthenticated`).
         */
        NotAuthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "NotAuthenticated",
                 *       "message": "jwt expired",
                 *       "code": 401,
                 *       "className": "not-authenticated"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The token's user may not create campaigns for this tenant. Inferred: not documented by
         *     VOXO (FeathersJS `Forbidden`).
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "Forbidden",
                 *       "message": "You do not have access to this tenant",
                 *       "code": 403,
                 *       "className": "forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description A referenced resource (such as the tenant or a destination) does not exist. Inferred:
         *     not documented by VOXO (FeathersJS `NotFound`).
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "NotFound",
                 *       "message": "No record found for id '42'",
                 *       "code": 404,
                 *       "className": "not-found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The campaign conflicts with an existing one. Inferred: not documented by VOXO
         *     (FeathersJS `Conflict`).
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "Conflict",
                 *       "message": "Conflict",
                 *       "code": 409,
                 *       "className": "conflict"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The body is well-formed but cannot be processed. Inferred: not documented by VOXO
         *     (FeathersJS `Unprocessable`).
         */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "Unprocessable",
                 *       "message": "Unprocessable",
                 *       "code": 422,
                 *       "className": "unprocessable"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Too many requests; the server did not do the work, so the request may be retried after
         *     `Retry-After`. No rate limits are documented by VOXO (inferred, FeathersJS
         *     `TooManyRequests`).
         */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait, or an HTTP date, before retrying. Inferred: VOXO documents no
                 *     such header; a client that honours it when present loses nothing when it is not.
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "TooManyRequests",
                 *       "message": "Too many requests",
                 *       "code": 429,
                 *       "className": "too-many-requests"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description An error in the server. The campaign may or may not have been created: do not retry a
         *     create blindly; check first whether it exists (VOXO's older docs describe a list of a
         *     tenant's campaigns, `GET /v2/call-campaigns?tenantId=`, not confirmed under
         *     `/v2/admin`). Inferred: not documented by VOXO (FeathersJS `GeneralError`).
         */
        GeneralError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "GeneralError",
                 *       "message": "Internal server error",
                 *       "code": 500,
                 *       "className": "general-error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The API is unavailable and did not do the work, when the body is this error: the
         *     request may be retried after `Retry-After`. A 503 with another body (an HTML page, a
         *     gateway's text) may come from a proxy or gateway after it passed the request on: its
         *     outcome is unknown, and a create must not be sent again. Inferred: not documented by
         *     VOXO (FeathersJS `Unavailable`).
         */
        Unavailable: {
            headers: {
                /**
                 * @description Seconds to wait, or an HTTP date, before retrying. Inferred: VOXO documents no
                 *     such header; a client that honours it when present loses nothing when it is not.
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "name": "Unavailable",
                 *       "message": "Service unavailable",
                 *       "code": 503,
                 *       "className": "unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The campaign to create. Beyond the reference page's patterns, this document refuses
         *     a campaign that could never run (its own checks, not the page's; VOXO's server may
         *     accept what they refuse): dates that are not real calendar dates, a `timezone` the
         *     IANA database does not know (or an abbreviation such as `CST`), a `dateEnd` before
         *     `dateStart`, a `timeEnd` not after `timeStart` on the same day, and calling hours
         *     whose end is not after their start (so hours past midnight, such as 22:00 to 02:00,
         *     are refused). Warnings, which never block a request: duplicate numbers, a number
         *     that does not look like a 10-digit number, voicemail detection on with both of its
         *     destination lists empty, and voicemail detection off with `destinations` empty.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /**
             * @description Created campaign. The reference page describes the response as "Created campaign"
             *     without printing its status code; 201 is inferred from that wording and from
             *     FeathersJS, which VOXO's docs say the API is built on, and which answers a create
             *     with 201. A client should take any 2xx as created.
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["NotAuthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["GeneralError"];
            503: components["responses"]["Unavailable"];
        };
    };
}
