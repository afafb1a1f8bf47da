/**
 * Conformance with the official JSON-Schema-Test-Suite: draft 2020-12 in OpenAPI 3.1 mode and
 * draft-04 in OpenAPI 3.0 mode. Every group is compiled; a group the emitter refuses is
 * excluded only when the refusal names a keyword or reference out of scope (the list below,
 * each with its reason), and every other group must pass all its cases, in first-issue mode,
 * all-issues mode and as a type guard; and on every case of every group the dedicated guard
 * (`guard<Name>`, which `is<Name>` returns and the checks' item loops try first) gives the
 * verdict of the check alone (compiled without item guards), formats asserted in both.
 *
 * The suite is third-party data kept outside the repository: it is read from
 * `JSON_SCHEMA_TEST_SUITE` or `../shared/json-schema-test-suite`, and without either the test
 * reports itself skipped with that hint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSchemaMap, type Dialect } from '../../generator/validators/index.js';
import { GeneratorError } from '../../generator/shared/errors.js';
import { SHARED_DIR } from '../helpers/paths.js';
import { importModule, importWithInternals, internalsOf, type Guard, type Validate } from './suite.js';

const SUITE_DIR = process.env.JSON_SCHEMA_TEST_SUITE ?? path.join(SHARED_DIR, 'json-schema-test-suite');
const HINT =
  'JSON-Schema-Test-Suite not found: set JSON_SCHEMA_TEST_SUITE to a checkout of ' +
  'https://github.com/json-schema-org/JSON-Schema-Test-Suite (or place one at ../shared/json-schema-test-suite)';

/** Every keyword of each draft: a refused keyword outside these is unknown to the draft. */
const VOCABULARY: Record<Dialect, Set<string>> = {
  'openapi-3.1': new Set(
    ('$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs prefixItems items contains ' +
      'additionalProperties properties patternProperties dependentSchemas propertyNames if then else allOf anyOf oneOf not ' +
      'unevaluatedItems unevaluatedProperties type const enum multipleOf maximum exclusiveMaximum minimum exclusiveMinimum ' +
      'maxLength minLength pattern maxItems minItems uniqueItems maxContains minContains maxProperties minProperties required ' +
      'dependentRequired format contentEncoding contentMediaType contentSchema title description default deprecated readOnly ' +
      'writeOnly examples').split(' '),
  ),
  'openapi-3.0': new Set(
    ('id $schema $ref title description default multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength ' +
      'minLength pattern additionalItems items maxItems minItems uniqueItems maxProperties minProperties required ' +
      'additionalProperties definitions properties patternProperties dependencies enum type format allOf anyOf oneOf not').split(' '),
  ),
};

/** Keywords of the draft that the emitter leaves out of scope, and why. */
const OUT_OF_SCOPE: Record<string, string> = {
  $id: '$id changes the base URI: out of scope (OpenAPI schemas are referenced by local pointers)',
  id: 'id (draft-04 $id) changes the base URI: out of scope',
  $anchor: '$anchor: out of scope (local JSON Pointers only)',
  $dynamicRef: 'dynamic references: out of scope',
  $dynamicAnchor: 'dynamic references: out of scope',
  $vocabulary: 'custom vocabularies: out of scope',
  $schema: "a $schema naming another dialect: a schema's dialect is its document's",
};

/**
 * Why a group may be left out, from the emitter's refusal; undefined when the refusal is not
 * allowed (then the group counts as failing, not as excluded).
 */
function exclusionReason(dialect: Dialect, message: string): string | undefined {
  if (/unsupported \$ref "(?!#)/.test(message)) return 'remote or relative $ref: local references only (the spec is bundled first)';
  if (/unsupported \$ref "#[^/"]/.test(message)) return 'plain-name fragment $ref ($anchor): out of scope (JSON Pointer fragments only)';
  if (/unsupported format "/.test(message)) return 'a format outside date, time, date-time, email, uri, uuid, ipv4, ipv6 and the OpenAPI number formats';
  if (/beside "\$ref" .*OpenAPI 3\.0 ignores/.test(message)) return 'OpenAPI 3.0 ignores the siblings of $ref: refused rather than dropped';
  const keyword = /^unsupported keyword "([^"]+)" at /.exec(message)?.[1];
  if (keyword === undefined) return undefined;
  if (keyword in OUT_OF_SCOPE) return OUT_OF_SCOPE[keyword];
  if (!VOCABULARY[dialect].has(keyword)) return 'a keyword unknown to the draft: refused rather than ignored (a constraint is never silently dropped)';
  return undefined;
}

