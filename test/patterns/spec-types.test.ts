/**
 * The pass on the VOXO spec: the rewritten types and the guards module (file snapshots under
 * generated/, type-checked again by campaign.test-d.ts), idempotence, and type tests run with
 * the TypeScript compiler API: regex-generated strings compile in a CreateCampaignRequest
 * literal, the bad literals the types promise to reject do not.
 */
import path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPatternTypes, emitPatternGuards, formatPatternReport } from '../../generator/patterns/index.js';
import { quote } from '../../generator/shared/codegen.js';
import type { GenerationContext } from '../../generator/shared/stage.js';
import { ROOT, voxoContext, voxoTypes } from './context.js';
import { errorLines, typecheck, type LineError } from './typecheck.js';

let context: GenerationContext;
let rawTypes: string;
let types: string;
let guards: string;

beforeAll(async () => {
  context = voxoContext();
  rawTypes = await voxoTypes(context);
  types = applyPatternTypes(rawTypes, context).source;
  guards = emitPatternGuards(context).files[0]!.contents;
});

/** Which property of CreateCampaignRequest each pattern is checked through. */
const PROPERTY_OF: Record<string, string[]> = {
  CalendarDate: ['dateStart', 'dateEnd'],
  HourMinute: ['timeStart', 'timeEnd', 'callHoursStart', 'callHoursEnd'],
  CallerId: ['callerId'],
};

const BAD: Array<[property: string, value: string]> = [
  ['timeStart', '25:00'],
  ['timeEnd', '24:00'],
  ['callHoursEnd', '9:00'],
  ['callHoursStart', '12:60'],
  ['timeStart', '12:5'],
  ['timeStart', '12-30'],
  ['callerId', '+6013151002'],
  ['callerId', '0123456789'],
  ['callerId', '601315100a'],
  ['dateStart', '2027-13-01'],
  ['dateStart', '2027-00-10'],
  ['dateEnd', '2027-01-32'],
  ['dateEnd', '2027-02-00'],
  ['dateStart', '2027/03/01'],
  ['dateStart', '27-03-01x'],
];

const BASE = `{
  tenantId: 1042, name: "Dental appointment reminders", tech: "VOICE",
  dateStart: "2027-03-01", timeStart: "09:00", dateEnd: "2027-03-31", timeEnd: "17:30",
  callerId: "6013151002", recording: "yes", numbers: [{ number: "6015550143" }],
  destinations: [{ id: 301, type: "EXT" }], timezone: "America/Chicago", callFrequency: 30,
  matchDestinations: [], notMatchDestinations: [], enableVMDetect: "0",
  callHoursStart: "13:00", callHoursEnd: "17:00",
}`.replace(/\n\s*/g, ' ');

function accepted(source: string, count: number, seed: number): string[] {
  return [...new Set(fc.sample(fc.stringMatching(new RegExp(source, 'u')), { numRuns: count * 4, seed }))].slice(0, count);
}

