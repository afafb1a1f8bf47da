/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: test/patterns/fixtures/formats.yaml
 * Regenerate with: npm run generate
 */

import type { CalendarDate, EventArchivedAt, EventExpiresAt, IsoDate, IsoDateTime, IsoTime, Uuid } from "./patterns.gen.js";

export interface paths {
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createEvent"];
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
        Event: {
            /**
             * Format: uuid
             * @description The event's id
             * @format uuid
             */
            id: Uuid;
            /**
             * Format: date
             * @format date
             */
            day: IsoDate;
            /**
             * Format: time
             * @description When the doors open, with its offset
             * @format time
             */
            opensAt: IsoTime;
            /**
             * Format: date-time
             * @format date-time
             */
            startsAt: IsoDateTime;
            /**
             * Format: date-time
             * @format date-time
             */
            endsAt?: IsoDateTime | null;
            tags: Uuid[];
            /**
             * Format: date
             * @pattern ^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$
             * @format date
             */
            bookedOn?: CalendarDate;
            /**
             * Format: date
             * @pattern ^\d+-\d+-\d+$
             * @format date
             */
            reviewedOn?: IsoDate;
            /**
             * Format: date-time
             * @pattern ^2
             * @format date-time
             */
            archivedAt?: EventArchivedAt & IsoDateTime;
            archive?: (EventArchivedAt & IsoDateTime)[];
            /**
             * Format: date-time
             * @pattern ^2\d{3}-
             * @format date-time
             */
            expiresAt?: EventExpiresAt;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createEvent: {
        parameters: {
            query?: {
                /** @format date-time */
                since?: IsoDateTime;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Expires"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @format uuid
                         */
                        id: Uuid;
                    };
                };
            };
        };
    };
}
