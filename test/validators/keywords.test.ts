/**
 * Table tests: each keyword's first issue (path, keyword, message, schema path) at and beside
 * its boundary, in both dialects. One module holds every schema of a table, so the whole table
 * is compiled and imported once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../generator/shared/openapi.js';
import { compileModule, compileSchemaMap, type Dialect, type RootSchema } from '../../generator/validators/index.js';
import { importModule, type Guard, type Validate, type ValidationIssue, type ValidatorModule } from './suite.js';

interface Case {
  schema: JsonSchema;
  value: unknown;
  /** `ok`, or the first issue (schemaPath is checked when given). */
  want: 'ok' | Omit<ValidationIssue, 'schemaPath' | 'severity'> & { schemaPath?: string };
  options?: { allErrors?: boolean; formats?: boolean };
}

const issue = (path: string, keyword: string, message: string, schemaPath?: string) => ({ path, keyword, message, ...(schemaPath ? { schemaPath } : {}) });

const OPENAPI_31: Array<[string, Case]> = [
  // type
  ['type string, given a number', { schema: { type: 'string' }, value: 5, want: issue('', 'type', 'must be string (received 5)', '#/type') }],
  ['type [string, null], given null', { schema: { type: ['string', 'null'] }, value: null, want: 'ok' }],
  ['type [string, null], given 1', { schema: { type: ['string', 'null'] }, value: 1, want: issue('', 'type', 'must be string or null (received 1)') }],
  ['type integer, given 1.0', { schema: { type: 'integer' }, value: 1.0, want: 'ok' }],
  ['type integer, given 1.5', { schema: { type: 'integer' }, value: 1.5, want: issue('', 'type', 'must be integer (received 1.5)') }],
  ['type number, given NaN (not JSON)', { schema: { type: 'number' }, value: NaN, want: issue('', 'type', 'must be number (received NaN)') }],
  ['type number, given Infinity', { schema: { type: 'number', minimum: 0 }, value: Infinity, want: issue('', 'type', 'must be number (received Infinity)') }],
  ['type object, given an array', { schema: { type: 'object' }, value: [], want: issue('', 'type', 'must be object (received array)') }],
  ['type array, given an object', { schema: { type: 'array' }, value: {}, want: issue('', 'type', 'must be array (received object)') }],
  // enum, const
  ['enum, given another string', { schema: { enum: ['READY', 'PAUSED'] }, value: 'ready', want: issue('', 'enum', 'must be equal to one of the allowed values "READY", "PAUSED" (received "ready")', '#/enum') }],
  ['enum with false, given 0', { schema: { enum: [false] }, value: 0, want: issue('', 'enum', 'must be equal to one of the allowed values false (received 0)') }],
  ['enum of objects, given an equal object', { schema: { enum: [{ a: [1, { b: 2 }] }] }, value: { a: [1, { b: 2 }] }, want: 'ok' }],
  ['const object, given keys in another order', { schema: { const: { a: 1, b: 2 } }, value: { b: 2, a: 1 }, want: 'ok' }],
  ['const object, given an undefined property (absent, as JSON drops it)', { schema: { const: { a: [1, 2] } }, value: { a: [1, 2], b: undefined }, want: 'ok' }],
  ['const object, given undefined where the constant has a value', { schema: { const: { a: 1 } }, value: { a: undefined }, want: issue('', 'const', 'must be equal to constant {"a":1} (received object)') }],
  ['const, given -0 where 1 is wanted: -0 as written', { schema: { const: 1 }, value: -0, want: issue('', 'const', 'must be equal to constant 1 (received -0)') }],
  ['const, given a near value', { schema: { const: 9 }, value: 9.000001, want: issue('', 'const', 'must be equal to constant 9 (received 9.000001)') }],
  // strings: lengths in code points
  ['minLength 3, given "😀a" (2 code points, 3 UTF-16 units)', { schema: { type: 'string', minLength: 3 }, value: '😀a', want: issue('', 'minLength', 'must NOT have fewer than 3 characters (received "😀a")', '#/minLength') }],
  ['minLength 3, given "😀ab" (3 code points)', { schema: { type: 'string', minLength: 3 }, value: '😀ab', want: 'ok' }],
  ['minLength 3, given "abc"', { schema: { type: 'string', minLength: 3 }, value: 'abc', want: 'ok' }],
  ['maxLength 2, given "😀😀" (4 UTF-16 units)', { schema: { type: 'string', maxLength: 2 }, value: '😀😀', want: 'ok' }],
  ['maxLength 2, given "abc"', { schema: { type: 'string', maxLength: 2 }, value: 'abc', want: issue('', 'maxLength', 'must NOT have more than 2 characters (received "abc")') }],
  ['pattern, given a leading zero', { schema: { type: 'string', pattern: '^[1-9]\\d{9}$' }, value: '0123456789', want: issue('', 'pattern', 'must match pattern ^[1-9]\\d{9}$ (received "0123456789")', '#/pattern') }],
  ['pattern, given 11 digits', { schema: { type: 'string', pattern: '^[1-9]\\d{9}$' }, value: '12345678901', want: issue('', 'pattern', 'must match pattern ^[1-9]\\d{9}$ (received "12345678901")') }],
  ['pattern is unanchored', { schema: { type: 'string', pattern: 'b+' }, value: 'abbc', want: 'ok' }],
  ['pattern with the u flag: "." is one code point', { schema: { type: 'string', pattern: '^.$' }, value: '😀', want: 'ok' }],
  ['a received string of 64 characters is not cut', { schema: { type: 'string', maxLength: 1 }, value: 'y'.repeat(64), want: issue('', 'maxLength', `must NOT have more than 1 characters (received "${'y'.repeat(64)}")`) }],
  ['a received quote and backslash are escaped as in JSON', { schema: { type: 'string', maxLength: 1 }, value: 'a"b\\c', want: issue('', 'maxLength', 'must NOT have more than 1 characters (received "a\\"b\\\\c")') }],
  ['a received control character is escaped', { schema: { type: 'string', maxLength: 1 }, value: 'a\nb', want: issue('', 'maxLength', 'must NOT have more than 1 characters (received "a\\nb")') }],
  ['a received lone surrogate is escaped, a pair is not', { schema: { type: 'string', maxLength: 1 }, value: '\ud800😀', want: issue('', 'maxLength', 'must NOT have more than 1 characters (received "\\ud800😀")') }],
  ['a long received string is cut before a surrogate pair, not inside it', { schema: { type: 'string', maxLength: 1 }, value: `${'x'.repeat(63)}😀${'x'.repeat(10)}`, want: issue('', 'maxLength', `must NOT have more than 1 characters (received "${'x'.repeat(63)}…")`) }],
  ['a long received string is cut', { schema: { type: 'string', maxLength: 1 }, value: 'x'.repeat(100), want: issue('', 'maxLength', `must NOT have more than 1 characters (received "${'x'.repeat(64)}…")`) }],
  // numbers
  ['minimum 3, given 3', { schema: { type: 'number', minimum: 3 }, value: 3, want: 'ok' }],
  ['minimum 3, given 2.999', { schema: { type: 'number', minimum: 3 }, value: 2.999, want: issue('', 'minimum', 'must be >= 3 (received 2.999)', '#/minimum') }],
  ['maximum 3, given 3.001', { schema: { maximum: 3 }, value: 3.001, want: issue('', 'maximum', 'must be <= 3 (received 3.001)') }],
  ['exclusiveMinimum 9, given 9', { schema: { type: 'number', exclusiveMinimum: 9 }, value: 9, want: issue('', 'exclusiveMinimum', 'must be > 9 (received 9)', '#/exclusiveMinimum') }],
  ['exclusiveMinimum 9, given 9.000001', { schema: { type: 'number', exclusiveMinimum: 9 }, value: 9.000001, want: 'ok' }],
  ['exclusiveMaximum 0, given -0', { schema: { exclusiveMaximum: 0 }, value: -0, want: issue('', 'exclusiveMaximum', 'must be < 0 (received -0)') }],
  ['maxLength, given a control character: the message escapes it', { schema: { maxLength: 1 }, value: '\u001fab', want: issue('', 'maxLength', 'must NOT have more than 1 characters (received "\\u001fab")') }],
  ['multipleOf 0.1, given 0.3 (no float drift)', { schema: { multipleOf: 0.1 }, value: 0.3, want: 'ok' }],
  ['multipleOf 0.01, given 1.1', { schema: { multipleOf: 0.01 }, value: 1.1, want: 'ok' }],
  ['multipleOf 0.1, given 0.35', { schema: { multipleOf: 0.1 }, value: 0.35, want: issue('', 'multipleOf', 'must be multiple of 0.1 (received 0.35)') }],
  ['multipleOf 3, given 1e21', { schema: { multipleOf: 3 }, value: 1e21, want: issue('', 'multipleOf', 'must be multiple of 3 (received 1e+21)') }],
  // 3 * 2^55 prints as 108086391056891900, which is not a multiple of 3; the integer it holds is.
  ['multipleOf 3, given 3 * 2^55 (an integer past 2^53)', { schema: { multipleOf: 3 }, value: 3 * 2 ** 55, want: 'ok' }],
  ['multipleOf 3, given 2^60', { schema: { multipleOf: 3 }, value: 2 ** 60, want: issue('', 'multipleOf', 'must be multiple of 3 (received 1152921504606847000)') }],
  ['multipleOf 1e-8, given 12391239123', { schema: { multipleOf: 1e-8 }, value: 12391239123, want: 'ok' }],
  // objects
  ['required, given {}', { schema: { required: ['callerId', 'name'] }, value: {}, want: issue('', 'required', 'must have required property "callerId"', '#/required') }],
  ['required "constructor", given {} (not inherited)', { schema: { required: ['constructor'] }, value: {}, want: issue('', 'required', 'must have required property "constructor"') }],
  ['required "__proto__", given it as an own property', { schema: { required: ['__proto__'] }, value: JSON.parse('{"__proto__": 1}'), want: 'ok' }],
  ['required, several names with one on Object.prototype', { schema: { required: ['a', 'toString', 'b'] }, value: { a: 1, b: 2 }, want: issue('', 'required', 'must have required property "toString"') }],
  ['required, a name that needs escaping in the message', { schema: { required: ['a', 'q"\\'] }, value: { a: 1 }, want: issue('', 'required', 'must have required property "q\\"\\\\"') }],
  ['required, undefined counts as absent', { schema: { required: ['a'] }, value: { a: undefined }, want: issue('', 'required', 'must have required property "a"') }],
  ['properties, nested', { schema: { properties: { a: { properties: { b: { type: 'string' } } } } }, value: { a: { b: 5 } }, want: issue('/a/b', 'type', 'must be string (received 5)', '#/properties/a/properties/b/type') }],
  ['properties, a name with / and ~', { schema: { properties: { 'a/b~c': { type: 'string' } } }, value: { 'a/b~c': 1 }, want: issue('/a~1b~0c', 'type', 'must be string (received 1)', '#/properties/a~1b~0c/type') }],
  ['additionalProperties false', { schema: { properties: { a: {} }, patternProperties: { '^x-': {} }, additionalProperties: false }, value: { a: 1, 'x-b': 2, c: 3 }, want: issue('', 'additionalProperties', 'must NOT have additional properties (received "c")') }],
  // Over 8 names the allowed names are a Set, built once: each of them is allowed, the first too.
  ['additionalProperties false with 9 properties, given the first', { schema: { properties: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`a${i + 1}`, {}])), additionalProperties: false }, value: { a1: 1, a9: 2 }, want: 'ok' }],
  ['additionalProperties false with 9 properties, given another', { schema: { properties: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`a${i + 1}`, {}])), additionalProperties: false }, value: { a1: 1, b: 2 }, want: issue('', 'additionalProperties', 'must NOT have additional properties (received "b")') }],
  ['additionalProperties schema', { schema: { properties: { a: {} }, additionalProperties: { type: 'string' } }, value: { a: 1, 'c/d': 3 }, want: issue('/c~1d', 'type', 'must be string (received 3)', '#/additionalProperties/type') }],
  ['patternProperties', { schema: { patternProperties: { '^s_': { type: 'string' } } }, value: { s_a: 1 }, want: issue('/s_a', 'type', 'must be string (received 1)') }],
  ['propertyNames', { schema: { propertyNames: { maxLength: 3 } }, value: { abc: 1, abcd: 2 }, want: issue('', 'propertyNames', 'property name must be valid (received "abcd")') }],
  ['minProperties 2, given 1', { schema: { minProperties: 2 }, value: { a: 1 }, want: issue('', 'minProperties', 'must NOT have fewer than 2 properties (received 1)') }],
  ['maxProperties 1, given 2', { schema: { maxProperties: 1 }, value: { a: 1, b: 2 }, want: issue('', 'maxProperties', 'must NOT have more than 1 properties (received 2)') }],
  ['dependentRequired', { schema: { dependentRequired: { a: ['b'] } }, value: { a: 1 }, want: issue('', 'dependentRequired', 'must have property "b" when property "a" is present') }],
  ['dependentSchemas', { schema: { dependentSchemas: { a: { required: ['c'] } } }, value: { a: 1 }, want: issue('', 'required', 'must have required property "c"', '#/dependentSchemas/a/required') }],
  // arrays
  ['items', { schema: { items: { type: 'number' } }, value: [1, 'a'], want: issue('/1', 'type', 'must be number (received "a")', '#/items/type') }],
  ['prefixItems', { schema: { prefixItems: [{ type: 'string' }] }, value: [1, 2], want: issue('/0', 'type', 'must be string (received 1)', '#/prefixItems/0/type') }],
  ['items false after prefixItems', { schema: { prefixItems: [{}], items: false }, value: [1, 2], want: issue('', 'items', 'must NOT have more than 1 items (received 2)') }],
  ['minItems 1, given []', { schema: { minItems: 1 }, value: [], want: issue('', 'minItems', 'must NOT have fewer than 1 items (received 0)') }],
  ['maxItems 2, given 2 items', { schema: { maxItems: 2 }, value: [1, 2], want: 'ok' }],
  ['uniqueItems, given a repeat', { schema: { uniqueItems: true }, value: [1, 2, 1], want: issue('', 'uniqueItems', 'must NOT have duplicate items (items 0 and 2 are identical)') }],
  ['uniqueItems, given equal objects', { schema: { uniqueItems: true }, value: [{ a: 1, b: 2 }, { b: 2, a: 1 }], want: issue('', 'uniqueItems', 'must NOT have duplicate items (items 0 and 1 are identical)') }],
  ['uniqueItems, objects that differ only by an undefined property are equal', { schema: { uniqueItems: true }, value: [{ a: undefined }, {}], want: issue('', 'uniqueItems', 'must NOT have duplicate items (items 0 and 1 are identical)') }],
  ['uniqueItems, arrays that differ only by undefined for null are equal (JSON writes null)', { schema: { uniqueItems: true }, value: [[1, undefined], [1, null]], want: issue('', 'uniqueItems', 'must NOT have duplicate items (items 0 and 1 are identical)') }],
  ['const [null], given [undefined] (JSON writes null)', { schema: { const: [null] }, value: [undefined], want: 'ok' }],
  ['uniqueItems, {a: undefined} and {b: 1} differ', { schema: { uniqueItems: true }, value: [{ a: undefined }, { b: 1 }], want: 'ok' }],
  ['uniqueItems, 1 and "1" differ', { schema: { uniqueItems: true }, value: [1, '1', true], want: 'ok' }],
  ['contains, none', { schema: { contains: { const: 1 } }, value: [2, 3], want: issue('', 'contains', 'must contain at least 1 valid item(s) (received 0)') }],
  ['minContains 2, one', { schema: { contains: { const: 1 }, minContains: 2 }, value: [1, 2], want: issue('', 'minContains', 'must contain at least 2 valid item(s) (received 1)') }],
  ['maxContains 1, two', { schema: { contains: { const: 1 }, maxContains: 1 }, value: [1, 1], want: issue('', 'maxContains', 'must contain at most 1 valid item(s) (received 2)') }],
  ['minContains 0, empty array', { schema: { contains: { const: 1 }, minContains: 0 }, value: [], want: 'ok' }],
  // applicators
  ['allOf: the failing branch reports', { schema: { allOf: [{ type: 'object' }, { required: ['a'] }] }, value: {}, want: issue('', 'required', 'must have required property "a"', '#/allOf/1/required') }],
  ['anyOf: none matches', { schema: { anyOf: [{ type: 'string' }, { type: 'number' }] }, value: null, want: issue('', 'anyOf', 'must match a schema in anyOf') }],
  ['oneOf: both match', { schema: { oneOf: [{ type: 'number' }, { minimum: 0 }] }, value: 1, want: issue('', 'oneOf', 'must match exactly one schema in oneOf (matched 2)') }],
  ['oneOf: one matches', { schema: { oneOf: [{ type: 'number' }, { type: 'string' }] }, value: 1, want: 'ok' }],
  ['not', { schema: { not: { type: 'null' } }, value: null, want: issue('', 'not', 'must NOT be valid') }],
  ['if/then', { schema: { if: { properties: { a: { const: 1 } } }, then: { required: ['b'] }, else: { required: ['c'] } }, value: { a: 1 }, want: issue('', 'required', 'must have required property "b"', '#/then/required') }],
  ['if/else', { schema: { if: { properties: { a: { const: 1 } } }, then: { required: ['b'] }, else: { required: ['c'] } }, value: { a: 2 }, want: issue('', 'required', 'must have required property "c"', '#/else/required') }],
  ['boolean schema false', { schema: { properties: { a: false } }, value: { a: 1 }, want: issue('/a', 'false schema', 'boolean schema is false', '#/properties/a') }],
  ['recursive $ref, deep path', {
    schema: { type: 'object', properties: { value: { type: 'number' }, children: { type: 'array', items: { $ref: '#' } } } },
    value: { value: 1, children: [{ value: 2, children: [{ value: 3 }, { value: 'x' }] }] },
    want: issue('/children/0/children/1/value', 'type', 'must be number (received "x")', '#/properties/value/type'),
  }],
  ['$ref into $defs', { schema: { $defs: { n: { type: 'number' } }, items: { $ref: '#/$defs/n' } }, value: [1, 'a'], want: issue('/1', 'type', 'must be number (received "a")', '#/$defs/n/type') }],
  // formats
  ['format date, 29 February of a common year', { schema: { format: 'date' }, value: '2027-02-29', want: issue('', 'format', 'must match format "date" (received "2027-02-29")') }],
  ['format date, 29 February of a leap year', { schema: { format: 'date' }, value: '2028-02-29', want: 'ok' }],
  ['format date, 29 February of 2100 (not a leap year)', { schema: { format: 'date' }, value: '2100-02-29', want: issue('', 'format', 'must match format "date" (received "2100-02-29")') }],
  ['format date, 31 April', { schema: { format: 'date' }, value: '2027-04-31', want: issue('', 'format', 'must match format "date" (received "2027-04-31")') }],
  ['format date, 31 December', { schema: { format: 'date' }, value: '2027-12-31', want: 'ok' }],
  ['format date, month 00', { schema: { format: 'date' }, value: '2027-00-10', want: issue('', 'format', 'must match format "date" (received "2027-00-10")') }],
  ['format date, day 00', { schema: { format: 'date' }, value: '2027-01-00', want: issue('', 'format', 'must match format "date" (received "2027-01-00")') }],
  ['format date, a letter in the year', { schema: { format: 'date' }, value: '2O27-01-10', want: issue('', 'format', 'must match format "date" (received "2O27-01-10")') }],
  ['format date, 29 February of 2000 (a leap year)', { schema: { format: 'date' }, value: '2000-02-29', want: 'ok' }],
  ['format date, month 00', { schema: { format: 'date' }, value: '2027-00-10', want: issue('', 'format', 'must match format "date" (received "2027-00-10")') }],
  ['format date, day 32', { schema: { format: 'date' }, value: '2027-12-32', want: issue('', 'format', 'must match format "date" (received "2027-12-32")') }],
  ['format date, a one-digit month', { schema: { format: 'date' }, value: '2027-3-01', want: issue('', 'format', 'must match format "date" (received "2027-3-01")') }],
  ['format date, full-width digits', { schema: { format: 'date' }, value: '２０２７-03-01', want: issue('', 'format', 'must match format "date" (received "２０２７-03-01")') }],
  ['format date, a trailing space', { schema: { format: 'date' }, value: '2027-03-01 ', want: issue('', 'format', 'must match format "date" (received "2027-03-01 ")') }],
  ['format date, slashes', { schema: { format: 'date' }, value: '2027/03/01', want: issue('', 'format', 'must match format "date" (received "2027/03/01")') }],
  ['format date, switched off', { schema: { format: 'date' }, value: '2027-02-29', options: { formats: false }, want: 'ok' }],
  // Items the items' guard passes are skipped by a check; the guard asserts formats, so with
  // formats switched off, a format under `not` must not make an item pass.
  ['format under not in items, switched off', { schema: { items: { not: { format: 'uuid' } } }, value: [''], options: { formats: false }, want: issue('/0', 'not', 'must NOT be valid', '#/items/not') }],
  ['format date-time', { schema: { format: 'date-time' }, value: '2027-03-01T09:00:00+01:00', want: 'ok' }],
  ['format time without an offset', { schema: { format: 'time' }, value: '09:00:00', want: issue('', 'format', 'must match format "time" (received "09:00:00")') }],
  ['format email', { schema: { format: 'email' }, value: 'a@@b.c', want: issue('', 'format', 'must match format "email" (received "a@@b.c")') }],
  ['format uuid', { schema: { format: 'uuid' }, value: '2f1e9c4a-1b2c-4d5e-8f90-1234567890ab', want: 'ok' }],
  ['format uuid, as a URN (not in RFC 4122\'s grammar)', { schema: { format: 'uuid' }, value: 'urn:uuid:2f1e9c4a-1b2c-4d5e-8f90-1234567890ab', want: issue('', 'format', 'must match format "uuid" (received "urn:uuid:2f1e9c4a-1b2c-4d5e-8f90-1234567890ab")') }],
  ['format email, a quoted local part (RFC 5321)', { schema: { format: 'email' }, value: '"joe bloggs"@example.com', want: 'ok' }],
  ['format email, an IPv6 address literal', { schema: { format: 'email' }, value: 'joe@[IPv6:::1]', want: 'ok' }],
  ['format email, an address literal that is no address', { schema: { format: 'email' }, value: 'joe@[300.1.1.1]', want: issue('', 'format', 'must match format "email" (received "joe@[300.1.1.1]")') }],
  ['format uri, relative', { schema: { format: 'uri' }, value: '/relative', want: issue('', 'format', 'must match format "uri" (received "/relative")') }],
  ['format ipv4, leading zero', { schema: { format: 'ipv4' }, value: '192.168.0.01', want: issue('', 'format', 'must match format "ipv4" (received "192.168.0.01")') }],
  ['format ipv6', { schema: { format: 'ipv6' }, value: '::ffff:192.168.0.1', want: 'ok' }],
  ['format applies to strings only', { schema: { format: 'email' }, value: 12, want: 'ok' }],
  ['format int32 on a number', { schema: { type: 'integer', format: 'int32' }, value: 2 ** 31, want: issue('', 'format', 'must match format "int32" (received 2147483648)') }],
  ['format int64 past 64 bits', { schema: { type: 'integer', format: 'int64' }, value: 2 ** 64, want: issue('', 'format', 'must match format "int64" (received 18446744073709552000)') }],
  ['format int64 at its largest JSON value (9223372036854775807 parses to 2^63)', { schema: { type: 'integer', format: 'int64' }, value: JSON.parse('9223372036854775807'), want: 'ok' }],
  // all issues
  ['allErrors reports every issue (first shown)', { schema: { required: ['a', 'b'], properties: { c: { type: 'string' } } }, value: { c: 1 }, options: { allErrors: true }, want: issue('', 'required', 'must have required property "a"') }],
];

