/**
 * `npm run bench -- validators`: the generated `validateCreateCampaignRequest` beside Ajv
 * (compiled, 2020-12 with ajv-formats), TypeBox's TypeCompiler, zod 4 and valibot, on the
 * payloads of issue 3, in first-issue mode and in all-issues mode (ours `allErrors` against
 * Ajv `allErrors`, zod, and valibot without `abortEarly`). Before timing, every validator's
 * verdict on every payload is checked, so a validator that skips a constraint cannot win.
 * Also measures the min+gzip size the validators add to a bundle. Writes bench/validators.md.
 *
 * Targets (issue 3): the fastest on every payload; at least 1.3x Ajv on the 3-number body and
 * 1.0x on the large ones; all-issues mode at least as fast as Ajv allErrors; at most 1.5 kB
 * min+gzip for all the validators of the spec.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transformSync } from 'esbuild';
import { Bench } from 'tinybench';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FormatRegistry, Type, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { z } from 'zod';
import * as v from 'valibot';
import YAML from 'yaml';
import { collectPatterns } from '../../generator/patterns/registry.js';
import { quote } from '../../generator/shared/codegen.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';
import type { GenerationContext } from '../../generator/shared/stage.js';
import { emitValidators } from '../../generator/validators/index.js';
import { machineDescription, median } from './_measure.js';

const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 400);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OUT = path.join('bench', 'validators.md');
const SCRATCH = path.join('.tmp', 'bench-validators');
const SIZE_BUDGET = 1536;

type Check = (value: unknown) => boolean;

// --- The generated module, as the pipeline writes it (patterns from the pattern module) -----

const document = YAML.parse(fs.readFileSync('spec/openapi.yaml', 'utf8')) as OpenApiDocument;
const registry = collectPatterns(document);
const context = { document, patterns: registry, header: '', specPath: 'spec/openapi.yaml', command: 'npm run generate', report: [] } as unknown as GenerationContext;
const generated = emitValidators(context).files[0]!.contents;
// The pattern stage's contract: one `<Name>Pattern` RegExp per pattern, `u` flag.
const patternModule = registry.patterns.map((pattern) => `export const ${pattern.name}Pattern = new RegExp(${quote(pattern.source)}, "u");`).join('\n');
fs.mkdirSync(SCRATCH, { recursive: true });
fs.writeFileSync(path.join(SCRATCH, 'validators.gen.ts'), generated);
fs.writeFileSync(path.join(SCRATCH, 'patterns.gen.ts'), patternModule);
for (const name of ['validators.gen', 'patterns.gen']) {
  const { code } = transformSync(fs.readFileSync(path.join(SCRATCH, `${name}.ts`), 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
  fs.writeFileSync(path.join(SCRATCH, `${name}.js`), code);
}
type Result = { ok: boolean };
const ours = (await import(pathToFileURL(path.resolve(SCRATCH, 'validators.gen.js')).href)) as {
  validateCreateCampaignRequest: (value: unknown, options?: { allErrors?: boolean; warnings?: boolean }) => Result;
  isCreateCampaignRequest: Check;
};

// --- The others, from the same schema ----------------------------------------------------------

const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
function ajvFor(allErrors: boolean): Check {
  const ajv = new Ajv2020({ strict: false, allErrors });
  addFormats(ajv);
  ajv.addSchema(document as object, 'spec');
  return ajv.compile({ $ref: 'spec#/components/schemas/CreateCampaignRequest' });
}

const CALENDAR_DATE = /^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\d|3[0-1])$/u;
// The spec's dates are also `format: date` (a real calendar day: no 30 February), which Ajv
// asserts with ajv-formats; the others get the same function, so that every contender checks
// the same things.
const isCalendarDay = (createRequire(import.meta.url)('ajv-formats/dist/formats') as { fullFormats: { date: { validate: (text: string) => boolean } } }).fullFormats.date.validate;
FormatRegistry.Set('date', isCalendarDay);
const HOUR_MINUTE = /^([01]\d|2[0-3]):([0-5]\d)$/u;
const CALLER_ID = /^[1-9]\d{9}$/u;

function typeboxCheck(): Check {
  const date = Type.String({ pattern: CALENDAR_DATE.source, format: 'date' });
  const time = Type.String({ pattern: HOUR_MINUTE.source });
  const destination = Type.Object({ id: Type.Number(), type: Type.String() });
  const optionalString = Type.Optional(Type.String());
  const number = Type.Object({
    number: Type.String(), description: optionalString, field1: optionalString, field2: optionalString, field3: optionalString,
    field4: optionalString, field5: optionalString, field6: optionalString, field7: optionalString, field8: optionalString,
    field9: optionalString, disposition: optionalString,
  });
  const schema: TSchema = Type.Object({
    tenantId: Type.Number({ exclusiveMinimum: 0 }), name: Type.String({ minLength: 3 }), tech: Type.Literal('VOICE'),
    dateStart: date, timeStart: time, dateEnd: date, timeEnd: time, callerId: Type.String({ pattern: CALLER_ID.source }),
    recording: Type.Literal('yes'), numbers: Type.Array(number), destinations: Type.Array(destination), timezone: Type.String(),
    callFrequency: Type.Number({ exclusiveMinimum: 9 }), matchDestinations: Type.Array(destination), notMatchDestinations: Type.Array(destination),
    enableVMDetect: Type.Union([Type.Literal('1'), Type.Literal('0')]), callHoursStart: time, callHoursEnd: time,
    state: Type.Optional(Type.Union([Type.Literal('READY'), Type.Literal('PAUSED')])), message: optionalString,
  });
  const compiled = TypeCompiler.Compile(schema);
  return (value) => compiled.Check(value);
}

function zodSchema() {
  const date = z.string().regex(CALENDAR_DATE).refine(isCalendarDay);
  const time = z.string().regex(HOUR_MINUTE);
  const destination = z.looseObject({ id: z.number(), type: z.string() });
  const optionalString = z.string().optional();
  const number = z.looseObject({
    number: z.string(), description: optionalString, field1: optionalString, field2: optionalString, field3: optionalString,
    field4: optionalString, field5: optionalString, field6: optionalString, field7: optionalString, field8: optionalString,
    field9: optionalString, disposition: optionalString,
  });
  return z.looseObject({
    tenantId: z.number().gt(0), name: z.string().min(3), tech: z.literal('VOICE'), dateStart: date, timeStart: time, dateEnd: date,
    timeEnd: time, callerId: z.string().regex(CALLER_ID), recording: z.literal('yes'), numbers: z.array(number),
    destinations: z.array(destination), timezone: z.string(), callFrequency: z.number().gt(9), matchDestinations: z.array(destination),
    notMatchDestinations: z.array(destination), enableVMDetect: z.enum(['1', '0']), callHoursStart: time, callHoursEnd: time,
    state: z.enum(['READY', 'PAUSED']).optional(), message: optionalString,
  });
}

function valibotSchema() {
  const date = v.pipe(v.string(), v.regex(CALENDAR_DATE), v.check(isCalendarDay));
  const time = v.pipe(v.string(), v.regex(HOUR_MINUTE));
  const destination = v.looseObject({ id: v.number(), type: v.string() });
  const optionalString = v.optional(v.string());
  const number = v.looseObject({
    number: v.string(), description: optionalString, field1: optionalString, field2: optionalString, field3: optionalString,
    field4: optionalString, field5: optionalString, field6: optionalString, field7: optionalString, field8: optionalString,
    field9: optionalString, disposition: optionalString,
  });
  return v.looseObject({
    tenantId: v.pipe(v.number(), v.gtValue(0)), name: v.pipe(v.string(), v.minLength(3)), tech: v.literal('VOICE'), dateStart: date,
    timeStart: time, dateEnd: date, timeEnd: time, callerId: v.pipe(v.string(), v.regex(CALLER_ID)), recording: v.literal('yes'),
    numbers: v.array(number), destinations: v.array(destination), timezone: v.string(), callFrequency: v.pipe(v.number(), v.gtValue(9)),
    matchDestinations: v.array(destination), notMatchDestinations: v.array(destination), enableVMDetect: v.picklist(['1', '0']),
    callHoursStart: time, callHoursEnd: time, state: v.optional(v.picklist(['READY', 'PAUSED'])), message: optionalString,
  });
}

// --- Payloads (issue 3) -------------------------------------------------------------------------

function body(numbers: number): Record<string, unknown> {
  return {
    tenantId: 1042, name: 'Dental appointment reminders', tech: 'VOICE', dateStart: '2027-03-01', timeStart: '09:00',
    dateEnd: '2027-03-31', timeEnd: '17:30', callerId: '6013151002', recording: 'yes',
    numbers: Array.from({ length: numbers }, (_, index) => ({
      number: String(6015550000 + index), description: `Patient ${index}`, field1: 'Appointment 2027-03-04 10:30', field2: 'Dr. Patel',
    })),
    destinations: [{ id: 301, type: 'EXT' }], timezone: 'America/Chicago', callFrequency: 30, matchDestinations: [],
    notMatchDestinations: [], enableVMDetect: '0', callHoursStart: '13:00', callHoursEnd: '17:00', state: 'READY',
    message: 'Reminder of your appointment',
  };
}

const deepWrong = body(1000);
(deepWrong.numbers as Array<Record<string, unknown>>)[777]!.field3 = 5;
const { timezone: _timezone, ...missingTimezone } = body(3);

const PAYLOADS: Array<{ name: string; value: unknown; valid: boolean }> = [
  { name: 'valid, 3 numbers', value: body(3), valid: true },
  // An alias Intl knows only through its zone: asked of Intl once, then known (70 µs a check before).
  { name: 'valid, 3 numbers, timezone "UTC"', value: { ...body(3), timezone: 'UTC' }, valid: true },
  { name: 'valid, 1,000 numbers', value: body(1000), valid: true },
  { name: 'valid, 100,000 numbers', value: body(100_000), valid: true },
  { name: 'bad callerId', value: { ...body(3), callerId: '0123456789' }, valid: false },
  { name: 'month-13 date', value: { ...body(3), dateStart: '2027-13-01' }, valid: false },
  { name: 'callFrequency 9', value: { ...body(3), callFrequency: 9 }, valid: false },
  { name: 'missing timezone', value: missingTimezone, valid: false },
  { name: 'wrong field at /numbers/777/field3 of 1,000', value: deepWrong, valid: false },
];

// --- Contenders ------------------------------------------------------------------------------------

const zodCreate = zodSchema();
const valibotCreate = valibotSchema();
// Like with like: the spec's `x-warn` rules (a duplicate-number scan and a shape test per
// number, reported as warnings) have no counterpart in the others, so the targets use our
// validator with `warnings: false`; the default, with warnings, is measured beside it. The
// campaign checks that are errors (time zone, date order) stay on in every run of ours.
const NO_WARNINGS = { warnings: false } as const;
const ALL_NO_WARNINGS = { allErrors: true, warnings: false } as const;
const ALL_ISSUES = { allErrors: true } as const;
const FIRST: Record<string, Check> = {
  'generated (first issue)': (value) => ours.validateCreateCampaignRequest(value, NO_WARNINGS).ok,
  'generated with warnings': (value) => ours.validateCreateCampaignRequest(value).ok,
  'generated isCreateCampaignRequest': (value) => ours.isCreateCampaignRequest(value),
  'Ajv (compiled)': ajvFor(false),
  'TypeBox TypeCompiler': typeboxCheck(),
  'zod 4 safeParse': (value) => zodCreate.safeParse(value).success,
  'valibot safeParse (abortEarly)': (value) => v.safeParse(valibotCreate, value, { abortEarly: true }).success,
};
const ALL: Record<string, Check> = {
  'generated (allErrors)': (value) => ours.validateCreateCampaignRequest(value, ALL_NO_WARNINGS).ok,
  'generated allErrors with warnings': (value) => ours.validateCreateCampaignRequest(value, ALL_ISSUES).ok,
  'Ajv (compiled, allErrors)': ajvFor(true),
  'zod 4 safeParse': (value) => zodCreate.safeParse(value).success,
  'valibot safeParse': (value) => v.safeParse(valibotCreate, value).success,
};

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

interface Row {
  payload: string;
  results: Array<{ name: string; hz: number; spread: number }>;
}

/**
 * Ops/s per contender per payload: the median of ROUNDS tinybench runs, each with the
 * contenders in a rotated order, so that noise from other work on the machine and the order
 * of tasks hit every contender alike, each task after a garbage collection.
 */
