/**
 * 2020-12's `unevaluatedProperties` and `unevaluatedItems`: the properties (items) of the value
 * that no other keyword of the schema evaluated, looking through the sub-schemas that apply to
 * the same value (`allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`, `dependentSchemas`, `$ref`), never
 * into a property's or an item's own schema, and never into `not` (which keeps no annotation).
 *
 * What a schema evaluates is worked out when it is compiled (`Evaluated`): names of `properties`,
 * regexes of `patternProperties`, the length of `prefixItems`, and "all" for
 * `additionalProperties`, `items` and a nested `unevaluated*`; these are tested in place, as
 * `additionalProperties` tests its known names. Only the sub-schemas that count when they pass
 * (each passing branch of `anyOf`/`oneOf`, `if` with `then` or `else`, `contains` per item) and
 * `dependentSchemas` (when its property is present) are decided at run time: each branch's
 * verdict is a flag, tested the first time a property (item) that the fixed names leave over
 * needs it (`(e1 ?? (e1 = guardX(x)))`), so a value whose properties are all known calls nothing.
 *
 * A sub-schema that fails takes its annotations with it; one that must pass for the schema to be
 * valid (`allOf`, `$ref`, a present property's `dependentSchemas`, `then` when `if` passed) is
 * counted as passed: when it fails the value is invalid whatever this keyword finds.
 */
import { quote } from '../../shared/codegen.js';
import { joinPointer, pointerTokens } from '../../shared/pointer.js';
import type { Code, KeywordCx, KeywordFunction } from '../context.js';
import { discriminatorTargets } from './any.js';
import { acceptsAll, isPlainObject } from './values.js';

type Kind = 'properties' | 'items';

/**
 * When a sub-schema's annotations count: it passes (`valid`) or fails, a property is present, or
 * a property (a discriminator's) has a value.
 */
type Condition = { pointer: string; valid: boolean } | { present: string } | { property: string; equals: string };

/** What a schema evaluates of the value it applies to (one of the two kinds), known at compile time but for `conditional`. */
interface Evaluated {
  /** Every property (item): `additionalProperties`, `items`, a nested `unevaluated*`, a `contains` that accepts all. */
  all: boolean;
  /** `properties`' names. */
  names: Set<string>;
  /** `patternProperties`' sources, with the pointer of each (where an invalid one is reported). */
  patterns: Map<string, string>;
  /** The items `prefixItems` applies to: those below this index. */
  prefix: number;
  /** Pointers of `contains` schemas: an item they accept is evaluated. */
  contains: string[];
  conditional: Array<{ when: Condition; evaluated: Evaluated }>;
}

function nothing(): Evaluated {
  return { all: false, names: new Set(), patterns: new Map(), prefix: 0, contains: [], conditional: [] };
}

function isEmpty(evaluated: Evaluated): boolean {
  return !evaluated.all && evaluated.names.size === 0 && evaluated.patterns.size === 0 && evaluated.prefix === 0 &&
    evaluated.contains.length === 0 && evaluated.conditional.length === 0;
}

function merge(into: Evaluated, from: Evaluated): void {
  into.all ||= from.all;
  for (const name of from.names) into.names.add(name);
  for (const [source, pointer] of from.patterns) if (!into.patterns.has(source)) into.patterns.set(source, pointer);
  into.prefix = Math.max(into.prefix, from.prefix);
  into.contains.push(...from.contains);
  into.conditional.push(...from.conditional);
}

function addConditional(into: Evaluated, when: Condition, evaluated: Evaluated): void {
  if (!isEmpty(evaluated)) into.conditional.push({ when, evaluated });
}

/**
 * What the schema at `pointer` evaluates, through its in-place sub-schemas and `$ref`s. `self`:
 * the schema of the keyword being compiled, whose own `unevaluated*` is left out. `refs`: the
 * `$ref` targets on the way here (a loop of them is refused by the engine; here it stops).
 */