const OPENAPI_30: Array<[string, Case]> = [
  ['nullable with type, given null', { schema: { type: 'string', nullable: true }, value: null, want: 'ok' }],
  ['not nullable, given null', { schema: { type: 'string' }, value: null, want: issue('', 'type', 'must be string (received null)') }],
  ['nullable with enum: null must be listed', { schema: { type: 'string', nullable: true, enum: ['a'] }, value: null, want: issue('', 'enum', 'must be equal to one of the allowed values "a" (received null)') }],
  ['boolean exclusiveMinimum, at the bound', { schema: { type: 'number', minimum: 5, exclusiveMinimum: true }, value: 5, want: issue('', 'exclusiveMinimum', 'must be > 5 (received 5)', '#/exclusiveMinimum') }],
  ['boolean exclusiveMaximum true, at the bound', { schema: { type: 'number', maximum: 5, exclusiveMaximum: true }, value: 5, want: issue('', 'exclusiveMaximum', 'must be < 5 (received 5)', '#/exclusiveMaximum') }],
  ['boolean exclusiveMaximum false, at the bound', { schema: { type: 'number', maximum: 5, exclusiveMaximum: false }, value: 5, want: 'ok' }],
  ['tuple items with additionalItems false', { schema: { items: [{ type: 'string' }], additionalItems: false }, value: ['a', 'b'], want: issue('', 'additionalItems', 'must NOT have more than 1 items (received 2)') }],
  ['dependencies (array form)', { schema: { dependencies: { a: ['b'] } }, value: { a: 1 }, want: issue('', 'dependencies', 'must have property "b" when property "a" is present') }],
];