async function measure(checks: Record<string, Check>, reference: string, payloads = PAYLOADS): Promise<Row[]> {
  const rows: Row[] = [];
  const names = Object.keys(checks);
  for (const payload of payloads) {
    const samples = new Map<string, number[]>(names.map((name) => [name, []]));
    let sink = 0;
    const batch = batchSize(checks[reference]!, payload.value);
    const batchRunners = new Map(names.map((name) => [name, batchRunner()]));
    for (let round = 0; round < ROUNDS; round++) {
      const bench = new Bench({ time: payload.name.includes('100,000') ? TIME_MS * 3 : TIME_MS, warmupTime: 100 });
      const order = names.map((_, index) => names[(index + round) % names.length]!);
      // Each task starts on a collected heap: the garbage of the one before (zod's and valibot's
      // allocations) is not collected on its time. (Under `npm run bench`, which exposes gc.)
      for (const name of order) {
        const runBatch = batchRunners.get(name)!;
        const check = checks[name]!;
        const value = payload.value;
        bench.add(name, () => {
          sink += runBatch(check, value, batch);
        }, { beforeAll: collectGarbage });
      }
      await bench.run();
      for (const task of bench.tasks) samples.get(task.name)!.push((task.result as unknown as { throughput: { mean: number } }).throughput.mean * batch);
    }
    if (sink < 0) console.log(sink);
    const results = names.map((name) => ({ name, hz: median(samples.get(name)!), spread: spread(samples.get(name)!) }));
    rows.push({ payload: payload.name, results });
    const base = results.find((result) => result.name === reference)!.hz;
    console.log(`${payload.name}: ${results.map((result) => `${result.name} ${format(result.hz)} ops/s (${(result.hz / base).toFixed(2)}x)`).join(' | ')}`);
  }
  return rows;
}