interface Group {
  description: string;
  schema: unknown;
  tests: Array<{ description: string; data: unknown; valid: boolean }>;
}

interface Summary {
  groups: number;
  run: number;
  passed: number;
  excluded: Array<{ file: string; group: string; reason: string; message: string }>;
}

const SUITES: Array<{ folder: string; dialect: Dialect; formats: boolean; files?: string[] }> = [
  // 2020-12 makes `format` an annotation: its suite expects every format value to pass.
  { folder: 'draft2020-12', dialect: 'openapi-3.1', formats: false },
  // OpenAPI 3.0 asserts formats; the optional format tests check the ones implemented.
  { folder: 'draft4', dialect: 'openapi-3.0', formats: true },
  // The optional tests of what the validators promise: ECMAScript regexes with the u flag,
  // lengths in code points, big and overflowing numbers.
  {
    folder: 'draft2020-12/optional',
    dialect: 'openapi-3.1',
    formats: false,
    files: ['bignum.json', 'ecmascript-regex.json', 'float-overflow.json', 'non-bmp-regex.json'],
  },
  // The eight formats the validators assert (when `formats` is on).
  {
    folder: 'draft2020-12/optional/format',
    dialect: 'openapi-3.1',
    formats: true,
    files: ['date.json', 'date-time.json', 'email.json', 'ipv4.json', 'ipv6.json', 'time.json', 'uri.json', 'uuid.json'],
  },
  {
    folder: 'draft4/optional/format',
    dialect: 'openapi-3.0',
    formats: true,
    files: ['date-time.json', 'email.json', 'ipv4.json', 'ipv6.json', 'uri.json'],
  },
];

const summaries = new Map<string, Summary>();

