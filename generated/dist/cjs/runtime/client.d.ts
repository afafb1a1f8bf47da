/**
 * The request engine under every generated client: one call is validated, then sent through
 * openapi-fetch up to `1 + maxRetries` times, each attempt with its own timeout, and its answer
 * is parsed and validated. Every failure becomes one of the errors of `errors.ts`, whose
 * `outcome` says whether the server can have done the work. Nothing here knows a spec: the
 * generated `client.gen.ts` passes each operation's definition.
 */
import { type Middleware } from 'openapi-fetch';
import { type ClientOptions, type OperationDefinition, type OperationInput, type RequestOptions, type RuntimeDefaults } from './definitions.js';
export declare class ClientRuntime {
    private readonly fetchClient;
    /** Whether the client's `headers` choose the media type of answers (`Accept`). */
    private readonly acceptGiven;
    private readonly token;
    private readonly getToken;
    private readonly fetchImpl;
    private readonly timeoutMs;
    private readonly retry;
    /** The client's retry settings resolved once: a call without its own `retry` uses them as they are. */
    private readonly retryOptions;
    private readonly validateRequests;
    private readonly validateResponses;
    private readonly onWarning;
    private readonly onRetry;
    private readonly baseUrl;
    /** The middleware registered, as openapi-fetch holds it: with any, the Request sent may not be the one built. */
    private readonly middleware;
    constructor(options: ClientOptions, defaults: RuntimeDefaults);
    /** Registers openapi-fetch middleware. */
    use(...middleware: Middleware[]): void;
    eject(...middleware: Middleware[]): void;
    execute(operation: OperationDefinition, input: OperationInput, init?: RequestOptions): Promise<unknown>;
    private attempt;
    private readSuccess;
}
