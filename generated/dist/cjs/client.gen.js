"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.VoxoResponseValidationError = exports.VoxoAbortError = exports.VoxoNetworkError = exports.VoxoTimeoutError = exports.VoxoServerError = exports.VoxoRateLimitError = exports.VoxoUnprocessableEntityError = exports.VoxoConflictError = exports.VoxoNotFoundError = exports.VoxoForbiddenError = exports.VoxoUnauthorizedError = exports.VoxoBadRequestError = exports.VoxoApiError = exports.VoxoValidationError = exports.VoxoError = void 0;
exports.createVoxoClient = createVoxoClient;
const validators_gen_js_1 = require("./validators.gen.js");
const client_js_1 = require("./runtime/client.js");
const errors_js_1 = require("./runtime/errors.js");
/**
 * Base class of every error the client throws: `code` says what failed, `outcome` what the server can have done.
 */
exports.VoxoError = errors_js_1.ClientError;
/**
 * The request body does not match the spec; nothing was sent. `issues` lists the problems.
 */
exports.VoxoValidationError = errors_js_1.ClientValidationError;
/**
 * The server answered with a non-2xx status: `status`, `body` (parsed JSON or raw text), `headers`.
 */
exports.VoxoApiError = errors_js_1.ClientApiError;
/**
 * 400 Bad Request.
 */
exports.VoxoBadRequestError = errors_js_1.ClientBadRequestError;
/**
 * 401: the token is missing, invalid or expired.
 */
exports.VoxoUnauthorizedError = errors_js_1.ClientUnauthorizedError;
/**
 * 403 Forbidden.
 */
exports.VoxoForbiddenError = errors_js_1.ClientForbiddenError;
/**
 * 404 Not Found.
 */
exports.VoxoNotFoundError = errors_js_1.ClientNotFoundError;
/**
 * 409 Conflict.
 */
exports.VoxoConflictError = errors_js_1.ClientConflictError;
/**
 * 422 Unprocessable Entity.
 */
exports.VoxoUnprocessableEntityError = errors_js_1.ClientUnprocessableEntityError;
/**
 * 429 Too Many Requests, still refused after the retries.
 */
exports.VoxoRateLimitError = errors_js_1.ClientRateLimitError;
/**
 * 5xx: an error in the server, a gateway or a proxy.
 */
exports.VoxoServerError = errors_js_1.ClientServerError;
/**
 * No complete answer within `timeoutMs`.
 */
exports.VoxoTimeoutError = errors_js_1.ClientTimeoutError;
/**
 * The connection failed (refused, DNS failure, reset).
 */
exports.VoxoNetworkError = errors_js_1.ClientNetworkError;
/**
 * The caller's `AbortSignal` stopped the call.
 */
exports.VoxoAbortError = errors_js_1.ClientAbortError;
/**
 * A 2xx answer whose body is not JSON, or does not match the spec with `validateResponses: "throw"`.
 */
exports.VoxoResponseValidationError = errors_js_1.ClientResponseValidationError;
const OPERATIONS = {
    "createCampaign": {
        operationId: "createCampaign",
        method: "POST",
        path: "/v2/admin/call-campaigns",
        idempotent: false,
        requestBodyRequired: true,
        jsonResponse: true,
        validateRequest: validators_gen_js_1.validateCreateCampaignRequest,
        validateResponse: validators_gen_js_1.validateCreateCampaignResponse,
        isUnavailableResponse: validators_gen_js_1.isCreateCampaignUnavailableResponse,
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
 * Request bodies are validated before sending; 2xx bodies are validated and mismatches reported to `onWarning` (`validateResponses: "warn"`), because a 2xx means the server did the work.
 * A request is sent again only when the server cannot have done the work (429, a 503 with the API's own error body, no connection), or when its method is idempotent.
 */
function createVoxoClient(options) {
    const runtime = new client_js_1.ClientRuntime(options, { factoryName: "createVoxoClient", baseUrl: "https://api.voxo.co", userAgent: "voxo-call-campaigns-client/2.1.0", requiresToken: true });
    return {
        createCampaign: (body, init) => runtime.execute(OPERATIONS["createCampaign"], { body }, init),
        use: (...middleware) => runtime.use(...middleware),
        eject: (...middleware) => runtime.eject(...middleware),
    };
}