describe('pattern types of the VOXO spec', () => {
  it('reports CalendarDate and CallerId approximate, HourMinute exact with 1,440 members', () => {
    const { report } = applyPatternTypes(rawTypes, context);
    expect(report.map(({ name, kind, exact, members }) => ({ name, kind, exact, members }))).toEqual([
      { name: 'CalendarDate', kind: 'pattern', exact: false, members: 372 },
      { name: 'HourMinute', kind: 'pattern', exact: true, members: 1440 },
      { name: 'CallerId', kind: 'pattern', exact: false, members: 9 },
      { name: 'IsoDate', kind: 'format', exact: false, members: 372 },
    ]);
    const lines = formatPatternReport(report);
    expect(lines[2]).toBe('HourMinute /^([01]\\d|2[0-3]):([0-5]\\d)$/: exact type, 1,440 members');
    // dateStart and dateEnd have format: date too; CalendarDate is as tight as IsoDate and stays.
    expect(lines[1]).toBe('  with format date (2 schemas): typed CalendarDate, as tight as IsoDate');
  });

  it('matches the file snapshots', async () => {
    await expect(types).toMatchFileSnapshot('./generated/types.gen.ts');
    await expect(guards).toMatchFileSnapshot('./generated/patterns.gen.ts');
  });

  it('gives the same bytes when run on its own output', () => {
    const again = applyPatternTypes(types, context);
    expect(again.source).toBe(types);
    expect(applyPatternTypes(again.source, context).source).toBe(types);
    expect(applyPatternTypes(rawTypes, context).source).toBe(types);
    expect(emitPatternGuards(context).files[0]!.contents).toBe(guards);
    expect(again.skipped).toEqual([]);
  });

  it('types every pattern property with its alias and documents the pattern', () => {
    for (const [name, properties] of Object.entries(PROPERTY_OF)) {
      for (const property of properties) expect(types).toContain(`${property}: ${name};`);
    }
    expect(types).toContain('@pattern ^[1-9]\\d{9}$');
    expect(types).toMatch(/@pattern \^\(\[1-9\]\\d\{3\}\).*\$\n\s+\* @format date\n\s+\*\/\n\s+dateStart: CalendarDate;/);
    expect(types).toMatch(/^import type \{ CalendarDate, CallerId, HourMinute \} from "\.\/patterns\.gen\.js";$/m);
    // The response's fields carry no pattern and stay strings.
    expect(types).toContain('callerId: string | null;');
  });

  describe('type-checked with the compiler API', () => {
    let errors: LineError[];
    const consumer: string[] = [];
    const soundness: string[] = [];
    const good: number[] = [];
    const bad: Array<{ line: number; property: string; value: string }> = [];

    beforeAll(() => {
      consumer.push('import type { components } from "./types.gen.js";', 'type Body = components["schemas"]["CreateCampaignRequest"];', `export const base: Body = ${BASE};`);
      soundness.push('import type { CalendarDate, CallerId, HourMinute } from "./patterns.gen.js";');
      context.patterns.patterns.forEach(({ name, source }, index) => {
        const properties = PROPERTY_OF[name]!;
        accepted(source, 60, 10 + index).forEach((value, k) => {
          consumer.push(`export const ok${consumer.length}: Body = { ...base, ${properties[k % properties.length]}: ${quote(value)} };`);
          good.push(consumer.length);
        });
        for (const value of accepted(source, 1000, 100 + index)) soundness.push(`export const s${soundness.length}: ${name} = ${quote(value)};`);
      });
      for (const [property, value] of BAD) {
        consumer.push(`export const bad${consumer.length}: Body = { ...base, ${property}: ${quote(value)} };`);
        bad.push({ line: consumer.length, property, value });
      }
      errors = typecheck('patterns-spec', {
        'types.gen.ts': types,
        'patterns.gen.ts': guards,
        'consumer.ts': consumer.join('\n') + '\n',
        'soundness.ts': soundness.join('\n') + '\n',
      }).errors;
    });

    it('compiles the generated files themselves', () => {
      expect(errors.filter((e) => e.file.endsWith('.gen.ts'))).toEqual([]);
    });

    it('accepts at least 50 regex-generated strings per pattern in a campaign literal', () => {
      expect(good.length).toBeGreaterThanOrEqual(50 * context.patterns.patterns.length);
      const failing = errorLines(errors, 'consumer.ts');
      expect(good.filter((line) => failing.has(line)).map((line) => consumer[line - 1])).toEqual([]);
    });

    it('rejects the bad literals, naming the pattern type', () => {
      const failing = errorLines(errors, 'consumer.ts');
      expect(bad.filter(({ line }) => !failing.has(line)).map(({ property, value }) => `${property}: ${value}`)).toEqual([]);
      const timeStart = errors.find((e) => e.line === bad[0]!.line)!;
      expect(timeStart.message).toContain('"25:00"');
      expect(timeStart.message).toBe(`Type '"25:00"' is not assignable to type 'HourMinute'. Did you mean '"02:00"'?`);
      const callerId = errors.find((e) => e.line === bad.find((b) => b.value === '+6013151002')!.line)!;
      expect(callerId.message).toBe(`Type '"+6013151002"' is not assignable to type 'CallerId'.`);
    });

    it('accepts 1,000 regex-generated strings per pattern (soundness)', () => {
      expect(soundness.length).toBeGreaterThanOrEqual(1 + 1000 * context.patterns.patterns.length);
      expect(errors.filter((e) => e.file === 'soundness.ts')).toEqual([]);
    });
  });
});

describe('campaign.test-d.ts', () => {
  it('type-checks with the repository settings: each @ts-expect-error line is an error', () => {
    const configFile = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
    const program = ts.createProgram([path.join(ROOT, 'test/patterns/campaign.test-d.ts')], { ...options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});
