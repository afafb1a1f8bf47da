/**
 * What a keyword function receives from the engine: the keyword's value, where it is, which JS
 * variable holds the value being checked, and the few operations it may emit with. Keyword
 * functions only build code through these, so quoting and issue reporting live in one place.
 */
import type { Dialect } from './dialect.js';

/** Emitted code: a line, a guard's failure, or a block whose lines are indented one level deeper. */
export type Code = string | Failure | Code[];

/**
 * A guard's failure, rendered `if (<condition>) return false;` (`return false;` for the
 * condition `true`). It stays data until the module is rendered, so that a guard can join a
 * property's failures into one line and test the cheap ones first, from the cost each keyword
 * declared, without reading the code's text.
 */
export interface Failure {
  kind: 'failure';
  condition: string;
  cost: Cost;
}

/**
 * What testing a failure's condition costs, in the order a guard runs them: type tests,
 * comparisons and char-code scans (`matchesDate`, `codePoints`); calls of other helpers or
 * functions (a time zone lookup, a format, a sub-schema's guard); a regex.
 */
export type Cost = 'cheap' | 'call' | 'regex';

const COST_ORDER: Record<Cost, number> = { cheap: 0, call: 1, regex: 2 };

export function failure(condition: string, cost: Cost = 'cheap'): Failure {
  return { kind: 'failure', condition, cost };
}

export function isFailure(code: Code): code is Failure {
  return typeof code === 'object' && !Array.isArray(code);
}

/** The dearer of costs: what a condition joining them costs. */
export function dearest(costs: Cost[]): Cost {
  return costs.reduce<Cost>((dearer, cost) => (COST_ORDER[cost] > COST_ORDER[dearer] ? cost : dearer), 'cheap');
}

export function compareCosts(a: Cost, b: Cost): number {
  return COST_ORDER[a] - COST_ORDER[b];
}

/**
 * Which way a value travels: `readOnly` properties are not required in requests, `writeOnly`
 * properties not in responses; component validators are `neutral` (the schema as written).
 */
export type Direction = 'request' | 'response' | 'neutral';

/** Errors make a value invalid; warnings (the spec's `x-warn`) are reported and never block. */
export type Severity = 'error' | 'warning';

/** A segment of an instance path: a known property name or index, or a loop variable. */
export type PathSegment =
  | { kind: 'literal'; key: string | number }
  | { kind: 'index'; variable: string }
  | { kind: 'key'; variable: string };

/**
 * The JSON Pointer of the value being checked, as code evaluated only when an issue is
 * reported: `self` is the checking function's own position (its `p` and `k` parameters).
 */
export interface PathExpr {
  base: 'self' | { variable: string };
  segments: PathSegment[];
}

/** A message given as code (for messages built at run time) instead of fixed text. */
export interface MessageExpr {
  expr: string;
}

export interface FailOptions {
  /** The keyword reported; the current keyword by default. */
  keyword?: string;
  /** Code of the received value shown after the message, such as the checked variable. */
  received?: string;
  /** Where the issue is; the checked value by default. */
  path?: PathExpr;
  /** What the condition costs to test (a guard tests the cheap ones first); `cheap` by default. */
  cost?: Cost;
}

export type KeywordGroup = 'any' | 'number' | 'string' | 'array' | 'object';

export interface KeywordCx {
  keyword: string;
  /** The keyword's value in the schema. */
  value: unknown;
  schema: Record<string, unknown>;
  /** JSON Pointer of the schema (the keyword is at `${pointer}/${keyword}`). */
  pointer: string;
  dialect: Dialect;
  direction: Direction;
  /** Whether the issues reported here are errors or (inside `x-warn`) warnings. */
  severity: Severity;
  /** The type group the keyword runs in (`any` for keywords of every type). */
  group: KeywordGroup;
  /** Identifier of the value being checked. */
  data: string;
  path: PathExpr;
  /** Identifier of `data` typed as an object, inside the object group. */
  object: string;
  /** Identifier of `data` typed as an array, inside the array group. */
  array: string;
  /**
   * Compiling a guard (`guard<Name>(x)`): the verdict only. `fail` drops its message, `test`
   * and `call` use guards, and a keyword must not read the context `c` or build a path.
   */
  guard: boolean;

  /**
   * Code of the value of a property of `object` (inside the object group): a local read once
   * for the names in `properties` and `required`, a read expression for others. With `use`
   * false the local is named but not declared (for a check that may turn out empty).
   */
  propertyValue(name: string, use?: boolean): string;
  /**
   * Where `properties` declares the local of `name` when no other keyword reads it: just
   * before its check, so the locals of a wide object are not all live at once (a sixth faster
   * over a 1,000-item list). Otherwise the local is declared at the top of the object group.
   */
  propertyDeclaration(name: string): Code;
  /**
   * `if (<condition> && report(...)) return false;`: the check beside its message. In a guard,
   * the failure alone, with the cost given in the options.
   */
  fail(condition: string, message: string | MessageExpr, options?: FailOptions): Code;
  /** The `report(...)` call alone, for checks with their own control flow. */
  report(message: string | MessageExpr, options?: FailOptions): string;
  /** The checks of a sub-schema (at `tokens` below this keyword) on `data` at `path`, inline. */
  subschema(tokens: Array<string | number>, data: string, path: PathExpr, options?: { severity?: Severity }): Code[];
  /** The checks of the schema at a pointer of the document (a `$ref` target), as a call. */
  call(pointer: string, data: string, path: PathExpr): Code[];
  /** A boolean expression: whether `data` is valid against the sub-schema at `tokens` (no issues). */
  test(tokens: Array<string | number>, data: string): string;
  /**
   * A boolean expression: whether `data` is valid against the schema at a pointer of the
   * document (a schema in place below this one, or reached through `$ref`s), no issues built.
   */
  testAt(pointer: string, data: string): string;
  /** The schema (or any value) at a local JSON Pointer of the document, undefined if none. */
  schemaAt(pointer: string): unknown;
  /**
   * The call of the guard of the sub-schema at `tokens` on `data` (formats asserted), and
   * whether an `x-warn` rule is reachable from that sub-schema (the guard skips them);
   * undefined in a module compiled without item guards (`EngineOptions.itemGuards`).
   */
  guardOf(tokens: Array<string | number>, data: string): { call: string; warns: boolean; formats: boolean } | undefined;
  /** Marks a runtime helper as used and returns its name. */
  helper(name: string): string;
  /** A module-level constant for `code` (shared between identical ones); returns its name. */
  constant(hint: string, code: string): string;
  /** The compiled RegExp of a `pattern`-like source, defined once per module. */
  regex(source: string, pointer: string): string;
  /** A fresh identifier in the current function. */
  variable(prefix: string): string;
  /** `path` extended by a segment. */
  child(path: PathExpr, segment: PathSegment): PathExpr;
  /** Code that evaluates to the schema path of a keyword of this schema (for helpers that report). */
  schemaPathCode(keyword: string): string;
  /** Code that evaluates to the JSON Pointer string of `path`. */
  pathCode(path: PathExpr): string;
  /** A JS literal of a JSON value (hoisted to a constant when it is an object or array). */
  literal(value: unknown): string;
  /** The error that stops generation, about this keyword (its pointer is added): `throw cx.error(...)`. */
  error(message: string): Error;
  /** The same context for a sibling keyword of the same schema. */
  sibling(keyword: string): KeywordCx;
  /** Follows `$ref`s from a schema to the schema they name (for `readOnly` on a property). */
  deref(schema: unknown): unknown;
}

export type KeywordFunction = (cx: KeywordCx) => Code[];
