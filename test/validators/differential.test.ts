/**
 * Differential test against Ajv (draft 2020-12, ajv-formats) on every schema of the spec (and
 * of the spec with issue 6's extensions, on all they do not touch): the
 * emitted module, imported as the package ships it (patterns from `patterns.gen.js`), must give
 * Ajv's verdict on each generated value, in first-issue mode, all-issues mode and as a guard,
 * with the first issue's `path` equal to Ajv's first `instancePath` and the same set of paths
 * when every issue is reported. On every value the dedicated guard (`guard<Name>`), `is<Name>`,
 * the check alone (compiled without item guards), the check in a quiet context, and `validate` in each
 * mode (first issue and all issues, warnings on and off) must give one verdict, x- extensions
 * included: a guard that refuses a valid value or passes an invalid one fails here.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPatterns } from '../../generator/patterns/registry.js';
import { quote } from '../../generator/shared/codegen.js';
import type { JsonSchema, OpenApiDocument } from '../../generator/shared/openapi.js';
import type { GenerationContext } from '../../generator/shared/stage.js';
import { compileSchemaMap, emitValidators, specRoots } from '../../generator/validators/index.js';
import { SPEC_FILE } from '../helpers/paths.js';
import { edgeValues, mutate, mutationArbitrary, validValue } from './arbitraries.js';
import { withCampaignChecks } from './campaign-checks.js';
import { importWithInternals, internalsOf, type Guard, type Internals, type Validate, type ValidationIssue, type ValidatorModule } from './suite.js';

const document = YAML.parse(fs.readFileSync(SPEC_FILE, 'utf8')) as OpenApiDocument;
// The body of createCampaign is the CreateCampaignRequest component: one validator, one run.
const roots = specRoots(document).filter((root, index, all) => all.findIndex((other) => other.name === root.name) === index);
/** Runs per schema: the request body (the client's hot path) gets the most. */
const RUNS: Record<string, number> = { CreateCampaignRequest: 4000, CreateCampaignResponse: 2000 };
const DEFAULT_RUNS = 1000;

/** The pattern module as the pattern stage's contract defines it: one RegExp per pattern, `u` flag. */
export function patternModuleStub(registry: ReturnType<typeof collectPatterns>): string {
  return registry.patterns.map((pattern) => `export const ${pattern.name}Pattern = new RegExp(${quote(pattern.source)}, "u");`).join('\n');
}

/** The spec's validators module (`itemGuards: false`: the test's reference without item guards). */
export function emitForSpec(spec: OpenApiDocument, itemGuards = true): { source: string; patterns: string } {
  const patterns = collectPatterns(spec);
  const context = { document: spec, patterns, header: '', specPath: 'spec/openapi.yaml', command: 'test', report: [] } as unknown as GenerationContext;
  return { source: emitValidators(context, { itemGuards }).files[0]!.contents, patterns: patternModuleStub(patterns) };
}

const counts = new Map<string, { values: number; valid: number; invalid: number; ours: number }>();

// ajv-formats is CommonJS: required, so its default export is the plugin under every loader.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv2020) => Ajv2020;

function ajvFor(spec: OpenApiDocument, allErrors: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors });
  addFormats(ajv);
  ajv.addSchema(spec as object, 'spec');
  return ajv;
}

/**
 * One differential run: on the spec as it is, and on the spec with the campaign extensions of
 * issue 6 (Ajv ignores x- keywords; compare() sets aside the errors they add).
 */
