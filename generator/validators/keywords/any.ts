/**
 * Keywords of every type: `$ref`, `const`, `enum`, `allOf`, `anyOf`, `oneOf`, `not`,
 * `if`/`then`/`else`, and OpenAPI's `discriminator`. They run before the type groups, in Ajv's
 * order, so that the first issue is the one Ajv reports first.
 *
 * `anyOf`, `oneOf`, `not`, `if` and `contains` test their sub-schemas quietly (a call that
 * builds no issue) and report one issue of their own.
 */
import { unescapePointerToken } from '../../shared/pointer.js';
import type { Code, Cost, KeywordCx, KeywordFunction } from '../context.js';
import { isPlainObject, listForMessage, propertyRead, schemaList } from './values.js';

export const $ref: KeywordFunction = (cx) => {
  if (typeof cx.value !== 'string' || !cx.value.startsWith('#')) {
    throw cx.error(`unsupported $ref ${JSON.stringify(cx.value)}: only local references ("#/...") are supported; bundle the spec first`);
  }
  if (cx.value !== '#' && !cx.value.startsWith('#/')) {
    throw cx.error(`unsupported $ref ${JSON.stringify(cx.value)}: a plain-name fragment ($anchor); use a JSON Pointer such as "#/$defs/name"`);
  }
  return cx.call(cx.value, cx.data, cx.path);
};

/**
 * A comparison with a JSON value: `===` for primitives, deep equality for the rest. In a guard
 * the value is typed `unknown` again: its type test, joined before, has narrowed it, and an
 * enum value of another type (a spec's slip, still valid JSON Schema) would not type-check.
 */
function equals(cx: KeywordCx, value: unknown): string {
  return value !== null && typeof value === 'object'
    ? `${cx.helper('equal')}(${cx.data}, ${cx.literal(value)})`
    : `${cx.guard ? `(${cx.data} as unknown)` : cx.data} === ${cx.literal(value)}`;
}

export const $const: KeywordFunction = (cx) => {
  return [cx.fail(`!${wrap(equals(cx, cx.value))}`, `must be equal to constant ${JSON.stringify(cx.value)}`, { received: cx.data, cost: equalityCost([cx.value]) })];
};

/**
 * Past this many values an enum of strings, numbers, booleans and null is a Set lookup: a chain
 * of `===` is faster for a few values, but of thousands it is more than TypeScript's control
 * flow analysis takes (TS2563), and then more than its binder's stack.
 */
const SET_LOOKUP_FROM = 32;

export const $enum: KeywordFunction = (cx) => {
  if (!Array.isArray(cx.value)) throw cx.error(`expected "enum" to be an array, received ${JSON.stringify(cx.value)}`);
  const values = cx.value;
  const primitives = values.filter((value) => value === null || typeof value !== 'object');
  if (primitives.length > SET_LOOKUP_FROM) {
    // SameValueZero, as ===, but for NaN, which JSON has not. Objects and arrays, compared in
    // depth, stay beside it.
    const set = cx.constant('ENUM', `new Set<unknown>(${JSON.stringify(primitives)})`);
    const structured = values.filter((value) => value !== null && typeof value === 'object');
    const none = [`!${set}.has(${cx.data})`, ...structured.map((value) => `!${wrap(equals(cx, value))}`)].join(' && ');
    return [cx.fail(none, `must be equal to one of the allowed values ${listForMessage(values)}`, { received: cx.data, cost: equalityCost(structured) })];
  }
  const none = values.length === 0 ? 'true' : values.map((value) => `!${wrap(equals(cx, value))}`).join(' && ');
  return [cx.fail(none, `must be equal to one of the allowed values ${listForMessage(values)}`, { received: cx.data, cost: equalityCost(values) })];
};

/** Sub-schema tests call a function, but for a schema that accepts all or nothing (`true`, `false`). */
function testsCost(tests: string[]): Cost {
  return tests.every((test) => test === 'true' || test === 'false') ? 'cheap' : 'call';
}

/** Comparisons with JSON values: a call of deep equality when one of them is an object. */
function equalityCost(values: unknown[]): Cost {
  return values.some((value) => value !== null && typeof value === 'object') ? 'call' : 'cheap';
}

function wrap(condition: string): string {
  return `(${condition})`;
}

export const allOf: KeywordFunction = (cx) => {
  return schemaList(cx).flatMap((_, index) => cx.subschema([index], cx.data, cx.path));
};

export const anyOf: KeywordFunction = (cx) => {
  // The discriminator takes over the oneOf when there is one, else the anyOf.
  if ('discriminator' in cx.schema && !('oneOf' in cx.schema)) return [];
  return anyOfChecks(cx);
};

function anyOfChecks(cx: KeywordCx): Code[] {
  const tests = schemaList(cx).map((_, index) => cx.test([index], cx.data));
  return [cx.fail(`!(${tests.join(' || ')})`, 'must match a schema in anyOf', { cost: testsCost(tests) })];
}

export const oneOf: KeywordFunction = (cx) => {
  if ('discriminator' in cx.schema) return [];
  return oneOfChecks(cx);
};

