/**
 * The runtime side: the committed VOXO guards on boundary values, the format guards of the
 * formats fixture against the validators' own format checks, and the emitter on a spec whose
 * patterns and descriptions try to break out of literals and comments.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPatternTypes, emitPatternGuards } from '../../generator/patterns/index.js';
import { FORMATS } from '../../generator/patterns/formats.js';
import { regexLiteral } from '../../generator/patterns/guards.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';
import { compileSchemaMap } from '../../generator/validators/index.js';
import { importModule, type Guard, type ValidatorModule } from '../validators/suite.js';
import { contextFor, voxoContext } from './context.js';
import { FORMAT_GRAMMARS } from './format-grammars.js';
import * as formats from './generated-formats/patterns.gen.js';
import * as voxo from './generated/patterns.gen.js';
import { typecheck } from './typecheck.js';

describe('VOXO guards', () => {
  it.each([
    ['isHourMinute', '00:00', true],
    ['isHourMinute', '23:59', true],
    ['isHourMinute', '24:00', false],
    ['isHourMinute', '9:00', false],
    ['isHourMinute', ' 09:00', false],
    ['isCallerId', '6013151002', true],
    ['isCallerId', '+16013151002', false],
    ['isCallerId', '601315100', false],
    ['isCalendarDate', '2027-02-31', true],
    ['isCalendarDate', '2027-13-01', false],
    ['isCalendarDate', '2027/03/01', false],
  ] as const)('%s(%j) is %s', (guard, value, want) => {
    expect(voxo[guard](value)).toBe(want);
  });

  it('rejects what is not a string', () => {
    for (const value of [undefined, null, 930, ['09:30'], { toString: () => '09:30' }]) expect(voxo.isHourMinute(value)).toBe(false);
  });

  it('agrees with the pattern on generated strings', () => {
    fc.assert(fc.property(fc.string(), (s) => voxo.isCallerId(s) === /^[1-9]\d{9}$/u.test(s)));
    fc.assert(fc.property(fc.stringMatching(/^([01]\d|2[0-3]):([0-5]\d)$/), (s) => voxo.asHourMinute(s) === s));
  });

  it('throws a PatternMismatchError that says what was expected and received', () => {
    expect(() => voxo.asCallerId('+16013151002')).toThrowError(
      new voxo.PatternMismatchError('CallerId', voxo.CallerIdPattern, '+16013151002'),
    );
    const error = (() => {
      try {
        voxo.asCalendarDate(20270301);
      } catch (e) {
        return e as voxo.PatternMismatchError;
      }
    })()!;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('PatternMismatchError');
    expect(error.message).toBe('expected CalendarDate, a string matching /^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$/u, received number 20270301');
    expect(() => voxo.asHourMinute('x'.repeat(200))).toThrow(/received "x{80}"\.\.\. \(200 characters\)$/);
  });
});

describe('the guards as the pattern stage emits them now', () => {
  // The tests above read the committed fixture; these compile the stage's output of this run,
  // so a change to the emitter is tested before the fixture is updated.
  let emitted: ValidatorModule;
  beforeAll(async () => {
    emitted = await importModule(emitPatternGuards(voxoContext()).files[0]!.contents);
  });

  it('refuse what is not a string, whatever it would print as', () => {
    for (const value of [6013151002, ['6013151002'], { toString: () => '6013151002' }, null]) {
      expect((emitted.isCallerId as Guard)(value)).toBe(false);
      expect(() => (emitted.asCallerId as unknown as (value: unknown) => string)(value)).toThrow(/^expected CallerId, a string matching \/\^\[1-9\]\\d\{9\}\$\/u, received /);
    }
    expect((emitted.asCallerId as unknown as (value: unknown) => string)('6013151002')).toBe('6013151002');
  });
});

describe('format guards', () => {
  const UUID = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
  it.each([
    ['isIsoDate', '2028-02-29', true],
    ['isIsoDate', '2000-02-29', true],
    ['isIsoDate', '2027-02-29', false],
    ['isIsoDate', '1900-02-29', false],
    ['isIsoDate', '2027-04-31', false],
    ['isIsoDate', '2027-13-01', false],
    ['isIsoDate', '2027-3-01', false],
    ['isIsoDate', '２０２７-03-01', false],
    ['isIsoTime', '09:30:00Z', true],
    ['isIsoTime', '09:30:00.123456z', true],
    ['isIsoTime', '09:30:00+05:30', true],
    ['isIsoTime', '23:59:60Z', true],
    ['isIsoTime', '15:59:60-08:00', true],
    ['isIsoTime', '12:00:60Z', false],
    ['isIsoTime', '24:00:00Z', false],
    ['isIsoTime', '09:30:00', false],
    ['isIsoTime', '09:30Z', false],
    ['isIsoTime', '09:30:00+24:00', false],
    ['isIsoDateTime', '2027-03-01T09:30:00Z', true],
    ['isIsoDateTime', '2027-03-01t09:30:00.5+01:00', true],
    ['isIsoDateTime', '2027-02-30T09:30:00Z', false],
    ['isIsoDateTime', '2027-03-01 09:30:00Z', false],
    ['isIsoDateTime', '2027-03-01T09:30:00', false],
    ['isUuid', UUID, true],
    ['isUuid', UUID.toUpperCase(), true],
    // RFC 4122's grammar has no URN prefix (JSON-Schema-Test-Suite: "URN prefixed UUID is invalid").
    ['isUuid', `urn:uuid:${UUID}`, false],
    ['isUuid', `URN:UUID:${UUID}`, false],
    ['isUuid', `{${UUID}}`, false],
    ['isUuid', UUID.replace(/-/g, ''), false],
    ['isUuid', UUID.replace('b', 'g'), false],
  ] as const)('%s(%j) is %s', (guard, value, want) => {
    expect(formats[guard](value)).toBe(want);
  });

  it('rejects what is not a string', () => {
    for (const value of [undefined, null, 20270301, new Date(0), ['2027-03-01']]) expect(formats.isIsoDate(value)).toBe(false);
  });

  it('throws a FormatMismatchError that says what was expected and received', () => {
    expect(() => formats.asIsoDate('2027-02-30')).toThrowError(new formats.FormatMismatchError('IsoDate', 'date', '2027-02-30'));
    const error = (() => {
      try {
        formats.asUuid(42);
      } catch (e) {
        return e as formats.FormatMismatchError;
      }
    })()!;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('FormatMismatchError');
    expect(error.message).toBe('expected Uuid, a string in format "uuid", received number 42');
    expect(formats.asIsoTime('09:30:00Z')).toBe('09:30:00Z');
  });

  // The guards' checks are copied from the validators' helper source at generation, so this
  // comparison checks the wiring (the right check behind each guard, still the validators' own
  // after either changes); the grammar assertion below is the independent check.
  describe("agree with the validators' format checks", () => {
    let validators: ValidatorModule;
    beforeAll(async () => {
      const schemas = Object.fromEntries(FORMATS.map(({ format }) => [format, { type: 'string', format }]));
      validators = await importModule(compileSchemaMap(schemas, { dialect: 'openapi-3.1' }).source);
    });
    const GUARD: Record<string, (value: unknown) => boolean> = {
      date: formats.isIsoDate,
      time: formats.isIsoTime,
      'date-time': formats.isIsoDateTime,
      uuid: formats.isUuid,
    };

    it.each(FORMATS.map(({ format }) => [format]))('%s: on grammar strings, near misses and arbitrary strings', (format) => {
      const validator = validators[`is${format === 'date-time' ? 'DateTime' : format[0]!.toUpperCase() + format.slice(1)}`] as Guard;
      const guard = GUARD[format]!;
      const grammar = FORMAT_GRAMMARS[format]!;
      // A grammar string with one character changed, dropped or doubled.
      const nearMiss = fc
        .tuple(fc.stringMatching(grammar), fc.nat(), fc.constantFrom('0', '9', ':', '-', 'T', 'z', ' ', '', '00', 'a'))
        .map(([text, at, by]) => text.slice(0, at % (text.length + 1)) + by + text.slice((at % (text.length + 1)) + 1));
      fc.assert(
        fc.property(fc.oneof(fc.stringMatching(grammar), nearMiss, fc.string()), (text) => {
          expect(guard(text)).toBe(validator(text));
          // What the guard accepts is in the grammar, whose every string the type accepts.
          if (guard(text)) expect(text).toMatch(grammar);
        }),
        { numRuns: 3000, seed: 4 },
      );
    });
  });
});

describe('emitter on hostile patterns', () => {
  const patterns: Record<string, string> = {
    slash: '^a/b$',
    comment: '^\\*/x$',
    backtick: '^`\\$\\{x\\}$',
    newline: '^a\nb$',
    quote: '^"\'$',
    classSlash: '^[/]+$',
    // A line separator ends a line in a regex literal (a SyntaxError) unless escaped.
    lineSeparator: '^a\u2028b\u2029$',
  };
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    components: {
      schemas: {
        Hostile: {
          type: 'object',
          properties: Object.fromEntries(
            Object.entries(patterns).map(([name, pattern]) => [name, { type: 'string', pattern, description: `ends */ a comment, has \`ticks\` for ${name}` }]),
          ),
        },
      },
    },
  } as unknown as OpenApiDocument;

  it('writes regex literals with the same source as new RegExp', () => {
    for (const source of Object.values(patterns)) {
      // eslint-disable-next-line no-eval
      const literal = (0, eval)(regexLiteral(source)) as RegExp;
      expect(literal.source).toBe(new RegExp(source, 'u').source);
      expect(literal.flags).toBe('u');
    }
  });

  it('emits files that compile, with types that accept the matching strings', () => {
    const context = contextFor(document);
    const guards = emitPatternGuards(context).files[0]!.contents;
    const types = applyPatternTypes(
      `export interface components {\n    schemas: {\n        Hostile: {\n${Object.keys(patterns).map((n) => `            /** @description x */\n            ${n}?: string;\n`).join('')}        };\n    };\n}\n`,
      context,
    ).source;
    const samples = context.patterns.patterns.flatMap(({ name, source }) =>
      fc.sample(fc.stringMatching(new RegExp(source, 'u')), { numRuns: 20, seed: 7 }).map((s) => `export const v${name}${Math.random().toString(36).slice(2)}: import("./patterns.gen.js").${name} = ${JSON.stringify(s)};`),
    );
    const { errors } = typecheck('patterns-hostile', { 'patterns.gen.ts': guards, 'types.gen.ts': types, 'use.ts': samples.join('\n') + '\n' });
    expect(errors).toEqual([]);
    expect(types).toContain('@pattern ^\\*\\/x$');
  });
});
