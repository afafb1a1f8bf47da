/**
 * The emitter itself: it refuses what it cannot check (with the JSON Pointer), detects names
 * that would clash with the pattern stage's, survives hostile strings in a spec, writes the
 * same bytes twice, and writes TypeScript that type-checks against openapi-typescript's types
 * with the success type narrowed as promised.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/shared/errors.js';
import { collectPatterns } from '../../generator/patterns/registry.js';
import type { JsonSchema, OpenApiDocument } from '../../generator/shared/openapi.js';
import type { GenerationContext } from '../../generator/shared/stage.js';
import { compileModule, compileSchemaMap, emitValidators, specRoots, type Dialect } from '../../generator/validators/index.js';
import { GENERATED_DIR, SPEC_FILE, scratchDir } from '../helpers/paths.js';
import { importModule, importWithInternals, internalsOf, strictDiagnostics, type Validate } from './suite.js';

const spec = (): OpenApiDocument => YAML.parse(fs.readFileSync(SPEC_FILE, 'utf8')) as OpenApiDocument;

function context(document: OpenApiDocument): GenerationContext {
  return { document, patterns: collectPatterns(document), header: '/* header */\n', specPath: 'spec/openapi.yaml', command: 'npm run generate', report: [] } as unknown as GenerationContext;
}

const compile = (schema: JsonSchema, dialect: Dialect = 'openapi-3.1'): string => compileSchemaMap({ S: schema }, { dialect }).source;