function differential(label: string, spec: OpenApiDocument, scale: number): void {
  describe(`differential against Ajv on every schema of ${label}`, () => {
    let module: ValidatorModule;
    beforeAll(async () => {
      const { patterns } = emitForSpec(spec);
      module = await importWithInternals((itemGuards) => emitForSpec(spec, itemGuards).source, { 'patterns.gen.ts': patterns });
    });
    const ajvFirst = ajvFor(spec, false);
    const ajvAll = ajvFor(spec, true);
    const edges = edgeValues(spec);

    it.each(roots.map((root) => [root.name, root] as const))('%s', (name, root) => {
      const schema = { $ref: `spec${root.pointer}` };
      const first = ajvFirst.compile(schema);
      const all = ajvAll.compile(schema);
      const validate = module[`validate${name}`] as Validate;
      const guard = module[`is${name}`] as Guard;
      const internals = internalsOf(module, name);
      const count = { values: 0, valid: 0, invalid: 0, ours: 0 };
      counts.set(`${label}: ${name}`, count);
      const valid = validValue(spec, resolveRoot(spec, root.pointer));
      const arbitrary = fc.oneof(
        { weight: 3, arbitrary: valid },
        {
          weight: 6,
          arbitrary: fc.tuple(valid, fc.array(mutationArbitrary(edges), { minLength: 1, maxLength: 3 })).map(([value, mutations]) => mutate(value, mutations)),
        },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      );
      fc.assert(
        fc.property(arbitrary, (value) => {
          count.values++;
          compare(value, validate, guard, first, all);
          if (sameVerdicts(value, validate, guard, internals)) count.ours++;
          if (first(value)) count.valid++;
          else count.invalid++;
        }),
        { numRuns: Math.round((RUNS[name] ?? DEFAULT_RUNS) * scale), seed: Number(process.env.DIFFERENTIAL_SEED ?? Date.now() % 2 ** 31) },
      );
      // Both verdicts occur often: a generator that only made valid (or invalid) values proves little.
      expect(count.valid / count.values).toBeGreaterThan(0.15);
      expect(count.invalid / count.values).toBeGreaterThan(0.15);
      // And by our checks (x- extensions included): the guards meet valid values often.
      expect(count.ours / count.values, 'share of values valid by our checks').toBeGreaterThan(0.15);
    });

    it(`checked at least ${10_000 * scale} values`, () => {
      const total = [...counts].filter(([key]) => key.startsWith(`${label}: `)).reduce((sum, [, count]) => sum + count.values, 0);
      expect(total).toBeGreaterThanOrEqual(10_000 * scale);
    });
  });
}

differential('the spec', document, 1);
differential('the spec with the campaign extensions', withCampaignChecks(document), 0.5);

/**
 * `unevaluatedProperties`/`unevaluatedItems` (the spec has none): schemas where what is evaluated
 * comes through allOf, $ref, anyOf, oneOf, if/then/else, dependentSchemas, a nested
 * unevaluatedProperties and recursion, on values built from the few names (items) they know,
 * so that both verdicts occur often. `contains` is left out: Ajv counts every item evaluated
 * beside one (`["a", 1]` passes `contains: { type: "string" }, unevaluatedItems: false`); the
 * suite's groups on it hold the validators there.
 */
