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
Object.defineProperty(exports, "VoxoError", { enumerable: true, get: function () { return errors_js_1.ClientError; } });
Object.defineProperty(exports, "VoxoValidationError", { enumerable: true, get: function () { return errors_js_1.ClientValidationError; } });
Object.defineProperty(exports, "VoxoApiError", { enumerable: true, get: function () { return errors_js_1.ClientApiError; } });
Object.defineProperty(exports, "VoxoBadRequestError", { enumerable: true, get: function () { return errors_js_1.ClientBadRequestError; } });
Object.defineProperty(exports, "VoxoUnauthorizedError", { enumerable: true, get: function () { return errors_js_1.ClientUnauthorizedError; } });
Object.defineProperty(exports, "VoxoForbiddenError", { enumerable: true, get: function () { return errors_js_1.ClientForbiddenError; } });
Object.defineProperty(exports, "VoxoNotFoundError", { enumerable: true, get: function () { return errors_js_1.ClientNotFoundError; } });
Object.defineProperty(exports, "VoxoConflictError", { enumerable: true, get: function () { return errors_js_1.ClientConflictError; } });
Object.defineProperty(exports, "VoxoUnprocessableEntityError", { enumerable: true, get: function () { return errors_js_1.ClientUnprocessableEntityError; } });
Object.defineProperty(exports, "VoxoRateLimitError", { enumerable: true, get: function () { return errors_js_1.ClientRateLimitError; } });
Object.defineProperty(exports, "VoxoServerError", { enumerable: true, get: function () { return errors_js_1.ClientServerError; } });
Object.defineProperty(exports, "VoxoTimeoutError", { enumerable: true, get: function () { return errors_js_1.ClientTimeoutError; } });
Object.defineProperty(exports, "VoxoNetworkError", { enumerable: true, get: function () { return errors_js_1.ClientNetworkError; } });
Object.defineProperty(exports, "VoxoAbortError", { enumerable: true, get: function () { return errors_js_1.ClientAbortError; } });
Object.defineProperty(exports, "VoxoResponseValidationError", { enumerable: true, get: function () { return errors_js_1.ClientResponseValidationError; } });
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
 * Request bodies and parameters are validated before sending; 2xx bodies are validated and mismatches reported to `onWarning` (`validateResponses: "warn"`), because a 2xx means the server did the work.
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