describe('the emitter refuses what it cannot check', () => {
  it.each([
    ['an unsupported keyword', { properties: { a: { $dynamicRef: '#meta' } } }, 'unsupported keyword "$dynamicRef" at #/properties/a/$dynamicRef'],
    ['a misspelt keyword', { type: 'number', minimun: 3 }, 'unsupported keyword "minimun" at #/minimun'],
    ['an invalid pattern', { properties: { a: { pattern: '([a-z]' } } }, 'invalid pattern at #/properties/a/pattern: Invalid regular expression: /([a-z]/u: Unterminated group'],
    ['a pattern valid only without the u flag', { pattern: '^\\-$' }, 'invalid pattern at #/pattern: Invalid regular expression'],
    ['an invalid patternProperties key', { patternProperties: { '[': {} } }, 'invalid pattern at #/patternProperties/['],
    ['a format that is not a string', { format: 3 }, 'expected "format" to be a string, received 3'],
    ['a remote $ref', { $ref: 'https://example.com/schema.json' }, 'unsupported $ref "https://example.com/schema.json"'],
    ['an unresolved $ref', { $ref: '#/$defs/missing' }, 'unresolved $ref "#/$defs/missing" at #/$ref'],
    // A $ref alone under anyOf, not, contains...: its target is called directly, once known to be a schema.
    ['a $ref under anyOf that is not a pointer', { anyOf: [{ $ref: 'x$defs/A' }], $defs: { A: { type: 'string' } } }, 'unsupported $ref "x$defs/A": only local references ("#/...") are supported; bundle the spec first at #/anyOf/0/$ref'],
    ['an unresolved $ref under not', { not: { $ref: '#/$defs/missing' } }, 'unresolved $ref "#/$defs/missing" at #/not/$ref'],
    ['a malformed minLength', { minLength: -1 }, 'expected "minLength" to be a non-negative integer, received -1 at #/minLength'],
    ['a tuple items in 2020-12', { items: [{}] }, 'expected "items" to be a schema'],
  ] as const)('%s', (_, schema, message) => {
    expect(() => compile(schema as JsonSchema)).toThrow(GeneratorError);
    expect(() => compile(schema as JsonSchema)).toThrow(message);
  });

  it.each([
    ['a constraint beside $ref', { properties: { a: { $ref: '#/definitions/b', nullable: true } }, definitions: { b: {} } }, 'unsupported keyword "nullable" beside "$ref" at #/properties/a/nullable'],
    ['a 2020-12 keyword', { const: 1 }, 'unsupported keyword "const" at #/const'],
    ['a numeric exclusiveMinimum', { minimum: 1, exclusiveMinimum: 2 }, 'expected "exclusiveMinimum" to be a boolean, received 2 at #/exclusiveMinimum'],
    ['exclusiveMaximum: true without maximum', { exclusiveMaximum: true }, '"exclusiveMaximum: true" needs "maximum" beside it at #/exclusiveMaximum'],
    ['a boolean schema', { properties: { a: true } }, 'unsupported boolean schema at #/properties/a'],
    // unevaluated* are 2020-12's (OpenAPI 3.1): 3.0 has no such keyword.
    ['unevaluatedProperties', { properties: { a: { unevaluatedProperties: false } } }, 'unsupported keyword "unevaluatedProperties" at #/properties/a/unevaluatedProperties'],
    ['unevaluatedItems', { items: { unevaluatedItems: false } }, 'unsupported keyword "unevaluatedItems" at #/items/unevaluatedItems'],
  ] as const)('OpenAPI 3.0: %s', (_, schema, message) => {
    expect(() => compile(schema as JsonSchema, 'openapi-3.0')).toThrow(message);
  });

  it.each([
    ['a $ref to the schema it is in', { $ref: '#' }, 'circular schema at #: # -> # checks the same value again'],
    ['a chain of $refs', { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' }, 'circular schema at #/$defs/a: #/$defs/a -> #/$defs/b -> #/$defs/a'],
    ['allOf back to itself', { allOf: [{ $ref: '#' }] }, 'circular schema at #: #/allOf/0 -> #'],
    ['not back to itself', { not: { $ref: '#' } }, 'circular schema at #: #/not -> #'],
    ['an anyOf whose other branch would end it for some values', { $defs: { a: { anyOf: [{ type: 'string' }, { $ref: '#/$defs/a' }] } }, $ref: '#/$defs/a' }, 'circular schema at #/$defs/a: #/$defs/a/anyOf/1 -> #/$defs/a'],
    ['a loop reached only through a property', { properties: { x: { $ref: '#/$defs/a' } }, $defs: { a: { if: { $ref: '#/$defs/a' } } } }, 'circular schema at #/$defs/a: #/$defs/a/if -> #/$defs/a'],
    ['a loop through a single x-warn', { 'x-warn': { $ref: '#' } }, 'circular schema at #: #/x-warn -> #'],
    ['a loop through else', { if: { type: 'string' }, else: { $ref: '#' } }, 'circular schema at #: #/else -> #'],
    ['a loop through a discriminator mapping beside an anyOf', { anyOf: [{ type: 'object' }], discriminator: { propertyName: 'kind', mapping: { d: '#/$defs/d' } }, $defs: { d: { allOf: [{ $ref: '#' }] } } }, 'circular schema at #: #/discriminator/mapping/d -> #/$defs/d/allOf/0 -> #'],
    ['a loop through x-warn (its warnings checked on the same value)', { 'x-warn': [{ maxLength: 3 }, { $ref: '#' }] }, 'circular schema at #: #/x-warn/1 -> #'],
    ['a loop through dependentSchemas', { dependentSchemas: { x: { $ref: '#' } } }, 'circular schema at #: #/dependentSchemas/x -> #'],
    ['a loop through a discriminator mapping that no oneOf branch names', { oneOf: [{ type: 'object' }], discriminator: { propertyName: 'kind', mapping: { d: '#/$defs/d' } }, $defs: { d: { allOf: [{ $ref: '#' }] } } }, 'circular schema at #: #/discriminator/mapping/d -> #/$defs/d/allOf/0 -> #'],
  ] as const)('a schema that checks the same value again forever: %s', (_, schema, message) => {
    // Compiled, each would overflow the stack on every value that reaches the loop.
    expect(() => compile(schema as JsonSchema)).toThrow(GeneratorError);
    expect(() => compile(schema as JsonSchema)).toThrow(message);
  });

  it('names the loop of a polymorphic base that its variants include (oneOf + discriminator, allOf back)', () => {
    const pet = (variant: string) => ({ allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: { [variant]: { type: 'boolean' } } }] });
    const document = {
      openapi: '3.1.0', info: { title: 'Pets', version: '1' }, paths: {},
      components: {
        schemas: {
          Pet: {
            type: 'object', required: ['petType'], properties: { petType: { type: 'string' } },
            oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
            discriminator: { propertyName: 'petType', mapping: { cat: 'Cat', dog: '#/components/schemas/Dog' } },
          },
          Cat: pet('meows'),
          Dog: pet('barks'),
        },
      },
    } as unknown as OpenApiDocument;
    expect(() => emitValidators(context(document))).toThrow(
      'spec/openapi.yaml: circular schema at #/components/schemas/Pet: #/components/schemas/Pet/oneOf/0 -> #/components/schemas/Cat/allOf/0 -> #/components/schemas/Pet checks the same value again',
    );
    // Without the oneOf the discriminator is an annotation: the variants extend the base, no loop.
    delete (document.components!.schemas!.Pet as Record<string, unknown>).oneOf;
    expect(() => emitValidators(context(document))).not.toThrow();
  });

  it('looks at each schema once: 40 levels of schemas that each include the next twice (2^40 ways down) compile', () => {
    // Without remembering the schemas found to be in no loop, the walk would follow every way.
    const $defs: Record<string, unknown> = { d40: { type: 'string' } };
    for (let level = 39; level >= 0; level--) $defs[`d${level}`] = { allOf: [{ $ref: `#/$defs/d${level + 1}` }, { $ref: `#/$defs/d${level + 1}` }] };
    expect(() => compile({ $defs, $ref: '#/$defs/d0' })).not.toThrow();
  });

  it('accepts recursion that goes into a property or an item each time (a tree)', async () => {
    const tree = { type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } }, next: { $ref: '#' } }, anyOf: [{ required: ['children'] }, { required: ['next'] }, { properties: {} }] };
    const validate = (await importModule(compileSchemaMap({ Tree: tree as JsonSchema }, { dialect: 'openapi-3.1' }).source)).validateTree as Validate;
    expect(validate({ children: [{ next: { children: [] } }] }).ok).toBe(true);
    expect(validate({ children: [{ next: 1 }] })).toMatchObject({ ok: false, issues: [{ path: '/children/0/next' }] });
  });

  it('accepts annotations and x- extensions', () => {
    expect(() => compile({ title: 't', description: 'd', examples: [1], default: 1, deprecated: true, 'x-anything': { minimum: 1 }, $comment: 'c' })).not.toThrow();
  });

  it('names the spec file and the pointer when the spec has an unsupported keyword', () => {
    const document = spec();
    (document.components!.schemas!.CampaignNumberInput as Record<string, unknown>).$dynamicRef = '#meta';
    expect(() => emitValidators(context(document))).toThrow(
      'spec/openapi.yaml: unsupported keyword "$dynamicRef" at #/components/schemas/CampaignNumberInput/$dynamicRef',
    );
  });

  it('names the pointer of an invalid pattern in the spec', () => {
    const document = spec();
    const properties = (document.components!.schemas!.CreateCampaignRequest as { properties: Record<string, Record<string, unknown>> }).properties;
    properties.timezone!.pattern = '^[A-Z';
    expect(() => emitValidators(context(document))).toThrow(
      /^spec\/openapi\.yaml: invalid pattern at #\/components\/schemas\/CreateCampaignRequest\/properties\/timezone\/pattern: Invalid regular expression/,
    );
  });
});