const UNEVALUATED: Record<string, { schema: Record<string, unknown>; value: fc.Arbitrary<unknown> }> = (() => {
  const scalar = fc.constantFrom<unknown>('a', 'b', 'bar', '', 0, 1, 2.5, true, false, null);
  // Objects of a few names, mostly with strings and integers, the types the schemas ask most.
  const object = (names: string[]): fc.Arbitrary<unknown> =>
    fc.dictionary(fc.constantFrom(...names), fc.oneof({ weight: 3, arbitrary: fc.constantFrom<unknown>('a', 1) }, { weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...names), scalar, { maxKeys: 3 }) }), { maxKeys: 4 });
  const array = fc.array(scalar, { maxLength: 4 });
  const names = ['id', 'name', 'kind', 'foo', 'bar', 'x-tag', 'extra', 'child', 'a', 'b'];
  const either = fc.oneof({ weight: 8, arbitrary: object(names) }, { weight: 1, arbitrary: array }, { weight: 1, arbitrary: scalar });
  const items = fc.oneof({ weight: 8, arbitrary: array }, { weight: 1, arbitrary: object(names) }, { weight: 1, arbitrary: scalar });
  return {
    'allOf and $ref (static)': {
      schema: {
        type: 'object', properties: { id: { type: 'integer' } },
        allOf: [{ properties: { name: { type: 'string' } } }, { $ref: '#/$defs/Tagged' }],
        unevaluatedProperties: false,
        $defs: { Tagged: { patternProperties: { '^x-': { type: 'string' } } } },
      },
      value: fc.oneof({ weight: 9, arbitrary: object(['id', 'name', 'x-tag', 'x-', 'extra']) }, { weight: 1, arbitrary: scalar }),
    },
    'anyOf (every passing branch)': {
      schema: {
        properties: { kind: { enum: ['a', 'b'] } },
        anyOf: [
          { properties: { kind: { const: 'a' }, foo: { type: 'string' } }, required: ['kind'] },
          { properties: { bar: { type: ['number', 'boolean'] } } },
        ],
        unevaluatedProperties: false,
      },
      value: either,
    },
    'oneOf with a nested unevaluatedProperties': {
      schema: {
        properties: { id: {} },
        oneOf: [
          { properties: { foo: { type: 'string' } }, required: ['foo'] },
          { properties: { bar: {} }, required: ['bar'], unevaluatedProperties: { type: 'number' } },
        ],
        unevaluatedProperties: false,
      },
      value: fc.oneof({ weight: 9, arbitrary: object(['id', 'foo', 'bar']) }, { weight: 1, arbitrary: scalar }),
    },
    'if/then/else, a schema for the rest': {
      schema: {
        if: { properties: { kind: { const: 'a' } }, required: ['kind'] },
        then: { properties: { foo: { type: 'string' } } },
        else: { properties: { bar: { type: 'number' } } },
        unevaluatedProperties: { type: 'boolean' },
      },
      value: either,
    },
    // dependentSchemas is left out here: Ajv drops the evaluated names of `properties` when
    // the dependent property is absent (`{ child: 1 }` refused); the suite's groups hold ours.
    'not (evaluates nothing) and recursion through a property': {
      schema: {
        type: 'object',
        properties: { a: {}, child: { $ref: '#' } },
        // Passes unless zz is there: extra stays unevaluated all the same.
        not: { required: ['zz'], properties: { extra: {} } },
        unevaluatedProperties: false,
      },
      value: fc.oneof({ weight: 9, arbitrary: object(['a', 'child', 'extra', 'zz']) }, { weight: 1, arbitrary: scalar }),
    },
    'unevaluatedItems: prefixItems, allOf and anyOf': {
      schema: {
        prefixItems: [{ type: 'string' }],
        allOf: [{ prefixItems: [true, { type: ['number', 'null'] }] }],
        anyOf: [{ prefixItems: [true, true, { const: true }] }, { maxItems: 2 }],
        unevaluatedItems: false,
      },
      value: items,
    },
    'unevaluatedItems: if/then, a schema for the rest': {
      schema: {
        if: { prefixItems: [{ const: 'a' }] },
        then: { prefixItems: [true, { type: 'number' }] },
        // Not `items`: Ajv then refuses every item after the last (`["b", "a"]`, "must NOT have more than true items").
        else: { prefixItems: [true, { type: ['string', 'null'] }] },
        unevaluatedItems: { type: 'boolean' },
      },
      value: items,
    },
  };
})();

/**
 * Ajv's verdict in first-issue mode, all-issues mode and by the guard, and its first issue's
 * path. Ajv lists the issues of each failed anyOf/oneOf branch before the anyOf's own, which
 * the validators report alone (as on the spec's schemas, which have no anyOf): the first path
 * is Ajv's first issue outside a branch. (So the sets of paths in all-issues mode differ.)
 */