function collect(cx: KeywordCx, schema: unknown, pointer: string, kind: Kind, self: boolean, refs: string[]): Evaluated {
  const out = nothing();
  if (!isPlainObject(schema)) return out;
  const follow = (ref: unknown): Evaluated => {
    if (typeof ref !== 'string' || (ref !== '#' && !ref.startsWith('#/'))) return nothing();
    const target = joinPointer('#', ...pointerTokens(ref));
    return refs.includes(target) ? nothing() : collect(cx, cx.schemaAt(target), ref, kind, false, [...refs, target]);
  };
  merge(out, follow(schema.$ref));
  if (kind === 'properties') {
    if (isPlainObject(schema.properties)) for (const name of Object.keys(schema.properties)) out.names.add(name);
    if (isPlainObject(schema.patternProperties)) {
      for (const source of Object.keys(schema.patternProperties)) out.patterns.set(source, joinPointer(pointer, 'patternProperties', source));
    }
    if ('additionalProperties' in schema || (!self && 'unevaluatedProperties' in schema)) out.all = true;
  } else {
    if (Array.isArray(schema.prefixItems)) out.prefix = Math.max(out.prefix, schema.prefixItems.length);
    if ('items' in schema || (!self && 'unevaluatedItems' in schema)) out.all = true;
    if ('contains' in schema) {
      if (acceptsAll(schema.contains)) out.all = true;
      else if (schema.contains !== false) out.contains.push(joinPointer(pointer, 'contains'));
    }
  }
  const at = (...tokens: Array<string | number>): Evaluated => {
    let sub: unknown = schema;
    for (const token of tokens) sub = isPlainObject(sub) || Array.isArray(sub) ? (sub as Record<string | number, unknown>)[token] : undefined;
    return collect(cx, sub, joinPointer(pointer, ...tokens), kind, false, refs);
  };
  if (Array.isArray(schema.allOf)) schema.allOf.forEach((_, index) => merge(out, at('allOf', index)));
  // On an object, a discriminator beside a oneOf checks the one schema its property's value picks
  // (the oneOf's exclusivity is not tested): that schema's properties count, not those of every
  // branch that happens to pass. (Beside an anyOf every passing branch counts, as without it.)
  const dispatch = kind === 'properties' ? discriminated(schema) : undefined;
  if (dispatch) {
    for (const [tag, target] of dispatch.targets) addConditional(out, { property: dispatch.property, equals: tag }, follow(target));
  }
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    if (dispatch && keyword === 'oneOf') continue;
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((_, index) => addConditional(out, { pointer: joinPointer(pointer, keyword, index), valid: true }, at(keyword, index)));
  }
  if ('if' in schema) {
    const passed = at('if');
    if ('then' in schema) merge(passed, at('then'));
    addConditional(out, { pointer: joinPointer(pointer, 'if'), valid: true }, passed);
    if ('else' in schema) addConditional(out, { pointer: joinPointer(pointer, 'if'), valid: false }, at('else'));
  }
  // `dependentSchemas` applies to objects only: to an array, it evaluates no item.
  if (kind === 'properties' && isPlainObject(schema.dependentSchemas)) {
    for (const name of Object.keys(schema.dependentSchemas)) addConditional(out, { present: name }, at('dependentSchemas', name));
  }
  return out;
}

/** The discriminator beside a `oneOf`, as the `discriminator` keyword dispatches on it (objects only). */
function discriminated(schema: Record<string, unknown>): { property: string; targets: Map<string, string> } | undefined {
  const { discriminator, oneOf } = schema;
  if (!isPlainObject(discriminator) || typeof discriminator.propertyName !== 'string' || !Array.isArray(oneOf)) return undefined;
  const mapping = discriminator.mapping ?? {};
  if (!isPlainObject(mapping) || Object.values(mapping).some((target) => typeof target !== 'string')) return undefined;
  return { property: discriminator.propertyName, targets: discriminatorTargets(mapping as Record<string, string>, oneOf) };
}

/** The verdicts of sub-schemas, each computed once, when a test first needs it. */
class Flags {
  readonly declarations: string[] = [];
  private readonly names = new Map<string, string>();

  constructor(private readonly cx: KeywordCx) {}

  condition(when: Condition): string {
    const { cx } = this;
    if ('present' in when) return `${cx.propertyValue(when.present)} !== undefined`;
    if ('equals' in when) return `${cx.propertyValue(when.property)} === ${quote(when.equals)}`;
    const test = cx.testAt(when.pointer, cx.data);
    if (test === 'true' || test === 'false') return String((test === 'true') === when.valid);
    let flag = this.names.get(when.pointer);
    if (flag === undefined) {
      flag = this.cx.variable('e');
      this.names.set(when.pointer, flag);
      this.declarations.push(`let ${flag}: boolean | undefined;`);
    }
    const lazy = `(${flag} ?? (${flag} = ${test}))`;
    return when.valid ? lazy : `!${lazy}`;
  }
}

