/**
 * Checks of keyword values in the spec (not of validated data): a `minLength` must be a
 * non-negative integer, a `required` a list of strings, and so on. A malformed keyword stops
 * generation with its pointer rather than compiling into a check that means something else.
 */
import { quote } from '../../shared/codegen.js';
import type { KeywordCx } from '../context.js';

export function nonNegativeInteger(cx: KeywordCx): number {
  const { value } = cx;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw cx.error(`expected "${cx.keyword}" to be a non-negative integer, received ${JSON.stringify(value)}`);
  }
  return value;
}

export function finiteNumber(cx: KeywordCx, value: unknown = cx.value, keyword = cx.keyword): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw cx.error(`expected "${keyword}" to be a number, received ${JSON.stringify(value)}`);
  }
  return value;
}

export function booleanValue(cx: KeywordCx): boolean {
  if (typeof cx.value !== 'boolean') throw cx.error(`expected "${cx.keyword}" to be a boolean, received ${JSON.stringify(cx.value)}`);
  return cx.value;
}

export function stringList(cx: KeywordCx, value: unknown = cx.value, what = `"${cx.keyword}"`): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw cx.error(`expected ${what} to be an array of strings, received ${JSON.stringify(value)}`);
  }
  return value as string[];
}

export function schemaMap(cx: KeywordCx): Record<string, unknown> {
  if (!isPlainObject(cx.value)) throw cx.error(`expected "${cx.keyword}" to be an object of schemas, received ${JSON.stringify(cx.value)}`);
  return cx.value;
}

export function schemaList(cx: KeywordCx, allowEmpty = false): unknown[] {
  if (!Array.isArray(cx.value) || (!allowEmpty && cx.value.length === 0)) {
    throw cx.error(`expected "${cx.keyword}" to be a non-empty array of schemas, received ${JSON.stringify(cx.value)}`);
  }
  return cx.value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A schema that accepts everything: `true`, `{}`, or one with annotations only. */
export function acceptsAll(schema: unknown): boolean {
  if (schema === true) return true;
  if (!isPlainObject(schema)) return false;
  return Object.keys(schema).every((key) => key.startsWith('x-') || ['title', 'description', 'default', 'examples', 'example', 'deprecated', '$comment'].includes(key));
}

/** Code reading a property of an object variable, safe for every name. */
export function propertyRead(cx: KeywordCx, object: string, name: string): string {
  // Names that Object.prototype also has ("constructor", "__proto__") must be read as own.
  if (name in Object.prototype) return `${cx.helper('ownValue')}(${object}, ${quote(name)})`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${object}.${name}` : `${object}[${quote(name)}]`;
}

/** A list of values for a message, cut when long: `"READY", "PAUSED"`. */
export function listForMessage(values: unknown[], limit = 100): string {
  let text = '';
  for (const value of values) {
    const next = (text ? ', ' : '') + JSON.stringify(value);
    if (text.length + next.length > limit) return `${text}, …`;
    text += next;
  }
  return text;
}
