/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

export { CalendarDatePattern, CallerIdPattern, FormatMismatchError, HourMinutePattern, PatternMismatchError, asCalendarDate, asCallerId, asHourMinute, asIsoDate, isCalendarDate, isCallerId, isHourMinute, isIsoDate } from "./patterns.gen.js";
export type { CalendarDate, CallerId, HourMinute, IsoDate } from "./patterns.gen.js";
export { isCampaign, isCampaignDestination, isCampaignNumber, isCampaignNumberInput, isCreateCampaignRequest, isCreateCampaignResponse, isCreateCampaignUnavailableResponse, isDestinationInput, isError, validateCampaign, validateCampaignDestination, validateCampaignNumber, validateCampaignNumberInput, validateCreateCampaignRequest, validateCreateCampaignResponse, validateCreateCampaignUnavailableResponse, validateDestinationInput, validateError } from "./validators.gen.js";
export type { ValidationIssue, ValidationOptions, ValidationResult } from "./validators.gen.js";
export { VoxoAbortError, VoxoApiError, VoxoBadRequestError, VoxoConflictError, VoxoError, VoxoForbiddenError, VoxoNetworkError, VoxoNotFoundError, VoxoRateLimitError, VoxoResponseValidationError, VoxoServerError, VoxoTimeoutError, VoxoUnauthorizedError, VoxoUnprocessableEntityError, VoxoValidationError, createVoxoClient } from "./client.gen.js";
export type { VoxoApiErrorDetails, VoxoClient, VoxoClientOptions, VoxoErrorCode, VoxoErrorDetails, VoxoRequestOptions, VoxoRequestOutcome, VoxoRequestSnapshot, VoxoRetryEvent, VoxoRetryOptions, VoxoValidateResponsesMode, VoxoValidationIssue, VoxoWarning } from "./client.gen.js";
export type { components, operations, paths } from "./types.gen.js";
export type { Campaign, CampaignDestination, CampaignNumber, CampaignNumberInput, CreateCampaignRequest, DestinationInput, Error } from "./schemas.gen.js";
