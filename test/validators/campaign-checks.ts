/**
 * The campaign rules of issue 6 as spec extensions: the fragment proposed for
 * spec/openapi.yaml, merged into a copy of the spec by the tests until the spec carries it
 * (merging it again then changes nothing).
 */
import type { OpenApiDocument } from '../../generator/shared/openapi.js';

/** The campaign rules as spec extensions: the fragment proposed for spec/openapi.yaml. */
export const CAMPAIGN_CHECKS = {
  CreateCampaignRequest: {
    'x-order': [
      { before: 'dateStart', after: 'dateEnd' },
      { before: 'timeStart', after: 'timeEnd', strict: true, when: { equal: ['dateStart', 'dateEnd'] } },
      { before: 'callHoursStart', after: 'callHoursEnd', strict: true },
    ],
    'x-warn': [
      {
        if: { required: ['enableVMDetect'], properties: { enableVMDetect: { const: '1' } } },
        then: {
          'x-message': 'voicemail detection is on ("1") but matchDestinations and notMatchDestinations are both empty',
          anyOf: [{ properties: { matchDestinations: { minItems: 1 } } }, { properties: { notMatchDestinations: { minItems: 1 } } }],
        },
      },
      {
        if: { required: ['enableVMDetect'], properties: { enableVMDetect: { const: '0' } } },
        then: {
          properties: {
            destinations: { minItems: 1, 'x-message': 'voicemail detection is off ("0") but destinations is empty: connected calls have nowhere to go' },
          },
        },
      },
    ],
    properties: {
      dateStart: { format: 'date' },
      dateEnd: { format: 'date' },
      timezone: { 'x-time-zone': true },
      numbers: { 'x-warn': { 'x-unique-by': 'number' } },
    },
  },
  CampaignNumberInput: {
    properties: {
      number: { 'x-warn': { pattern: '^[1-9]\\d{9}$', 'x-message': 'does not look like a 10-digit number such as callerId' } },
    },
  },
};

/** The spec with CAMPAIGN_CHECKS merged in (objects merged key by key; the rest replaced). */
export function withCampaignChecks(document: OpenApiDocument): OpenApiDocument {
  const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  const merge = (target: Record<string, unknown>, patch: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(patch)) {
      const existing = target[key];
      if (isObject(value) && isObject(existing)) merge(existing, value);
      else target[key] = value;
    }
  };
  const copy = structuredClone(document);
  merge(copy.components!.schemas as Record<string, unknown>, CAMPAIGN_CHECKS);
  return copy;
}

