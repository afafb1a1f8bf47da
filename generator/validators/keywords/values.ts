/**
 * Checks of keyword values in the spec (not of validated data): a `minLength` must be a
 * non-negative integer, a `required` a list of strings, and so on. A malformed keyword stops
 * generation with its pointer rather than compiling into a check that means something else.
 */
import { quote } from '../../shared/codegen.js';
import { dearest, failure, isFailure, type Code, type Failure, type KeywordCx } from '../context.js';
import { EXTENSIONS } from '../dialect.js';

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
  // The generator's own extensions check (x-warn: warns): a schema holding one is not empty.
  return Object.keys(schema).every((key) => (key.startsWith('x-') && !EXTENSIONS.includes(key)) || ['title', 'description', 'default', 'examples', 'example', 'deprecated', '$comment'].includes(key));
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

// --- Guards: their checks are failures (`if (<wrong>) return false;`), joined where they can be.

/**
 * The failures of guard lines that are all failures (comments aside, kept to go above the
 * joined line); undefined when a line is anything else (a declaration, a loop, a block).
 */
export function joinFailures(lines: Code[]): { comments: string[]; failures: Failure[] } | undefined {
  const comments: string[] = [];
  const failures: Failure[] = [];
  for (const line of lines) {
    if (isFailure(line)) failures.push(line);
    else if (line === '') continue;
    else if (typeof line === 'string' && line.startsWith('// ')) comments.push(line);
    else return undefined;
  }
  return failures.length ? { comments, failures } : undefined;
}

/** Guard lines that are all failures as one (comments above it); other lines as they are. */
export function joinedGuard(lines: Code[]): Code[] {
  const joined = joinFailures(lines);
  return joined ? [...joined.comments, failWhen(joined.failures)] : lines;
}

/** `a || b || c`, each operand that could bind looser than `||` in parentheses. */
export function orChain(conditions: string[]): string {
  return conditions.map((condition) => (condition.includes('?') ? `(${condition})` : condition)).join(' || ');
}

/** A condition as an operand of `&&`. */
export function grouped(condition: string): string {
  return /\|\||\?/.test(condition) ? `(${condition})` : condition;
}

/** The failure when any of the failures holds: one line, as dear as the dearest. */
export function failWhen(failures: Failure[]): Failure {
  if (failures.length === 1) return failures[0]!;
  return failure(orChain(failures.map((one) => one.condition)), dearest(failures.map((one) => one.cost)));
}
