/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

import type { Middleware } from "openapi-fetch";
import type { operations } from "./types.gen.js";
import { validateCreateCampaignRequest, validateCreateCampaignResponse, isCreateCampaignUnavailableResponse } from "./validators.gen.js";
import { ClientRuntime } from "./runtime/client.js";
import { ClientError as VoxoError, ClientValidationError as VoxoValidationError, ClientApiError as VoxoApiError, ClientBadRequestError as VoxoBadRequestError, ClientUnauthorizedError as VoxoUnauthorizedError, ClientForbiddenError as VoxoForbiddenError, ClientNotFoundError as VoxoNotFoundError, ClientConflictError as VoxoConflictError, ClientUnprocessableEntityError as VoxoUnprocessableEntityError, ClientRateLimitError as VoxoRateLimitError, ClientServerError as VoxoServerError, ClientTimeoutError as VoxoTimeoutError, ClientNetworkError as VoxoNetworkError, ClientAbortError as VoxoAbortError, ClientResponseValidationError as VoxoResponseValidationError } from "./runtime/errors.js";
import type { OperationDefinition, ClientOptions as VoxoClientOptions, RequestOptions as VoxoRequestOptions, ClientWarning as VoxoWarning, RetryEvent as VoxoRetryEvent, ValidateResponsesMode as VoxoValidateResponsesMode } from "./runtime/definitions.js";
import type { RetryOptions as VoxoRetryOptions } from "./runtime/retry.js";
import type { ErrorCode as VoxoErrorCode, RequestOutcome as VoxoRequestOutcome, ValidationIssue as VoxoValidationIssue, RequestSnapshot as VoxoRequestSnapshot, ErrorDetails as VoxoErrorDetails, ApiErrorDetails as VoxoApiErrorDetails } from "./runtime/errors.js";
import type { JsonRequestBody, JsonSuccessBody } from "./runtime/types.js";

/**
 * Base class of every error the client throws: `code` says what failed, `outcome` what the server can have done.
 */
export { VoxoError };
/**
 * The request body or parameters do not match the spec; nothing was sent. `issues` lists the problems.
 */
export { VoxoValidationError };
/**
 * The server answered with a non-2xx status: `status`, `body` (parsed JSON or raw text), `headers`.
 */
export { VoxoApiError };
/**
 * 400 Bad Request.
 */
export { VoxoBadRequestError };
/**
 * 401: the token is missing, invalid or expired.
 */
export { VoxoUnauthorizedError };
/**
 * 403 Forbidden.
 */
export { VoxoForbiddenError };
/**
 * 404 Not Found.
 */
export { VoxoNotFoundError };
/**
 * 409 Conflict.
 */
export { VoxoConflictError };
/**
 * 422 Unprocessable Entity.
 */
export { VoxoUnprocessableEntityError };
/**
 * 429 Too Many Requests, still refused after the retries.
 */
export { VoxoRateLimitError };
/**
 * 5xx: an error in the server, a gateway or a proxy.
 */
export { VoxoServerError };
/**
 * No complete answer within `timeoutMs`.
 */
export { VoxoTimeoutError };
/**
 * The connection failed (refused, DNS failure, reset).
 */
export { VoxoNetworkError };
/**
 * The caller's `AbortSignal` stopped the call.
 */
export { VoxoAbortError };
/**
 * A 2xx answer whose body is not JSON, or does not match the spec with `validateResponses: "throw"`.
 */
export { VoxoResponseValidationError };

export type { VoxoClientOptions, VoxoRequestOptions, VoxoWarning, VoxoRetryEvent, VoxoValidateResponsesMode, VoxoRetryOptions, VoxoErrorCode, VoxoRequestOutcome, VoxoValidationIssue, VoxoRequestSnapshot, VoxoErrorDetails, VoxoApiErrorDetails };

type CreateCampaignBody = JsonRequestBody<operations["createCampaign"]>;
type CreateCampaignResult = JsonSuccessBody<operations["createCampaign"]>;

