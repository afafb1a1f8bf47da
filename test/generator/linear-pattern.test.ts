/**
 * The ReDoS check's pre-filter (`isProvablyLinear`) lets patterns pass without recheck only
 * when their shape proves matching linear. Each row here: a catastrophic or polynomial pattern
 * is never proven (it goes to recheck, and the check refuses it), shapes common in real specs
 * are; and on seeded random patterns, whatever the pre-filter proves, recheck calls safe.
 */
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { isProvablyLinear } from '../../generator/lint/linear-pattern.js';
import { checkPatternSafety } from '../../generator/lint/redos.js';
import { GeneratorError } from '../../generator/shared/errors.js';
import type { OpenApiDocument } from '../../generator/shared/openapi.js';

const documentWith = (pattern: string) =>
  ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {},
    components: { schemas: { Thing: { type: 'string', pattern } } },
  }) as unknown as OpenApiDocument;

/** Open to catastrophic (exponential) or polynomial backtracking, as recheck finds. */
const vulnerable = [
  '(a+)+$',
  '(a|a)*$',
  '\\d*\\d*x',
  '^(a|aa)+$',
  '^(\\w+\\s?)*$',
  '^\\d*\\d*$',
  '^(?:a{1,2})*$',
  '^.*a.*a.*$',
  '^(a|b|ab)*c$',
  '^a*a*b',
  'a+$',
  '\\s+$',
  '[a-z]+_token_[0-9]+',
];

/** Not proven linear by their shape, whatever recheck decides: they go to recheck. */
const unproven = [
  ...vulnerable,
  '(\\d*)*', // recheck: safe (it matches the empty string at once), but nested repetition
  '^(a?){20}a{20}$', // 2^20 ways through a fixed count of optional parts
  '^(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)$', // 128 paths, over the bound
  '^a*b*$', // linear, but the second repetition may be empty
  '^\\d+(?:a|b)\\d+$', // a repetition followed by a group
  'x\\d*y', // unanchored
  '^(?=a)a+$', // lookahead
  '^(a)\\1+$', // back-reference
  '^\\bword\\b$',
  '^\\p{L}+\\d+$', // linear, but what \p{L} holds is not worked out
  '^[a-z+$', // not a regex
];

/** Shapes of GitHub's patterns and the like: proven linear, no recheck needed. */
const linear = [
  'github',
  '^pkg',
  '^https://',
  '^sha256:[a-f0-9]{64}$',
  '^[A-Za-z0-9.\\-_]+$',
  '^\\d+\\.\\d+\\.\\d+$',
  '^refs/(heads|tags|pull)/.*$',
  '^([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)$',
  '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$',
  '^ssh-(rsa|dss|ed25519) |^ecdsa-sha2-nistp(256|384|521) ',
  '^\\+?[1-9]\\d{1,14}$',
  '^[^"]*"$',
];

describe('isProvablyLinear', () => {
  it.each(unproven)('leaves %s to recheck', (pattern) => {
    expect(isProvablyLinear(pattern)).toBe(false);
  });

  it.each(linear)('proves %s linear', (pattern) => {
    expect(isProvablyLinear(pattern)).toBe(true);
  });

  it('proves nothing that recheck calls vulnerable, on 200 seeded random patterns it proves', async () => {
    const proven = randomPatterns(20260527, 3000).filter(isProvablyLinear).slice(0, 200);
    expect(proven.length).toBe(200);
    const verdicts = await Promise.all(proven.map(async (pattern) => ({ pattern, status: (await check(pattern, 'u', { timeout: 10_000 })).status })));
    // 'unknown' is recheck running out of time (on a busy machine), not a disagreement.
    expect(verdicts.filter(({ status }) => status === 'vulnerable')).toEqual([]);
    expect(verdicts.filter(({ status }) => status === 'safe').length).toBeGreaterThan(150);
  });
});

describe('checkPatternSafety', () => {
  it.each(vulnerable)('refuses %s by default and warns with --allow-redos', async (pattern) => {
    const options = { allowReDoS: false, specPath: 'spec.json' };
    await expect(checkPatternSafety(documentWith(pattern), options)).rejects.toThrow(GeneratorError);
    await expect(checkPatternSafety(documentWith(pattern), options)).rejects.toThrow(/is open to catastrophic backtracking/);
    const warnings = await checkPatternSafety(documentWith(pattern), { ...options, allowReDoS: true });
    expect(warnings).toEqual([expect.stringMatching(/^spec\.json#\/components\/schemas\/Thing\/pattern: warning: pattern .* is open to catastrophic backtracking/)]);
  });

  it.each(linear)('passes %s', async (pattern) => {
    expect(await checkPatternSafety(documentWith(pattern), { allowReDoS: false, specPath: 'spec.json' })).toEqual([]);
  });
});

/** Small random patterns over overlapping characters and classes, anchored or not. */
function randomPatterns(seed: number, count: number): string[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const atoms = ['a', 'b', 'x', '1', '[ab]', '[a-c]', '[^a]', '[^b]', '\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '.', '[\\s\\S]', '\\p{L}'];
  const quantifiers = ['', '', '', '*', '+', '?', '{2}', '{3}', '{1,3}', '{0,2}'];
  const element = (depth: number): string =>
    (depth < 2 && random() < 0.3 ? `${pick(['(?:', '('])}${alternation(depth + 1)})` : pick(atoms)) + pick(quantifiers);
  const sequence = (depth: number) => Array.from({ length: 1 + Math.floor(random() * 4) }, () => element(depth)).join('');
  const alternation = (depth: number) => Array.from({ length: random() < 0.7 ? 1 : 2 + Math.floor(random() * 2) }, () => sequence(depth)).join('|');
  const patterns = new Set<string>();
  while (patterns.size < count) {
    const branches = random() < 0.8 ? 1 : 2;
    patterns.add(Array.from({ length: branches }, () => `${random() < 0.7 ? '^' : ''}${sequence(0)}${random() < 0.5 ? '$' : ''}`).join('|'));
  }
  return [...patterns];
}
