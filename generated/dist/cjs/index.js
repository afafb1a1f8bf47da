"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.createVoxoClient = exports.VoxoValidationError = exports.VoxoUnprocessableEntityError = exports.VoxoUnauthorizedError = exports.VoxoTimeoutError = exports.VoxoServerError = exports.VoxoResponseValidationError = exports.VoxoRateLimitError = exports.VoxoNotFoundError = exports.VoxoNetworkError = exports.VoxoForbiddenError = exports.VoxoError = exports.VoxoConflictError = exports.VoxoBadRequestError = exports.VoxoApiError = exports.VoxoAbortError = exports.validateError = exports.validateDestinationInput = exports.validateCreateCampaignUnavailableResponse = exports.validateCreateCampaignResponse = exports.validateCreateCampaignRequest = exports.validateCampaignNumberInput = exports.validateCampaignNumber = exports.validateCampaignDestination = exports.validateCampaign = exports.isError = exports.isDestinationInput = exports.isCreateCampaignUnavailableResponse = exports.isCreateCampaignResponse = exports.isCreateCampaignRequest = exports.isCampaignNumberInput = exports.isCampaignNumber = exports.isCampaignDestination = exports.isCampaign = exports.isIsoDate = exports.isHourMinute = exports.isCallerId = exports.isCalendarDate = exports.asIsoDate = exports.asHourMinute = exports.asCallerId = exports.asCalendarDate = exports.PatternMismatchError = exports.HourMinutePattern = exports.FormatMismatchError = exports.CallerIdPattern = exports.CalendarDatePattern = void 0;
var patterns_gen_js_1 = require("./patterns.gen.js");
Object.defineProperty(exports, "CalendarDatePattern", { enumerable: true, get: function () { return patterns_gen_js_1.CalendarDatePattern; } });
Object.defineProperty(exports, "CallerIdPattern", { enumerable: true, get: function () { return patterns_gen_js_1.CallerIdPattern; } });
Object.defineProperty(exports, "FormatMismatchError", { enumerable: true, get: function () { return patterns_gen_js_1.FormatMismatchError; } });
Object.defineProperty(exports, "HourMinutePattern", { enumerable: true, get: function () { return patterns_gen_js_1.HourMinutePattern; } });
Object.defineProperty(exports, "PatternMismatchError", { enumerable: true, get: function () { return patterns_gen_js_1.PatternMismatchError; } });
Object.defineProperty(exports, "asCalendarDate", { enumerable: true, get: function () { return patterns_gen_js_1.asCalendarDate; } });
Object.defineProperty(exports, "asCallerId", { enumerable: true, get: function () { return patterns_gen_js_1.asCallerId; } });
Object.defineProperty(exports, "asHourMinute", { enumerable: true, get: function () { return patterns_gen_js_1.asHourMinute; } });
Object.defineProperty(exports, "asIsoDate", { enumerable: true, get: function () { return patterns_gen_js_1.asIsoDate; } });
Object.defineProperty(exports, "isCalendarDate", { enumerable: true, get: function () { return patterns_gen_js_1.isCalendarDate; } });
Object.defineProperty(exports, "isCallerId", { enumerable: true, get: function () { return patterns_gen_js_1.isCallerId; } });
Object.defineProperty(exports, "isHourMinute", { enumerable: true, get: function () { return patterns_gen_js_1.isHourMinute; } });
Object.defineProperty(exports, "isIsoDate", { enumerable: true, get: function () { return patterns_gen_js_1.isIsoDate; } });
var validators_gen_js_1 = require("./validators.gen.js");
Object.defineProperty(exports, "isCampaign", { enumerable: true, get: function () { return validators_gen_js_1.isCampaign; } });
Object.defineProperty(exports, "isCampaignDestination", { enumerable: true, get: function () { return validators_gen_js_1.isCampaignDestination; } });
Object.defineProperty(exports, "isCampaignNumber", { enumerable: true, get: function () { return validators_gen_js_1.isCampaignNumber; } });
Object.defineProperty(exports, "isCampaignNumberInput", { enumerable: true, get: function () { return validators_gen_js_1.isCampaignNumberInput; } });
Object.defineProperty(exports, "isCreateCampaignRequest", { enumerable: true, get: function () { return validators_gen_js_1.isCreateCampaignRequest; } });
Object.defineProperty(exports, "isCreateCampaignResponse", { enumerable: true, get: function () { return validators_gen_js_1.isCreateCampaignResponse; } });
Object.defineProperty(exports, "isCreateCampaignUnavailableResponse", { enumerable: true, get: function () { return validators_gen_js_1.isCreateCampaignUnavailableResponse; } });
Object.defineProperty(exports, "isDestinationInput", { enumerable: true, get: function () { return validators_gen_js_1.isDestinationInput; } });
Object.defineProperty(exports, "isError", { enumerable: true, get: function () { return validators_gen_js_1.isError; } });
Object.defineProperty(exports, "validateCampaign", { enumerable: true, get: function () { return validators_gen_js_1.validateCampaign; } });
Object.defineProperty(exports, "validateCampaignDestination", { enumerable: true, get: function () { return validators_gen_js_1.validateCampaignDestination; } });
Object.defineProperty(exports, "validateCampaignNumber", { enumerable: true, get: function () { return validators_gen_js_1.validateCampaignNumber; } });
Object.defineProperty(exports, "validateCampaignNumberInput", { enumerable: true, get: function () { return validators_gen_js_1.validateCampaignNumberInput; } });
Object.defineProperty(exports, "validateCreateCampaignRequest", { enumerable: true, get: function () { return validators_gen_js_1.validateCreateCampaignRequest; } });
Object.defineProperty(exports, "validateCreateCampaignResponse", { enumerable: true, get: function () { return validators_gen_js_1.validateCreateCampaignResponse; } });
Object.defineProperty(exports, "validateCreateCampaignUnavailableResponse", { enumerable: true, get: function () { return validators_gen_js_1.validateCreateCampaignUnavailableResponse; } });
Object.defineProperty(exports, "validateDestinationInput", { enumerable: true, get: function () { return validators_gen_js_1.validateDestinationInput; } });
Object.defineProperty(exports, "validateError", { enumerable: true, get: function () { return validators_gen_js_1.validateError; } });
var client_gen_js_1 = require("./client.gen.js");
Object.defineProperty(exports, "VoxoAbortError", { enumerable: true, get: function () { return client_gen_js_1.VoxoAbortError; } });
Object.defineProperty(exports, "VoxoApiError", { enumerable: true, get: function () { return client_gen_js_1.VoxoApiError; } });
Object.defineProperty(exports, "VoxoBadRequestError", { enumerable: true, get: function () { return client_gen_js_1.VoxoBadRequestError; } });
Object.defineProperty(exports, "VoxoConflictError", { enumerable: true, get: function () { return client_gen_js_1.VoxoConflictError; } });
Object.defineProperty(exports, "VoxoError", { enumerable: true, get: function () { return client_gen_js_1.VoxoError; } });
Object.defineProperty(exports, "VoxoForbiddenError", { enumerable: true, get: function () { return client_gen_js_1.VoxoForbiddenError; } });
Object.defineProperty(exports, "VoxoNetworkError", { enumerable: true, get: function () { return client_gen_js_1.VoxoNetworkError; } });
Object.defineProperty(exports, "VoxoNotFoundError", { enumerable: true, get: function () { return client_gen_js_1.VoxoNotFoundError; } });
Object.defineProperty(exports, "VoxoRateLimitError", { enumerable: true, get: function () { return client_gen_js_1.VoxoRateLimitError; } });
Object.defineProperty(exports, "VoxoResponseValidationError", { enumerable: true, get: function () { return client_gen_js_1.VoxoResponseValidationError; } });
Object.defineProperty(exports, "VoxoServerError", { enumerable: true, get: function () { return client_gen_js_1.VoxoServerError; } });
Object.defineProperty(exports, "VoxoTimeoutError", { enumerable: true, get: function () { return client_gen_js_1.VoxoTimeoutError; } });
Object.defineProperty(exports, "VoxoUnauthorizedError", { enumerable: true, get: function () { return client_gen_js_1.VoxoUnauthorizedError; } });
Object.defineProperty(exports, "VoxoUnprocessableEntityError", { enumerable: true, get: function () { return client_gen_js_1.VoxoUnprocessableEntityError; } });
Object.defineProperty(exports, "VoxoValidationError", { enumerable: true, get: function () { return client_gen_js_1.VoxoValidationError; } });
Object.defineProperty(exports, "createVoxoClient", { enumerable: true, get: function () { return client_gen_js_1.createVoxoClient; } });