/**
 * How many checks one timed iteration runs: enough for the reference to take about 10 µs.
 * tinybench reads the clock around every iteration, which costs about 50 ns on this machine,
 * as much as a guard that refuses a month 13: timed one by one, the fast checks would all
 * measure near that floor and their differences would shrink into the noise.
 */
function batchSize(check: Check, value: unknown): number {
  let runs = 0;
  const started = performance.now();
  while (performance.now() - started < 50) {
    for (let i = 0; i < 10; i++) check(value);
    runs += 10;
  }
  const nsPerCheck = ((performance.now() - started) * 1e6) / runs;
  return Math.min(1000, Math.max(1, Math.ceil(10_000 / nsPerCheck)));
}

type BatchRunner = (check: Check, value: unknown, batch: number) => number;

/**
 * A loop calling one contender `batch` times, compiled on its own for each contender: V8 shares
 * the type feedback of every closure made from one function literal, so a loop written once
 * would call all seven contenders from one call site, which cannot inline any of them, and add
 * that call's cost to each. (The benchmark's own harness; nothing generated uses eval.)
 */
function batchRunner(): BatchRunner {
  return new Function('check', 'value', 'batch', 'let valid = 0;\nfor (let i = 0; i < batch; i++) if (check(value)) valid++;\nreturn valid;') as BatchRunner;
}

