/**
 * String keywords: `maxLength`, `minLength`, `pattern`, and `format` (which also has number
 * formats). They run inside the string group, where the value is known to be a string.
 *
 * Lengths count Unicode code points, as JSON Schema does ("😀a" has 2 characters). A UTF-16
 * length decides most strings without counting: a string has at most `.length` code points and
 * at least half as many.
 */
import { joinPointer } from '../../shared/pointer.js';
import type { Cost, KeywordFunction } from '../context.js';
import { nonNegativeInteger } from './values.js';

export const maxLength: KeywordFunction = (cx) => {
  const limit = nonNegativeInteger(cx);
  const tooLong = `${cx.data}.length > ${limit} && ${cx.helper('codePoints')}(${cx.data}) > ${limit}`;
  return [cx.fail(tooLong, `must NOT have more than ${limit} characters`, { received: cx.data })];
};

export const minLength: KeywordFunction = (cx) => {
  const limit = nonNegativeInteger(cx);
  if (limit === 0) return [];
  // One code unit is at most one code point, so below 2 the UTF-16 length is exact enough.
  const tooShort =
    limit === 1
      ? `${cx.data}.length === 0`
      : `${cx.data}.length < ${limit} || (${cx.data}.length < ${2 * limit} && ${cx.helper('codePoints')}(${cx.data}) < ${limit})`;
  return [cx.fail(tooShort, `must NOT have fewer than ${limit} characters`, { received: cx.data })];
};

export const pattern: KeywordFunction = (cx) => {
  if (typeof cx.value !== 'string') throw cx.error(`expected "pattern" to be a string, received ${JSON.stringify(cx.value)}`);
  const regex = cx.regex(cx.value, joinPointer(cx.pointer, 'pattern'));
  return [cx.fail(`!${regex}.test(${cx.data})`, `must match pattern ${cx.value}`, { received: cx.data, cost: 'regex' })];
};

/**
 * String formats: the helper that checks each, and what a call costs (`matchesDate` reads ten
 * char codes, with no regex, as cheap as a type test).
 */
const STRING_FORMATS: Record<string, { helper: string; check: string; cost: Cost }> = {
  date: { helper: 'formatDate', check: 'matchesDate', cost: 'cheap' },
  time: { helper: 'formatTime', check: 'matchesTime', cost: 'call' },
  'date-time': { helper: 'formatDateTime', check: 'matchesDateTime', cost: 'call' },
  email: { helper: 'formatEmail', check: 'matchesEmail', cost: 'call' },
  uri: { helper: 'formatUri', check: 'matchesUri', cost: 'call' },
  uuid: { helper: 'formatUuid', check: 'matchesUuid', cost: 'call' },
  ipv4: { helper: 'formatIpv4', check: 'matchesIpv4', cost: 'call' },
  ipv6: { helper: 'formatIpv6', check: 'matchesIpv6', cost: 'call' },
};

/** OpenAPI's number formats: the bounds each one asserts (`float` and `double` assert none). */
const NUMBER_FORMATS: Record<string, { min: number; max: number } | null> = {
  int32: { min: -(2 ** 31), max: 2 ** 31 - 1 },
  // Signed 64 bits. A JS number cannot hold 2^63 - 1: the JSON 9223372036854775807 parses to
  // 2^63, which must pass; 2^64 and 1e300 must not.
  int64: { min: -(2 ** 63), max: 2 ** 63 },
  float: null,
  double: null,
};

/** UI hints that OpenAPI lists as formats but that assert nothing. */
const HINT_FORMATS = new Set(['password']);

export const SUPPORTED_FORMATS = [...Object.keys(STRING_FORMATS), ...Object.keys(NUMBER_FORMATS), ...HINT_FORMATS];

/**
 * `format`, asserted unless the caller passes `{ formats: false }` (the check reads `c.formats`).
 * The engine calls it in the string and the number group; each format checks in its own.
 */
export const format: KeywordFunction = (cx) => {
  const name = cx.value;
  if (typeof name !== 'string') throw cx.error(`expected "format" to be a string, received ${JSON.stringify(name)}`);
  // JSON Schema 2020-12 makes an unknown format an annotation, not an assertion (Ajv ignores it
  // too): specs use many (`binary`, `url`, `iso-country-code`). The pipeline lists each one it
  // does not assert in its report, so none is dropped silently.
  if (!SUPPORTED_FORMATS.includes(name)) return [];
  if (cx.group === 'string' && name in STRING_FORMATS) {
    const { helper, check, cost } = STRING_FORMATS[name]!;
    cx.helper(helper);
    // A guard asserts formats, as `is<Name>` always has.
    return [cx.fail(`${cx.guard ? '' : 'c.formats && '}!${check}(${cx.data})`, `must match format ${JSON.stringify(name)}`, { received: cx.data, cost })];
  }
  const bounds = NUMBER_FORMATS[name];
  if (cx.group === 'number' && bounds) {
    const range = ` || ${cx.data} < ${bounds.min} || ${cx.data} > ${bounds.max}`;
    const outside = `${cx.guard ? '' : 'c.formats && '}(!Number.isInteger(${cx.data})${range})`;
    return [cx.fail(outside, `must match format ${JSON.stringify(name)}`, { received: cx.data })];
  }
  return [];
};
