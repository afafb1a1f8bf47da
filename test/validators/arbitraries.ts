/**
 * fast-check arbitraries for the differential test: well-formed values of a schema (built from
 * the schema itself, so they follow its types, patterns, enums and bounds), and mutations of
 * them that land near the edges: wrong types, numbers at and beside each bound, strings one
 * character off, missing and extra properties, astral characters.
 */
import fc from 'fast-check';
import { resolvePointer } from '../../generator/shared/pointer.js';

type Schema = Record<string, unknown>;

interface OrderPair {
  before: string;
  after: string;
}

/** `x-order`'s pairs put in order (swapped when `after` is less than `before`). */
function ordered(value: Record<string, unknown>, pairs: OrderPair[]): Record<string, unknown> {
  const result = { ...value };
  for (const { before, after } of pairs) {
    const first = result[before];
    const second = result[after];
    if (typeof first === typeof second && (typeof first === 'string' || typeof first === 'number') && (second as string) < (first as string)) {
      result[before] = second;
      result[after] = first;
    }
  }
  return result;
}

/** Well-formed values of a schema of the spec (the subset of keywords the spec uses). */
export function validValue(document: unknown, schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (schema === true || schema === undefined) return fc.jsonValue({ maxDepth: 2 });
  const node = schema as Schema;
  if (typeof node.$ref === 'string') return validValue(document, resolvePointer(document, node.$ref), depth + 1);
  if (Array.isArray(node.enum)) return fc.constantFrom(...node.enum);
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => valueOfType(document, node, type as string, depth)));
}

function valueOfType(document: unknown, node: Schema, type: string, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer();
    case 'number': {
      const min = typeof node.exclusiveMinimum === 'number' ? node.exclusiveMinimum : typeof node.minimum === 'number' ? node.minimum : undefined;
      if (min === undefined) return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
      const bound = min;
      return fc.oneof(
        fc.integer({ min: Math.floor(bound) + 1, max: Math.floor(bound) + 1000 }),
        fc.double({ min: bound, max: bound + 1e6, noNaN: true, minExcluded: node.exclusiveMinimum !== undefined }),
      );
    }
    case 'string': {
      // The generator's extensions and asserted formats: values that pass them, so that values
      // valid by every check (ours included) are common, and a guard that passed an invalid
      // value would be seen (mutations then break one thing at a time).
      if (node['x-time-zone'] === true) return fc.constantFrom('UTC', 'America/Chicago', 'Europe/Paris', 'Asia/Kolkata', 'Australia/Lord_Howe');
      if (node.format === 'date') {
        return fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
          .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }
      if (typeof node.pattern === 'string') return fc.stringMatching(new RegExp(node.pattern, 'u'));
      const minLength = typeof node.minLength === 'number' ? node.minLength : 0;
      return fc.oneof(
        fc.string({ minLength, maxLength: minLength + 12 }),
        fc.string({ minLength, maxLength: minLength + 6, unit: 'binary' }),
      );
    }
    case 'array':
      return fc.array(validValue(document, node.items, depth + 1), { maxLength: depth > 2 ? 1 : 4 });
    case 'object': {
      const properties = (node.properties ?? {}) as Record<string, unknown>;
      const required = new Set((node.required ?? []) as string[]);
      const shape = Object.fromEntries(Object.entries(properties).map(([name, sub]) => [name, validValue(document, sub, depth + 1)]));
      const record = fc.record(shape, { requiredKeys: [...required].filter((name) => name in properties) });
      return Array.isArray(node['x-order']) ? record.map((value) => ordered(value, node['x-order'] as OrderPair[])) : record;
    }
    default:
      throw new Error(`no arbitrary for type ${type}`);
  }
}

