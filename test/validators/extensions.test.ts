/**
 * Issue 6: campaign checks beyond JSON Schema, through the generator's generic extensions
 * (`x-time-zone`, `x-order`, `x-unique-by`, `x-warn`, `x-message`) and the standard
 * `format: date`. Table tests at the edges on standalone schemas, then the campaign rules on
 * the spec with the extensions of campaign-checks.ts applied (a no-op once the spec has them).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectPatterns } from '../../generator/patterns/registry.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';
import type { GenerationContext } from '../../generator/shared/stage.js';
import { compileSchemaMap, emitValidators } from '../../generator/validators/index.js';
import { SPEC_FILE } from '../helpers/paths.js';
import { withCampaignChecks } from './campaign-checks.js';
import { importModule, type Guard, type Validate, type ValidatorModule } from './suite.js';

describe('extension keywords at their edges', () => {
  let module: ValidatorModule;
  beforeAll(async () => {
    module = await importModule(
      compileSchemaMap(
        {
          Zone: { type: 'string', 'x-time-zone': true },
          Day: { type: 'string', format: 'date' },
          Window: {
            type: 'object',
            properties: { dateStart: { type: 'string', format: 'date' }, dateEnd: { type: 'string', format: 'date' }, dateStartX: { type: 'string' }, 'a/b': { type: 'string' } },
            'x-order': [
              { before: 'dateStart', after: 'dateEnd' },
              { before: 'timeStart', after: 'timeEnd', strict: true, when: { equal: ['dateStart', 'dateEnd'] } },
            ],
          },
          List: { type: 'array', 'x-warn': { 'x-unique-by': 'number' }, items: { type: 'object', properties: { number: { type: 'string', 'x-warn': { pattern: '^\\d{10}$', 'x-message': 'does not look like a 10-digit number' } } } } },
          Strict: { type: 'array', 'x-unique-by': 'id', maxItems: 2 },
          AnyItems: { type: 'array', 'x-warn': { 'x-unique-by': 'number' } },
          ByConstructor: { type: 'array', 'x-unique-by': 'constructor' },
        },
        { dialect: 'openapi-3.1' },
      ).source,
    );
  });
  const validate = (name: string, value: unknown, options?: Parameters<Validate>[1]): ReturnType<Validate> => (module[`validate${name}`] as Validate)(value, options);

  it('accepts every zone of Intl.supportedValuesOf("timeZone"), and aliases Intl accepts', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    expect(zones.filter((zone) => !validate('Zone', zone).ok)).toEqual([]);
    const aliases = ['UTC', 'GMT', 'Etc/UTC', 'Asia/Kolkata', 'US/Eastern', 'America/Argentina/Buenos_Aires', 'Europe/Kyiv', 'Zulu', 'Universal', 'EST5EDT', 'NZ-CHAT', 'GB-Eire', 'Brazil/DeNoronha', 'Australia/ACT', 'Mexico/BajaNorte', 'Mexico/BajaSur', 'Chile/EasterIsland', 'America/Argentina/ComodRivadavia', 'America/Knox_IN'];
    for (const alias of aliases) expect(validate('Zone', alias).ok, alias).toBe(true);
  });

  // The rules that refuse a name Intl accepts (a word in capitals, two capitals before a small letter)
  // must not refuse a name the database has: every name of the system's tz database, aliases
  // included, that Intl accepts and that is not an abbreviation.
  const zoneinfo = '/usr/share/zoneinfo';
  if (!fs.existsSync(zoneinfo)) console.log(`time zone test of every database name skipped: ${zoneinfo} is absent (apt-get install -y tzdata)`);
  it.skipIf(!fs.existsSync(zoneinfo))('accepts every name of the tz database (/usr/share/zoneinfo) that Intl accepts, abbreviations apart', () => {
    const names = fs
      .readdirSync(zoneinfo, { recursive: true, encoding: 'utf8' })
      .filter((name) => /^[A-Z]/.test(name) && !name.includes('.') && fs.statSync(path.join(zoneinfo, name)).isFile())
      .map((name) => name.split(path.sep).join('/'));
    const accepted = names.filter((name) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return !/^[A-Z]{2,5}$/.test(name) || name === 'UTC' || name === 'GMT';
      } catch {
        return false;
      }
    });
    expect(accepted.length).toBeGreaterThan(500);
    expect(accepted.filter((name) => !validate('Zone', name).ok)).toEqual([]);
  });

  // Found by a review: a sub-schema holding only the generator's own checks was taken for an
  // empty one (annotations alone), and checked nothing where a sub-schema is tested whole.
  it('checks a sub-schema that holds only x- checks, under additionalProperties and items, and returns its x-warn warnings', async () => {
    const zone = { 'x-time-zone': true };
    const fresh = await importModule(
      compileSchemaMap(
        { Map: { additionalProperties: zone }, List: { items: zone }, Warned: { additionalProperties: { 'x-warn': { type: 'string' } } } },
        { dialect: 'openapi-3.1' },
      ).source,
    );
    const message = 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Mars/Olympus")';
    expect((fresh.validateMap as Validate)({ a: 'Mars/Olympus' })).toMatchObject({ ok: false, issues: [{ path: '/a', keyword: 'x-time-zone', message }] });
    expect((fresh.validateList as Validate)(['UTC', 'Mars/Olympus'])).toMatchObject({ ok: false, issues: [{ path: '/1', keyword: 'x-time-zone', message }] });
    expect((fresh.isMap as Guard)({ a: 'Mars/Olympus' })).toBe(false);
    expect((fresh.validateWarned as Validate)({ a: 1 })).toMatchObject({ ok: true, issues: [{ path: '/a', keyword: 'type', severity: 'warning' }] });
  });

  it('gives an alias the same verdict the first time and after (an accepted alias is remembered, not asked of Intl again)', async () => {
    // A module of its own: nothing checked before in it.
    const fresh = await importModule(compileSchemaMap({ Zone: { type: 'string', 'x-time-zone': true } }, { dialect: 'openapi-3.1' }).source);
    const check = (zone: string) => (fresh.validateZone as Validate)(zone);
    const before = check('Us/Eastern');
    expect(check('US/Eastern').ok).toBe(true);
    expect(check('US/Eastern').ok).toBe(true);
    // A remembered alias is not a listed zone: a name in other case is judged as before.
    expect(check('Us/Eastern')).toEqual(before);
    expect(before).toMatchObject({ ok: false, issues: [{ message: 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Us/Eastern")' }] });
  });

  it.each([
    ['CST', 'must be an IANA time zone such as "America/Chicago", not an abbreviation (received "CST")'],
    ['PST', 'must be an IANA time zone such as "America/Chicago", not an abbreviation (received "PST")'],
    ['Mars/Olympus_Mons', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Mars/Olympus_Mons")'],
    ['america/chicago', 'must be an IANA time zone written as the database writes it: "America/Chicago" (received "america/chicago")'],
    // Intl ignores case; servers that look names up as written (Java's ZoneId, Python's zoneinfo) do not.
    ['AMERICA/CHICAGO', 'must be an IANA time zone written as the database writes it: "America/Chicago" (received "AMERICA/CHICAGO")'],
    ['Europe/LONDON', 'must be an IANA time zone written as the database writes it: "Europe/London" (received "Europe/LONDON")'],
    ['Utc', 'must be an IANA time zone written as the database writes it: "UTC" (received "Utc")'],
    ['Gmt', 'must be an IANA time zone written as the database writes it: "GMT" (received "Gmt")'],
    ['EtC/UTC', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "EtC/UTC")'],
    ['US/EASTERN', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "US/EASTERN")'],
    ['Asia/KOLKATA', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Asia/KOLKATA")'],
    // A word of five capitals in an alias (Asia/Dacca is one), and an alias that differs from its zone only in case.
    ['Asia/DACCA', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Asia/DACCA")'],
    ['Etc/Gmt+5', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Etc/Gmt+5")'],
    // Two capitals before a small letter, which no alias of the database has.
    ['US/EAstern', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "US/EAstern")'],
    ['America/ARgentina/Cordoba', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "America/ARgentina/Cordoba")'],
    // Before the word's last small letter, before a "z", and in a name of one word.
    ['US/HawAIi', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "US/HawAIi")'],
    ['Europe/ZapoROzhye', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Europe/ZapoROzhye")'],
    ['CUBa', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "CUBa")'],
    ['', 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "")'],
  ])('refuses the time zone %j', (zone, message) => {
    expect(validate('Zone', zone)).toMatchObject({ ok: false, issues: [{ path: '', keyword: 'x-time-zone', message, schemaPath: '#/x-time-zone', severity: 'error' }] });
  });

  it.each([
    ['2028-02-29', true], ['2027-02-29', false], ['2000-02-29', true], ['2100-02-29', false], ['2027-02-28', true], ['2027-02-30', false],
    ['2027-04-31', false], ['2027-06-31', false], ['2027-09-31', false], ['2027-11-31', false], ['2027-04-30', true], ['2027-12-31', true], ['2027-13-01', false],
  ])('format date: %s is %s', (day, valid) => {
    expect(validate('Day', day).ok).toBe(valid);
  });

  it.each([
    ['end after start', { dateStart: '2027-03-01', dateEnd: '2027-03-02', timeStart: '17:00', timeEnd: '09:00' }, null],
    ['equal dates, end time after start time', { dateStart: '2027-03-01', dateEnd: '2027-03-01', timeStart: '09:00', timeEnd: '09:01' }, null],
    ['equal dates, equal times', { dateStart: '2027-03-01', dateEnd: '2027-03-01', timeStart: '09:00', timeEnd: '09:00' },
      { path: '/timeEnd', keyword: 'x-order', message: 'must be after timeStart when dateStart equals dateEnd, "09:00" (received "09:00")' }],
    ['equal dates, crossed times', { dateStart: '2027-03-01', dateEnd: '2027-03-01', timeStart: '17:00', timeEnd: '09:00' },
      { path: '/timeEnd', keyword: 'x-order', message: 'must be after timeStart when dateStart equals dateEnd, "17:00" (received "09:00")' }],
    ['end date before start date', { dateStart: '2027-03-02', dateEnd: '2027-03-01' },
      { path: '/dateEnd', keyword: 'x-order', message: 'must not be before dateStart, "2027-03-02" (received "2027-03-01")', schemaPath: '#/x-order' }],
    ['a missing side is not compared', { dateEnd: '2027-03-01' }, null],
  ])('x-order: %s', (_, value, issue) => {
    const result = validate('Window', value);
    if (issue === null) expect(result).toEqual({ ok: true, value });
    else expect(result).toMatchObject({ ok: false, issues: [{ ...issue, severity: 'error' }] });
  });

  it('x-order: with every issue, a value that failed its own checks is not compared; other errors do not stop the comparison', () => {
    const all = { allErrors: true } as const;
    // "2027-13-01" sorts after "2027-03-01": compared, it would be reported out of order too.
    expect(validate('Window', { dateStart: '2027-13-01', dateEnd: '2027-03-01' }, all)).toMatchObject({ ok: false, issues: [{ path: '/dateStart', keyword: 'format' }] });
    expect((validate('Window', { dateStart: '2027-13-01', dateEnd: '2027-03-01' }, all).issues ?? []).length).toBe(1);
    expect((validate('Window', { dateStart: '2027-03-02', dateEnd: '2027-02-30' }, all).issues ?? []).map(({ path, keyword }) => `${path} ${keyword}`)).toEqual(['/dateEnd format']);
    // An error elsewhere, even at a path that begins like an operand's, leaves the pair compared.
    expect((validate('Window', { dateStart: '2027-03-02', dateEnd: '2027-03-01', dateStartX: 1, 'a/b': 2 }, all).issues ?? []).map(({ path, keyword }) => `${path} ${keyword}`)).toEqual([
      '/dateStartX type', '/a~1b type', '/dateEnd x-order',
    ]);
  });

  it('x-warn: warnings are returned with a valid value and never block', () => {
    const value = [{ number: '6015550143' }, { number: '601-555' }, { number: '6015550143' }];
    const result = validate('List', value);
    expect(result).toEqual({
      ok: true,
      value,
      issues: [
        { path: '/1/number', keyword: 'pattern', message: 'does not look like a 10-digit number (received "601-555")', schemaPath: '#/items/properties/number/x-warn/pattern', severity: 'warning' },
        { path: '/2', keyword: 'x-unique-by', message: 'must NOT repeat the number of item 0 (received "6015550143")', schemaPath: '#/x-warn/x-unique-by', severity: 'warning' },
      ],
    });
    expect((module.isList as Guard)(value)).toBe(true);
  });

  it('x-warn: with warnings: false the rules do not run, and errors are still reported', () => {
    const value = [{ number: '6015550143' }, { number: '601-555' }, { number: '6015550143' }];
    expect(validate('List', value, { warnings: false })).toEqual({ ok: true, value });
    expect(validate('List', [{ number: '1' }, { number: 2 }], { warnings: false, allErrors: true })).toMatchObject({
      ok: false,
      issues: [{ path: '/1/number', keyword: 'type', severity: 'error' }],
    });
  });

  it.each([
    ['names the first item of a repeat that is not adjacent', [{ number: 'a' }, { number: 'b' }, { number: 'c' }, { number: 'b' }], '/3', 1],
    ['skips items that are not objects or lack the property', [{ number: 'a' }, 'b', {}, null, { number: 'a' }], '/4', 0],
    ['tells a string from a number', [{ number: '1' }, { number: 1 }], null, 0],
    ['does not compare object or array values (in one pass, with no recursion)', [{ number: { n: [1] } }, { number: { n: [1] } }, { number: [1] }, { number: [1] }], null, 0],
    ['compares null values', [{ number: null }, { number: 'a' }, { number: null }], '/2', 0],
    ['does not count NaN as a repeat (no value is === to it)', [{ number: Number.NaN }, { number: Number.NaN }], null, 0],
  ])('x-unique-by %s', (_, value, path, first) => {
    const result = validate('AnyItems', value);
    const repeat = (result.issues ?? []).filter((issue) => issue.keyword === 'x-unique-by');
    if (path === null) expect(repeat).toEqual([]);
    else expect(repeat).toMatchObject([{ path, message: expect.stringContaining(`of item ${first} (`), severity: 'warning' }]);
  });

  it.each([
    ['the same property twice', { type: 'object', properties: { a: {} }, 'x-order': [{ before: 'a', after: 'a' }] }, 'expected "x-order/0" to compare two properties, received "a" as both before and after at #/x-order'],
    ['a property the schema does not allow (a typo that would compare nothing)', { type: 'object', properties: { dateStart: {}, dateEnd: {} }, additionalProperties: false, 'x-order': [{ before: 'dateStart', after: 'dateEnd' }, { before: 'dateStart', after: 'dateEdn' }] }, 'expected "x-order/1" to name properties this schema allows (dateStart, dateEnd), received "dateEdn" at #/x-order'],
    ['a when that names a property the schema does not allow', { type: 'object', properties: { a: {}, b: {} }, additionalProperties: false, 'x-order': [{ before: 'a', after: 'b', when: { equal: ['a', 'typo'] } }] }, 'received "typo" at #/x-order'],
    ['an empty x-message', { type: 'string', maxLength: 1, 'x-message': '' }, 'expected "x-message" to be a message (a non-empty string), received "" at #/x-message'],
    ['an x-message that is not a string (it was dropped)', { type: 'string', maxLength: 1, 'x-message': 5 }, 'expected "x-message" to be a message (a non-empty string), received 5 at #/x-message'],
  ])('refuses %s', (_, schema, message) => {
    expect(() => compileSchemaMap({ S: schema }, { dialect: 'openapi-3.1' })).toThrow(message);
  });

  it('accepts x-order names that patternProperties allows beside additionalProperties: false', () => {
    expect(() => compileSchemaMap({ S: { type: 'object', properties: { a: {} }, patternProperties: { '^d': {} }, additionalProperties: false, 'x-order': [{ before: 'a', after: 'dEnd' }] } }, { dialect: 'openapi-3.1' })).not.toThrow();
  });

  it('x-unique-by reads a property named like an inherited one ("constructor") as the item\'s own', () => {
    // Every object inherits a constructor: it is no repeat of the items' values.
    expect(validate('ByConstructor', [{}, {}, { a: 1 }])).toEqual({ ok: true, value: [{}, {}, { a: 1 }] });
    expect(validate('ByConstructor', [{ constructor: 'x' }, {}, { constructor: 'x' }])).toMatchObject({
      ok: false,
      issues: [{ path: '/2', keyword: 'x-unique-by', message: 'must NOT repeat the constructor of item 0 (received "x")' }],
    });
  });

  it('x-unique-by survives values it does not compare: 100,000-deep objects neither overflow the stack nor count as repeats', () => {
    const deep = (): unknown => {
      let value: unknown = {};
      for (let i = 0; i < 100_000; i++) value = { n: value };
      return value;
    };
    const result = validate('AnyItems', [{ number: deep() }, { number: deep() }]);
    expect((result.issues ?? []).filter((issue) => issue.keyword === 'x-unique-by')).toEqual([]);
  });

  it('x-unique-by reads each item once when no value repeats, NaN included (a rescan per NaN was quadratic)', () => {
    let reads = 0;
    const items = Array.from({ length: 1000 }, () => ({
      get number(): number {
        reads++;
        return Number.NaN;
      },
    }));
    validate('AnyItems', items);
    expect(reads).toBeLessThanOrEqual(2 * items.length);
  });

  it('x-warn: an error after a warning is still reported, with the warning', () => {
    const result = validate('List', [{ number: '1' }, { number: 2 }]);
    expect(result).toMatchObject({ ok: false, issues: [{ path: '/0/number', severity: 'warning' }, { path: '/1/number', keyword: 'type', severity: 'error' }] });
  });

  it('x-unique-by outside x-warn is an error', () => {
    expect(validate('Strict', [{ id: 1 }, { id: 1 }])).toMatchObject({ ok: false, issues: [{ path: '/1', keyword: 'x-unique-by', message: 'must NOT repeat the id of item 0 (received 1)', severity: 'error' }] });
  });
});

describe('campaign rules on the spec', () => {
  const document = withCampaignChecks(YAML.parse(fs.readFileSync(SPEC_FILE, 'utf8')) as OpenApiDocument);
  const example = (document.components as { examples: Record<string, { value: Record<string, unknown> }> }).examples;
  const body = (): Record<string, unknown> => structuredClone(example.CreateCampaignRequestWeekdayReminders!.value);
  let validate: Validate;
  beforeAll(async () => {
    const patterns = collectPatterns(document);
    const context = { document, patterns, header: '', specPath: 'spec/openapi.yaml', command: 'test', report: [] } as unknown as GenerationContext;
    const stub = patterns.patterns.map((pattern) => `export const ${pattern.name}Pattern = new RegExp(${JSON.stringify(pattern.source)}, "u");`).join('\n');
    const module = await importModule(emitValidators(context).files[0]!.contents, { 'patterns.gen.ts': stub });
    validate = module.validateCreateCampaignRequest as Validate;
  });

  it('accepts the spec examples, and 2028-02-29 and Asia/Kolkata', () => {
    expect(validate(body())).toEqual({ ok: true, value: body() });
    expect(validate(example.CreateCampaignRequestPausedWithVoicemailDetection!.value).ok).toBe(true);
    expect(validate({ ...body(), dateStart: '2028-02-29', dateEnd: '2028-03-01', timezone: 'Asia/Kolkata' }).ok).toBe(true);
  });

  it.each([
    ['30 February', { dateStart: '2027-02-30' }, { path: '/dateStart', keyword: 'format', message: 'must match format "date" (received "2027-02-30")' }],
    ['31 April', { dateEnd: '2027-04-31' }, { path: '/dateEnd', keyword: 'format', message: 'must match format "date" (received "2027-04-31")' }],
    ['an unknown zone', { timezone: 'Mars/Olympus_Mons' }, { path: '/timezone', keyword: 'x-time-zone', message: 'must be an IANA time zone known to the runtime, such as "America/Chicago" (received "Mars/Olympus_Mons")' }],
    ['an abbreviation', { timezone: 'CST' }, { path: '/timezone', keyword: 'x-time-zone', message: 'must be an IANA time zone such as "America/Chicago", not an abbreviation (received "CST")' }],
    ['dateEnd before dateStart', { dateEnd: '2027-02-28' }, { path: '/dateEnd', keyword: 'x-order', message: 'must not be before dateStart, "2027-03-01" (received "2027-02-28")', schemaPath: '#/components/schemas/CreateCampaignRequest/x-order' }],
    ['crossed times on one day', { dateEnd: '2027-03-01', timeStart: '17:30', timeEnd: '09:00' }, { path: '/timeEnd', keyword: 'x-order', message: 'must be after timeStart when dateStart equals dateEnd, "17:30" (received "09:00")' }],
    ['crossed calling hours', { callHoursStart: '17:00', callHoursEnd: '13:00' }, { path: '/callHoursEnd', keyword: 'x-order', message: 'must be after callHoursStart, "17:00" (received "13:00")' }],
    ['equal calling hours', { callHoursStart: '13:00', callHoursEnd: '13:00' }, { path: '/callHoursEnd', keyword: 'x-order' }],
  ])('rejects %s with its path and message', (_, change, issue) => {
    expect(validate({ ...body(), ...change })).toMatchObject({ ok: false, issues: [{ ...issue, severity: 'error' }] });
  });

  it('with every issue, reports a month 13 in dateStart once, not also as dateEnd out of order', () => {
    const result = validate({ ...body(), dateStart: '2027-13-01', callerId: '0123456789' }, { allErrors: true });
    expect(result.issues?.map(({ path, keyword }) => `${path} ${keyword}`)).toEqual(['/dateStart pattern', '/dateStart format', '/callerId pattern']);
    // dateEnd before a valid dateStart is still reported beside another field's error.
    const crossed = validate({ ...body(), dateEnd: '2027-02-28', callerId: '0123456789' }, { allErrors: true });
    expect(crossed.issues?.map(({ path, keyword }) => `${path} ${keyword}`)).toEqual(['/callerId pattern', '/dateEnd x-order']);
  });

  it('returns the warnings with a valid body', () => {
    const numbers = [{ number: '6015550143' }, { number: '+1 601 555 0178' }, { number: '6015550143' }];
    const result = validate({ ...body(), numbers, enableVMDetect: '1', matchDestinations: [], notMatchDestinations: [] });
    expect(result.ok).toBe(true);
    expect(result.issues?.map(({ path, keyword, severity }) => `${severity} ${keyword} ${path}`)).toEqual([
      'warning pattern /numbers/1/number',
      'warning x-unique-by /numbers/2',
      'warning anyOf ',
    ]);
    expect(result.issues?.[2]?.message).toBe('voicemail detection is on ("1") but matchDestinations and notMatchDestinations are both empty');
    const off = validate({ ...body(), enableVMDetect: '0', destinations: [] });
    expect(off).toMatchObject({ ok: true, issues: [{ path: '/destinations', keyword: 'minItems', severity: 'warning', message: 'voicemail detection is off ("0") but destinations is empty: connected calls have nowhere to go (received 0)' }] });
  });
});