function oneOfChecks(cx: KeywordCx): Code[] {
  const count = cx.variable('n');
  const tests = schemaList(cx).map((_, index) => `if (${cx.test([index], cx.data)}) ${count}++;`);
  const message = { expr: `"must match exactly one schema in oneOf (matched " + ${count} + ")"` };
  return [`let ${count} = 0;`, ...tests, cx.fail(`${count} !== 1`, message)];
}

export const not: KeywordFunction = (cx) => {
  const test = cx.test([], cx.data);
  return [cx.fail(test, 'must NOT be valid', { cost: testsCost([test]) })];
};

/** `if` decides whether `then` or `else` applies; `if` alone asserts nothing. */
export const $if: KeywordFunction = (cx) => {
  const thenChecks = 'then' in cx.schema ? cx.sibling('then').subschema([], cx.data, cx.path) : [];
  const elseChecks = 'else' in cx.schema ? cx.sibling('else').subschema([], cx.data, cx.path) : [];
  if (thenChecks.length === 0 && elseChecks.length === 0) return [];
  const test = cx.test([], cx.data);
  if (elseChecks.length === 0) return [`if (${test}) {`, thenChecks, '}'];
  if (thenChecks.length === 0) return [`if (!${test}) {`, elseChecks, '}'];
  return [`if (${test}) {`, thenChecks, '} else {', elseChecks, '}'];
};

/** Compiled by `if`; without `if` they have no effect. */
export const thenOrElse: KeywordFunction = () => [];

/**
 * The schema each discriminator value picks: `mapping`'s (a name is a component's), then the
 * component named by each `$ref` branch that no mapping targets. (Also read by unevaluated.ts:
 * the picked schema's properties are the ones evaluated.)
 */
export function discriminatorTargets(mapping: Record<string, string>, branches: unknown[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag, target] of Object.entries(mapping)) {
    targets.set(tag, target.startsWith('#') ? target : `#/components/schemas/${target}`);
  }
  // Implicit mapping: a branch `$ref: '#/components/schemas/Cat'` is chosen by "Cat".
  const mapped = new Set(targets.values());
  for (const branch of branches) {
    const ref = isPlainObject(branch) ? branch.$ref : undefined;
    if (typeof ref !== 'string' || mapped.has(ref)) continue;
    const written = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
    const name = written === undefined ? undefined : unescapePointerToken(written);
    if (name && !targets.has(name)) targets.set(name, ref);
  }
  return targets;
}

/**
 * OpenAPI's `discriminator`: on an object, the value of `propertyName` picks the one schema to
 * check (from `mapping`, else by component name), and a value naming none is an issue of its
 * own. On anything else, the `oneOf`/`anyOf` beside it applies as written.
 */
export const discriminator: KeywordFunction = (cx) => {
  const { value } = cx;
  if (!isPlainObject(value) || typeof value.propertyName !== 'string') {
    throw cx.error(`expected "discriminator" to be an object with a string "propertyName", received ${JSON.stringify(value)}`);
  }
  const list = 'oneOf' in cx.schema ? 'oneOf' : 'anyOf' in cx.schema ? 'anyOf' : undefined;
  // On a base schema that subtypes extend with allOf (OpenAPI 3.0's inheritance), the
  // discriminator only tells readers which property names the subtype: there is no choice of
  // branches to make, and JSON Schema (Ajv too) treats it as an annotation. So do we.
  if (!list) return [];
  const branches = cx.schema[list];
  if (!Array.isArray(branches)) throw cx.error(`expected "${list}" to be an array of schemas`);
  const mapping = value.mapping === undefined ? {} : value.mapping;
  if (!isPlainObject(mapping) || Object.values(mapping).some((target) => typeof target !== 'string')) {
    throw cx.error(`expected "discriminator/mapping" to map values to schema names or references, received ${JSON.stringify(mapping)}`);
  }
  const targets = discriminatorTargets(mapping as Record<string, string>, branches);
  if (targets.size === 0) throw cx.error('"discriminator" has no mapping and no "$ref" branches to name');

  const object = cx.variable('o');
  const tag = cx.variable('t');
  const property = value.propertyName;
  const dispatch: Code[] = [];
  [...targets].forEach(([name, target], index) => {
    dispatch.push(`${index === 0 ? 'if' : '} else if'} (${tag} === ${cx.literal(name)}) {`, cx.call(target, cx.data, cx.path));
  });
  const expected = `must have property ${JSON.stringify(property)} equal to one of ${listForMessage([...targets.keys()])}`;
  dispatch.push(cx.guard ? '} else return false;' : `} else if (${cx.report(expected, { received: tag })}) return false;`);
  const fallback = list === 'oneOf' ? oneOfChecks(cx.sibling('oneOf')) : anyOfChecks(cx.sibling('anyOf'));
  return [
    `if (typeof ${cx.data} === "object" && ${cx.data} !== null && !Array.isArray(${cx.data})) {`,
    [`const ${object} = ${cx.data} as Record<string, unknown>;`, `const ${tag} = ${propertyRead(cx, object, property)};`, ...dispatch],
    '} else {',
    fallback,
    '}',
  ];
};