function tableTests(dialect: Dialect, table: Array<[string, Case]>): void {
  describe(`keywords (${dialect})`, () => {
    let module: ValidatorModule;
    beforeAll(async () => {
      const schemas = Object.fromEntries(table.map(([, { schema }], index) => [`T${index}`, schema]));
      module = await importModule(compileSchemaMap(schemas, { dialect }).source);
    });
    it.each(table.map(([name, test], index) => [name, index, test] as const))('%s', (_, index, test) => {
      const result = (module[`validateT${index}`] as Validate)(test.value, test.options);
      const guard = (module[`isT${index}`] as Guard)(test.value);
      if (test.want === 'ok') {
        expect(result).toEqual({ ok: true, value: test.value });
        if (test.options?.formats !== false) expect(guard).toBe(true);
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues[0]).toMatchObject(test.want);
      if (test.want.schemaPath === undefined) expect(result.issues[0]!.schemaPath).toMatch(/^#/);
      expect(result.issues).toHaveLength(test.options?.allErrors ? result.issues.length : 1);
      // The guard always asserts formats: with them switched off, its verdict can differ.
      if (test.options?.formats !== false) expect(guard).toBe(false);
    });
  });
}

tableTests('openapi-3.1', OPENAPI_31);
tableTests('openapi-3.0', OPENAPI_30);

describe('all-issues mode', () => {
  it('reports every issue, in keyword order, with paths and schema paths', async () => {
    const module = await importModule(
      compileSchemaMap({ S: { required: ['a', 'b'], properties: { c: { type: 'string' }, d: { items: { minimum: 1 } } } } }, { dialect: 'openapi-3.1' }).source,
    );
    const result = (module.validateS as Validate)({ c: 1, d: [1, 0, -1] }, { allErrors: true });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: '', keyword: 'required', message: 'must have required property "a"', schemaPath: '#/required', severity: 'error' },
        { path: '', keyword: 'required', message: 'must have required property "b"', schemaPath: '#/required', severity: 'error' },
        { path: '/c', keyword: 'type', message: 'must be string (received 1)', schemaPath: '#/properties/c/type', severity: 'error' },
        { path: '/d/1', keyword: 'minimum', message: 'must be >= 1 (received 0)', schemaPath: '#/properties/d/items/minimum', severity: 'error' },
        { path: '/d/2', keyword: 'minimum', message: 'must be >= 1 (received -1)', schemaPath: '#/properties/d/items/minimum', severity: 'error' },
      ],
    });
  });
});

