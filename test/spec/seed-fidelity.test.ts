/**
 * The spec says everything VOXO's reference page (the seed) says. The seed lives beside the
 * repository in ../shared/seed, which a user's clone does not have: there the seed comparison
 * reports itself skipped; the checks written out in this file run everywhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { bundleSpec } from '../../generator/bundle/bundle.js';
import { loadSpec } from '../../generator/load/load.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';
import { SHARED_DIR, SPEC_FILE } from '../helpers/paths.js';

const SEED_FILE = path.join(SHARED_DIR, 'seed/create-campaign-endpoint.txt');
const seedPresent = fs.existsSync(SEED_FILE);

interface SeedField {
  name: string;
  types: string[];
  required: boolean;
  description: string;
  pattern?: string;
  exclusiveMinimum?: number;
  minLength?: number;
  enum?: string[];
}

/** Reads the fields of one section ("Body" or "Response") of the reference page's text. */
function parseSeedSection(text: string, start: string, end: string | undefined): SeedField[] {
  const all = text.split('\n').map((line) => line.trim());
  const from = all.indexOf(start);
  const to = end ? all.indexOf(end, from + 1) : all.length;
  const lines = all.slice(from + 1, to).filter(Boolean);
  const isType = (line: string) => /^(number|string|object\[\]|enum<string>)( \| null)?$/.test(line);
  const startsField = (at: number) =>
    /^[A-Za-z]+$/.test(lines[at] ?? '') && (isType(lines[at + 1] ?? '') || lines[at + 1] === 'required');
  const fields: SeedField[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!startsField(i)) {
      i++;
      continue;
    }
    const field: SeedField = { name: lines[i++]!, types: [], required: false, description: '' };
    if (isType(lines[i]!)) field.types = lines[i++]!.split(' | ');
    if (lines[i] === 'required') (field.required = true), i++;
    field.description = lines[i++] ?? '';
    while (i < lines.length && !startsField(i)) {
      const detail = lines[i++]!;
      if (detail.startsWith('Pattern: ')) field.pattern = detail.slice('Pattern: '.length);
      else if (detail.startsWith('Required range: x > ')) field.exclusiveMinimum = Number(detail.slice('Required range: x > '.length));
      else if (detail.startsWith('Minimum string length: ')) field.minLength = Number(detail.slice('Minimum string length: '.length));
      else if (detail === 'Available options:') {
        // Options are listed one a line, all but the last followed by a comma.
        field.enum = [];
        while (i < lines.length) {
          const option = lines[i++]!;
          field.enum.push(option.replace(/,$/, ''));
          if (!option.endsWith(',')) break;
        }
      }
    }
    fields.push(field);
  }
  return fields;
}

type Schema = Record<string, unknown>;
let document: OpenApiDocument;
const schemas = () => document.components!.schemas as Record<string, Schema>;
const properties = (name: string) => schemas()[name]!.properties as Record<string, Schema>;
type Operation = { description: string; responses: Record<string, { content: Record<string, { examples: Record<string, { $ref: string }> }> }> };
const createCampaign = () => document.paths!['/v2/admin/call-campaigns']!.post as Operation;
/** The 201's `referencePage` example, resolved. */
function referencePageExample(): Record<string, unknown> {
  const name = createCampaign().responses['201']!.content['application/json']!.examples.referencePage!.$ref.split('/').pop()!;
  return (document.components!.examples as Record<string, { value: Record<string, unknown> }>)[name]!.value;
}
const typesOf = (schema: Schema) => (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];

beforeAll(async () => {
  document = await bundleSpec(loadSpec(SPEC_FILE));
});

