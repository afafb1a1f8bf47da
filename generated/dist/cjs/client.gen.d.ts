import type { Middleware } from "openapi-fetch";
import type { operations } from "./types.gen.js";
import { ClientError, ClientValidationError, ClientApiError, ClientBadRequestError, ClientUnauthorizedError, ClientForbiddenError, ClientNotFoundError, ClientConflictError, ClientUnprocessableEntityError, ClientRateLimitError, ClientServerError, ClientTimeoutError, ClientNetworkError, ClientAbortError, ClientResponseValidationError } from "./runtime/errors.js";
import type { ClientOptions, RequestOptions, ClientWarning, RetryEvent, ValidateResponsesMode } from "./runtime/client.js";
import type { RetryOptions } from "./runtime/retry.js";
import type { ErrorCode, RequestOutcome, ValidationIssue } from "./runtime/errors.js";
import type { JsonRequestBody, JsonSuccessBody } from "./runtime/types.js";
/**
 * Base class of every error the client throws: `code` says what failed, `outcome` what the server can have done.
 */
export declare const VoxoError: typeof ClientError;
export type VoxoError = ClientError;
/**
 * The request body does not match the spec; nothing was sent. `issues` lists the problems.
 */
export declare const VoxoValidationError: typeof ClientValidationError;
export type VoxoValidationError = ClientValidationError;
/**
 * The server answered with a non-2xx status: `status`, `body` (parsed JSON or raw text), `headers`.
 */
export declare const VoxoApiError: typeof ClientApiError;
export type VoxoApiError = ClientApiError;
/**
 * 400 Bad Request.
 */
export declare const VoxoBadRequestError: typeof ClientBadRequestError;
export type VoxoBadRequestError = ClientBadRequestError;
/**
 * 401: the token is missing, invalid or expired.
 */
export declare const VoxoUnauthorizedError: typeof ClientUnauthorizedError;
export type VoxoUnauthorizedError = ClientUnauthorizedError;
/**
 * 403 Forbidden.
 */
export declare const VoxoForbiddenError: typeof ClientForbiddenError;
export type VoxoForbiddenError = ClientForbiddenError;
/**
 * 404 Not Found.
 */
export declare const VoxoNotFoundError: typeof ClientNotFoundError;
export type VoxoNotFoundError = ClientNotFoundError;
/**
 * 409 Conflict.
 */
export declare const VoxoConflictError: typeof ClientConflictError;
export type VoxoConflictError = ClientConflictError;
/**
 * 422 Unprocessable Entity.
 */
export declare const VoxoUnprocessableEntityError: typeof ClientUnprocessableEntityError;
export type VoxoUnprocessableEntityError = ClientUnprocessableEntityError;
/**
 * 429 Too Many Requests, still refused after the retries.
 */
export declare const VoxoRateLimitError: typeof ClientRateLimitError;
export type VoxoRateLimitError = ClientRateLimitError;
/**
 * 5xx: an error in the server, a gateway or a proxy.
 */
export declare const VoxoServerError: typeof ClientServerError;
export type VoxoServerError = ClientServerError;
/**
 * No complete answer within `timeoutMs`.
 */
export declare const VoxoTimeoutError: typeof ClientTimeoutError;
export type VoxoTimeoutError = ClientTimeoutError;
/**
 * The connection failed (refused, DNS failure, reset).
 */
export declare const VoxoNetworkError: typeof ClientNetworkError;
export type VoxoNetworkError = ClientNetworkError;
/**
 * The caller's `AbortSignal` stopped the call.
 */
export declare const VoxoAbortError: typeof ClientAbortError;
export type VoxoAbortError = ClientAbortError;
/**
 * A 2xx answer whose body is not JSON, or does not match the spec with `validateResponses: "throw"`.
 */
export declare const VoxoResponseValidationError: typeof ClientResponseValidationError;
export type VoxoResponseValidationError = ClientResponseValidationError;
export type VoxoClientOptions = ClientOptions;
export type VoxoRequestOptions = RequestOptions;
export type VoxoWarning = ClientWarning;
export type VoxoRetryEvent = RetryEvent;
export type VoxoValidateResponsesMode = ValidateResponsesMode;
export type VoxoRetryOptions = RetryOptions;
export type VoxoErrorCode = ErrorCode;
export type VoxoRequestOutcome = RequestOutcome;
export type VoxoValidationIssue = ValidationIssue;
type CreateCampaignBody = JsonRequestBody<operations["createCampaign"]>;
type CreateCampaignResult = JsonSuccessBody<operations["createCampaign"]>;
/**
 * A client of VOXO Call Campaigns API, made by {@link createVoxoClient}.
 */
export interface VoxoClient {
    /**
     * Create Campaign
     *
     * Creates a call campaign for a tenant. The campaign starts dialing the given `numbers`
     * between `dateStart`/`timeStart` and `dateEnd`/`timeEnd`, only within the daily calling
     * hours `callHoursStart`–`callHoursEnd` of `timezone`, one number every `callFrequency`
     * seconds.
     *
     * The reference page's curl example posts to `/v2/admin/call-campaigns/` (with a trailing
     * slash); its header names the path without one, which is the path used here.
     *
     * The page's request example holds `"<string>"` placeholders in fields whose patterns it
     * states (`dateStart`, `timeStart`, `dateEnd`, `timeEnd`, `callerId`, `callHoursStart`,
     * `callHoursEnd`), and `enableVMDetect: "<string>"` where its description asks for 1 or
     * 0; the example fails the page's own rules, so it is not reproduced as a request
     * example here. Its response example, placeholders and all, is the 201's
     * `referencePage` example.
     *
     * Not idempotent: sending the same body twice creates two campaigns, and each dials every
     * number.
     *
     * `POST /v2/admin/call-campaigns`
     *
     * Not idempotent: retried only after 429, a 503 with the API's own error body (as the spec gives it; where it gives none, a 503 is not retried), or a connection that was never made; after a timeout, a reset, a 500/502/504 or another 503 (a proxy's or gateway's, perhaps after passing the request on) it throws an error whose `outcome` is `"unknown"`.
     * @throws {VoxoValidationError} when the body does not match the spec (nothing is sent).
     * @throws {VoxoApiError} when the server answers with a non-2xx status.
     * @throws {VoxoTimeoutError} {@link VoxoNetworkError} {@link VoxoAbortError} when no answer could be read.
     * @throws {VoxoResponseValidationError} when a 2xx body is not JSON (or, with `validateResponses: "throw"`, does not match the spec).
     */
    createCampaign(body: CreateCampaignBody, init?: VoxoRequestOptions): Promise<CreateCampaignResult>;
    /** Registers openapi-fetch middleware (`onRequest`, `onResponse`, `onError`), run on every attempt. */
    use(...middleware: Middleware[]): void;
    /** Removes middleware registered with `use` or the `middleware` option. */
    eject(...middleware: Middleware[]): void;
}
/**
 * Creates a client of VOXO Call Campaigns API.
 *
 * Pass `token`, or `getToken` to fetch a fresh token before each attempt.
 * Requests go to `https://api.voxo.co` unless `baseUrl` says otherwise.
 * Request bodies are validated before sending; 2xx bodies are validated and mismatches reported to `onWarning` (`validateResponses: "warn"`), because a 2xx means the server did the work.
 * A request is sent again only when the server cannot have done the work (429, a 503 with the API's own error body, no connection), or when its method is idempotent.
 */
export declare function createVoxoClient(options: VoxoClientOptions): VoxoClient;
export {};
