/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
import { validateCreateCampaignRequest, validateCreateCampaignResponse, isCreateCampaignUnavailableResponse } from "./validators.gen.js";
import { ClientRuntime } from "./runtime/client.js";
import { ClientError as VoxoError, ClientValidationError as VoxoValidationError, ClientApiError as VoxoApiError, ClientBadRequestError as VoxoBadRequestError, ClientUnauthorizedError as VoxoUnauthorizedError, ClientForbiddenError as VoxoForbiddenError, ClientNotFoundError as VoxoNotFoundError, ClientConflictError as VoxoConflictError, ClientUnprocessableEntityError as VoxoUnprocessableEntityError, ClientRateLimitError as VoxoRateLimitError, ClientServerError as VoxoServerError, ClientTimeoutError as VoxoTimeoutError, ClientNetworkError as VoxoNetworkError, ClientAbortError as VoxoAbortError, ClientResponseValidationError as VoxoResponseValidationError } from "./runtime/errors.js";
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
};
/**
 * Creates a client of VOXO Call Campaigns API.
 *
 * Pass `token`, or `getToken` to fetch a fresh token before each attempt.
 * Requests go to `https://api.voxo.co` unless `baseUrl` says otherwise.
 * Request bodies and parameters are validated before sending; 2xx bodies are validated and mismatches reported to `onWarning` (`validateResponses: "warn"`), because a 2xx means the server did the work.
 * A request is sent again only when the server cannot have done the work (429, a 503 with the API's own error body, no connection), or when its method is idempotent.
 */
export function createVoxoClient(options) {
    const runtime = new ClientRuntime(options, { factoryName: "createVoxoClient", baseUrl: "https://api.voxo.co", userAgent: "voxo-call-campaigns-client/2.1.0", requiresToken: true });
    return {
        createCampaign: (body, init) => runtime.execute(OPERATIONS["createCampaign"], { body }, init),
        use: (...middleware) => runtime.use(...middleware),
        eject: (...middleware) => runtime.eject(...middleware),
    };
}
