/**
 * The regex -> template-literal translator on many regexes: which are exact, how many members,
 * and, by sampling, that every accepted string compiles (soundness) and, for exact types, that
 * every rejected string does not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quote } from '../../generator/shared/codegen.js';
import { patternToType } from '../../generator/patterns/regex-to-type.js';
import { errorLines, typecheck } from './typecheck.js';

interface Case {
  exact: boolean;
  members?: number;
  /** The printed type, when the exact text matters. */
  type?: string;
  /** A regex to sample from where fast-check cannot sample the case's own (lookarounds, \b, backreferences). */
  sampleFrom?: string;
}

const CASES: Array<[string, Case]> = [
  ['^([01]\\d|2[0-3]):([0-5]\\d)$', { exact: true, members: 1440 }],
  ['^([1-9]\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[1-2]\\d|3[0-1])$', { exact: false, members: 372 }],
  ['^[1-9]\\d{9}$', { exact: false, members: 9, type: '`${"1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9"}${number}`' }],
  ['^abc$', { exact: true, members: 1, type: '"abc"' }],
  ['abc', { exact: true, members: 1, type: '`${string}abc${string}`' }],
  ['^a|b$', { exact: true, members: 2, type: '`a${string}` | `${string}b`' }],
  ['^(yes|no)$', { exact: true, members: 2, type: '"yes" | "no"' }],
  ['^[A-Z]{2}$', { exact: true, members: 676 }],
  ['^[A-Z]{3}$', { exact: false }],
  ['^\\d{4}$', { exact: true, members: 10000 }],
  ['^\\d{5}$', { exact: false, members: 1, type: '`${number}`' }],
  ['^\\d+$', { exact: false, members: 10 }],
  ['^[a-z]+(-[a-z]+)*$', { exact: false }],
  ['^.*$', { exact: false, type: 'string' }],
  ['^(?=a)\\w+$', { exact: false, sampleFrom: '^a\\w*$' }],
  ['^(a)\\1$', { exact: false, sampleFrom: '^aa$' }],
  ['^\\p{L}+$', { exact: false }],
  ['^[^0-9]$', { exact: false }],
  ['^$', { exact: true, members: 1, type: '""' }],
  ['', { exact: true, type: 'string', sampleFrom: '^.*$' }],
  ['^x?$', { exact: true, members: 2 }],
  ['^\\d{1,3}$', { exact: true, members: 1110 }],
  ['^(\\d{3})-(\\d{4})$', { exact: false, members: 100 }],
  ['^a`b\\$c\\{\\}$', { exact: true, members: 1 }],
  ['^\\$\\{[ab]\\}`$', { exact: true, members: 2 }],
  ['^[a-c]{2}\\d*$', { exact: false }],
  ['^(0|[1-9]\\d*)$', { exact: false }],
  ['^\\d+(\\.\\d+)?$', { exact: false }],
  ['^[\\u{1F600}-\\u{1F602}]$', { exact: true, members: 3 }],
  ['^\\s$', { exact: false }],
  ['^(ab|a)(bc|c)?$', { exact: true }],
  ['^(\\d{2}){3}$', { exact: false }],
  ['^.{2,200}$', { exact: false }],
  ['^[0-9]{3}[a-z]$', { exact: false }],
  ['^\\d{3}\\d{3}$', { exact: false }],
  ['^\\d{20}x\\d{20}$', { exact: false, type: '`${number}x${number}`' }],
  ['^\\d{400}$', { exact: false, type: 'string' }],
  ['\\d', { exact: true }],
  ['^\\d{2}\\d*7$', { exact: false }],
  ['^[0-9]+[0-9]$', { exact: false }],
  ['^(\\d+|x)-\\d{3,5}$', { exact: false }],
  ['^\\bfoo\\b$', { exact: false, sampleFrom: '^foo$' }],
  ['^a*/b$', { exact: false }],
  ['^[\\w.-]+@[\\w-]+\\.[a-z]{2,}$', { exact: false }],
  ['^(?:\\+?1[-. ]?)?\\(?\\d{3}\\)?[-. ]?\\d{3}[-. ]?\\d{4}$', { exact: false }],
  ['^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$', { exact: false }],
  ['^(true|false|1|0)$', { exact: true, members: 4 }],
  ['^v\\d\\.\\d$', { exact: true, members: 100 }],
  // \w includes "_"; \D and \W are everything but, typed as string.
  ['^\\w$', { exact: true, members: 63 }],
  ['^\\D$', { exact: false, type: 'string' }],
  ['^\\W\\d$', { exact: false }],
  // A digit right after a ${number} placeholder would be read into it: the cut needs a non-digit.
  ['^\\d{20}1\\d{20}$', { exact: false, type: '`${string}1${string}`' }],
  // Past 32 digits a number placeholder would be written in exponent form: a hole.
  ['^\\d{33,400}$', { exact: false, type: 'string' }],
];

