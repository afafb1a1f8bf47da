/**
 * Parameters as the client puts them on the wire (runtime/serialize.ts), in OpenAPI's styles
 * (RFC 6570): what each value becomes, and what cannot be sent (a path segment left out,
 * empty, `.` or `..`; an object inside another; an item holding its style's separator), which
 * is refused with its path.
 */
import { describe, expect, it } from 'vitest';
import { IGNORED_HEADERS, sentParameters, serializeParameters, type ParameterEncodings, type SerializedParameters } from '../../generator/client/runtime/serialize.js';
import { isIgnoredHeaderParameter } from '../../generator/shared/openapi.js';

function sent(template: string, params: unknown, queryNames?: string[], encodings?: ParameterEncodings): SerializedParameters {
  const result = serializeParameters(template, params, queryNames, encodings);
  if (Array.isArray(result)) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result;
}

function refused(template: string, params: unknown, queryNames?: string[], encodings?: ParameterEncodings): Array<[string, string]> {
  const result = serializeParameters(template, params, queryNames, encodings);
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
    ['a list', ['a', 'b;c'], '/items/a,b%3Bc'],
    ['an object, not exploded', { 'a/b': 'x', $: 'y' }, '/items/a%2Fb,x,%24,y'],
    ['the text of a template', '{id}', '/items/%7Bid%7D'],
  ])('%s', (_, value, want) => {
    expect(sent('/items/{id}', { path: { id: value } }).path).toBe(want);
  });

  it('fills each variable of the template, names with dots and dashes too', () => {
    expect(sent('/a/{a.b}/{thing-id}', { path: { 'a.b': 1, 'thing-id': 'x' } }).path).toBe('/a/1/x');
    // A name holding "/" is one variable, not two segments.
    expect(sent('/a/{x/y}/b', { path: { 'x/y': 'v/w' } }).path).toBe('/a/v%2Fw/b');
    expect(refused('/a/{x/y}', { path: { 'x/y': '..' } })).toEqual([['/path/x~1y', expect.stringContaining('must not be empty, "." or ".."')]]);
  });

  it.each([
    ['left out', {}, 'must be given: the path has {id} (received undefined)'],
    ['null', { id: null }, 'must be given: the path has {id} (received null)'],
    ['empty', { id: '' }, 'must not be empty, "." or "..": the URL would address another resource (received "")'],
    // The URL parser removes these segments: DELETE /items/.. would go to DELETE /.
    ['..', { id: '..' }, 'must not be empty, "." or "..": the URL would address another resource (received "..")'],
    ['.', { id: '.' }, 'must not be empty, "." or "..": the URL would address another resource (received ".")'],
    ['an empty list', { id: [] }, 'must not be empty, "." or "..": the URL would address another resource (received an array)'],
    // Servers decode a segment before they split it: a%2Cb would be read as two items.
    ['a list item holding a comma', { id: ['a', 'b,c'] }, 'must not hold a comma: the simple style separates the items of a list or object with it, and the server would split it there (received "b,c")'],
  ])('is refused when %s', (_, path, message) => {
    expect(refused('/items/{id}', { path }).map(([, text]) => text)).toEqual([message]);
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

describe("the styles a spec gives (OpenAPI 3.1.1's style examples: color as \"blue\", a list, an object)", () => {
  const string = 'blue';
  const list = ['blue', 'black', 'brown'];
  const object = { R: 100, G: 200, B: 150 };
  const encodings = (place: 'path' | 'query' | 'header', style: string, explode: boolean) => ({ [place]: { color: { style, explode } } }) as ParameterEncodings;

  it.each([
    ['simple', false, 'blue', 'blue,black,brown', 'R,100,G,200,B,150'],
    ['simple', true, 'blue', 'blue,black,brown', 'R=100,G=200,B=150'],
    ['label', false, '.blue', '.blue,black,brown', '.R,100,G,200,B,150'],
    ['label', true, '.blue', '.blue.black.brown', '.R=100.G=200.B=150'],
    ['matrix', false, ';color=blue', ';color=blue,black,brown', ';color=R,100,G,200,B,150'],
    ['matrix', true, ';color=blue', ';color=blue;color=black;color=brown', ';R=100;G=200;B=150'],
  ])('path, %s, explode %s', (style, explode, asString, asList, asObject) => {
    const at = (value: unknown) => sent('/c/{color}', { path: { color: value } }, [], encodings('path', style, explode)).path;
    expect([at(string), at(list), at(object)]).toEqual([`/c/${asString}`, `/c/${asList}`, `/c/${asObject}`]);
  });

  it.each([
    ['form', false, 'color=blue', 'color=blue,black,brown', 'color=R,100,G,200,B,150'],
    ['form', true, 'color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150'],
    ['spaceDelimited', false, 'color=blue', 'color=blue%20black%20brown', 'color=R%20100%20G%20200%20B%20150'],
    ['pipeDelimited', false, 'color=blue', 'color=blue|black|brown', 'color=R|100|G|200|B|150'],
    ['deepObject', true, 'color=blue', undefined, 'color[R]=100&color[G]=200&color[B]=150'],
    // Not defined by OpenAPI; the generator reports these and the client sends the nearest it defines.
    ['pipeDelimited', true, 'color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150'],
    ['deepObject', false, 'color=blue', undefined, 'color[R]=100&color[G]=200&color[B]=150'],
  ])('query, %s, explode %s', (style, explode, asString, asList, asObject) => {
    const at = (value: unknown) => sent('/c', { query: { color: value } }, ['color'], encodings('query', style, explode)).query;
    expect(at(string)).toBe(asString);
    if (asList) expect(at(list)).toBe(asList);
    expect(at(object)).toBe(asObject);
  });

  it('header, simple, exploded: an object as key=value pairs', () => {
    expect(sent('/c', { header: { color: object } }, [], encodings('header', 'simple', true)).header).toEqual({ color: 'R=100,G=200,B=150' });
  });

  it.each([
    ['label', true, ['a.b'], 'must not hold a dot: the label style separates'],
    ['label', true, { 'k=': 'v' }, 'must not hold an "=": the label style sends an object as key=value pairs separated by a dot'],
    ['label', false, ['a,b'], 'must not hold a comma: the label style separates'],
    ['matrix', true, { k: 'a;b' }, 'must not hold a semicolon: the matrix style separates the parameters of a path segment with it'],
    // A single value too: the server splits the segment at ";" once it is decoded.
    ['matrix', false, 'a;b', 'must not hold a semicolon: the matrix style separates the parameters of a path segment with it'],
    ['matrix', true, { 'k=': 'v' }, 'must not hold an "=": the matrix style sends an object as key=value pairs separated by a semicolon'],
    ['matrix', false, ['a,b'], 'must not hold a comma: the matrix style separates'],
    ['simple', true, { 'k=x': 'v' }, 'must not hold an "=": the simple style sends an object as key=value pairs separated by a comma'],
  ])('path, %s, explode %s, refuses a part holding its separator: %j', (style, explode, value, message) => {
    const issues = refused('/c/{color}', { path: { color: value } }, [], encodings('path', style, explode));
    expect(issues).toHaveLength(1);
    expect(issues[0]![0]).toMatch(typeof value === 'string' ? /^\/path\/color$/ : /^\/path\/color\/.+/);
    expect(issues[0]![1]).toContain(message);
  });

  it.each([
    ['form', ['a,b'], 'must not hold a comma: the form style separates'],
    ['spaceDelimited', ['a b'], 'must not hold a space: the spaceDelimited style separates'],
    ['pipeDelimited', { k: 'a|b' }, 'must not hold a "|": the pipeDelimited style separates'],
  ])('query, %s not exploded, refuses a part holding its separator', (style, value, message) => {
    expect(refused('/c', { query: { color: value } }, [], encodings('query', style, false))).toEqual([[expect.stringMatching(/^\/query\/color\//), expect.stringContaining(message)]]);
  });

  it('deepObject: refuses a list, and a key holding a bracket; sends a member named like another parameter, which it cannot be read as', () => {
    const deep = encodings('query', 'deepObject', true);
    expect(refused('/c', { query: { color: ['a'] } }, [], deep)).toEqual([['/query/color', expect.stringContaining('must be an object: the deepObject style')]]);
    expect(refused('/c', { query: { color: { 'a]': 1 } } }, [], deep)).toEqual([['/query/color/a]', expect.stringContaining('must not hold "[" or "]" in its key')]]);
    expect(sent('/c', { query: { limit: 1, color: { limit: 2 } } }, ['limit', 'color'], deep).query).toBe('limit=1&color[limit]=2');
    expect(sent('/c', { query: { color: { 'a b': 'x&y' } } }, [], deep).query).toBe('color[a%20b]=x%26y');
  });

  it('leaves an empty list or object out of the query in every style, and refuses it in the path as empty', () => {
    for (const style of ['form', 'spaceDelimited', 'pipeDelimited']) expect(sent('/c', { query: { color: [] } }, [], encodings('query', style, false)).query).toBe('');
    expect(sent('/c', { query: { color: {} } }, [], encodings('query', 'deepObject', true)).query).toBe('');
    for (const style of ['label', 'matrix']) {
      expect(refused('/c/{color}', { path: { color: [] } }, [], encodings('path', style, true)).map(([, text]) => text)).toEqual([expect.stringContaining('must not be empty')]);
    }
  });

  it('sends an empty string as the style writes it, and refuses a label that would make the segment "." or ".."', () => {
    expect(sent('/c/{color}', { path: { color: '' } }, [], encodings('path', 'matrix', false)).path).toBe('/c/;color');
    expect(sent('/c', { query: { color: '' } }, [], encodings('query', 'form', false)).query).toBe('color=');
    // "." and ".." are dot segments: the URL parser would remove them.
    for (const value of ['', '.']) expect(refused('/c/{color}', { path: { color: value } }, [], encodings('path', 'label', false)).map(([at]) => at)).toEqual(['/path/color']);
  });

  it('percent-encodes what is not unreserved in a style\'s names and values, and keeps its separators', () => {
    expect(sent('/c/{color}', { path: { color: { 'a/b': 'é' } } }, [], encodings('path', 'matrix', true)).path).toBe('/c/;a%2Fb=%C3%A9');
    expect(sent('/c', { query: { 'c&d': ['x=y', '#'] } }, [], { query: { 'c&d': { style: 'pipeDelimited', explode: false } } }).query).toBe('c%26d=x%3Dy|%23');
  });
});

describe('styles at their edges (from a review and a mutation audit)', () => {
  const enc = (place: 'path' | 'query' | 'header', style: string, explode: boolean, name = 'color') => ({ [place]: { [name]: { style, explode } } }) as ParameterEncodings;
  const deep = enc('query', 'deepObject', true);

  it('deepObject: a list refused, and the parameters after it still checked', () => {
    expect(refused('/c', { query: { color: ['a'], n: Number.NaN } }, [], deep).map(([at]) => at)).toEqual(['/query/color', '/query/n']);
  });
  it('deepObject: refuses a key holding "[" as well as "]"', () => {
    expect(refused('/c', { query: { color: { 'a[': 1 } } }, [], deep)).toEqual([['/query/color/a[', expect.stringContaining('must not hold "[" or "]" in its key')]]);
  });
  it('deepObject: a member sent as name[key] collides with a parameter of that name, and the message names the deepObject parameter', () => {
    expect(refused('/c', { query: { color: { R: 2 }, 'color[R]': 1 } }, [], deep)).toEqual([
      ['/query/color[R]', 'must not be sent as the query parameter "color[R]", which /query/color sends too: the server would read the two as one (received "1")'],
    ]);
  });
  // Prism read /d?filter%5Bmin%5D=1 as the deepObject filter's member min.
  it("refuses an exploded object's member named like a member of a deepObject parameter, given or not", () => {
    const encodings = { query: { filter: { style: 'deepObject', explode: true } } } as ParameterEncodings;
    expect(refused('/d', { query: { obj: { 'filter[min]': 1 } } }, ['obj', 'filter'], encodings)).toEqual([
      ['/query/obj/filter[min]', 'must not be named "filter[min]": sent as a parameter of its own, it would be read as a member of the deepObject query parameter "filter" (received "1")'],
    ]);
    // Not a deepObject's: sent.
    expect(sent('/d', { query: { obj: { 'page[size]': 1 } } }, ['obj', 'filter'], encodings).query).toBe('page%5Bsize%5D=1');
  });
  it("deepObject: percent-encodes the parameter's name", () => {
    expect(sent('/c', { query: { 'a b': { k: 'v' } } }, [], enc('query', 'deepObject', true, 'a b')).query).toBe('a%20b[k]=v');
  });
  it('a list not exploded that collides is shown as it would be sent', () => {
    expect(refused('/c', { query: { obj: { ids: 'x' }, ids: ['a', 'b'] } }, [], enc('query', 'form', false, 'ids'))).toEqual([
      ['/query/ids', expect.stringContaining('which /query/obj sends too: the server would read the two as one (received "a,b")')],
    ]);
  });
  it('a header part that cannot be sent is the only issue of its header', () => {
    expect(refused('/c', { header: { 'X-A': ['\u0001', 'b,c'] } })).toHaveLength(1);
  });
  it('refuses a header list item or object member with blanks at its ends, which the server strips around the commas', () => {
    expect(refused('/c', { header: { 'X-A': ['a', ' b'] } })).toEqual([['/header/X-A/1', expect.stringContaining('must not start or end with a space or tab: the server strips them around the commas of a list')]]);
    expect(refused('/c', { header: { 'X-O': { k: 'v\t' } } })).toEqual([['/header/X-O/k', expect.stringContaining('must not start or end with a space or tab')]]);
    // Inside an item, and in a single value, blanks are kept.
    expect(sent('/c', { header: { 'X-A': ['a b', 'c'], 'X-S': 'a , b' } }).header).toEqual({ 'X-A': 'a b,c', 'X-S': 'a , b' });
  });
  it("a header list item holding a comma names the header's style", () => {
    expect(refused('/c', { header: { 'X-A': ['a,b'] } })).toEqual([['/header/X-A/0', expect.stringContaining('must not hold a comma: the simple style separates the items')]]);
  });
  it.each([false, true])('matrix, explode %s: refuses an empty list or object in the path', (explode) => {
    for (const value of [[], {}]) {
      expect(refused('/c/{color}', { path: { color: value } }, [], enc('path', 'matrix', explode)).map(([, m]) => m)).toEqual([expect.stringContaining('must not be empty')]);
    }
  });
  it('label and matrix percent-encode names and values', () => {
    expect(sent('/c/{color}', { path: { color: 'a/é' } }, [], enc('path', 'label', false)).path).toBe('/c/.a%2F%C3%A9');
    expect(sent('/c/{color}', { path: { color: 'a/é' } }, [], enc('path', 'matrix', false)).path).toBe('/c/;color=a%2F%C3%A9');
    expect(sent('/c/{color}', { path: { color: ['a/b', 'é'] } }, [], enc('path', 'matrix', true)).path).toBe('/c/;color=a%2Fb;color=%C3%A9');
    expect(sent('/c/{a$b}', { path: { a$b: 1 } }, [], enc('path', 'matrix', false, 'a$b')).path).toBe('/c/;a%24b=1');
  });
  it('matrix writes an empty value as the name alone, as RFC 6570 does', () => {
    expect(sent('/c/{color}', { path: { color: ['a', ''] } }, [], enc('path', 'matrix', true)).path).toBe('/c/;color=a;color');
    expect(sent('/c/{color}', { path: { color: { k: '', j: 'v' } } }, [], enc('path', 'matrix', true)).path).toBe('/c/;k;j=v');
    expect(sent('/c/{color}', { path: { color: ['a', ''] } }, [], enc('path', 'matrix', false)).path).toBe('/c/;color=a,');
  });
  it('matrix, exploded: refuses a list item holding ";", which the server would split', () => {
    expect(refused('/m/{ids}', { path: { ids: ['a;ids=b'] } }, [], enc('path', 'matrix', true, 'ids'))).toEqual([['/path/ids/0', expect.stringContaining('must not hold a semicolon')]]);
  });
  it('a list item that is not a scalar is the only issue of the path parameter', () => {
    expect(refused('/items/{id}', { path: { id: [Number.NaN] } })).toEqual([['/path/id/0', expect.stringContaining('finite number')]]);
  });
  it('label exploded: ["."] refused for its dot, once', () => {
    expect(refused('/c/{color}', { path: { color: ['.'] } }, [], enc('path', 'label', true))).toEqual([['/path/color/0', expect.stringContaining('must not hold a dot')]]);
  });
  it('an exploded object\'s value may hold "=": the server splits a pair at its first "="', () => {
    expect(sent('/c/{color}', { path: { color: { k: 'a=b' } } }, [], enc('path', 'matrix', true)).path).toBe('/c/;k=a%3Db');
    expect(sent('/c/{color}', { path: { color: { k: 'a=b' } } }, [], enc('path', 'label', true)).path).toBe('/c/.k=a%3Db');
  });
  it('reads a style from the encodings\' own properties: a parameter named toString or constructor keeps its default', () => {
    expect(sent('/c/{toString}/{x}', { path: { toString: 5, x: 1 } }, [], enc('path', 'label', false, 'x')).path).toBe('/c/5/.1');
    expect(sent('/c', { query: { constructor: [1, 2], x: [1] } }, ['constructor', 'x'], enc('query', 'pipeDelimited', false, 'x')).query).toBe('constructor=1&constructor=2&x=1');
    expect(sent('/c', { header: { constructor: { a: 1 }, 'X-B': 1 } }, [], enc('header', 'simple', true, 'X-B')).header).toEqual({ constructor: 'a,1', 'X-B': '1' });
  });
  it('judges a segment as a whole: a value the segment holds with other text may be empty or a dot', () => {
    expect(sent('/file{ext}', { path: { ext: '' } }).path).toBe('/file');
    expect(sent('/file{ext}', { path: { ext: '' } }, [], enc('path', 'label', false, 'ext')).path).toBe('/file.');
    // Two values that together make "..": refused, at the first.
    expect(refused('/a/{x}{y}', { path: { x: '.', y: '.' } }).map(([at]) => at)).toEqual(['/path/x']);
  });
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
