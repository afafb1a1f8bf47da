/**
 * Parameters as the client puts them on the wire (runtime/serialize.ts), against OpenAPI's
 * default styles (RFC 6570): what each value becomes, and what cannot be sent (a path segment
 * left out, empty, `.` or `..`; an object inside another), which is refused with its path.
 */
import { describe, expect, it } from 'vitest';
import { IGNORED_HEADERS, sentParameters, serializeParameters, type SerializedParameters } from '../../generator/client/runtime/serialize.js';
import { isIgnoredHeaderParameter } from '../../generator/shared/openapi.js';

function sent(template: string, params: unknown, queryNames?: string[]): SerializedParameters {
  const result = serializeParameters(template, params, queryNames);
  if (Array.isArray(result)) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result;
}

function refused(template: string, params: unknown, queryNames?: string[]): Array<[string, string]> {
  const result = serializeParameters(template, params, queryNames);
  if (!Array.isArray(result)) throw new Error(`sent: ${JSON.stringify(result)}`);
  return result.map((issue) => [issue.path, issue.message]);
}

describe('path parameters (simple style)', () => {
  it.each([
    ['a reserved character and a space', 'a/b?c#d%e f', '/items/a%2Fb%3Fc%23d%25e%20f'],
    // encodeURIComponent leaves these; RFC 3986 says a raw reserved character is not its encoding.
    ["!'()*", "!'()*", '/items/%21%27%28%29%2A'],
    ['non-ASCII, as UTF-8', 'é😀', '/items/%C3%A9%F0%9F%98%80'],
    ['a number', 0, '/items/0'],
    ['a boolean', false, '/items/false'],
    ['a list', ['a', 'b,c'], '/items/a,b%2Cc'],
    ['an object, not exploded', { 'a/b': 'x', $: 'y' }, '/items/a%2Fb,x,%24,y'],
    ['the text of a template', '{id}', '/items/%7Bid%7D'],
  ])('%s', (_, value, want) => {
    expect(sent('/items/{id}', { path: { id: value } }).path).toBe(want);
  });

  it('fills each variable of the template, names with dots and dashes too', () => {
    expect(sent('/a/{a.b}/{thing-id}', { path: { 'a.b': 1, 'thing-id': 'x' } }).path).toBe('/a/1/x');
  });

  it.each([
    ['left out', {}, 'must be given: the path has {id} (received undefined)'],
    ['null', { id: null }, 'must be given: the path has {id} (received null)'],
    ['empty', { id: '' }, 'must not be empty, "." or "..": the URL would address another resource (received "")'],
    // The URL parser removes these segments: DELETE /items/.. would go to DELETE /.
    ['..', { id: '..' }, 'must not be empty, "." or "..": the URL would address another resource (received "..")'],
    ['.', { id: '.' }, 'must not be empty, "." or "..": the URL would address another resource (received ".")'],
    ['an empty list', { id: [] }, 'must not be empty, "." or "..": the URL would address another resource (received an array)'],
  ])('is refused when %s', (_, path, message) => {
    expect(refused('/items/{id}', { path })).toEqual([['/path/id', message]]);
  });

  it('is refused without any params at all, naming every variable', () => {
    expect(refused('/a/{x}/b/{y}', undefined).map(([at]) => at)).toEqual(['/path/x', '/path/y']);
  });
});