/** Replacement values near the spec's edges: its bounds and beside them, wrong types, astral text. */
export function edgeValues(document: unknown): unknown[] {
  const bounds = new Set<number>();
  const strings = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const schema = node as Schema;
    for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength']) {
      if (typeof schema[key] === 'number') bounds.add(schema[key] as number);
    }
    if (Array.isArray(schema.enum)) for (const value of schema.enum) if (typeof value === 'string') strings.add(value);
    Object.values(schema).forEach(visit);
  };
  visit(document);
  const numbers = [...bounds].flatMap((bound) => [bound, bound + 1, bound - 1, bound + 1e-9, bound - 1e-9, bound + Number.EPSILON * Math.max(1, Math.abs(bound))]);
  const near = [...strings].flatMap((value) => [value.toLowerCase(), `${value} `, value.slice(1), `${value}😀`]);
  return [
    ...numbers, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 1e21, -1, 0.1, 2 ** 53,
    ...near, '', 'a', 'ab', 'abc', '😀', '😀a', '😀😀', 'a😀b', '\u0000', '0123456789', '1234567890', '12345678901',
    '2027-13-01', '2027-02-30', '0999-01-01', '2027-1-01', '24:00', '23:60', '9:00', '09:00 ', '１２:００',
    null, true, false, [], {}, [null], { number: '1' }, { id: 1, type: 'EXT' },
  ];
}

/** A mutation: where (a seed that picks a node of the value) and what. */
export interface Mutation {
  at: number;
  op: number;
  seed: number;
  replacement: unknown;
  key: string;
}

export function mutationArbitrary(edges: unknown[]): fc.Arbitrary<Mutation> {
  return fc.record({
    at: fc.nat(),
    op: fc.nat({ max: 7 }),
    seed: fc.nat(),
    replacement: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...edges) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
    key: fc.oneof(fc.constantFrom('extra', 'Number', 'tenantid', 'field10', ' name', 'id '), fc.string({ minLength: 1, maxLength: 6 })),
  });
}

/** Applies mutations to a copy of a value. */
export function mutate(value: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(value);
  for (const mutation of mutations) root = mutateOnce(root, mutation);
  return root;
}

function mutateOnce(root: unknown, { at, op, seed, replacement, key }: Mutation): unknown {
  const nodes: Array<{ parent: Record<string | number, unknown> | undefined; key: string | number | undefined; value: unknown }> = [];
  const collect = (value: unknown, parent?: Record<string | number, unknown>, name?: string | number): void => {
    nodes.push({ parent, key: name, value });
    if (Array.isArray(value)) value.forEach((item, index) => collect(item, value as unknown as Record<number, unknown>, index));
    else if (value !== null && typeof value === 'object') for (const [child, item] of Object.entries(value)) collect(item, value as Record<string, unknown>, child);
  };
  collect(root);
  const node = nodes[at % nodes.length]!;
  const set = (next: unknown): unknown => {
    if (!node.parent) return next;
    node.parent[node.key!] = next;
    return root;
  };
  const { value } = node;
  switch (op) {
    case 0:
    case 1:
      return set(structuredClone(replacement));
    case 2: // a string one character off: replaced, inserted or removed
      if (typeof value === 'string') {
        const chars = [...value];
        const index = seed % (chars.length + 1);
        const char = ['0', '9', 'a', 'Z', '-', ':', ' ', '😀', '\u00e9', '/'][seed % 10]!;
        if (seed % 3 === 0) chars.splice(index, 0, char);
        else if (seed % 3 === 1 && chars.length) chars.splice(index % chars.length, 1);
        else chars[index % Math.max(chars.length, 1)] = char;
        return set(chars.join(''));
      }
      return set(structuredClone(replacement));
    case 3: // a number moved beside itself
      if (typeof value === 'number') return set([value + 1, value - 1, -value, value + 1e-9, value - 1e-9, 0][seed % 6]);
      return set(structuredClone(replacement));
    case 4: // a property removed
      if (isRecord(value)) {
        const keys = Object.keys(value);
        if (keys.length) delete value[keys[seed % keys.length]!];
      }
      return root;
    case 5: // a property added
      if (isRecord(value)) value[key] = structuredClone(replacement);
      return root;
    case 6: // an item removed, duplicated or added
      if (Array.isArray(value)) {
        if (seed % 3 === 0 && value.length) value.splice(seed % value.length, 1);
        else if (seed % 3 === 1 && value.length) value.push(structuredClone(value[seed % value.length]));
        else value.push(structuredClone(replacement));
      }
      return root;
    default:
      return root;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