describe('names', () => {
  it('a component whose guard would clash with a pattern guard stops generation', () => {
    const document = spec();
    document.components!.schemas!.CallerId = { type: 'string' };
    expect(() => emitValidators(context(document))).toThrow(/validator of #\/components\/schemas\/CallerId would export "isCallerId", which the pattern module/);
  });

  it('an operation validator whose guard would clash with a format guard stops generation', () => {
    const document = spec();
    document.components!.schemas!.Stamp = { type: 'string', format: 'uuid', 'x-format-name': 'CreateCampaignResponse' };
    expect(() => emitValidators(context(document))).toThrow(/would export "isCreateCampaignResponse", which the pattern module \(\.\/patterns\.gen\.js, format "uuid"\)/);
  });

  it('a component named like a public type of the validators stops generation', () => {
    const document = spec();
    document.components!.schemas!.ValidationIssue = { type: 'string' };
    expect(() => emitValidators(context(document))).toThrow(/type ValidationIssue would export "ValidationIssue", which the schema aliases/);
  });

  it('says so when there is nothing to validate, rather than printing an empty list', () => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/x': { get: { operationId: 'ping', responses: { '204': { description: 'ok' } } } } } } as unknown as OpenApiDocument;
    const withContext = context(document);
    emitValidators(withContext);
    expect(withContext.report).toEqual(['validators: none (the spec has no JSON body and no component schema to check)']);
  });

  it('exports one validator per name, and the pattern stage provides the regexes', () => {
    const output = emitValidators(context(spec()));
    expect(output.exports).toEqual([
      {
        module: './validators.gen.js',
        values: [
          'validateCreateCampaignRequest', 'isCreateCampaignRequest', 'validateCreateCampaignResponse', 'isCreateCampaignResponse',
          'validateCreateCampaignUnavailableResponse', 'isCreateCampaignUnavailableResponse',
          'validateCampaignNumberInput', 'isCampaignNumberInput', 'validateDestinationInput', 'isDestinationInput',
          'validateCampaign', 'isCampaign', 'validateCampaignNumber', 'isCampaignNumber', 'validateCampaignDestination',
          'isCampaignDestination', 'validateError', 'isError',
        ],
        types: ['ValidationIssue', 'ValidationOptions', 'ValidationResult'],
      },
    ]);
    const source = output.files[0]!.contents;
    expect(output.files[0]!.path).toBe('src/validators.gen.ts');
    expect(source.startsWith('/* header */\n')).toBe(true);
    expect(source).toContain('import { CalendarDatePattern, CallerIdPattern, HourMinutePattern } from "./patterns.gen.js";');
    expect(source).not.toMatch(/new RegExp|\beval\(|new Function/);
  });
});

describe('the roots of a spec', () => {
  // The body of the API's own 503, which the client needs to tell it from a gateway's: the
  // operation's 503, else its 5XX, else its default response, as OpenAPI reads them.
  const withResponses = (responses: Record<string, unknown>): OpenApiDocument =>
    ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/x': { post: { operationId: 'makeX', responses: { '201': { description: 'ok' }, ...responses } } } },
      components: { schemas: { Problem: { type: 'object' }, Busy: { type: 'object', required: ['retry'] } } },
    }) as OpenApiDocument;
  const json = (ref: string) => ({ description: 'd', content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } } });
  const unavailable = (document: OpenApiDocument) => specRoots(document).find((root) => root.name === 'MakeXUnavailableResponse');

  it.each([
    ['a 503 response', { '503': json('Busy'), default: json('Problem') }, '#/components/schemas/Busy'],
    ['a 5XX response', { '5XX': json('Busy'), default: json('Problem') }, '#/components/schemas/Busy'],
    ['only a default response', { default: json('Problem') }, '#/components/schemas/Problem'],
  ])('%s gives the 503 body its validator', (_, responses, pointer) => {
    expect(unavailable(withResponses(responses))).toMatchObject({ pointer, direction: 'response' });
  });

  it('no 503, 5XX or default JSON response: none', () => {
    expect(unavailable(withResponses({ '503': { description: 'down' }, '400': json('Problem') }))).toBeUndefined();
  });
});