/** The conditions (any one enough) that a property named `key` is evaluated. */
function propertyEvaluated(cx: KeywordCx, evaluated: Evaluated, key: string, flags: Flags): string[] {
  if (evaluated.all) return ['true'];
  const names = [...evaluated.names];
  return [
    ...(names.length > 8 ? [`${cx.constant('names', `new Set(${JSON.stringify(names)})`)}.has(${key})`] : names.map((name) => `${key} === ${quote(name)}`)),
    ...[...evaluated.patterns].map(([source, pointer]) => `${cx.regex(source, pointer)}.test(${key})`),
    ...evaluated.conditional.map(({ when, evaluated: sub }) => conditional(flags.condition(when), propertyEvaluated(cx, sub, key, flags))),
  ];
}

/** The conditions that the item at `index` is evaluated; `from`: the items below it are known to be. */
function itemEvaluated(cx: KeywordCx, evaluated: Evaluated, index: string, flags: Flags, from = 0): string[] {
  if (evaluated.all) return ['true'];
  return [
    ...(evaluated.prefix > from ? [`${index} < ${evaluated.prefix}`] : []),
    ...evaluated.contains.map((pointer) => cx.testAt(pointer, `${cx.array}[${index}]`)),
    ...evaluated.conditional.map(({ when, evaluated: sub }) => conditional(flags.condition(when), itemEvaluated(cx, sub, index, flags))),
  ];
}

/**
 * `then` when `when` holds, the cheap tests of `then` first: a branch's verdict is asked only for
 * a property (item) that the branch would evaluate.
 */
function conditional(when: string, then: string[]): string {
  if (then.includes('true')) return when;
  return `(${then.length === 1 ? then[0] : `(${anyOf(then)})`} && ${when})`;
}

/** Conditions joined by `||`: each is a comparison, a call, or a conditional in parentheses. */
function anyOf(conditions: string[]): string {
  return conditions.join(' || ');
}

function schemaValue(cx: KeywordCx): void {
  if (typeof cx.value !== 'boolean' && !isPlainObject(cx.value)) {
    throw cx.error(`expected "${cx.keyword}" to be a boolean or a schema, received ${JSON.stringify(cx.value)}`);
  }
}

export const unevaluatedProperties: KeywordFunction = (cx) => {
  schemaValue(cx);
  if (acceptsAll(cx.value)) return [];
  const evaluated = collect(cx, cx.schema, cx.pointer, 'properties', true, []);
  if (evaluated.all) return [];
  const flags = new Flags(cx);
  const key = cx.variable('k');
  const known = propertyEvaluated(cx, evaluated, key, flags);
  const skipKnown: Code[] = known.length ? [`if (${anyOf(known)}) continue;`] : [];
  const loop = `for (const ${key} of Object.keys(${cx.object})) {`;
  if (cx.value === false) {
    const check = cx.fail('true', 'must NOT have unevaluated properties', { received: key });
    return [...flags.declarations, loop, [...skipKnown, check], '}'];
  }
  const value = cx.variable('v');
  const body = cx.subschema([], value, cx.child(cx.path, { kind: 'key', variable: key }));
  if (body.length === 0) return [];
  return [...flags.declarations, loop, [...skipKnown, `const ${value} = ${cx.helper('ownValue')}(${cx.object}, ${key});`, ...body], '}'];
};

export const unevaluatedItems: KeywordFunction = (cx) => {
  schemaValue(cx);
  if (acceptsAll(cx.value)) return [];
  const evaluated = collect(cx, cx.schema, cx.pointer, 'items', true, []);
  if (evaluated.all) return [];
  const start = evaluated.prefix;
  const flags = new Flags(cx);
  const index = cx.variable('i');
  const known = itemEvaluated(cx, evaluated, index, flags, start);
  if (known.length === 0 && cx.value === false) {
    // The evaluated items are the first `start`, whatever the value: one test of the length.
    return [cx.fail(`${cx.array}.length > ${start}`, `must NOT have more than ${start} items`, { received: `${cx.array}.length` })];
  }
  const skipKnown: Code[] = known.length ? [`if (${anyOf(known)}) continue;`] : [];
  const loop = `for (let ${index} = ${start}; ${index} < ${cx.array}.length; ${index}++) {`;
  if (cx.value === false) {
    const check = cx.fail('true', { expr: `"must NOT have unevaluated items (item " + ${index} + ")"` });
    return [...flags.declarations, loop, [...skipKnown, check], '}'];
  }
  const item = cx.variable('v');
  const body = cx.subschema([], item, cx.child(cx.path, { kind: 'index', variable: index }));
  if (body.length === 0) return [];
  return [...flags.declarations, loop, [...skipKnown, `const ${item} = ${cx.array}[${index}];`, ...body], '}'];
};
