/**
 * Types that read an operation of openapi-typescript's `operations` interface: the JSON body it
 * takes, the JSON body of its 2xx answers, its parameters. The generated client names its
 * methods' types with them, so they follow the spec without being written out.
 */
/**
 * The JSON media type's schema of a `content` map (`application/json`, `text/json`,
 * `application/problem+json`, with parameters or not), as the generator's isJsonMediaType reads
 * media types: not `application/x-ndjson` nor `application/jsonl`. The subtype in the three
 * cases specs write it (`json`, `JSON`, `Json`).
 */
type JsonSubtype = `${'/' | '+'}${'json' | 'JSON' | 'Json'}`;
type JsonMediaType = `${string}${JsonSubtype}` | `${string}${JsonSubtype};${string}` | `${string}${JsonSubtype} ${string}`;
type JsonContent<C> = {
    [K in keyof C]: K extends JsonMediaType ? C[K] : never;
}[keyof C];
/** Content with no JSON media type is not read: the client resolves `undefined` for it. */
type ContentOf<T> = T extends {
    content: infer C;
} ? ([JsonContent<C>] extends [never] ? undefined : JsonContent<C>) : undefined;
/** The JSON request body of an operation (with `| undefined` when the body is optional). */
export type JsonRequestBody<Op> = Op extends {
    requestBody: infer RB;
} ? ContentOf<RB> : Op extends {
    requestBody?: infer RB;
} ? ContentOf<NonNullable<RB>> | undefined : undefined;
/** The body of an operation's 2xx answers (undefined for those without JSON content). */
export type JsonSuccessBody<Op> = Op extends {
    responses: infer R;
} ? {
    [S in keyof R]: `${S & (string | number)}` extends `2${string}` ? ContentOf<R[S]> : never;
}[keyof R] : never;
/** The `params` an operation takes (`path`, `query`, `header`, `cookie`). */
export type OperationParams<Op> = Op extends {
    parameters: infer P;
} ? P : never;
export {};