describe('$schema', () => {
  it.each([
    ['the 2020-12 meta-schema', 'https://json-schema.org/draft/2020-12/schema', 'openapi-3.1'],
    ['it with an empty fragment, the same resource', 'https://json-schema.org/draft/2020-12/schema#', 'openapi-3.1'],
    ['draft-04, with and without its fragment', 'http://json-schema.org/draft-04/schema#', 'openapi-3.0'],
    ['draft-04 without', 'http://json-schema.org/draft-04/schema', 'openapi-3.0'],
  ] as const)('naming the dialect compiled in is an annotation: %s', (_, uri, dialect) => {
    expect(() => compile({ properties: { a: { $schema: uri, type: 'string' } } }, dialect)).not.toThrow();
  });

  it('naming another dialect is refused', () => {
    expect(() => compile({ properties: { a: { $schema: 'http://json-schema.org/draft-07/schema#' } } })).toThrow('unsupported keyword "$schema" at #/properties/a/$schema');
  });
});

describe('the parameters of an operation', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/items/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } },
          { name: 'limit', in: 'query', required: true, schema: { type: 'string' } },
        ],
        get: {
          operationId: 'list',
          parameters: [
            // Replaces the path item's `limit`: optional, and an integer.
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
            // Neither is sent (a cookie; a header OpenAPI says to ignore), so neither is required.
            { name: 'sid', in: 'cookie', required: true, schema: { type: 'string' } },
            { name: 'Accept', in: 'header', required: true, schema: { type: 'string' } },
            // Described by content: the client sends the string it is given (as openapi-typescript types it).
            { name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } },
          ],
          responses: { '204': { description: 'ok' } },
        },
      },
    },
  } as unknown as OpenApiDocument;

  it('are one validator of { path, query, header }, each parameter checked by its schema in the spec', async () => {
    const roots = specRoots(document);
    expect(roots.map((root) => root.name)).toEqual(['ListParameters']);
    expect(roots[0]).toMatchObject({ direction: 'request', type: 'paths["/items/{id}"]["get"]["parameters"]' });
    const module = await importModule(compileModule(roots, { dialect: 'openapi-3.1' }).source);
    const validate = module.validateListParameters as Validate;
    expect(validate({ path: { id: 'abc' } }).ok).toBe(true);
    expect(validate({ path: { id: 'abc' }, query: { limit: 2 } }).ok).toBe(true);
    expect(validate({ path: { id: 'ABC' }, query: { limit: 0 } }, { allErrors: true })).toMatchObject({
      ok: false,
      issues: [
        { path: '/path/id', keyword: 'pattern', schemaPath: '#/paths/~1items~1{id}/parameters/0/schema/pattern', message: 'must match pattern ^[a-z]+$ (received "ABC")' },
        { path: '/query/limit', keyword: 'minimum', schemaPath: '#/paths/~1items~1{id}/get/parameters/0/schema/minimum' },
      ],
    });
    expect(validate({ query: { limit: 2 } })).toMatchObject({ ok: false, issues: [{ path: '', keyword: 'required', message: 'must have required property "path"' }] });
    expect(validate({ path: { id: 'abc' }, query: { filter: '{"a":1}' } }).ok).toBe(true);
    expect(validate({ path: { id: 'abc' }, query: { filter: { a: 1 } } })).toMatchObject({ ok: false, issues: [{ path: '/query/filter', keyword: 'type' }] });
  });
});