describe('query parameters (form style, exploded)', () => {
  it.each([
    ['a name and value with reserved characters', { 'x&y': 'a&b=c+d,e f/?#%' }, 'x%26y=a%26b%3Dc%2Bd%2Ce%20f%2F%3F%23%25'],
    ['brackets in a name', { 'page[size]': 5 }, 'page%5Bsize%5D=5'],
    ['a list, one pair an item', { tags: ['a,b', 'c&d', ''] }, 'tags=a%2Cb&tags=c%26d&tags='],
    ["an object, each member a parameter of its own", { filter: { 'k&v': 'x', age: 3, none: undefined } }, 'k%26v=x&age=3'],
    ['undefined, null and an empty list, left out', { a: undefined, b: null, c: [], d: 'kept' }, 'd=kept'],
    ['booleans and numbers', { flag: false, x: -1.5e-7, id: 0 }, 'flag=false&x=-1.5e-7&id=0'],
    ['an empty string', { q: '' }, 'q='],
  ])('%s', (_, query, want) => {
    expect(sent('/items', { query }).query).toBe(want);
  });

  it.each([
    ['an object in a list', { ids: [{ a: 1 }] }, '/query/ids/0'],
    ['a list in an object', { filter: { tags: ['a'] } }, '/query/filter/tags'],
    ['a number that is not finite', { n: Number.NaN }, '/query/n'],
    ['a Date (not a plain object)', { when: new Date(0) }, '/query/when'],
    ['a lone surrogate, which cannot be encoded', { q: '\uD800' }, '/query/q'],
  ])('refuses %s', (_, query, at) => {
    expect(refused('/items', { query }).map(([path]) => path)).toEqual([at]);
  });

  it("refuses an exploded object's member named like another query parameter of the operation, given or not", () => {
    expect(refused('/items', { query: { filter: { p: 'x', limit: 999 } } }, ['filter', 'limit'])).toEqual([
      ['/query/filter/limit', 'must not be named like the query parameter "limit": sent as a parameter of its own, it would be read as that one (received "999")'],
    ]);
    expect(sent('/items', { query: { filter: { p: 'x' } } }, ['filter', 'limit']).query).toBe('p=x');
  });

  it("refuses an exploded object's member named like another query parameter given: the server would read the two as one", () => {
    expect(refused('/items', { query: { lim: 5, obj: { p: 'x', lim: -5 } } })).toEqual([
      ['/query/obj/lim', 'must not be sent as the query parameter "lim", which /query/lim sends too: the server would read the two as one (received "-5")'],
    ]);
  });

});

describe('header parameters (simple style)', () => {
  it('joins a list with commas and an object as keys and values, and leaves out undefined and null', () => {
    const { header } = sent('/items', { header: { 'X-Tags': ['a', 'b'], 'X-Obj': { a: 'x', b: 1 }, 'X-Count': 0, 'X-None': undefined, 'X-Null': null } });
    expect(header).toEqual({ 'X-Tags': 'a,b', 'X-Obj': 'a,x,b,1', 'X-Count': '0' });
  });

  it.each([
    // undici refused these after the check, and the client took it for a network error.
    ['a control character', { 'X-S': 'ab\u0001c' }, '/header/X-S', 'must hold only characters a header can carry (Latin-1, no control characters) (the value is not shown: headers carry credentials)'],
    ['a character past Latin-1', { 'X-S': 'caf\u0113' }, '/header/X-S', 'must hold only characters a header can carry'],
    // fetch strips them: the value checked would not be the one sent.
    ['blanks at its ends', { 'X-S': '  a ' }, '/header/X-S', 'must not start or end with a space or tab, which fetch strips'],
    // The server splits a list at commas: ['a,b'] would be read as two items.
    ['a comma in a list item', { 'X-A': ['a,b'] }, '/header/X-A/0', 'must not hold a comma'],
    ['a comma in an object member', { 'X-O': { k: 'v,extra' } }, '/header/X-O/k', 'must not hold a comma'],
    ['a name that is not a header name', { 'Bad Name': 'x' }, '/header/Bad Name', 'must be named as a header is'],
  ])('refuses a header value with %s, without quoting it (headers carry credentials)', (_, header, at, message) => {
    const [[path, text]] = refused('/items', { header }) as [[string, string]];
    expect(path).toBe(at);
    expect(text).toContain(message);
    for (const value of Object.values(header as Record<string, unknown>).flatMap((given) => (typeof given === 'string' ? [given] : Object.values(given as object)))) {
      if (!/^[a-z]$/.test(String(value).trim())) expect(text).not.toContain(String(value).trim());
    }
  });

  it('sends a comma inside a single value, which no list splits', () => {
    expect(sent('/items', { header: { 'X-S': 'a, b' } }).header).toEqual({ 'X-S': 'a, b' });
  });

  it('ignores the headers the generator reports as ignored (the runtime cannot import the generator: a copy of its rule)', () => {
    const names = ['Accept', 'content-type', 'AUTHORIZATION', 'X-Api-Key', 'Accept-Language'];
    expect(names.map((name) => IGNORED_HEADERS.has(name.toLowerCase()))).toEqual(names.map((name) => isIgnoredHeaderParameter({ in: 'header', name })));
    expect([...IGNORED_HEADERS].every((name) => isIgnoredHeaderParameter({ in: 'header', name }))).toBe(true);
  });

  it('does not send Accept, Content-Type or Authorization, as OpenAPI says (the client sets them)', () => {
    const { header } = sent('/items', { header: { accept: 'text/html', 'Content-Type': 'text/plain', AUTHORIZATION: 'Basic eDp5', 'X-Kept': 'yes' } });
    expect(header).toEqual({ 'X-Kept': 'yes' });
  });
});

