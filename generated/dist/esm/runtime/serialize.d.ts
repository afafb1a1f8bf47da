/**
 * Parameters as OpenAPI's styles send them (RFC 6570). By default a path parameter is `simple`
 * (`1,2,3`; an object `k,v,k2,v2`), the query `form` and exploded (`id=1&id=2`; an object's
 * members as parameters of their own), a header `simple`; a parameter the spec gives another
 * style or explode is sent in it (`encodings`, from the generated client): in the path `label`
 * (`.1,2,3`, exploded `.1.2.3`) and `matrix` (`;id=1,2,3`, exploded `;id=1;id=2;id=3`), in the
 * query `form` not exploded (`id=1,2,3`), `spaceDelimited` (`id=1%202%203`), `pipeDelimited`
 * (`id=1|2|3`) and `deepObject` (`filter[k]=v`), a header's object exploded (`k=v,k2=v2`). A
 * string, number or boolean reads the same in every query style (`id=5`), and a
 * `spaceDelimited` or `pipeDelimited` list exploded is sent as `form` exploded, as OpenAPI
 * defines nothing else for them. In the path and the query every character but RFC 3986's
 * unreserved ones is percent-encoded, names included (openapi-fetch leaves a query name, and
 * `!'()*`, as they are: `x&y` would be read as two parameters).
 *
 * A value that cannot be sent as the spec means is an issue, and nothing is sent: a path
 * parameter left out, or sent as empty, `.` or `..` (the URL parser removes such a segment, so
 * a DELETE of `/items/..` would go to `/`); an object or array inside another; a value that is
 * not a string, number, boolean, array or plain object; a list item, or an object's key or
 * value, that holds a character its style separates them with (servers decode a value, then
 * split it: `['a,b']` sent as `a%2Cb` would be read as two items), and in `matrix` any value
 * holding a `;`, which separates a segment's parameters; an exploded object's member
 * named like another query parameter given (the server would read the two as one); a list in
 * `deepObject`, which OpenAPI defines for objects only; in a header, a character a header
 * cannot carry, blanks fetch would strip. A parameter given as undefined or null is not sent
 * (an optional one left out), nor an empty list in the query.
 */
import type { ValidationIssue } from './errors.js';
export interface SerializedParameters {
    /** The path with its parameters in place. */
    path: string;
    /** The query string, without `?`. */
    query: string;
    header: Record<string, string>;
}
export type ParameterStyle = 'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
/** A parameter's `style` and `explode`, as the spec gives them. */
export interface ParameterEncoding {
    readonly style: ParameterStyle;
    readonly explode: boolean;
}
/** The parameters not sent in their place's default style, by place and name. */
export interface ParameterEncodings {
    readonly path?: Readonly<Record<string, ParameterEncoding>>;
    readonly query?: Readonly<Record<string, ParameterEncoding>>;
    readonly header?: Readonly<Record<string, ParameterEncoding>>;
}
/** Headers OpenAPI says a header parameter may not set: the client sets them itself. */
export declare const IGNORED_HEADERS: ReadonlySet<string>;
/**
 * `queryNames`: the operation's query parameters, which an object's member may not be named
 * like; `encodings`: the parameters whose style or explode is not their place's default.
 */
export declare function serializeParameters(template: string, params: unknown, queryNames?: readonly string[], encodings?: ParameterEncodings): SerializedParameters | ValidationIssue[];
/**
 * The parameters as they are sent, for the check against the spec: without what
 * serializeParameters leaves out (undefined and null, in a place, a list or an object; in the
 * query, a list or an object left with nothing to send), so that a required one left out is
 * missing, and a null the URL never carries is not judged.
 */
export declare function sentParameters(params: unknown): unknown;