if (!fs.existsSync(path.join(SUITE_DIR, 'tests'))) {
  describe('JSON-Schema-Test-Suite conformance', () => {
    it.skip(HINT, () => {});
  });
} else {
  for (const suite of SUITES) {
    const dir = path.join(SUITE_DIR, 'tests', suite.folder);
    const files = suite.files ?? fs.readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
    const summary: Summary = { groups: 0, run: 0, passed: 0, excluded: [] };
    summaries.set(suite.folder, summary);

    describe(`JSON-Schema-Test-Suite ${suite.folder} (${suite.dialect})`, () => {
      for (const file of files) {
        const groups = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Group[];
        const compiled: Array<{ group: Group; name: string }> = [];
        for (const [index, group] of groups.entries()) {
          summary.groups++;
          const name = `G${index}`;
          try {
            compileSchemaMap({ [name]: group.schema as boolean }, { dialect: suite.dialect });
            compiled.push({ group, name });
          } catch (error) {
            if (!(error instanceof GeneratorError)) throw error;
            const reason = exclusionReason(suite.dialect, error.message);
            if (reason) summary.excluded.push({ file, group: group.description, reason, message: error.message });
            // A refusal without an allowed reason is a failing group, not an exclusion.
            else compiled.push({ group, name: `!${error.message}` });
          }
        }
        if (compiled.length === 0) continue;

        describe(file, () => {
          let module: Awaited<ReturnType<typeof importModule>> = {};
          const schemas = Object.fromEntries(compiled.filter(({ name }) => !name.startsWith('!')).map(({ group, name }) => [name, group.schema as boolean]));
          it.each(compiled.map(({ group, name }) => [group.description, name, group] as const))('%s', async (_, name, group) => {
            if (Object.keys(module).length === 0) module = await importWithInternals((itemGuards) => compileSchemaMap(schemas, { dialect: suite.dialect, itemGuards }).source);
            summary.run++;
            expect(name.startsWith('!') ? name.slice(1) : '', 'the emitter refused the schema').toBe('');
            const validate = module[`validate${name}`] as Validate;
            const guard = module[`is${name}`] as Guard;
            const internals = internalsOf(module, name);
            const failures: string[] = [];
            for (const test of group.tests) {
              const first = validate(test.data, { formats: suite.formats });
              const all = validate(test.data, { formats: suite.formats, allErrors: true });
              const guarded = guard(test.data);
              if (first.ok !== test.valid) failures.push(`${test.description}: first-issue mode says ${first.ok ? 'valid' : 'invalid'}`);
              if (all.ok !== test.valid) failures.push(`${test.description}: all-issues mode says ${all.ok ? 'valid' : 'invalid'}`);
              // The guard asserts formats: it agrees with the suite wherever formats do not decide.
              if (suite.formats && guarded !== test.valid) failures.push(`${test.description}: the guard says ${guarded ? 'valid' : 'invalid'}`);
              if (!first.ok && first.issues.length !== 1) failures.push(`${test.description}: first-issue mode returned ${first.issues.length} issues`);
              // Formats asserted: the dedicated guard, is<Name> and validate (whose item loops try
              // the items' guards) give the verdict of the check alone.
              const checked = internals.check(test.data);
              const verdicts = {
                'the dedicated guard': internals.guard(test.data),
                'is<Name>': guarded,
                'validate with formats': validate(test.data).ok,
                'validate with formats, all issues': validate(test.data, { allErrors: true }).ok,
              };
              for (const [what, verdict] of Object.entries(verdicts)) {
                if (verdict !== checked) failures.push(`${test.description}: ${what} says ${verdict ? 'valid' : 'invalid'}, the check ${checked ? 'valid' : 'invalid'}`);
              }
            }
            expect(failures).toEqual([]);
            summary.passed++;
          });
        });
      }
    });
  }

  describe('JSON-Schema-Test-Suite exclusions', () => {
    // A floor under the groups run, a little below today's counts: an emitter that starts
    // refusing more (and so excluding more) fails here instead of passing with fewer groups.
    it('runs at least as many groups as it did when the exclusions were reviewed', () => {
      const run = (folder: string): number => summaries.get(folder)!.groups - summaries.get(folder)!.excluded.length;
      expect(run('draft2020-12')).toBeGreaterThanOrEqual(310);
      expect(run('draft4')).toBeGreaterThanOrEqual(140);
      expect(run('draft4/optional/format')).toBe(5);
      expect(run('draft2020-12/optional')).toBe(30);
      expect(run('draft2020-12/optional/format')).toBe(8);
    });

    // unevaluatedProperties and unevaluatedItems are compiled: of their groups only those with
    // a $dynamicRef (and the $id it needs) are left out.
    it('runs every group of unevaluatedProperties.json and unevaluatedItems.json but the $dynamicRef ones', () => {
      const excluded = summaries.get('draft2020-12')!.excluded.filter(({ file }) => file.startsWith('unevaluated'));
      expect(excluded.map(({ file, group }) => `${file}: ${group}`).sort()).toEqual([
        'unevaluatedItems.json: unevaluatedItems with $dynamicRef',
        'unevaluatedProperties.json: unevaluatedProperties with $dynamicRef',
      ]);
    });
  });

  afterAll(() => {
    const lines = ['', 'JSON-Schema-Test-Suite conformance:'];
    for (const [folder, summary] of summaries) {
      lines.push(`  ${folder}: ${summary.groups} groups, ${summary.run} run, ${summary.passed} passed, ${summary.excluded.length} excluded`);
      const byReason = new Map<string, string[]>();
      for (const exclusion of summary.excluded) byReason.set(exclusion.reason, [...(byReason.get(exclusion.reason) ?? []), `${exclusion.file}: ${exclusion.group}`]);
      for (const [reason, groups] of byReason) {
        lines.push(`    excluded (${groups.length}), ${reason}:`);
        for (const group of groups) lines.push(`      - ${group}`);
      }
    }
    console.log(lines.join('\n'));
  });
}
