import type { components } from "./types.gen.js";
export type CreateCampaignRequest = components["schemas"]["CreateCampaignRequest"];
export type CampaignNumberInput = components["schemas"]["CampaignNumberInput"];
export type DestinationInput = components["schemas"]["DestinationInput"];
export type Campaign = components["schemas"]["Campaign"];
export type CampaignNumber = components["schemas"]["CampaignNumber"];
export type CampaignDestination = components["schemas"]["CampaignDestination"];
export type Error = components["schemas"]["Error"];
