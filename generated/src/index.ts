/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

export type { components, operations, paths } from "./types.gen.js";
export type { Campaign, CampaignDestination, CampaignNumber, CampaignNumberInput, CreateCampaignRequest, DestinationInput, Error } from "./schemas.gen.js";
