/**
 * What the serializer sends is what a server reads back: a property test over every style,
 * explode and shape (a string, number or boolean; a list; an object), with values full of the
 * characters styles use as separators. The server is modelled as most are (Prism, Express,
 * Spring): it splits the query at `&` and `=`, decodes each name and value, and only then
 * splits a value at its style's separator; a path segment is decoded before it is split.
 * Every value the serializer sends must come back as its parts, in order; what it refuses is
 * refused with an issue inside the value (never a throw).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeParameters, type ParameterEncoding, type ParameterStyle } from '../../generator/client/runtime/serialize.js';

type Value = string | number | boolean | Array<string | number | boolean> | Record<string, string | number | boolean>;

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '0', ',', '.', ';', '=', '|', ' ', '\t', '&', '[', ']', '/', '?', '#', '%', '+', '~', 'é', '😀'), maxLength: 5 });
const scalar = fc.oneof(text, fc.integer({ min: -1000, max: 1000 }), fc.boolean());
const value: fc.Arbitrary<Value> = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(text, scalar, { maxKeys: 3 }).filter((object) => !Object.hasOwn(object, '__proto__')),
);

/** The texts a value sends, in order: itself, a list's items, an object's keys and values. */
function partsOf(given: Value): string[] {
  if (Array.isArray(given)) return given.map(String);
  if (typeof given === 'object') return Object.entries(given).flatMap(([key, member]) => [key, String(member)]);
  return [String(given)];
}

/** key=value read as a server does: at the first "=". */
function pair(text: string): string[] {
  const at = text.indexOf('=');
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

function readPath(expression: string, name: string, given: Value, { style, explode }: ParameterEncoding): string[] {
  const isScalar = typeof given !== 'object';
  const isObject = !isScalar && !Array.isArray(given);
  if (style === 'simple') {
    const decoded = decodeURIComponent(expression);
    if (isScalar) return [decoded];
    return explode && isObject ? decoded.split(',').flatMap(pair) : decoded.split(',');
  }
  if (style === 'label') {
    expect(expression.startsWith('.')).toBe(true);
    const decoded = decodeURIComponent(expression.slice(1));
    if (isScalar) return [decoded];
    const items = decoded.split(explode ? '.' : ',');
    return explode && isObject ? items.flatMap(pair) : items;
  }
  // matrix
  const decoded = decodeURIComponent(expression);
  const params = decoded.split(';').slice(1);
  if (isScalar || !explode) {
    expect(params).toHaveLength(1);
    const [key, rest] = pair(params[0]!);
    expect(key).toBe(name);
    return isScalar ? [rest ?? ''] : rest!.split(',');
  }
  // RFC 6570 writes an empty value as the name alone (`;id`).
  if (isObject) return params.flatMap((param) => [pair(param)[0]!, pair(param)[1] ?? '']);
  return params.map((param) => {
    const [key, rest] = pair(param);
    expect(key).toBe(name);
    return rest ?? '';
  });
}

function readQuery(query: string, name: string, given: Value, { style, explode }: ParameterEncoding): string[] {
  const pairs = query === '' ? [] : query.split('&').map((param) => pair(param).map(decodeURIComponent) as [string, string]);
  const isScalar = typeof given !== 'object';
  const isObject = !isScalar && !Array.isArray(given);
  if (isScalar) {
    expect(pairs.map(([key]) => key)).toEqual([name]);
    return [pairs[0]![1]];
  }
  if (style === 'deepObject') {
    return pairs.flatMap(([key, member]) => {
      const match = /^(.*)\[(.*)\]$/s.exec(key);
      expect(match?.[1]).toBe(name);
      return [match![2]!, member];
    });
  }
  if (explode) {
    if (isObject) return pairs.flat();
    expect(pairs.every(([key]) => key === name)).toBe(true);
    return pairs.map(([, member]) => member);
  }
  expect(pairs.map(([key]) => key)).toEqual([name]);
  return pairs[0]![1].split(style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',');
}

const PATH_STYLES: ParameterStyle[] = ['simple', 'label', 'matrix'];
const QUERY_STYLES: ParameterStyle[] = ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'];

describe('a server reads back what the serializer sends', () => {
  it.each(PATH_STYLES.flatMap((style) => [false, true].map((explode) => [style, explode] as const)))('path, %s, explode %s', (style, explode) => {
    fc.assert(
      fc.property(value, (given) => {
        const result = serializeParameters('/x/{id}', { path: { id: given } }, [], { path: { id: { style, explode } } });
        if (Array.isArray(result)) {
          expect(result.length).toBeGreaterThan(0);
          for (const issue of result) expect(issue.path.startsWith('/path/id')).toBe(true);
          return;
        }
        expect(result.path.startsWith('/x/')).toBe(true);
        const expression = result.path.slice('/x/'.length);
        // A segment is one segment: nothing the URL parser would split or remove.
        expect(expression).not.toMatch(/[/?#]/);
        expect(['', '.', '..']).not.toContain(expression);
        expect(readPath(expression, 'id', given, { style, explode })).toEqual(partsOf(given));
      }),
      { numRuns: 1500 },
    );
  });

  it.each(QUERY_STYLES.flatMap((style) => [false, true].map((explode) => [style, explode] as const)))('query, %s, explode %s', (style, explode) => {
    fc.assert(
      fc.property(value, (given) => {
        const result = serializeParameters('/x', { query: { 'q&=': given } }, ['q&='], { query: { 'q&=': { style, explode } } });
        if (Array.isArray(result)) {
          expect(result.length).toBeGreaterThan(0);
          for (const issue of result) expect(issue.path.startsWith('/query/q&=')).toBe(true);
          return;
        }
        // An empty list or object is not sent.
        if (partsOf(given).length === 0) {
          expect(result.query).toBe('');
          return;
        }
        expect(result.query).not.toMatch(/[#\s]/);
        expect(readQuery(result.query, 'q&=', given, { style, explode })).toEqual(partsOf(given));
      }),
      { numRuns: 1500 },
    );
  });

  it('header, simple, either explode: a list or an object is split at commas (and an exploded object at "=")', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (given, explode) => {
        const result = serializeParameters('/x', { header: { 'X-V': given } }, [], explode ? { header: { 'X-V': { style: 'simple', explode } } } : {});
        if (Array.isArray(result)) {
          for (const issue of result) expect(issue.path.startsWith('/header/X-V')).toBe(true);
          return;
        }
        const sent = result.header['X-V']!;
        // An empty list or object is sent as an empty value (the check saw it, so it is sent).
        if (partsOf(given).length === 0) {
          expect(sent).toBe('');
          return;
        }
        const isObject = typeof given === 'object' && !Array.isArray(given);
        // A server splits a list at its commas and strips the blanks around them (RFC 9110 5.6.1).
        const items = (): string[] => sent.split(',').map((item) => item.replace(/^[\t ]+|[\t ]+$/g, ''));
        const read = typeof given !== 'object' ? [sent] : explode && isObject ? items().flatMap(pair) : items();
        expect(read).toEqual(partsOf(given));
      }),
      { numRuns: 1500 },
    );
  });
});