/** (max - min) / median of a task's rounds: how noisy its figure is. */
function spread(values: number[]): number {
  return (Math.max(...values) - Math.min(...values)) / median(values);
}

function format(hz: number): string {
  return hz >= 100 ? Math.round(hz).toLocaleString('en-US') : hz.toFixed(1);
}

function table(rows: Row[], reference: string): string {
  const names = rows[0]!.results.map((result) => result.name);
  const lines = [`| payload | ${names.join(' | ')} |`, `|${' --- |'.repeat(names.length + 1)}`];
  for (const row of rows) {
    const base = row.results.find((result) => result.name === reference)!.hz;
    const fastest = Math.max(...row.results.map((result) => result.hz));
    const cells = row.results.map((result) => {
      const text = `${format(result.hz)} (${(result.hz / base).toFixed(2)}x)`;
      return result.hz === fastest ? `**${text}**` : text;
    });
    lines.push(`| ${row.payload} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

// --- Size: what the validators add to a bundle ----------------------------------------------------

async function bundleSize(entry: string): Promise<{ minified: number; gzip: number }> {
  const file = path.join(SCRATCH, `entry-${Math.abs(hash(entry))}.ts`);
  fs.writeFileSync(file, entry);
  const result = await build({ entryPoints: [file], bundle: true, minify: true, format: 'esm', write: false, target: 'es2020', logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) | 0;
  return value;
}

// --- The month-13 date in a fresh process ------------------------------------------------------

const FRESH_VARIABLE = 'BENCH_VALIDATORS_FRESH';
const MONTH_13 = PAYLOADS.filter((payload) => payload.name === 'month-13 date');
const FRESH_CONTENDERS = ['generated (first issue)', 'Ajv (compiled)'];
if (process.env[FRESH_VARIABLE] === '1') {
  // The child: nothing but the month-13 date has gone through either validator.
  const [row] = await measure(Object.fromEntries(FRESH_CONTENDERS.map((name) => [name, FIRST[name]!])), 'Ajv (compiled)', MONTH_13);
  process.stdout.write(`${JSON.stringify(row)}\n`);
  process.exit(0);
}

/**
 * The same row, measured in a process where the month-13 date is the only body either
 * validator has seen: what the other bodies of this run cost each of them.
 */
function measureFresh(): Row {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, [FRESH_VARIABLE]: '1' },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`the fresh-process run failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Row;
}

// Checked, not timed: every contender knows the calendar (format: date).
const VERIFIED_ONLY = [{ name: '30 February', value: { ...body(3), dateEnd: '2027-02-30' }, valid: false }];
for (const payload of [...PAYLOADS, ...VERIFIED_ONLY]) {
  for (const [name, check] of Object.entries({ ...FIRST, ...ALL })) {
    if (check(payload.value) !== payload.valid) throw new Error(`${name} says ${payload.valid ? 'invalid' : 'valid'} on "${payload.name}"`);
  }
}

console.log(`machine: ${machineDescription()}`);
const freshRow = measureFresh();
const firstRows = await measure(FIRST, 'Ajv (compiled)');
const allRows = await measure(ALL, 'Ajv (compiled, allErrors)');
const exportsAll = (generated.match(/^export function (\w+)/gm) ?? []).map((line) => line.replace('export function ', ''));
const sizes = {
  all: await bundleSize(`export { ${exportsAll.join(', ')} } from "./validators.gen.ts";`),
  request: await bundleSize('export { validateCreateCampaignRequest } from "./validators.gen.ts";'),
  client: await bundleSize('export { validateCreateCampaignRequest, validateCreateCampaignResponse } from "./validators.gen.ts";'),
};
console.log(`size: all ${sizes.all.gzip} B, request only ${sizes.request.gzip} B, request+response ${sizes.client.gzip} B min+gzip`);

// --- Report -------------------------------------------------------------------------------------------

const ratio = (rows: Row[], payload: string, name: string, reference: string): number => {
  const row = rows.find((candidate) => candidate.payload === payload)!;
  return row.results.find((result) => result.name === name)!.hz / row.results.find((result) => result.name === reference)!.hz;
};
const generatedFirst = 'generated (first issue)';
const spreads = [...firstRows, ...allRows].flatMap((row) => row.results.map((result) => result.spread));
const percent = (value: number): string => `${Math.round(value * 100)}%`;
const hzOf = (row: Row, name: string): number => row.results.find((result) => result.name === name)!.hz;
// Like with like: TypeBox's Check returns a boolean (as our guard does); Ajv, zod and valibot
// return errors (as `validate` does).
const withIssues = ['Ajv (compiled)', 'zod 4 safeParse', 'valibot safeParse (abortEarly)'];
const slowerThan = (name: string, others: string[]): string[] =>
  firstRows.filter((row) => others.some((other) => hzOf(row, other) > hzOf(row, name))).map((row) => row.payload);
const validateBehind = slowerThan(generatedFirst, withIssues);
const guardBehind = slowerThan('generated isCreateCampaignRequest', ['TypeBox TypeCompiler', ...withIssues]);
const allBehind = allRows
  .filter((row) => ['Ajv (compiled, allErrors)', 'zod 4 safeParse', 'valibot safeParse'].some((other) => hzOf(row, other) > hzOf(row, 'generated (allErrors)')))
  .map((row) => row.payload);
const targets = [
  [
    'fastest on every payload: `validate` against those returning errors (Ajv, zod, valibot)',
    validateBehind.length ? `behind on: ${validateBehind.join('; ')}` : 'met',
  ],
  [
    'fastest on every payload: the `is` guard against all, TypeBox Check included (both boolean)',
    guardBehind.length ? `behind on: ${guardBehind.join('; ')}` : 'met',
  ],
  ['>= 1.3x Ajv on the 3-number body', `${ratio(firstRows, 'valid, 3 numbers', generatedFirst, 'Ajv (compiled)').toFixed(2)}x`],
  ['>= 1.0x Ajv on 1,000 numbers', `${ratio(firstRows, 'valid, 1,000 numbers', generatedFirst, 'Ajv (compiled)').toFixed(2)}x`],
  ['>= 1.0x Ajv on 100,000 numbers', `${ratio(firstRows, 'valid, 100,000 numbers', generatedFirst, 'Ajv (compiled)').toFixed(2)}x`],
  ['fastest on every payload: all-issues mode against Ajv allErrors, zod, valibot', allBehind.length ? `behind on: ${allBehind.join('; ')}` : 'met'],
  [
    'all-issues mode >= Ajv allErrors (lowest ratio over the payloads)',
    `${Math.min(...PAYLOADS.map((payload) => ratio(allRows, payload.name, 'generated (allErrors)', 'Ajv (compiled, allErrors)'))).toFixed(2)}x`,
  ],
  [`<= 1.5 kB min+gzip for all the validators`, `${sizes.all.gzip} B (${sizes.all.gzip <= SIZE_BUDGET ? 'met' : 'not met'})`],
];

const markdown = `# Validators benchmark

Written by \`npm run bench -- validators\` (scripts/bench/validators.ts); regenerate it with that
command. Figures are operations per second, the median of ${ROUNDS} rounds (each a tinybench run of
${TIME_MS} ms a task, three times that for 100,000 numbers, tasks in a rotated order, each after
a garbage collection; each timed iteration runs as many checks as take Ajv about 10 µs, in a
loop compiled for that contender alone, so that tinybench's reading of the clock, about 50 ns an
iteration, and a call site shared by every contender do not hide the differences${(globalThis as { gc?: unknown }).gc ? '' : ' (not in this run: node was started without --expose-gc)'}), and the ratio
to Ajv. The fastest in a row is in bold. Spread between the rounds of one figure ((max - min) / median): median ${percent(median(spreads))},
largest ${percent(Math.max(...spreads))}; the machine was shared with other work, so read small
differences as noise.

- Machine: ${machineDescription()}
- Command: \`npm run bench -- validators\`
- Validators: the generated \`validateCreateCampaignRequest\` (emitted from spec/openapi.yaml now,
  patterns from a pattern module of the stage's contract), Ajv ${createRequire(import.meta.url)('ajv/package.json').version}
  (\`Ajv2020\` compiled, ajv-formats), TypeBox TypeCompiler, zod 4 (\`looseObject\`), valibot 1
  (\`looseObject\`); the same JSON Schema constraints in each, the calendar check of
  \`format: date\` included (ajv-formats' function, given to TypeBox's FormatRegistry, zod's
  \`refine\` and valibot's \`check\`); every verdict is checked before timing, and a 30 February
  must be refused by each.
- Like with like: "generated (first issue)" and "generated (allErrors)" run with
  \`{ warnings: false }\`, because the spec's \`x-warn\` rules (warnings, never errors: a
  duplicate-number scan over the whole list and a shape test per number) have no counterpart in
  the others; the targets use those columns. The columns "with warnings" are the default mode
  (the client's), measured in the same run. Our campaign checks that are errors (an IANA time
  zone, dateEnd not before dateStart, crossed hours) run in every column of ours and in none of
  the others.

## Targets (issue 3)

| target | measured |
| --- | --- |
${targets.map(([target, measured]) => `| ${target} | ${measured} |`).join('\n')}

## First issue (the client's mode)

${table(firstRows, 'Ajv (compiled)')}

### The month-13 date in a fresh process

Every row above is measured in one process, one payload after the other, as in an application
that validates bodies of every kind. This row is measured in a process of its own (the same
script, \`${FRESH_VARIABLE}=1\`), where the month-13 date is the only body either validator has seen:

${table([{ ...freshRow, payload: 'month-13 date, fresh process' }, { ...firstRows.find((row) => row.payload === 'month-13 date')!, results: firstRows.find((row) => row.payload === 'month-13 date')!.results.filter((result) => FRESH_CONTENDERS.includes(result.name)), payload: 'month-13 date, after the other payloads (above)' }], 'Ajv (compiled)')}

## All issues

${table(allRows, 'Ajv (compiled, allErrors)')}

## Size (esbuild, minified, gzip -9)

| what is imported | minified | min+gzip |
| --- | --- | --- |
| every validator of the spec (${exportsAll.length} functions) | ${sizes.all.minified} B | ${sizes.all.gzip} B |
| \`validateCreateCampaignRequest\` and \`validateCreateCampaignResponse\` (the client) | ${sizes.client.minified} B | ${sizes.client.gzip} B |
| \`validateCreateCampaignRequest\` alone | ${sizes.request.minified} B | ${sizes.request.gzip} B |

The pattern RegExps (imported from the pattern module) are included in each figure.

## Reading

- On the valid 1,000- and 100,000-number bodies every contender is near the same figure: the
  time goes to loading each item and its strings from memory, which each of them does once;
  differences of a few percent there change from run to run (see the spread above).
- The warnings columns show what the spec's \`x-warn\` rules cost: the duplicate scan keeps a
  Set of every number (about 50 ns an item) and each number is tested against the callerId
  shape. They are on by default because the client passes them to \`onWarning\`.
- TypeBox's \`Check\` and our \`is\` guard return a boolean only; Ajv, zod, valibot and our
  \`validate\` build their errors, which is the cost on the invalid payloads.
- The month-13 row: the other bodies cost our \`validate\` more than Ajv's (the fresh-process
  table). V8 optimises our one check function for every path it has seen, and its error path
  (the \`property\` and \`report\` calls that build the issue) gets slower; Ajv's error code is
  inline in its function.
`;
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, markdown);
console.log(`wrote ${OUT}`);
