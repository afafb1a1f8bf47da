/**
 * The runtime side: the committed VOXO guards on boundary values, and the emitter on a spec
 * whose patterns and descriptions try to break out of literals and comments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatternTypes, emitPatternGuards } from '../../generator/patterns/index.js';
import { regexLiteral } from '../../generator/patterns/guards.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';
import { contextFor } from './context.js';
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

describe('emitter on hostile patterns', () => {
  const patterns: Record<string, string> = {
    slash: '^a/b$',
    comment: '^\\*/x$',
    backtick: '^`\\$\\{x\\}$',
    newline: '^a\nb$',
    quote: '^"\'$',
    classSlash: '^[/]+$',
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
