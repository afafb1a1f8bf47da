export type { components, operations, paths } from "./types.gen.js";
export type { Campaign, CampaignDestination, CampaignNumber, CampaignNumberInput, CreateCampaignRequest, DestinationInput, Error } from "./schemas.gen.js";
