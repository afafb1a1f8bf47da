/**
 * Array keywords: `maxItems`, `minItems`, `uniqueItems`, `prefixItems`, `items`, `contains`
 * (with `minContains`/`maxContains`), and draft-04's tuple `items` with `additionalItems`.
 * They run inside the array group, where `cx.array` is the value typed as an array.
 */
import type { Code, KeywordCx, KeywordFunction, PathExpr } from '../context.js';
import { acceptsAll, booleanValue, isPlainObject, joinedGuard, nonNegativeInteger, schemaList } from './values.js';

export const maxItems: KeywordFunction = (cx) => {
  const limit = nonNegativeInteger(cx);
  return [cx.fail(`${cx.array}.length > ${limit}`, `must NOT have more than ${limit} items`, { received: `${cx.array}.length` })];
};

export const minItems: KeywordFunction = (cx) => {
  const limit = nonNegativeInteger(cx);
  if (limit === 0) return [];
  return [cx.fail(`${cx.array}.length < ${limit}`, `must NOT have fewer than ${limit} items`, { received: `${cx.array}.length` })];
};

export const uniqueItems: KeywordFunction = (cx) => {
  if (!booleanValue(cx)) return [];
  const pair = cx.variable('d');
  const message = { expr: `"must NOT have duplicate items (items " + ${pair}[0] + " and " + ${pair}[1] + " are identical)"` };
  return [`const ${pair} = ${cx.helper('duplicate')}(${cx.array});`, cx.fail(`${pair} !== null`, message)];
};

/** 2020-12 `prefixItems`, and draft-04 `items` in its array (tuple) form. */
function tuple(cx: KeywordCx): Code[] {
  const schemas = schemaList(cx);
  return schemas.flatMap((_, index) => {
    const item = cx.variable('v');
    const body = cx.subschema([index], item, cx.child(cx.path, { kind: 'literal', key: index }));
    if (body.length === 0) return [];
    return [`if (${cx.array}.length > ${index}) {`, [`const ${item} = ${cx.array}[${index}];`, ...body], '}'];
  });
}

/** The checks of one schema on every item from `start`; `false` limits the array to `start` items. */
function rest(cx: KeywordCx, start: number, tokens: Array<string | number>, schema: unknown): Code[] {
  if (schema === false) {
    return [cx.fail(`${cx.array}.length > ${start}`, `must NOT have more than ${start} items`, { received: `${cx.array}.length` })];
  }
  if (acceptsAll(schema)) return [];
  const index = cx.variable('i');
  const item = cx.variable('v');
  const loop = `for (let ${index} = ${start}; ${index} < ${cx.array}.length; ${index}++) {`;
  if (cx.guard) {
    // A guard checks the items inline, or calls the items' guard as the check calls its check.
    const body = joinedGuard(cx.subschema(tokens, item, cx.path));
    return body.length ? [loop, [`const ${item} = ${cx.array}[${index}];`, ...body], '}'] : [];
  }
  // A check passes the items the items' guard passes, in a tight loop (no error to report
  // there, nor warning unless x-warn rules run), and checks each item it refuses: a valid list
  // costs the guard alone, and a list with an error is read once. In a warning schema every
  // item is checked.
  const guarded = cx.severity === 'error' ? cx.guardOf(tokens, `${cx.array}[${index}]`) : undefined;
  // Items checked by a `$ref` function get their pointer from the array's, computed once
  // (unless items are guarded: then only for a refused item).
  const hoisted = !guarded && isPlainObject(schema) && '$ref' in schema ? cx.variable('p') : undefined;
  const itemPath: PathExpr = hoisted
    ? { base: { variable: hoisted }, segments: [{ kind: 'index', variable: index }] }
    : cx.child(cx.path, { kind: 'index', variable: index });
  const body = cx.subschema(tokens, item, itemPath);
  if (body.length === 0) return [];
  if (guarded) {
    // After a refused item (all issues, or warnings), the guard's loop resumes.
    const skipAccepted = [`while (${index} < ${cx.array}.length && ${guarded.call}) ${index}++;`, `if (${index} === ${cx.array}.length) break;`];
    return [
      loop,
      [
        // With x-warn rules below, an item the guard passes may still have a warning to report;
        // with a format below, the guard's verdict is the one with formats asserted.
        ...(guarded.warns || guarded.formats
          ? [`if (${[...(guarded.warns ? ['!c.warnings'] : []), ...(guarded.formats ? ['c.formats'] : [])].join(' && ')}) {`, skipAccepted, '}']
          : skipAccepted),
        `const ${item} = ${cx.array}[${index}];`,
        ...body,
      ],
      '}',
    ];
  }
  return [
    ...(hoisted ? [`const ${hoisted} = ${cx.pathCode(cx.path)};`] : []),
    loop,
    [`const ${item} = ${cx.array}[${index}];`, ...body],
    '}',
  ];
}

export const prefixItems: KeywordFunction = tuple;

export const items: KeywordFunction = (cx) => {
  if (Array.isArray(cx.value)) {
    if (cx.dialect === 'openapi-3.1') throw cx.error('expected "items" to be a schema (2020-12 writes tuples with "prefixItems")');
    return tuple(cx);
  }
  const start = Array.isArray(cx.schema.prefixItems) ? cx.schema.prefixItems.length : 0;
  return rest(cx, start, [], cx.value);
};

/** draft-04: the items after a tuple `items`; without a tuple it has no effect. */
export const additionalItems: KeywordFunction = (cx) => {
  if (!Array.isArray(cx.schema.items)) return [];
  return rest(cx, cx.schema.items.length, [], cx.value);
};

export const contains: KeywordFunction = (cx) => {
  const min = 'minContains' in cx.schema ? nonNegativeInteger(cx.sibling('minContains')) : 1;
  const max = 'maxContains' in cx.schema ? nonNegativeInteger(cx.sibling('maxContains')) : undefined;
  if (min === 0 && max === undefined) return [];
  const count = cx.variable('n');
  const index = cx.variable('i');
  const item = cx.variable('v');
  const test = cx.test([], item);
  // Without a maximum, counting can stop at the minimum.
  const stop = max === undefined ? ` && ${count} < ${min}` : '';
  return [
    `let ${count} = 0;`,
    `for (let ${index} = 0; ${index} < ${cx.array}.length${stop}; ${index}++) {`,
    [`const ${item} = ${cx.array}[${index}];`, `if (${test}) ${count}++;`],
    '}',
    ...(min > 0
      ? [cx.fail(`${count} < ${min}`, `must contain at least ${min} valid item(s)`, { keyword: 'minContains' in cx.schema ? 'minContains' : 'contains', received: count })]
      : []),
    ...(max !== undefined ? [cx.fail(`${count} > ${max}`, `must contain at most ${max} valid item(s)`, { keyword: 'maxContains', received: count })] : []),
  ];
};

/** Modifiers of `contains`, checked there; alone they have no effect (2020-12). */
export const minContains: KeywordFunction = (cx) => (nonNegativeInteger(cx), []);
export const maxContains: KeywordFunction = (cx) => (nonNegativeInteger(cx), []);