function compareUnevaluated(value: unknown, validate: Validate, guard: Guard, first: ValidateFunction, all: ValidateFunction): void {
  const expected = first(value);
  const shown = JSON.stringify(value);
  const ours = validate(value);
  expect(ours.ok, `first-issue verdict on ${shown}`).toBe(expected);
  expect(validate(value, { allErrors: true }).ok, `all-issues verdict on ${shown}`).toBe(expected);
  expect(all(value), `Ajv's all-errors verdict on ${shown}`).toBe(expected);
  expect(guard(value), `guard on ${shown}`).toBe(expected);
  if (!ours.ok) {
    const ajvFirst = first.errors!.find((error) => !/\/(anyOf|oneOf)\/\d+\//.test(error.schemaPath))!;
    expect(ours.issues[0]!.path, `first issue path on ${shown}`).toBe(ajvFirst.instancePath);
  }
}

describe('differential against Ajv on schemas with unevaluatedProperties and unevaluatedItems', () => {
  let module: ValidatorModule;
  const schemas = Object.fromEntries(Object.entries(UNEVALUATED).map(([, { schema }], index) => [`U${index}`, schema]));
  beforeAll(async () => {
    module = await importWithInternals((itemGuards) => compileSchemaMap(schemas as Record<string, JsonSchema>, { dialect: 'openapi-3.1', itemGuards }).source);
  });

  it.each(Object.entries(UNEVALUATED).map(([label, { schema, value }], index) => [label, `U${index}`, schema, value] as const))('%s', (label, name, schema, value) => {
    const first = new Ajv2020({ strict: false }).compile(schema);
    const all = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const validate = module[`validate${name}`] as Validate;
    const guard = module[`is${name}`] as Guard;
    const internals = internalsOf(module, name);
    const count = { values: 0, valid: 0, invalid: 0, ours: 0 };
    counts.set(`unevaluated*: ${label}`, count);
    fc.assert(
      fc.property(value, (value) => {
        count.values++;
        compareUnevaluated(value, validate, guard, first, all);
        if (sameVerdicts(value, validate, guard, internals)) count.ours++;
        if (first(value)) count.valid++;
        else count.invalid++;
      }),
      { numRuns: 1000, seed: Number(process.env.DIFFERENTIAL_SEED ?? Date.now() % 2 ** 31) },
    );
    expect(count.valid / count.values).toBeGreaterThan(0.15);
    expect(count.invalid / count.values).toBeGreaterThan(0.15);
  });
});

function resolveRoot(spec: OpenApiDocument, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<unknown>((node, token) => (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

/**
 * Ajv ignores the generator's x- extensions: only errors of standard keywords are compared
 * (warnings never change a verdict, and an x- error is stricter than Ajv by design).
 */
const isStandardError = (issue: ValidationIssue): boolean => issue.severity === 'error' && !issue.keyword.startsWith('x-');

function compare(value: unknown, validate: Validate, guard: Guard, first: ValidateFunction, all: ValidateFunction): void {
  const expected = first(value);
  const ours = validate(value);
  const oursAll = validate(value, { allErrors: true });
  const shown = JSON.stringify(value)?.slice(0, 300);
  const standardErrors = (oursAll.issues ?? []).filter(isStandardError);
  expect(standardErrors.length === 0, `verdict on ${shown}`).toBe(expected);
  const extended = (oursAll.issues ?? []).some((issue) => issue.severity === 'error' && issue.keyword.startsWith('x-'));
  if (!extended) {
    expect(ours.ok, `first-issue verdict on ${shown}`).toBe(expected);
    expect(guard(value), `guard on ${shown}`).toBe(expected);
    if (!ours.ok) expect(ours.issues.find((issue) => issue.severity === 'error')!.path, `first issue path on ${shown}`).toBe(first.errors![0]!.instancePath);
  }
  all(value);
  if (!expected) {
    const paths = (issues: Array<{ path?: string; instancePath?: string }>): string[] =>
      [...new Set(issues.map((issue) => issue.path ?? issue.instancePath!))].sort();
    expect(paths(standardErrors), `all issue paths on ${shown}`).toEqual(paths(all.errors!));
  }
}

/**
 * One verdict from every way in: the check alone (compiled without item guards; first issue and all), the
 * guard, the check in a quiet context, `is<Name>`, and `validate` in its four modes (whose item
 * loops try the items' guards).
 */
function sameVerdicts(value: unknown, validate: Validate, is: Guard, internals: Internals): boolean {
  const shown = JSON.stringify(value)?.slice(0, 300);
  const verdict = internals.check(value);
  expect(internals.check(value, true), `all-issues check on ${shown}`).toBe(verdict);
  expect(internals.guard(value), `dedicated guard on ${shown}`).toBe(verdict);
  expect(internals.quietCheck(value), `quiet check on ${shown}`).toBe(verdict);
  expect(is(value), `is<Name> on ${shown}`).toBe(verdict);
  for (const options of [undefined, { warnings: false }, { allErrors: true }, { allErrors: true, warnings: false }]) {
    const result = validate(value, options);
    expect(result.ok, `validate ${JSON.stringify(options)} on ${shown}`).toBe(verdict);
  }
  return verdict;
}

afterAll(() => {
  const lines = ['', 'Differential against Ajv (values checked: valid / invalid by Ajv):'];
  let total = 0;
  for (const [name, count] of counts) {
    total += count.values;
    lines.push(`  ${name}: ${count.values} (${count.valid} valid / ${count.invalid} invalid; ${count.ours} valid by our checks)`);
  }
  lines.push(`  total: ${total} values, identical verdicts and first paths`);
  console.log(lines.join('\n'));
});
