/**
 * `unevaluatedProperties` and `unevaluatedItems`: which properties (items) each applicator
 * evaluates, the issues (path, keyword, message, schema path) in first-issue and all-issues
 * modes, the guard's verdict, the code (fixed names tested in place, a branch's verdict only
 * where a branch decides), and that the modules type-check as the build compiles them. The
 * JSON-Schema-Test-Suite's groups (conformance.test.ts) and Ajv (differential.test.ts) hold
 * the verdicts on many more schemas.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../generator/shared/openapi.js';
import { compileSchemaMap } from '../../generator/validators/index.js';
import { SHARED_DIR } from '../helpers/paths.js';
import { importWithInternals, internalsOf, strictDiagnostics, type Guard, type ValidationIssue, type Validate, type ValidatorModule } from './suite.js';

type Issue = Omit<ValidationIssue, 'severity'>;

interface Case {
  schema: JsonSchema;
  value: unknown;
  /** `ok`, or every issue in all-issues mode (the first of them is the first-issue mode's). */
  want: 'ok' | Issue[];
}

const issue = (path: string, keyword: string, message: string, schemaPath: string): Issue => ({ path, keyword, message, schemaPath });
const unevaluated = (received: string, at = '', schemaPath = '#/unevaluatedProperties'): Issue =>
  issue(at, 'unevaluatedProperties', `must NOT have unevaluated properties (received "${received}")`, schemaPath);
/** OpenAPI 3.1's polymorphism: variants extend a base with allOf + $ref, a discriminator picks one, unevaluatedProperties closes the union. */
const pets = (list: 'oneOf' | 'anyOf'): JsonSchema => ({
  [list]: [{ $ref: '#/$defs/Cat' }, { $ref: '#/$defs/Dog' }],
  discriminator: { propertyName: 'petType', mapping: { cat: '#/$defs/Cat', dog: '#/$defs/Dog' } },
  unevaluatedProperties: false,
  $defs: {
    Pet: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' }, name: { type: 'string' } } },
    Cat: { allOf: [{ $ref: '#/$defs/Pet' }], properties: { meow: { type: 'boolean' } } },
    Dog: { allOf: [{ $ref: '#/$defs/Pet' }], properties: { bark: { type: 'boolean' } } },
  },
});
const nine = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`a${i + 1}`, {}]));

