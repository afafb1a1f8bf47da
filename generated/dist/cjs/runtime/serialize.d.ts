/**
 * Parameters as OpenAPI's default styles send them (RFC 6570): a path parameter `simple`
 * (`1,2,3`; an object `k,v,k2,v2`), the query `form` and exploded (`id=1&id=2`; an object's
 * members as parameters of their own), a header `simple`. In the path and the query every
 * character but RFC 3986's unreserved ones is percent-encoded, names included (openapi-fetch
 * leaves a query name, and `!'()*`, as they are: `x&y` would be read as two parameters).
 *
 * A value that cannot be sent as the spec means is an issue, and nothing is sent: a path
 * parameter left out, or empty, `.` or `..` (the URL parser removes such a segment, so a
 * DELETE of `/items/..` would go to `/`); an object or array inside another; a value that is
 * not a string, number, boolean, array or plain object; an exploded object's member named like
 * another query parameter given (the server would read the two as one); in a header, a
 * character a header cannot carry, a comma inside a list's item, blanks fetch would strip. A
 * parameter given as undefined or null is not sent (an optional one left out), nor an empty
 * list in the query.
 */
import type { ValidationIssue } from './errors.js';
export interface SerializedParameters {
    /** The path with its parameters in place. */
    path: string;
    /** The query string, without `?`. */
    query: string;
    header: Record<string, string>;
}
/** Headers OpenAPI says a header parameter may not set: the client sets them itself. */
export declare const IGNORED_HEADERS: ReadonlySet<string>;
/** `queryNames`: the operation's query parameters, which an object's member may not be named like. */
export declare function serializeParameters(template: string, params: unknown, queryNames?: readonly string[]): SerializedParameters | ValidationIssue[];
/**
 * The parameters as they are sent, for the check against the spec: without what
 * serializeParameters leaves out (undefined and null, in a place, a list or an object; in the
 * query, a list or an object left with nothing to send), so that a required one left out is
 * missing, and a null the URL never carries is not judged.
 */
export declare function sentParameters(params: unknown): unknown;