describe('required, several names', () => {
  it('finds the missing ones after the first present, in first-issue and all-issues modes, as warnings too', async () => {
    const module = await importModule(
      compileSchemaMap(
        {
          R: { required: ['a', "it's", 'b', 'c', 'd'] },
          W: { 'x-warn': { required: ['a', 'b', 'c'] } },
        },
        { dialect: 'openapi-3.1' },
      ).source,
    );
    const messages = (result: ReturnType<Validate>): string[] => (result.issues ?? []).map((found) => `${found.severity} ${found.message}`);
    const validateR = module.validateR as Validate;
    expect(messages(validateR({ a: 1, b: 2 }))).toEqual(['error must have required property "it\'s"']);
    expect(messages(validateR({ a: 1, b: 2 }, { allErrors: true }))).toEqual([
      'error must have required property "it\'s"',
      'error must have required property "c"',
      'error must have required property "d"',
    ]);
    expect(validateR({ a: 1, "it's": 0, b: 2, c: 3, d: 4 })).toMatchObject({ ok: true });
    const result = (module.validateW as Validate)({ b: 1 });
    expect(result.ok).toBe(true);
    expect(messages(result)).toEqual(['warning must have required property "a"', 'warning must have required property "c"']);
  });
});

describe('direction and discriminator (schemas in a document)', () => {
  const document = {
    components: {
      schemas: {
        Pet: {
          oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
          discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: 'Dog' } },
        },
        Cat: { type: 'object', required: ['kind', 'lives'], properties: { kind: { type: 'string' }, lives: { type: 'integer', maximum: 9 } } },
        Dog: { type: 'object', required: ['kind', 'barks'], properties: { kind: { type: 'string' }, barks: { type: 'boolean' } } },
        Account: {
          type: 'object',
          required: ['id', 'password', 'name'],
          properties: { id: { type: 'integer', readOnly: true }, password: { type: 'string', writeOnly: true }, name: { type: 'string' } },
        },
        // Properties named like keywords: their schemas are schemas, not `enum` data.
        Tagged: {
          type: 'object',
          required: ['enum', 'name'],
          properties: { enum: { type: 'string', readOnly: true }, name: { type: 'string' } },
        },
        Tree: { type: 'object', properties: { default: { $ref: '#/components/schemas/Node' } } },
        // The discriminator takes over the oneOf; the anyOf beside it still applies.
        TaggedPet: {
          oneOf: [{ $ref: '#/components/schemas/Cat' }],
          anyOf: [{ required: ['name'] }],
          discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } },
        },
        Node: { type: 'object', properties: { enum: { $ref: '#/components/schemas/Node' }, size: { type: 'integer' } } },
      },
    },
  };
  const root = (name: string, pointer: string, direction: RootSchema['direction']): RootSchema => ({ name, document, pointer, direction });
  let module: ValidatorModule;
  beforeAll(async () => {
    const roots = [
      root('Pet', '#/components/schemas/Pet', 'neutral'),
      root('AccountRequest', '#/components/schemas/Account', 'request'),
      root('AccountResponse', '#/components/schemas/Account', 'response'),
      root('Account', '#/components/schemas/Account', 'neutral'),
      root('TaggedRequest', '#/components/schemas/Tagged', 'request'),
      root('Tree', '#/components/schemas/Tree', 'neutral'),
      root('TaggedPet', '#/components/schemas/TaggedPet', 'neutral'),
    ];
    module = await importModule(compileModule(roots, { dialect: 'openapi-3.1' }).source);
  });
  const validate = (name: string, value: unknown): ReturnType<Validate> => (module[`validate${name}`] as Validate)(value);

  it('discriminator: the mapping picks the one schema checked', () => {
    expect(validate('Pet', { kind: 'cat', lives: 9 }).ok).toBe(true);
    expect(validate('Pet', { kind: 'cat', lives: 10 })).toMatchObject({ issues: [{ path: '/lives', keyword: 'maximum', schemaPath: '#/components/schemas/Cat/properties/lives/maximum' }] });
    expect(validate('Pet', { kind: 'dog', barks: true }).ok).toBe(true);
    expect(validate('Pet', { kind: 'dog', lives: 1 })).toMatchObject({ issues: [{ path: '', keyword: 'required', message: 'must have required property "barks"' }] });
  });

  it('discriminator: an unknown or missing tag is an issue of its own', () => {
    expect(validate('Pet', { kind: 'cow' })).toMatchObject({
      issues: [{ path: '', keyword: 'discriminator', message: 'must have property "kind" equal to one of "cat", "dog" (received "cow")', schemaPath: '#/components/schemas/Pet/discriminator' }],
    });
    expect(validate('Pet', {})).toMatchObject({ issues: [{ keyword: 'discriminator', message: 'must have property "kind" equal to one of "cat", "dog"' }] });
    expect(validate('Pet', 5)).toMatchObject({ issues: [{ keyword: 'oneOf' }] });
  });

  it('discriminator beside oneOf and anyOf: it takes over the oneOf, and the anyOf is still checked', () => {
    expect(validate('TaggedPet', { kind: 'cat', lives: 1, name: 'Tom' }).ok).toBe(true);
    expect(validate('TaggedPet', { kind: 'cat', lives: 1 })).toMatchObject({ ok: false, issues: [{ keyword: 'anyOf' }] });
    expect((module.isTaggedPet as Guard)({ kind: 'cat', lives: 1 })).toBe(false);
  });

  it('readOnly is not required in requests, writeOnly not in responses', () => {
    expect(validate('AccountRequest', { password: 'p', name: 'n' }).ok).toBe(true);
    expect(validate('AccountRequest', { id: 1, name: 'n' })).toMatchObject({ issues: [{ message: 'must have required property "password"' }] });
    expect(validate('AccountResponse', { id: 1, name: 'n' }).ok).toBe(true);
    expect(validate('AccountResponse', { password: 'p', name: 'n' })).toMatchObject({ issues: [{ message: 'must have required property "id"' }] });
    expect(validate('Account', { password: 'p', name: 'n' })).toMatchObject({ issues: [{ message: 'must have required property "id"' }] });
  });

  it('a property named like a keyword ("enum", "default") is a schema: readOnly found, recursion through it compiled', () => {
    expect(validate('TaggedRequest', { name: 'n' }).ok).toBe(true);
    expect(validate('TaggedRequest', { enum: 5, name: 'n' })).toMatchObject({ issues: [{ path: '/enum', keyword: 'type' }] });
    expect(validate('Tree', { default: { enum: { enum: { size: 3 } } } }).ok).toBe(true);
    expect(validate('Tree', { default: { enum: { enum: { size: 'x' } } } })).toMatchObject({ issues: [{ path: '/default/enum/enum/size', keyword: 'type' }] });
  });
});