const CASES: Array<[string, Case]> = [
  // unevaluatedProperties: its own schema
  ['false: a property beside properties', { schema: { properties: { a: {} }, unevaluatedProperties: false }, value: { a: 1 }, want: 'ok' }],
  ['false: one left over, reported at the object as additionalProperties is', { schema: { properties: { a: {} }, unevaluatedProperties: false }, value: { a: 1, b: 2 }, want: [unevaluated('b')] }],
  ['false: every one left over in all-issues mode', { schema: { properties: { a: {} }, unevaluatedProperties: false }, value: { b: 1, a: 1, 'c/d': 2 }, want: [unevaluated('b'), unevaluated('c/d')] }],
  ['a schema: checked on each one left over, at its path', { schema: { properties: { a: {} }, unevaluatedProperties: { type: 'string' } }, value: { a: 1, 'c/d': 3, e: 'x' }, want: [issue('/c~1d', 'type', 'must be string (received 3)', '#/unevaluatedProperties/type')] }],
  ['patternProperties evaluates what it matches', { schema: { patternProperties: { '^x-': {} }, unevaluatedProperties: false }, value: { 'x-a': 1, y: 2 }, want: [unevaluated('y')] }],
  ['additionalProperties evaluates every property', { schema: { additionalProperties: { type: 'number' }, unevaluatedProperties: false }, value: { a: 1 }, want: 'ok' }],
  ['nine names (a Set), given another', { schema: { properties: nine, unevaluatedProperties: false }, value: { a1: 1, a9: 2, b: 3 }, want: [unevaluated('b')] }],
  ['a value that is not an object', { schema: { unevaluatedProperties: false }, value: [1], want: 'ok' }],
  ['the names of a property\'s own schema are not the object\'s', { schema: { properties: { foo: { properties: { bar: {} } } }, unevaluatedProperties: false }, value: { foo: { bar: 1 }, bar: 1 }, want: [unevaluated('bar')] }],
  // through applicators
  ['allOf: its properties count', { schema: { allOf: [{ properties: { a: {} } }], unevaluatedProperties: false }, value: { a: 1, b: 1 }, want: [unevaluated('b')] }],
  ['$ref: the target\'s properties count', { schema: { $ref: '#/$defs/base', properties: { c: {} }, unevaluatedProperties: false, $defs: { base: { properties: { a: {} } } } }, value: { a: 1, c: 1, d: 1 }, want: [unevaluated('d')] }],
  ['anyOf: every passing branch counts', { schema: { anyOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'number' } } }], unevaluatedProperties: false }, value: { a: 'x', b: 1 }, want: 'ok' }],
  ['anyOf: a failing branch does not', { schema: { anyOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'number' } } }], unevaluatedProperties: false }, value: { a: 'x', b: 'y' }, want: [unevaluated('b')] }],
  ['oneOf: the passing branch counts, not the other', { schema: { oneOf: [{ properties: { a: { const: 1 } }, required: ['a'] }, { properties: { b: { const: 1 } }, required: ['b'] }], unevaluatedProperties: false }, value: { a: 1, b: 2 }, want: [unevaluated('b')] }],
  ['not never counts', { schema: { not: { properties: { a: { type: 'string' } }, required: ['z'] }, unevaluatedProperties: false }, value: { a: 1 }, want: [unevaluated('a')] }],
  ['if passed: if and then count', { schema: { if: { properties: { kind: { const: 'a' } }, required: ['kind'] }, then: { properties: { x: {} } }, else: { properties: { y: {} } }, unevaluatedProperties: false }, value: { kind: 'a', x: 1, y: 1 }, want: [unevaluated('y')] }],
  ['if failed: else counts, if does not', { schema: { if: { properties: { kind: { const: 'a' } }, required: ['kind'] }, then: { properties: { x: {} } }, else: { properties: { y: {} } }, unevaluatedProperties: false }, value: { kind: 'b', y: 1 }, want: [unevaluated('kind')] }],
  ['if alone counts when it passes', { schema: { if: { patternProperties: { foo: { type: 'string' } } }, unevaluatedProperties: false }, value: { foo: 'x' }, want: 'ok' }],
  ['dependentSchemas counts when its property is present', { schema: { properties: { a: {} }, dependentSchemas: { a: { properties: { b: {} } } }, unevaluatedProperties: false }, value: { a: 1, b: 1 }, want: 'ok' }],
  ['dependentSchemas does not when it is absent', { schema: { properties: { a: {} }, dependentSchemas: { a: { properties: { b: {} } } }, unevaluatedProperties: false }, value: { b: 1 }, want: [unevaluated('b')] }],
  ['a nested unevaluatedProperties evaluates every property', { schema: { allOf: [{ unevaluatedProperties: { type: 'number' } }], unevaluatedProperties: false }, value: { x: 'a' }, want: [issue('/x', 'type', 'must be number (received "a")', '#/allOf/0/unevaluatedProperties/type')] }],
  ['a cousin\'s properties are not seen', { schema: { allOf: [{ properties: { a: {} } }, { unevaluatedProperties: false }] }, value: { a: 1 }, want: [unevaluated('a', '', '#/allOf/1/unevaluatedProperties')] }],
  ['recursion through a property: the child\'s own issue', { schema: { properties: { a: {}, child: { $ref: '#' } }, unevaluatedProperties: false }, value: { a: 1, child: { a: 1, z: 1 } }, want: [unevaluated('z', '/child')] }],
  ['a passing anyOf branch under an allOf', { schema: { allOf: [{ anyOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: {} } }] }], unevaluatedProperties: false }, value: { a: 1, b: 1 }, want: [unevaluated('a')] }],
  // Found by a review: a discriminator beside a oneOf checks the picked schema only, so only its properties count.
  ['discriminator beside oneOf: the picked schema\'s properties count', { schema: pets('oneOf'), value: { petType: 'cat', name: 'Tom', meow: true }, want: 'ok' }],
  ['discriminator beside oneOf: not those of another branch that passes too', { schema: pets('oneOf'), value: { petType: 'cat', bark: true }, want: [unevaluated('bark')] }],
  ['discriminator beside anyOf: every passing branch counts, as without it', { schema: pets('anyOf'), value: { petType: 'cat', bark: true }, want: 'ok' }],
  ['a schema of the generator\'s extensions alone is not empty (x-time-zone)', { schema: { properties: { id: {} }, unevaluatedProperties: { 'x-time-zone': true } }, value: { id: 1, tz: 'Mars/Olympus' }, want: [issue('/tz', 'x-time-zone', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Mars/Olympus")', '#/unevaluatedProperties/x-time-zone')] }],
  // unevaluatedItems
  ['items false after prefixItems: the length, as items: false', { schema: { prefixItems: [{}, {}], unevaluatedItems: false }, value: [1, 2, 3], want: [issue('', 'unevaluatedItems', 'must NOT have more than 2 items (received 3)', '#/unevaluatedItems')] }],
  ['items: a schema on each one left over, at its path', { schema: { prefixItems: [{}], unevaluatedItems: { type: 'string' } }, value: [1, 'a', 2, 3], want: [issue('/2', 'type', 'must be string (received 2)', '#/unevaluatedItems/type'), issue('/3', 'type', 'must be string (received 3)', '#/unevaluatedItems/type')] }],
  ['items: allOf\'s longer prefixItems counts', { schema: { prefixItems: [{}], allOf: [{ prefixItems: [{}, {}] }], unevaluatedItems: false }, value: [1, 2, 3], want: [issue('', 'unevaluatedItems', 'must NOT have more than 2 items (received 3)', '#/unevaluatedItems')] }],
  ['items: items evaluates every item', { schema: { items: {}, unevaluatedItems: false }, value: [1, 2], want: 'ok' }],
  ['items: the passing anyOf branch counts', { schema: { anyOf: [{ prefixItems: [{ const: 'a' }, {}] }, { prefixItems: [{ const: 'b' }] }], unevaluatedItems: false }, value: ['a', 1], want: 'ok' }],
  ['items: past what the passing branch evaluates, each item', { schema: { anyOf: [{ prefixItems: [{ const: 'a' }, {}] }, { prefixItems: [{ const: 'b' }] }], unevaluatedItems: false }, value: ['b', 1, 2], want: [issue('', 'unevaluatedItems', 'must NOT have unevaluated items (item 1)', '#/unevaluatedItems'), issue('', 'unevaluatedItems', 'must NOT have unevaluated items (item 2)', '#/unevaluatedItems')] }],
  ['items: contains evaluates the items it accepts', { schema: { contains: { type: 'string' }, unevaluatedItems: false }, value: ['a', 1, 'b'], want: [issue('', 'unevaluatedItems', 'must NOT have unevaluated items (item 1)', '#/unevaluatedItems')] }],
  ['items: if alone, failed, evaluates nothing', { schema: { if: { prefixItems: [{ const: 'a' }] }, unevaluatedItems: false }, value: ['b'], want: [issue('', 'unevaluatedItems', 'must NOT have unevaluated items (item 0)', '#/unevaluatedItems')] }],
  ['items: not never counts', { schema: { not: { prefixItems: [{ const: 'b' }] }, unevaluatedItems: false }, value: ['a'], want: [issue('', 'unevaluatedItems', 'must NOT have more than 0 items (received 1)', '#/unevaluatedItems')] }],
  ['items: an item\'s own prefixItems is not the list\'s', { schema: { prefixItems: [{ prefixItems: [true, { type: 'string' }] }], unevaluatedItems: false }, value: [['a', 'b'], 1], want: [issue('', 'unevaluatedItems', 'must NOT have more than 1 items (received 2)', '#/unevaluatedItems')] }],
];

describe('unevaluatedProperties and unevaluatedItems', () => {
  let module: ValidatorModule;
  beforeAll(async () => {
    const schemas = Object.fromEntries(CASES.map(([, { schema }], index) => [`U${index}`, schema]));
    module = await importWithInternals((itemGuards) => compileSchemaMap(schemas, { dialect: 'openapi-3.1', itemGuards }).source);
  });

  it.each(CASES.map(([name, test], index) => [name, `U${index}`, test] as const))('%s', (_, name, test) => {
    const validate = module[`validate${name}`] as Validate;
    const guard = module[`is${name}`] as Guard;
    const internals = internalsOf(module, name);
    const first = validate(test.value);
    const all = validate(test.value, { allErrors: true });
    const verdict = test.want === 'ok';
    expect([guard(test.value), internals.guard(test.value), internals.check(test.value), internals.quietCheck(test.value)]).toEqual([verdict, verdict, verdict, verdict]);
    if (test.want === 'ok') {
      expect(first).toEqual({ ok: true, value: test.value });
      expect(all).toEqual({ ok: true, value: test.value });
      return;
    }
    const errors = test.want.map((one) => ({ ...one, severity: 'error' }));
    expect(first).toEqual({ ok: false, issues: [errors[0]] });
    expect(all).toEqual({ ok: false, issues: errors });
  });
});

const compile = (schema: JsonSchema): string => compileSchemaMap({ S: schema }, { dialect: 'openapi-3.1' }).source;
/** A line of emitted code, `#` standing for the number of a variable. */
const line = (template: string): RegExp => new RegExp(template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/#/g, '\\d+'));
/** The emitted checking and guard functions of S (the helpers left out). */
const functionsOf = (source: string): string => [...source.matchAll(/^function (?:check|guard)S\(.*?^}$/gms)].map(([text]) => text).join('\n');

describe('the code of unevaluated*', () => {
  it('tests names known when compiling in place: no sub-schema called for them (allOf, $ref, patternProperties)', () => {
    const code = functionsOf(compile({
      properties: { a: {} }, allOf: [{ properties: { b: {} } }], $ref: '#/$defs/c', unevaluatedProperties: false,
      $defs: { c: { properties: { c: {} }, patternProperties: { '^x-': {} } } },
    }));
    expect(code).toMatch(line('if (k# === "c" || k# === "a" || k# === "b" || PATTERN_1.test(k#)) continue;'));
    expect(code).not.toMatch(/boolean \| undefined/);
  });

  it('asks a branch for its verdict once, and only for a name it would evaluate (anyOf, if/then/else, dependentSchemas)', () => {
    const code = functionsOf(compile({
      anyOf: [{ properties: { a: { type: 'string' } } }, { required: ['z'] }],
      if: { required: ['kind'] }, then: { properties: { t: {} } }, else: { properties: { e: {} } },
      dependentSchemas: { d: { properties: { dd: {} } } },
      unevaluatedProperties: false,
    }));
    expect(code).toMatch(line('let e#: boolean | undefined;'));
    // if's verdict, once, for then's names and (negated) for else's; the branch that evaluates
    // no property is never asked
    expect(code).toMatch(line(
      'if ((k# === "a" && (e# ?? (e# = guardAnyOf0(x)))) || (k# === "t" && (e# ?? (e# = guardIf(x)))) || (k# === "e" && !(e# ?? (e# = guardIf(x)))) || (k# === "dd" && o#.d !== undefined)) continue;',
    ));
    expect(code.match(/let e\d+: boolean \| undefined;/g)).toHaveLength(4);
  });

  it('tests the length alone when the evaluated items are the first n', () => {
    const code = functionsOf(compile({ prefixItems: [{}], allOf: [{ prefixItems: [{}, {}] }], unevaluatedItems: false }));
    expect(code).toContain('if (Array.isArray(x) && x.length > 2) return false;');
    expect(code).not.toContain('for (');
  });

  it('a nested unevaluated* or additionalProperties leaves nothing to check', () => {
    for (const schema of [
      { allOf: [{ unevaluatedProperties: true }], unevaluatedProperties: false },
      { additionalProperties: true, unevaluatedProperties: false },
      { allOf: [{ unevaluatedItems: {} }], unevaluatedItems: false },
      { contains: true, unevaluatedItems: false },
    ]) {
      expect(functionsOf(compile(schema as JsonSchema))).not.toContain('unevaluated');
    }
  });
});

/** The suite's groups of both keywords, when the suite is there (see conformance.test.ts). */
function suiteSchemas(): JsonSchema[] {
  const dir = path.join(process.env.JSON_SCHEMA_TEST_SUITE ?? path.join(SHARED_DIR, 'json-schema-test-suite'), 'tests', 'draft2020-12');
  if (!fs.existsSync(dir)) return [];
  return ['unevaluatedProperties.json', 'unevaluatedItems.json'].flatMap((file) =>
    (JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Array<{ schema: JsonSchema }>)
      .map(({ schema }) => schema)
      .filter((schema) => !JSON.stringify(schema).includes('$dynamicRef')),
  );
}

describe('modules with unevaluated*', () => {
  it('type-check, strictly, as the build compiles them (the table and the suite\'s groups)', () => {
    const schemas = [...CASES.map(([, { schema }]) => schema), ...suiteSchemas()];
    expect(strictDiagnostics(schemas.map(compile), 'unevaluated-typecheck')).toEqual([]);
  });
});