const OPERATIONS = {
  "createCampaign": {
    operationId: "createCampaign",
    method: "POST",
    path: "/v2/admin/call-campaigns",
    idempotent: false,
    requestBodyRequired: true,
    jsonResponse: true,
    validateRequest: validateCreateCampaignRequest,
    validateResponse: validateCreateCampaignResponse,
    isUnavailableResponse: isCreateCampaignUnavailableResponse,
    messages: {
      unknown: "The campaign may or may not have been created. The request was not sent again, because a second attempt could create a second campaign. Check whether it exists (for example, list the campaigns and look for this one) before you send it again.",
      notDone: "The campaign was not created.",
      done: "The campaign was created: do not send the request again.",
    },
  },
} satisfies Record<string, OperationDefinition>;

/**
 * A client of VOXO Call Campaigns API, made by {@link createVoxoClient}.
 */
export interface VoxoClient {
  /**
   * Create Campaign
   *
   * Creates a call campaign for a tenant. The campaign dials the given `numbers` between
   * `dateStart`/`timeStart` and `dateEnd`/`timeEnd`, within the daily calling hours
   * `callHoursStart`–`callHoursEnd` of `timezone`, waiting `callFrequency` seconds between
   * dialing numbers (VOXO's other docs; the page says only "Call frequency in seconds").
   *
   * The reference page's curl example posts to `/v2/admin/call-campaigns/` (with a trailing
   * slash); its header names the path without one, which is the path used here.
   *
   * The page's request example holds `"<string>"` placeholders in fields whose patterns it
   * states (`dateStart`, `timeStart`, `dateEnd`, `timeEnd`, `callerId`, `callHoursStart`,
   * `callHoursEnd`), and `enableVMDetect: "<string>"` where its description asks for 1 or
   * 0; the example fails the page's own rules, so it is not given as a request example
   * (which tools would check and send). It is quoted here as the page prints it:
   *
   * ```json
   * {
   *   "tenantId": 1,
   *   "name": "<string>",
   *   "tech": "VOICE",
   *   "dateStart": "<string>",
   *   "timeStart": "<string>",
   *   "dateEnd": "<string>",
   *   "timeEnd": "<string>",
   *   "callerId": "<string>",
   *   "recording": "yes",
   *   "numbers": [
   *     {
   *       "number": "<string>",
   *       "description": "<string>",
   *       "field1": "<string>",
   *       "field2": "<string>",
   *       "field3": "<string>",
   *       "field4": "<string>",
   *       "field5": "<string>",
   *       "field6": "<string>",
   *       "field7": "<string>",
   *       "field8": "<string>",
   *       "field9": "<string>",
   *       "disposition": "<string>"
   *     }
   *   ],
   *   "destinations": [{ "id": 1, "type": "<string>" }],
   *   "timezone": "<string>",
   *   "callFrequency": 10,
   *   "matchDestinations": [{ "id": 1, "type": "<string>" }],
   *   "notMatchDestinations": [{ "id": 1, "type": "<string>" }],
   *   "enableVMDetect": "<string>",
   *   "callHoursStart": "<string>",
   *   "callHoursEnd": "<string>"
   * }
   * ```
   *
   * Its response example, placeholders and all, is the 201's `referencePage` example.
   *
   * Not idempotent (inferred: a POST that creates, and VOXO documents no idempotency key):
   * sending the same body twice creates two campaigns, and each dials every number.
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
 * Request bodies and parameters are validated before sending; 2xx bodies are validated and mismatches reported to `onWarning` (`validateResponses: "warn"`), because a 2xx means the server did the work.
 * A request is sent again only when the server cannot have done the work (429, a 503 with the API's own error body, no connection), or when its method is idempotent.
 */
export function createVoxoClient(options: VoxoClientOptions): VoxoClient {
  const runtime = new ClientRuntime(options, { factoryName: "createVoxoClient", baseUrl: "https://api.voxo.co", userAgent: "voxo-call-campaigns-client/2.1.0", requiresToken: true });
  return {
    createCampaign: (body, init) => runtime.execute(OPERATIONS["createCampaign"], { body }, init) as Promise<CreateCampaignResult>,
    use: (...middleware) => runtime.use(...middleware),
    eject: (...middleware) => runtime.eject(...middleware),
  };
}