/** Strings that match: from the regex itself (fast-check), and near misses to check exactness. */
function samples(source: string, index: number, sampleFrom = source): { accepted: string[]; others: string[] } {
  const regex = new RegExp(source, 'u');
  const generated = fc.sample(fc.stringMatching(new RegExp(sampleFrom, 'u')), { numRuns: 60, seed: 1000 + index });
  const accepted = [...new Set(generated)].filter((s) => regex.test(s));
  const alphabet = [...new Set([...source.replace(/\\[dDwWsSbBpPu]/g, ''), '0', '1', '5', '9', 'a', 'x', '-', ':'])];
  const near = fc.sample(
    fc.oneof(
      fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 8 }),
      // One character of an accepted string changed, removed or added.
      fc.tuple(fc.constantFrom(...(accepted.length ? accepted : [''])), fc.nat(), fc.constantFrom(...alphabet), fc.constantFrom(0, 1, 2)).map(
        ([s, at, c, op]) => {
          const i = s.length ? at % s.length : 0;
          return op === 0 ? s.slice(0, i) + c + s.slice(i + 1) : op === 1 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + c + s.slice(i);
        },
      ),
    ),
    { numRuns: 60, seed: 2000 + index },
  );
  return { accepted, others: [...new Set(near)].filter((s) => !accepted.includes(s)) };
}

describe('patternToType', () => {
  it.each(CASES)('%s', (source, want) => {
    const got = patternToType(source, { digitAlias: 'Digit' });
    expect(got.exact).toBe(want.exact);
    if (want.members !== undefined) expect(got.members).toBe(want.members);
    if (want.type !== undefined) expect(got.type).toBe(want.type);
    expect(got.members).toBeLessThanOrEqual(10_000);
    expect(got.approximations.length === 0).toBe(want.exact);
  });

  // Found by a soundness fuzz: each compiled as a type that rejected strings the regex accepts,
  // or did not compile, or crashed or hung the translator.
  it('types lone surrogates, empty classes and unions too large for a number soundly, and ends', () => {
    const cases: Array<[string, string[]]> = [
      ['\\uD800', ['x\ud800y', '\ud800']],
      ['^a\\uD83D$', ['a\ud83d']],
      ['^[\\uD800-\\uD801]$', ['\ud801']],
      ['^[]$', []],
      ['^(x.|[])$', ['xy']],
      ['^(\\b(\\w{32}){5}\\w{32})x$', ['a'.repeat(192) + 'x']],
      ['^((\\w{32}){5}\\w{32})x$', ['b'.repeat(192) + 'x']],
    ];
    const lines: string[] = [];
    const expected: Array<{ line: number; source: string; value: string }> = [];
    cases.forEach(([source, accepted], index) => {
      const got = patternToType(source);
      expect(got.exact, source).toBe(false);
      lines.push(`type T${index} = ${got.type};`);
      for (const value of accepted) {
        expect(new RegExp(source, 'u').test(value), `${source} matches ${JSON.stringify(value)}`).toBe(true);
        lines.push(`export const v${lines.length}: T${index} = ${quote(value)};`);
        expected.push({ line: lines.length, source, value });
      }
    });
    const { errors } = typecheck('patterns-translator-edges', { 'edges.ts': lines.join('\n') + '\n' });
    expect(errors.map((error) => `line ${error.line}: ${error.message}`)).toEqual([]);
  });

  it('types a group with regexp modifiers, (?i:a), which newer engines accept, as a string', () => {
    expect(patternToType('^(?i:a)$')).toMatchObject({ exact: false, type: 'string' });
  });

  it('names each approximation it makes', () => {
    expect(patternToType('^\\d*x?\\d*$', { digitAlias: 'Digit' }).approximations).toEqual(['\\d* typed with ${string}', 'touching placeholders merged into ${string}']);
  });

  it('keeps every type under the member budget it is given', () => {
    for (const [source] of CASES) {
      expect(patternToType(source, { maxMembers: 50 }).members).toBeLessThanOrEqual(50);
    }
  });

  it('is sound on sampled strings, and exact types reject the strings the regex rejects', { timeout: 120_000 }, () => {
    const lines = ['type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";'];
    const expectations: Array<{ line: number; source: string; value: string; accept: boolean; exact: boolean }> = [];
    CASES.forEach(([source, want], index) => {
      const { type, exact } = patternToType(source, { digitAlias: 'Digit' });
      lines.push(`type T${index} = ${type};`);
      const regex = new RegExp(source, 'u');
      const { accepted, others } = samples(source, index, want.sampleFrom);
      for (const value of [...accepted, ...others]) {
        lines.push(`export const v${lines.length}: T${index} = ${quote(value)};`);
        expectations.push({ line: lines.length, source, value, accept: regex.test(value), exact });
      }
    });
    const { errors } = typecheck('patterns-translator', { 'samples.ts': lines.join('\n') + '\n' });
    const failing = errorLines(errors, 'samples.ts');
    const unsound = expectations.filter((e) => e.accept && failing.has(e.line));
    const inexact = expectations.filter((e) => !e.accept && e.exact && !failing.has(e.line));
    expect(unsound.map((e) => `${e.source} rejects ${JSON.stringify(e.value)}`)).toEqual([]);
    expect(inexact.map((e) => `${e.source} accepts ${JSON.stringify(e.value)}`)).toEqual([]);
    // Nothing else is wrong with the file (a type that does not compile, say).
    expect(errors.filter((e) => !expectations.some((x) => x.line === e.line))).toEqual([]);
    expect(expectations.filter((e) => e.accept).length).toBeGreaterThan(CASES.length * 20);
  });
});