it.each([
  ['a place given as a class instance (read as nothing, it would drop every parameter of the place)', { query: new (class Query { tags = ['a']; })() }, '/query'],
  ['parameters that are not an object', 5, ''],
])('refuses %s', (_, params, at) => {
  expect(refused('/items', params).map(([path]) => path)).toEqual([at]);
});

it('sends an operation without parameters as its path', () => {
  expect(sent('/items', undefined)).toEqual({ path: '/items', query: '', header: {} });
});

describe('sentParameters: what the check against the spec sees', () => {
  it('is what is sent: undefined and null left out at every depth, and a query list or object left with nothing', () => {
    const params = {
      path: { id: 'a', gone: null },
      query: { limit: null, filter: { limit: null, a: 1 }, empty: { none: undefined }, tags: ['x', null], none: [null] },
      header: { 'X-A': ['b', undefined], 'X-B': undefined },
    };
    expect(sentParameters(params)).toEqual({ path: { id: 'a' }, query: { filter: { a: 1 }, tags: ['x'] }, header: { 'X-A': ['b'] } });
    // The serializer agrees: nothing it sends is a null the check did not see.
    expect(sent('/items/{id}', params)).toEqual({ path: '/items/a', query: 'a=1&tags=x', header: { 'X-A': 'b' } });
  });
});

describe('found by mutation testing', () => {
  it("sends an exploded object's member named like the object parameter itself (no other parameter has that name)", () => {
    expect(sent('/items', { query: { filter: { filter: 'x', a: 1 } } }, ['filter', 'limit']).query).toBe('filter=x&a=1');
  });

  it.each([
    // fetch strips a blank at either end: a trailing one alone is refused too.
    ['a trailing tab', { 'X-S': 'a\t' }, '/header/X-S', 'must not start or end with a space or tab, which fetch strips'],
    // DEL is a control character (RFC 9110's field-vchar stops at ~); fetch would send it.
    ['DEL', { 'X-S': 'a\u007fb' }, '/header/X-S', 'must hold only characters a header can carry'],
    // An object's keys are list items too: { 'k,x': 'v' } would be sent as k,x,v.
    ['a comma in an object key', { 'X-O': { 'k,x': 'v' } }, '/header/X-O/k,x', 'must not hold a comma'],
  ])('refuses a header value with %s', (_, header, at, message) => {
    const [[path, text]] = refused('/items', { header }) as [[string, string]];
    expect(path).toBe(at);
    expect(text).toContain(message);
  });

  it("refuses a lone surrogate in a query object's member name, as an issue (encodeURIComponent would throw a URIError)", () => {
    expect(refused('/items', { query: { filter: { '\uD800': 'x' } } }).map(([at]) => at)).toEqual(['/query/filter/\uD800']);
  });

  it('keeps an empty list or object in the path and headers for the check: unlike the query, they are sent (as an empty value)', () => {
    expect(sentParameters({ path: { id: [] }, header: { 'X-A': [], 'X-O': { k: null } } })).toEqual({ path: { id: [] }, header: { 'X-A': [], 'X-O': {} } });
  });

  it('ignores only header parameters named Accept, Content-Type or Authorization: a query parameter of such a name is sent and checked', () => {
    for (const place of ['query', 'path', 'cookie']) expect(isIgnoredHeaderParameter({ in: place, name: 'Accept' })).toBe(false);
  });
});