describe('generated code', () => {
  it('is byte-identical from one run to the next', () => {
    expect(emitValidators(context(spec())).files).toEqual(emitValidators(context(spec())).files);
  });

  it('survives hostile strings: quotes, backticks, */, line separators in names, patterns and enums', async () => {
    const hostile = 'a"b`c*/d\\e\u2028f\n${g}';
    const source = compile({
      description: hostile,
      required: [hostile],
      properties: { [hostile]: { type: 'string', pattern: '^[`"*/]+$', enum: [hostile, '*/'] } },
    });
    const module = await importModule(source);
    const validate = module.validateS as Validate;
    expect(validate({ [hostile]: '*/' }).ok).toBe(true);
    const pointer = `/${hostile.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    expect(validate({ [hostile]: 'x' })).toMatchObject({ ok: false, issues: [{ path: pointer, keyword: 'enum', message: `must be equal to one of the allowed values ${JSON.stringify(hostile)}, "*/" (received "x")` }] });
    expect(validate({ [hostile]: 'x' }, { allErrors: true })).toMatchObject({ issues: [{ keyword: 'enum' }, { path: pointer, keyword: 'pattern', message: 'must match pattern ^[`"*/]+$ (received "x")' }] });
    expect(validate({})).toMatchObject({ ok: false, issues: [{ message: `must have required property ${JSON.stringify(hostile)}` }] });
  });

  it("orders a guard's tests: every property's type (and date format) before any regex, never splitting inside a string", async () => {
    const schema: JsonSchema = {
      type: 'object',
      required: ['a', 'b', 'd', 'n'],
      properties: {
        a: { type: 'string', pattern: '^[xyz|( ]+$', enum: ['x || y', 'z (', '||'] },
        b: { type: 'string', pattern: '^b+$' },
        d: { type: 'string', format: 'date', pattern: '^2' },
        n: { type: 'number', minimum: 1 },
        list: { type: 'array', items: { type: 'string', pattern: '^l$' } },
      },
    };
    const source = compile(schema);
    const guard = source.slice(source.indexOf('function guardS('), source.indexOf('\n}\n', source.indexOf('function guardS(')));
    const firstRegex = guard.indexOf('.test(');
    const typeTests = [...guard.matchAll(/typeof v\d+ !== "string"/g)].map((match) => match.index);
    // a, b and d are tested for their type before any regex; the list's items after.
    expect(typeTests).toHaveLength(4);
    expect(typeTests.slice(0, 3).every((index) => index < firstRegex)).toBe(true);
    expect(guard.indexOf('isFinite')).toBeLessThan(firstRegex);
    expect(typeTests[3]).toBeGreaterThan(firstRegex);
    // The date format is a char-code scan: as cheap as a type test, so it goes before any regex.
    expect(guard).toMatch(/typeof (v\d+) !== "string" \|\| !matchesDate\(\1\)\) return false;/);
    expect(guard).toContain('"x || y"');
    const module = await importWithInternals((itemGuards) => compileSchemaMap({ S: schema }, { dialect: 'openapi-3.1', itemGuards }).source);
    const { guard: isValid, check } = internalsOf(module, 'S');
    const base = { a: 'x || y', b: 'bb', d: '2027-02-28', n: 1, list: ['l'] };
    const cases: unknown[] = [
      base,
      { ...base, a: 'z (' },
      { ...base, a: '||' },
      { ...base, a: 'x' },
      { ...base, a: 'z  (' },
      { ...base, b: 'a' },
      { ...base, d: '2027-02-30' },
      { ...base, d: '1999-01-01' },
      { ...base, n: 0 },
      { ...base, n: '1' },
      { ...base, list: ['l', 'm'] },
      { a: base.a, b: base.b, d: base.d },
      { ...base, b: 3 },
    ];
    expect(cases.map((value) => isValid(value))).toEqual(cases.map((value) => check(value)));
    expect(cases.map((value) => isValid(value))).toEqual([true, true, true, false, false, false, false, false, false, false, false, false, false]);
  });

  it("keeps a sub-schema test that calls nothing (not: {}, anyOf of true) on its property's cheap line", () => {
    const source = compile({
      type: 'object',
      required: ['a', 'b', 'c'],
      properties: { a: { type: 'string', not: {} }, b: { type: 'string', anyOf: [true, {}] }, c: { type: 'string', maxLength: 3 } },
    });
    const guard = source.slice(source.indexOf('function guardS('), source.indexOf('\n}\n', source.indexOf('function guardS(')));
    expect(guard).toMatch(/if \(typeof (v\d+) !== "string" \|\| true\) return false;/);
    expect(guard).toMatch(/if \(typeof (v\d+) !== "string" \|\| !\(true \|\| true\)\) return false;/);
  });

  it('keeps functions short: a large schema compiles its large parts as functions of their own, with the same issues', async () => {
    // 12 objects of 20 string properties, nested two deep: far over a function's budget.
    const leaf = { type: 'object', required: ['p0'], properties: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}`, { type: 'string', minLength: 1 }])) };
    const schema = { type: 'object', properties: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`o${i}`, { type: 'object', properties: { inner: leaf } }])) };
    const source = compile(schema as JsonSchema);
    const functions = source.match(/^function check\w+/gm) ?? [];
    expect(functions.length).toBeGreaterThan(12);
    for (const body of source.split(/^function /m).slice(1)) expect(body.split('\n').length).toBeLessThan(600);
    const validate = (await importModule(source)).validateS as Validate;
    expect(validate({ o7: { inner: { p0: 'a', p5: '' } } }, { allErrors: true })).toMatchObject({
      ok: false,
      issues: [{ path: '/o7/inner/p5', keyword: 'minLength', schemaPath: '#/properties/o7/properties/inner/properties/p5/minLength' }],
    });
    expect(validate({ o3: { inner: {} } })).toMatchObject({ issues: [{ path: '/o3/inner', keyword: 'required', schemaPath: '#/properties/o3/properties/inner/required' }] });
  });

  it('starts each call clean: after a value whose getter threw, the next call does not return its issues', async () => {
    const validate = (await importModule(compile({ type: 'object', required: ['name'], properties: { name: { type: 'string' }, list: { type: 'array', items: { type: 'object', properties: { n: { type: 'string' } } } } } }))).validateS as Validate;
    const throwing = { name: 5, list: [{ get n(): string { throw new Error('lazy field failed'); } }] };
    expect(() => validate(throwing, { allErrors: true })).toThrow('lazy field failed');
    expect(validate({ name: 'ok' })).toEqual({ ok: true, value: { name: 'ok' } });
    expect(validate({ name: 1 })).toMatchObject({ ok: false, issues: [{ path: '/name' }] });
  });

  it('refuses options it cannot read, saying which and what it received; null means the defaults', async () => {
    const validate = (await importModule(compile({ type: 'string' }))).validateS as (value: unknown, options?: unknown) => unknown;
    expect(validate('x', null)).toEqual({ ok: true, value: 'x' });
    expect(() => validate('x', 'all')).toThrow('validation options must be an object, received string');
    expect(() => validate('x', { allErrors: 'yes' })).toThrow('validation option allErrors must be true or false, received string "yes"');
    expect(() => validate('x', { formats: 0 })).toThrow('validation option formats must be true or false, received number 0');
    expect(() => validate('x', { warnings: null })).toThrow('validation option warnings must be true or false, received object null');
  });

  it('refuses an option it does not know, also in an object it has accepted before', async () => {
    const validate = (await importModule(compile({ type: 'string' }))).validateS as (value: unknown, options?: unknown) => unknown;
    expect(() => validate('x', { allError: true })).toThrow('unknown validation option allError (known: allErrors, formats, warnings)');
    expect(() => validate('x', Object.create({ format: false }))).toThrow('unknown validation option format');
    const options: Record<string, unknown> = { warnings: false };
    expect(validate('x', options)).toEqual({ ok: true, value: 'x' });
    options.allError = true;
    expect(() => validate('x', options)).toThrow('unknown validation option allError');
    expect(validate('x', { allErrors: true, formats: false, warnings: true })).toEqual({ ok: true, value: 'x' });
  });

  it('checks a large enum with a Set, telling 1 from "1", 0 from false and null from "null"', async () => {
    const values: unknown[] = [...Array.from({ length: 36 }, (_, i) => `v${i}`), 1, 0, null, true, 2.5, { a: 1 }, [1, 2]];
    const source = compile({ enum: values });
    expect(source).toMatch(/const ENUM_\d+ = new Set<unknown>\(/);
    const module = await importModule(source);
    for (const validate of [module.validateS as Validate, (value: unknown) => ({ ok: (module.isS as (value: unknown) => boolean)(value) })]) {
      for (const value of values) expect(validate(value).ok, JSON.stringify(value)).toBe(true);
      for (const value of ['1', false, 'null', 'true', 2.6, 'v36', [], {}, -1, { a: 2 }, [2, 1]]) expect(validate(value).ok, JSON.stringify(value)).toBe(false);
    }
    expect((module.validateS as Validate)('x')).toMatchObject({ ok: false, issues: [{ keyword: 'enum', message: expect.stringMatching(/^must be equal to one of the allowed values "v0", "v1", .*…/) }] });
    // A few values stay a chain of ===, faster than a lookup.
    expect(compile({ enum: ['a', 'b'] })).not.toContain('new Set');
  });

  it('shows a BigInt as one (10n), not as the number it is not', async () => {
    const validate = (await importModule(compile({ type: 'number' }))).validateS as Validate;
    expect(validate(10n)).toMatchObject({ ok: false, issues: [{ message: 'must be number (received 10n)' }] });
  });

  it('type-checks with openapi-typescript types, and narrows the success value', () => {
    const dir = scratchDir('validators-types');
    const document = spec();
    fs.writeFileSync(path.join(dir, 'validators.gen.ts'), emitValidators(context(document)).files[0]!.contents);
    fs.copyFileSync(path.join(GENERATED_DIR, 'src/types.gen.ts'), path.join(dir, 'types.gen.ts'));
    // The pattern stage's module and openapi-typescript's types (with pattern types) as committed.
    fs.copyFileSync(path.join(GENERATED_DIR, 'src/patterns.gen.ts'), path.join(dir, 'patterns.gen.ts'));
    fs.writeFileSync(
      path.join(dir, 'use.ts'),
      [
        'import { validateCreateCampaignRequest, isCampaign, type ValidationIssue } from "./validators.gen.js";',
        'import type { CalendarDate, CallerId } from "./patterns.gen.js";',
        'declare const input: unknown;',
        'const result = validateCreateCampaignRequest(input, { allErrors: true, formats: false });',
        'if (result.ok) {',
        '  const callerId: CallerId = result.value.callerId;',
        '  const dateStart: CalendarDate = result.value.dateStart;',
        '  const tenantId: number = result.value.tenantId;',
        '  // @ts-expect-error: not a property of the request',
        '  result.value.campaignId;',
        '  void callerId, dateStart, tenantId;',
        '} else {',
        '  const issues: ValidationIssue[] = result.issues;',
        '  void issues;',
        '  // @ts-expect-error: no value on failure',
        '  result.value;',
        '}',
        'if (isCampaign(input)) { const id: number = input.id; void id; }',
        '// @ts-expect-error: options are named',
        'validateCreateCampaignRequest(input, { all: true });',
      ].join('\n'),
    );
    const program = ts.createProgram([path.join(dir, 'use.ts'), path.join(dir, 'validators.gen.ts')], {
      target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noImplicitReturns: true, noEmit: true,
      types: [], lib: ['lib.es2022.d.ts'],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});

describe('valid schemas whose checks once did not type-check (found by a differential fuzz)', () => {
  // Each is valid JSON Schema; the module emitted for it must type-check as the build does, and
  // still give the verdicts the schema says.
  const schemas: Array<[string, JsonSchema, { valid: unknown[]; invalid: unknown[] }]> = [
    ['maxLength beside type number (never applies)', { type: 'number', maxLength: 3 }, { valid: [12345], invalid: ['1234'] }],
    ['minLength beside type array', { type: 'array', minLength: 1 }, { valid: [[]], invalid: [''] }],
    ['properties beside type string', { type: 'string', properties: { a: { type: 'number' } }, required: ['a'] }, { valid: ['x'], invalid: [{ a: 1 }] }],
    ['a const in dependentSchemas (applied to the whole object)', { dependentSchemas: { a: { const: 1 } } }, { valid: [{ b: 1 }], invalid: [{ a: 1 }] }],
    ['an enum in dependentSchemas', { dependentSchemas: { a: { enum: [1, 2] } } }, { valid: [{}], invalid: [{ a: 2 }] }],
    ['a maxLength in dependentSchemas', { dependentSchemas: { a: { maxLength: 2 } } }, { valid: [{ a: 'long' }], invalid: [] }],
    ['not: {} before a minLength (always fails)', { not: {}, minLength: 2 }, { valid: [], invalid: ['abc', 1] }],
    ['allOf: [false] before a multipleOf', { allOf: [false], multipleOf: 3 }, { valid: [], invalid: [3] }],
    ['an empty enum before a maximum', { enum: [], maximum: 2 }, { valid: [], invalid: [1] }],
    ['uniqueItems beside not: true, in a property', { properties: { a: { uniqueItems: true, not: true } } }, { valid: [{}], invalid: [{ a: [1] }] }],
  ];

  it('type-check, strictly, in one program', () => {
    expect(strictDiagnostics(schemas.map(([, schema]) => compile(schema)), 'emitter-typecheck')).toEqual([]);
  });

  it.each(schemas)('%s: the verdicts the schema says', async (_, schema, { valid, invalid }) => {
    const module = await importModule(compile(schema));
    for (const value of valid) expect([(module.validateS as Validate)(value).ok, (module.isS as (v: unknown) => boolean)(value)]).toEqual([true, true]);
    for (const value of invalid) expect([(module.validateS as Validate)(value).ok, (module.isS as (v: unknown) => boolean)(value)]).toEqual([false, false]);
  });

  it('still refuses an invalid pattern under a type that excludes it', () => {
    expect(() => compile({ type: 'number', pattern: '([a-z]' })).toThrow('invalid pattern at #/pattern');
  });
});