describe.skipIf(!seedPresent)(`the spec against the seed (${seedPresent ? SEED_FILE : 'skipped: ../shared/seed is absent from this clone'})`, () => {
  const text = seedPresent ? fs.readFileSync(SEED_FILE, 'utf8') : '';
  const request = parseSeedSection(text, 'Body', 'Response');
  const response = parseSeedSection(text, 'Response', undefined).filter((field) => field.name !== 'Response');

  it('finds the 20 request fields and 25 response fields on the page', () => {
    expect(request).toHaveLength(20);
    expect(response).toHaveLength(25);
  });

  it.each(request.map((field) => [field.name, field] as const))('request field %s matches the seed', (name, field) => {
    const schema = properties('CreateCampaignRequest')[name]!;
    expect(schema, `${name} is in the spec`).toBeDefined();
    const required = (schemas().CreateCampaignRequest!.required as string[]).includes(name);
    expect(required).toBe(field.required);
    expect((schema.description as string).split('\n')[0]).toBe(field.description);
    const seedType = field.types[0] === 'object[]' ? 'array' : field.types[0] === 'enum<string>' ? 'string' : field.types[0];
    if (seedType) expect(typesOf(schema)).toEqual([seedType]);
    expect(schema.pattern).toBe(field.pattern);
    expect(schema.exclusiveMinimum).toBe(field.exclusiveMinimum);
    expect(schema.minLength).toBe(field.minLength);
    if (field.enum) expect(schema.enum).toEqual(field.enum);
  });

  it.each(response.map((field) => [field.name, field] as const))('response field %s matches the seed', (name, field) => {
    const schema = properties('Campaign')[name]!;
    expect(schema, `${name} is in the spec`).toBeDefined();
    expect((schemas().Campaign!.required as string[]).includes(name)).toBe(field.required);
    expect((schema.description as string).split('\n')[0]).toBe(field.description);
    const seedTypes = field.types.map((type) => (type === 'object[]' ? 'array' : type));
    expect(typesOf(schema)).toEqual(seedTypes);
  });

  it("carries the page's response example as printed (the 201's referencePage example)", () => {
    // The JSON printed after the curl command, whose quoted --data ends on a line of its own.
    const lines = text.split('\n');
    const from = lines.indexOf("'") + 1;
    const printed = JSON.parse(lines.slice(from, lines.indexOf('}', from) + 1).join('\n')) as unknown;
    expect(referencePageExample()).toEqual(printed);
  });
});

describe('the spec, as transcribed', () => {
  it('requires 18 request fields, leaving state and message optional', () => {
    const required = schemas().CreateCampaignRequest!.required as string[];
    expect(required).toHaveLength(18);
    expect(Object.keys(properties('CreateCampaignRequest')).filter((name) => !required.includes(name))).toEqual(['state', 'message']);
  });

  it('requires all 25 response fields, with the seed nullability', () => {
    const campaign = properties('Campaign');
    expect(Object.keys(campaign)).toHaveLength(25);
    expect(schemas().Campaign!.required).toEqual(Object.keys(campaign));
    const nonNullable = ['id', 'tenantId', 'name', 'type', 'numbers', 'destinations', 'enableVMDetect', 'matchDestinations', 'notMatchDestinations'];
    for (const [name, schema] of Object.entries(campaign)) {
      expect(typesOf(schema).includes('null'), name).toBe(!nonNullable.includes(name));
    }
  });

  it('reuses one item schema for the three destination lists, in requests and in responses', () => {
    for (const list of ['destinations', 'matchDestinations', 'notMatchDestinations']) {
      expect((properties('CreateCampaignRequest')[list]!.items as Schema).$ref).toBe('#/components/schemas/DestinationInput');
      expect((properties('Campaign')[list]!.items as Schema).$ref).toBe('#/components/schemas/CampaignDestination');
    }
  });

  it('states each of the seed contradictions it follows', () => {
    expect(properties('CreateCampaignRequest').recording!.enum).toEqual(['yes']);
    expect(properties('CreateCampaignRequest').recording!.description).toMatch(/contradicts itself/);
    expect(typesOf(properties('CreateCampaignRequest').enableVMDetect!)).toEqual(['string']);
    expect(typesOf(properties('Campaign').enableVMDetect!)).toEqual(['number']);
    expect(properties('Campaign').enableVMDetect!.description).toMatch(/string .* in requests/s);
    expect(Object.keys(schemas().CampaignNumber!.properties as Schema)).toEqual(['number', 'description', 'disposition']);
    expect(schemas().CampaignNumber!.description).toMatch(/only `number`, `description` and\s+`disposition`/);
    // "minimum 10" against the range "x > 9" of a number: 9.5 meets the range, not the minimum.
    expect(properties('CreateCampaignRequest').callFrequency!.exclusiveMinimum).toBe(9);
    expect(properties('CreateCampaignRequest').callFrequency!.description).toMatch(/contradicts itself/);
  });

  it("carries the seed's response example, and says why its request example is left out", () => {
    const value = referencePageExample();
    expect(Object.keys(value).sort()).toEqual(Object.keys(properties('Campaign')).sort());
    expect(value).toMatchObject({ id: 123, name: '<string>', enableVMDetect: 123 });
    expect(createCampaign().description).toMatch(/request example holds `"<string>"` placeholders/);
  });

  it('documents the error answers, and says they are inferred', () => {
    const responses = (document.paths!['/v2/admin/call-campaigns']!.post as { responses: Record<string, unknown> }).responses;
    for (const status of ['400', '401', '403', '404', '422', '429', '500']) expect(responses[status], status).toBeDefined();
    for (const response of Object.values(document.components!.responses as Record<string, { description: string }>)) {
      expect(response.description).toMatch(/[Ii]nferred/);
    }
  });
});
