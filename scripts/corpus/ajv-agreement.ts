/**
 * Compares a generated package's validators with Ajv (draft 2020-12 with ajv-formats) on sample
 * values of each component schema: the schema's own examples, each with one property dropped,
 * nulled or retyped, and random JSON values from a fixed seed. OpenAPI 3.0 schemas are
 * translated for Ajv first (`nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`), since
 * Ajv reads JSON Schema, not OpenAPI 3.0's dialect of it.
 */
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';

export interface AjvAgreement {
  schemas: number;
  values: number;
  /** Schemas Ajv itself could not compile, with its reason: not compared. */
  skipped: string[];
  disagreements: string[];
}

type Validate = (value: unknown) => { ok: boolean };

// ajv-formats is CommonJS: required, so its default export is the plugin under every loader.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv2020) => Ajv2020;

export function compareWithAjv(
  document: OpenApiDocument,
  validators: Record<string, unknown>,
  validatorName: (schemaName: string) => string,
  randomSamples: number,
): AjvAgreement {
  const is30 = document.openapi.startsWith('3.0') || /draft-04/.test(String(document.jsonSchemaDialect ?? ''));
  const forAjv = is30 ? translate30(document) : document;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  const agreement: AjvAgreement = { schemas: 0, values: 0, skipped: [], disagreements: [] };
  try {
    ajv.addSchema(forAjv as object, 'spec');
  } catch (error) {
    agreement.skipped.push(`the document: ${(error as Error).message}`);
    return agreement;
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const ours = validators[validatorName(name)] as Validate | undefined;
    if (typeof ours !== 'function') {
      agreement.disagreements.push(`no validator ${validatorName(name)} for #/components/schemas/${name}`);
      continue;
    }
    let theirs;
    try {
      theirs = ajv.getSchema(`spec#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    } catch (error) {
      agreement.skipped.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    if (!theirs) {
      agreement.skipped.push(`${name}: Ajv found no schema`);
      continue;
    }
    agreement.schemas++;
    for (const value of samples(schema, randomSamples, name)) {
      agreement.values++;
      const ourVerdict = ours(value).ok;
      const ajvVerdict = theirs(value) as boolean;
      if (ourVerdict !== ajvVerdict && agreement.disagreements.length < 5) {
        agreement.disagreements.push(`#/components/schemas/${name} on ${JSON.stringify(value)?.slice(0, 120)}: ours ${ourVerdict}, Ajv ${ajvVerdict}`);
      }
    }
  }
  return agreement;
}

function samples(schema: unknown, randomCount: number, seedText: string): unknown[] {
  const values: unknown[] = [];
  if (schema && typeof schema === 'object') {
    const record = schema as Record<string, unknown>;
    if ('example' in record) values.push(record.example);
    if (Array.isArray(record.examples)) values.push(...record.examples);
    if ('default' in record) values.push(record.default);
  }
  for (const example of [...values]) {
    if (example && typeof example === 'object' && !Array.isArray(example)) {
      for (const key of Object.keys(example)) {
        const { [key]: _dropped, ...rest } = example as Record<string, unknown>;
        values.push(rest, { ...example, [key]: null }, { ...example, [key]: 12345 }, { ...example, [key]: 'x' });
      }
    }
  }
  const seed = [...seedText].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7);
  values.push(...fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: randomCount, seed }));
  return values;
}

/** OpenAPI 3.0's schema dialect in JSON Schema terms, for Ajv. */
function translate30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(translate30);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = translate30(value);
  if (out.exclusiveMinimum === true && typeof out.minimum === 'number') (out.exclusiveMinimum = out.minimum), delete out.minimum;
  else if (typeof out.exclusiveMinimum === 'boolean') delete out.exclusiveMinimum;
  if (out.exclusiveMaximum === true && typeof out.maximum === 'number') (out.exclusiveMaximum = out.maximum), delete out.maximum;
  else if (typeof out.exclusiveMaximum === 'boolean') delete out.exclusiveMaximum;
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.$ref || out.allOf || out.oneOf || out.anyOf) {
      // A nullable reference or composition: null, or what it was.
      const { nullable: _n, ...rest } = out;
      return { anyOf: [{ type: 'null' }, rest] };
    }
  }
  return out;
}
