/**
 * The validator compiler's engine: the one walk over a schema. It checks that every keyword is
 * known, orders the keywords as Ajv does (type, keywords of any type, then one group per JSON
 * type), hands each keyword to its function in `keywords/`, and turns every `$ref` target and
 * every sub-schema that is tested quietly into a function of its own, compiled once.
 *
 * Emitted checks have the shape `if (<wrong> && report(...)) return false;`: a valid value runs
 * only the conditions; the issue's path, message and schema path are built when it fails.
 * Checking functions take `(x, c, p, k)`: the value, the context (issues, options), and the
 * parent's JSON Pointer with the value's key, joined only when an issue is reported.
 *
 * The same walk in guard mode (`guard<Name>(x)`) compiles a schema's verdict alone: no context,
 * path or message, `x-warn` skipped, formats asserted, failures (`if (<wrong>) return false;`,
 * kept as data with their cost until the module is rendered) joined into one condition per
 * property, cheap tests first, and no `required` test where the property's `type` test already
 * fails on an absent value. Keywords see the mode as `cx.guard`: `fail` drops the message,
 * `test` and `$ref` call guards, so every keyword has its guard by construction.
 */
import { quote } from '../shared/codegen.js';
import { GeneratorError } from '../shared/errors.js';
import { escapePointerToken, joinPointer, resolvePointer } from '../shared/pointer.js';
import { invalidRegexReason } from '../shared/regex.js';
import type { PatternRegistry } from '../patterns/registry.js';
import { dearest, failure, type Code, type Direction, type FailOptions, type KeywordCx, type KeywordFunction, type KeywordGroup, type MessageExpr, type PathExpr, type PathSegment, type Severity } from './context.js';
import { IMPLEMENTED, keywordKind, type Dialect } from './dialect.js';
import { refuseInPlaceCycle } from './in-place-cycle.js';
import { $const, $enum, $if, $ref, allOf, anyOf, discriminator, not, oneOf, thenOrElse } from './keywords/any.js';
import { additionalItems, contains, items, maxContains, maxItems, minContains, minItems, prefixItems, uniqueItems } from './keywords/array.js';
import { exclusiveMaximum, exclusiveMinimum, maximum, minimum, multipleOf } from './keywords/number.js';
import {
  additionalProperties, dependencies, dependentRequired, dependentSchemas, maxProperties, minProperties, patternProperties,
  properties, propertyNames, required,
} from './keywords/object.js';
import { format, maxLength, minLength, pattern } from './keywords/string.js';
import { order, timeZone, uniqueBy, warn } from './keywords/extensions.js';
import { unevaluatedItems, unevaluatedProperties } from './keywords/unevaluated.js';
import { acceptsAll, grouped, isPlainObject, joinFailures, orChain, propertyRead } from './keywords/values.js';

const KEYWORDS: Record<string, KeywordFunction> = {
  $ref, const: $const, enum: $enum, not, anyOf, oneOf, discriminator, allOf, if: $if, then: thenOrElse, else: thenOrElse,
  maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf, format,
  maxLength, minLength, pattern,
  maxItems, minItems, uniqueItems, prefixItems, items, additionalItems, contains, minContains, maxContains,
  maxProperties, minProperties, required, propertyNames, additionalProperties, dependencies, properties, patternProperties,
  dependentRequired, dependentSchemas, unevaluatedItems, unevaluatedProperties,
  'x-time-zone': timeZone, 'x-order': order, 'x-unique-by': uniqueBy, 'x-warn': warn,
};

/**
 * Ajv's order (its vocabularies' order), so that in first-issue mode both report the same
 * first issue: keywords of any type first, then the number, string, array and object groups.
 */
const ORDER: Record<KeywordGroup, string[]> = {
  any: ['$ref', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'discriminator', 'allOf', 'if', 'then', 'else'],
  number: ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format'],
  string: ['maxLength', 'minLength', 'pattern', 'format', 'x-time-zone'],
  array: ['maxItems', 'minItems', 'uniqueItems', 'x-unique-by', 'prefixItems', 'additionalItems', 'items', 'contains', 'minContains', 'maxContains', 'unevaluatedItems'],
  object: [
    'maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'dependencies', 'properties',
    'patternProperties', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties', 'x-order',
  ],
};
/** The object keywords after `properties`, which read its locals once they are declared. */
const READ_AFTER_PROPERTIES = new Set(ORDER.object.slice(ORDER.object.indexOf('properties') + 1));
/** Keywords whose values are data, not schemas. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'examples', 'example', 'default']);
/** Keywords whose values map names (not keywords) to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);
/** After every group: warnings, so that a value's errors come first. */
const POST = ['x-warn'];
const TYPED_GROUPS = ['number', 'string', 'array', 'object'] as const;

// Every implemented keyword has a function or is handled by the walk itself (`type`, `nullable`).
for (const dialect of Object.keys(IMPLEMENTED) as Dialect[]) {
  for (const keyword of IMPLEMENTED[dialect]) {
    if (!(keyword in KEYWORDS) && keyword !== 'type' && keyword !== 'nullable') throw new Error(`keyword ${keyword} has no function`);
    if (![...Object.values(ORDER).flat(), ...POST, 'type', 'nullable'].includes(keyword)) throw new Error(`keyword ${keyword} has no place in ORDER`);
  }
}

const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'array', 'object'] as const;
type JsonType = (typeof JSON_TYPES)[number];

/** The condition that a value is of a type (`number` excludes NaN and ±Infinity: not JSON). */
function typeCondition(type: JsonType, x: string): string {
  switch (type) {
    case 'string': return `typeof ${x} === "string"`;
    case 'number': return `typeof ${x} === "number" && isFinite(${x})`;
    case 'integer': return `Number.isInteger(${x})`;
    case 'boolean': return `typeof ${x} === "boolean"`;
    case 'null': return `${x} === null`;
    case 'array': return `Array.isArray(${x})`;
    case 'object': return `typeof ${x} === "object" && ${x} !== null && !Array.isArray(${x})`;
  }
}

/** The condition that a value is of none of the types. */
function wrongTypeCondition(types: JsonType[], x: string): string {
  return types
    .map((type) => {
      switch (type) {
        case 'string': return `typeof ${x} !== "string"`;
        case 'boolean': return `typeof ${x} !== "boolean"`;
        case 'null': return `${x} !== null`;
        case 'integer': return `!Number.isInteger(${x})`;
        case 'array': return `!Array.isArray(${x})`;
        default: return `!(${typeCondition(type, x)})`;
      }
    })
    .join(' && ');
}

export interface EngineOptions {
  dialect: Dialect;
  /** The pattern stage's registry: its patterns are imported (`<Name>Pattern`), not redefined. */
  patterns?: PatternRegistry;
  /**
   * Whether a check's list loops pass the items their guard accepts without checking them in
   * detail (true unless set). The tests compile a module without, as the reference the guards
   * are held to; the generated package always has them.
   */
  itemGuards?: boolean;
}

interface CheckFunction {
  name: string;
  document: unknown;
  pointer: string;
  direction: Direction;
  severity: Severity;
  /** A guard: `guard<Name>(x): boolean`, the verdict only. */
  guard: boolean;
  body?: Code[];
}

/** Where the walk is: a schema, its pointer, and the JS variable and path of the value. */
interface SchemaState {
  document: unknown;
  schema: unknown;
  pointer: string;
  data: string;
  path: PathExpr;
  direction: Direction;
  severity: Severity;
  /** Guard mode: the verdict only (see the file's comment). */
  guard: boolean;
  scope: { next: number };
  /** The pointer of the function's schema: schema paths below it are written relative to it. */
  base: string;
  /** Whether the function's schema is over the size budget: its large sub-schemas get functions of their own. */
  large: boolean;
}

/**
 * Size budget of a checking function, in schema keywords (inlined `$ref` targets included).
 * TypeScript's control flow analysis gives up on very long functions (TS2563, seen on GitHub's
 * webhook payloads inlined whole), and long functions are hard to read: a function over
 * FUNCTION_BUDGET compiles each sub-schema over OUTLINE_ABOVE as a function of its own, as a
 * `$ref` target would be. Smaller schemas, VOXO's included, stay inline (fewer calls per item).
 */
const FUNCTION_BUDGET = 200;
const OUTLINE_ABOVE = 24;

export class Engine {
  readonly helpers = new Set<string>();
  /** Module-level constants, by their code (so identical ones are shared). */
  readonly constants = new Map<string, string>();
  /** `<Name>Pattern` names imported from the pattern stage's module. */
  readonly patternImports = new Set<string>();
  readonly functions = new Map<string, CheckFunction>();
  /** The typed views (`o3`, `a3`) the keywords of the current group asked for: only those are declared. */
  readonly typedViews = new Set<string>();
  private readonly queue: CheckFunction[] = [];
  private readonly names = new Set<string>();
  private readonly documentIds = new Map<unknown, number>();
  private readonly reachCache = new Map<string, boolean>();
  private readonly referenceCounts = new Map<unknown, Map<string, number>>();
  private readonly weights = new WeakMap<object, number>();
  private readonly leaves = new Map<string, boolean>();
  /** Schemas shown not to be in a loop that checks one value forever (see in-place-cycle.ts). */
  private readonly loopFree = new WeakSet<object>();

  constructor(readonly options: EngineOptions) {}

  /** The name of the function that checks the schema at `pointer`, compiled later (recursion ends). */
  functionFor(document: unknown, pointer: string, direction: Direction, preferredName?: string, severity: Severity = 'error', guard = false): string {
    const effective = this.usesReadWrite(document, pointer) ? direction : 'neutral';
    const key = `${this.documentId(document)} ${effective} ${guard ? 'guard' : severity} ${pointer}`;
    const existing = this.functions.get(key);
    if (existing) return existing.name;
    const suffix = `${effective === 'neutral' ? '' : pascal(effective)}${severity === 'warning' && !guard ? 'Warnings' : ''}`;
    const name = this.uniqueName(preferredName ?? `${guard ? 'guard' : 'check'}${functionNameOf(pointer)}${suffix}`);
    const unit: CheckFunction = { name, document, pointer, direction: effective, severity: guard ? 'error' : severity, guard };
    this.functions.set(key, unit);
    this.queue.push(unit);
    return name;
  }

  /** Compiles every function requested so far, and those their bodies request. */
  compilePending(): void {
    for (let unit = this.queue.shift(); unit; unit = this.queue.shift()) {
      const schema = resolvePointer(unit.document, unit.pointer);
      if (schema === undefined) throw new GeneratorError(`unresolved $ref "${unit.pointer}": no schema at that pointer`);
      // Every loop of schemas passes through a function's schema: a `$ref` target is inlined
      // only when it has no `$ref` inside.
      refuseInPlaceCycle(unit.document, unit.pointer, this.loopFree);
      unit.body = this.compileSchema({
        document: unit.document,
        schema,
        pointer: unit.pointer,
        data: 'x',
        path: { base: 'self', segments: [] },
        direction: unit.direction,
        severity: unit.severity,
        guard: unit.guard,
        scope: { next: 1 },
        base: unit.pointer,
        large: this.weight(unit.document, schema) > FUNCTION_BUDGET,
      });
    }
  }

  uniqueName(base: string): string {
    let name = base;
    for (let suffix = 2; this.names.has(name); suffix++) name = `${base}${suffix}`;
    this.names.add(name);
    return name;
  }

  /** The walk: the checks of one schema on `state.data`. */
  compileSchema(state: SchemaState): Code[] {
    const { schema, pointer } = state;
    const dialect = this.options.dialect;
    if (typeof schema === 'boolean') {
      if (dialect === 'openapi-3.0') throw new GeneratorError(`unsupported boolean schema at ${pointer}: OpenAPI 3.0 schemas are objects`);
      if (schema) return [];
      return [state.guard ? failure('true') : `if (${this.reportCall(state, 'false schema', pointer, 'boolean schema is false')}) return false;`];
    }
    if (!isPlainObject(schema)) {
      throw new GeneratorError(`expected a schema at ${pointer}, received ${JSON.stringify(schema)}`);
    }
    for (const [keyword, value] of Object.entries(schema)) {
      const kind = keywordKind(dialect, keyword, value);
      if (kind === 'unsupported') throw new GeneratorError(`unsupported keyword ${JSON.stringify(keyword)} at ${joinPointer(pointer, keyword)}`);
      if (kind === 'container' && !isPlainObject(value)) {
        throw new GeneratorError(`expected ${JSON.stringify(keyword)} to be an object of schemas at ${joinPointer(pointer, keyword)}`);
      }
    }
    // Read by reportCall: a message that is not a string would be dropped without a word.
    if ('x-message' in schema && (typeof schema['x-message'] !== 'string' || schema['x-message'] === '')) {
      throw new GeneratorError(`expected "x-message" to be a message (a non-empty string), received ${JSON.stringify(schema['x-message'])} at ${joinPointer(pointer, 'x-message')}`);
    }
    if (dialect === 'openapi-3.0' && '$ref' in schema) {
      // OpenAPI 3.0 ignores the siblings of `$ref`: a constraint there would be dropped unseen.
      const sibling = Object.keys(schema).find((keyword) => keyword !== '$ref' && keywordKind(dialect, keyword, schema[keyword]) === 'implemented');
      if (sibling) {
        throw new GeneratorError(
          `unsupported keyword ${JSON.stringify(sibling)} beside "$ref" at ${joinPointer(pointer, sibling)}: OpenAPI 3.0 ignores the siblings of $ref; put both in an allOf`,
        );
      }
      return this.runKeyword(state, '$ref', 'any');
    }

    const types = schemaTypes(schema, dialect, pointer);
    const hasGroup = (group: KeywordGroup): boolean => ORDER[group].some((keyword) => keyword in schema && keyword in KEYWORDS);
    // As Ajv: a single type whose group has keywords is checked by that group's `else`.
    const typeFirst = types.length > 0 && !(types.length === 1 && (TYPED_GROUPS as readonly string[]).includes(types[0]!) && hasGroup(types[0] as KeywordGroup));
    const typeIssue = (): string =>
      this.reportCall(state, 'type', joinPointer(pointer, 'type'), `must be ${types.join(' or ')}`, state.data);
    const wrongType = (): Code =>
      state.guard ? failure(wrongTypeCondition(types, state.data)) : `if (${wrongTypeCondition(types, state.data)} && ${typeIssue()}) return false;`;
    const code: Code[] = [];
    if (typeFirst) code.push(wrongType());

    for (const keyword of ORDER.any) if (keyword in schema) code.push(...this.runKeyword(state, keyword, 'any'));

    for (const group of TYPED_GROUPS) {
      const typeElse = !typeFirst && types.length === 1 && types[0] === group;
      if (!hasGroup(group) && !typeElse) continue;
      if (types.length > 0 && !types.some((type) => type === group || (type === 'integer' && group === 'number'))) {
        // Keywords of a type the schema's `type` excludes (`maxLength` beside `type: number`)
        // never apply: compiled for what they refuse (an invalid pattern), not emitted, since
        // after the type test they would test a value TypeScript knows is not of their type.
        for (const keyword of ORDER[group]) if (keyword in schema) this.runKeyword(state, keyword, group, state.scope.next++, new Map());
        continue;
      }
      const typed = state.scope.next++;
      // Each property named by `properties` or `required` is read once, into a local that the
      // keywords share (declared below only if used).
      const reads: PropertyReads = new Map();
      if (group === 'object') {
        const names = [...Object.keys(isPlainObject(schema.properties) ? schema.properties : {}), ...(Array.isArray(schema.required) ? schema.required : [])];
        for (const name of names) if (typeof name === 'string' && !reads.has(name)) reads.set(name, { variable: `v${state.scope.next++}`, users: new Set() });
      }
      this.typedViews.delete(`o${typed}`);
      this.typedViews.delete(`a${typed}`);
      const body = ORDER[group].filter((keyword) => keyword in schema).flatMap((keyword) => this.runKeyword(state, keyword, group, typed, reads));
      if (body.length === 0) {
        if (typeElse) code.push(wrongType());
        continue;
      }
      const readCx = this.keywordCx(state, 'properties', group, typed, reads);
      const declare = (name: string, variable: string): string => `const ${variable} = ${propertyRead(readCx, `o${typed}`, name)};`;
      // A property's local is declared where `properties` checks it when no keyword before
      // `properties` reads it (a guard reads each property just before its test); otherwise at
      // the top of the group.
      const declaredInPlace = (users: Set<string>): boolean =>
        users.has('properties') && (users.size === 1 || (state.guard && [...users].every((user) => READ_AFTER_PROPERTIES.has(user) || user === 'properties')));
      const declarations = [
        ...declarationsFor(group, typed, state.data, [...reads.values()].some((read) => read.users.size > 0) || this.typedViews.has(`o${typed}`), this.typedViews.has(`a${typed}`)),
        ...[...reads].filter(([, read]) => read.users.size > 0 && !declaredInPlace(read.users)).map(([name, read]) => declare(name, read.variable)),
      ];
      const inPlace = new Map([...reads].filter(([, read]) => declaredInPlace(read.users)).map(([name, read]) => [declarationMarker(read.variable), declare(name, read.variable)]));
      const placed = replaceMarkers(body, (marker) => inPlace.get(marker) ?? '');
      if (state.guard) code.push(...guardGroup(typeCondition(group, state.data), typeElse ? wrongTypeCondition(types, state.data) : undefined, [...declarations, ...placed]));
      else code.push(`if (${typeCondition(group, state.data)}) {`, [...declarations, ...placed], typeElse ? `} else if (${typeIssue()}) return false;` : '}');
    }
    for (const keyword of POST) if (keyword in schema) code.push(...this.runKeyword(state, keyword, 'any'));
    return code;
  }

  private runKeyword(state: SchemaState, keyword: string, group: KeywordGroup, typed?: number, reads?: PropertyReads): Code[] {
    return KEYWORDS[keyword]!(this.keywordCx(state, keyword, group, typed, reads));
  }

  keywordCx(state: SchemaState, keyword: string, group: KeywordGroup, typed?: number, reads?: PropertyReads): KeywordCx {
    return new KeywordContext(this, state, keyword, group, typed, reads);
  }

  helper(name: string): string {
    this.helpers.add(name);
    return name;
  }

  constant(hint: string, code: string): string {
    const existing = this.constants.get(code);
    if (existing) return existing;
    const name = this.uniqueName(`${hint.toUpperCase()}_${this.constants.size + 1}`);
    this.constants.set(code, name);
    return name;
  }

  /** A pattern's RegExp: the pattern stage's when it has one, else a module constant. */
  regex(source: string, pointer: string): string {
    const invalid = invalidRegexReason(source);
    if (invalid !== undefined) throw new GeneratorError(`invalid pattern at ${pointer}: ${invalid}`);
    const registered = this.options.patterns?.bySource.get(source);
    if (registered) {
      const name = `${registered.name}Pattern`;
      this.patternImports.add(name);
      return name;
    }
    return this.constant('pattern', `new RegExp(${quote(source)}, "u")`);
  }

  reportCall(state: SchemaState, keyword: string, schemaPath: string, message: string | MessageExpr, received?: string): string {
    // `x-message` on a schema replaces the messages of its own keywords.
    const custom = isPlainObject(state.schema) ? state.schema['x-message'] : undefined;
    const text = typeof custom === 'string' ? quote(custom) : typeof message === 'string' ? quote(message) : message.expr;
    const tail = [text, ...(received ? [received] : state.severity === 'warning' ? ['undefined'] : []), ...(state.severity === 'warning' ? ['1'] : [])];
    // The common case, a keyword of a property of the function's object (or of an inlined
    // `$ref` target's object), names the property once: `property()` derives both the instance
    // path and the schema path from it.
    const property = directProperty(state);
    if (property !== undefined && schemaPath === joinPointer(state.pointer, keyword)) {
      const base = this.constant('schema', quote(state.base));
      const parent = this.callPath({ base: state.path.base, segments: state.path.segments.slice(0, -1) });
      return `${this.helper('property')}(c, ${parent}, ${quote(escapePointerToken(property))}, ${quote(keyword)}, ${base}, ${tail.join(', ')})`;
    }
    const args = [`c`, this.pathCode(state.path), quote(keyword), this.schemaPathCode(state, schemaPath), ...tail];
    return `${this.helper('report')}(${args.join(', ')})`;
  }

  /**
   * Code of a schema path: relative to a constant holding the function's pointer, so the long
   * `#/components/schemas/...` prefix is written once per function, not once per check.
   */
  schemaPathCode(state: SchemaState, schemaPath: string): string {
    if (state.base.length < 16 || !schemaPath.startsWith(state.base)) return quote(schemaPath);
    const base = this.constant('schema', quote(state.base));
    const rest = schemaPath.slice(state.base.length);
    return rest ? `${base} + ${quote(rest)}` : base;
  }

  /** Code evaluating to the JSON Pointer of a path (only run when an issue is reported). */
  pathCode(path: PathExpr): string {
    let code = path.base === 'self' ? `${this.helper('at')}(p, k)` : path.base.variable;
    let literal = '';
    const flush = (): void => {
      if (literal) code = `${code} + ${quote(literal)}`;
      literal = '';
    };
    for (const segment of path.segments) {
      if (segment.kind === 'literal') literal += `/${escapePointerToken(segment.key)}`;
      else if (segment.kind === 'index') {
        literal += '/';
        flush();
        code = `${code} + ${segment.variable}`;
      } else {
        flush();
        code = `${this.helper('at')}(${code}, ${segment.variable})`;
      }
    }
    flush();
    return code;
  }

  /** The `p, k` arguments for a call checking the value at `path`. */
  callPath(path: PathExpr): string {
    if (path.segments.length === 0) return path.base === 'self' ? 'p, k' : `${path.base.variable}, null`;
    const last = path.segments[path.segments.length - 1]!;
    const parent = this.pathCode({ base: path.base, segments: path.segments.slice(0, -1) });
    return `${parent}, ${keyCode(last)}`;
  }

  private documentId(document: unknown): number {
    let id = this.documentIds.get(document);
    if (id === undefined) this.documentIds.set(document, (id = this.documentIds.size));
    return id;
  }

  /** How many `$ref`s of the document name a pointer. */
  referenceCount(document: unknown, pointer: string): number {
    let counts = this.referenceCounts.get(document);
    if (!counts) {
      const found = new Map<string, number>();
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!isPlainObject(node)) return;
        if (typeof node.$ref === 'string') found.set(node.$ref, (found.get(node.$ref) ?? 0) + 1);
        for (const [key, value] of Object.entries(node)) if (key !== 'enum' && key !== 'const' && key !== 'examples' && key !== 'example') visit(value);
      };
      visit(document);
      this.referenceCounts.set(document, (counts = found));
    }
    return counts.get(pointer) ?? 0;
  }

  /**
   * The size of a schema in keywords, counting the `$ref` targets that would be inlined (leaves
   * referenced once) and skipping annotations and values (`enum`, `const`, `examples`).
   */
  weight(document: unknown, schema: unknown): number {
    if (schema === null || typeof schema !== 'object') return 0;
    const cached = this.weights.get(schema);
    if (cached !== undefined) return cached;
    let total = 0;
    if (Array.isArray(schema)) for (const item of schema) total += this.weight(document, item);
    else {
      for (const [key, value] of Object.entries(schema)) {
        if (key === 'enum' || key === 'const' || key === 'examples' || key === 'example' || key === 'default' || key === 'description' || key === 'title') continue;
        total += 1 + (key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'definitions' ? this.weightOfMap(document, value) : this.weight(document, value));
      }
      const ref = (schema as Record<string, unknown>).$ref;
      if (typeof ref === 'string' && ref.startsWith('#') && this.referenceCount(document, ref) === 1 && this.isLeaf(document, ref)) {
        total += this.weight(document, resolvePointer(document, ref));
      }
    }
    this.weights.set(schema, total);
    return total;
  }

  private weightOfMap(document: unknown, map: unknown): number {
    if (!isPlainObject(map)) return 0;
    let total = 0;
    // A property costs a read and a test besides its schema's checks.
    for (const value of Object.values(map)) total += 1 + this.weight(document, value);
    return total;
  }

  /** Whether the schema at a pointer has no `$ref` inside it (so inlining it cannot recurse). */
  isLeaf(document: unknown, pointer: string): boolean {
    const visit = (node: unknown): boolean => {
      if (Array.isArray(node)) return node.every(visit);
      if (!isPlainObject(node)) return true;
      return !('$ref' in node) && subschemas(node).every(visit);
    };
    const key = `${this.documentId(document)} ${pointer}`;
    let leaf = this.leaves.get(key);
    if (leaf === undefined) this.leaves.set(key, (leaf = visit(resolvePointer(document, pointer))));
    return leaf;
  }

  /**
   * Whether a keyword is in the schema at a pointer or in a schema it references (`x-warn`: a
   * valid value may have warnings, which only the check finds; `format`: `formats: false` can
   * change the verdict).
   */
  reaches(document: unknown, pointer: string, keyword: string): boolean {
    return this.reachesSchema(document, pointer, keyword, (schema) => keyword in schema);
  }

  /** Whether the schema (or one it references) has `readOnly`/`writeOnly`, so direction matters. */
  private usesReadWrite(document: unknown, pointer: string): boolean {
    return this.reachesSchema(document, pointer, 'readOnly/writeOnly', (schema) => schema.readOnly === true || schema.writeOnly === true);
  }

  /**
   * Whether `found` holds for the schema at a pointer or a schema below it or referenced from
   * it (see `subschemas`), cached under `what`.
   */
  private reachesSchema(document: unknown, pointer: string, what: string, found: (schema: Record<string, unknown>) => boolean): boolean {
    const key = `${this.documentId(document)} ${what} ${pointer}`;
    const cached = this.reachCache.get(key);
    if (cached !== undefined) return cached;
    const seen = new Set<string>();
    const visit = (node: unknown): boolean => {
      if (Array.isArray(node)) return node.some(visit);
      if (!isPlainObject(node)) return false;
      if (found(node)) return true;
      if (typeof node.$ref === 'string' && !seen.has(node.$ref)) {
        seen.add(node.$ref);
        if (visit(resolvePointer(document, node.$ref))) return true;
      }
      return subschemas(node).some(visit);
    };
    const result = visit(resolvePointer(document, pointer));
    this.reachCache.set(key, result);
    return result;
  }
}

/**
 * What a walk for keywords enters below a schema: every value but data (`enum`, `default`, ...),
 * and the schemas of a `properties` map rather than the map, whose names are property names, not
 * keywords (a property may be named "format", "enum" or "$ref").
 */
function subschemas(schema: Record<string, unknown>): unknown[] {
  return Object.entries(schema).flatMap(([name, value]) =>
    DATA_KEYWORDS.has(name) ? [] : SCHEMA_MAPS.has(name) && isPlainObject(value) ? Object.values(value) : [value],
  );
}

/** The property name when the value checked is a property of the object of the schema at `base`. */
function directProperty(state: SchemaState): string | undefined {
  const segment = state.path.segments[state.path.segments.length - 1];
  if (segment?.kind !== 'literal' || typeof segment.key !== 'string') return undefined;
  if (state.base.length < 16) return undefined;
  return state.pointer === joinPointer(state.base, 'properties', segment.key) ? segment.key : undefined;
}

function keyCode(segment: PathSegment): string {
  if (segment.kind !== 'literal') return segment.variable;
  return typeof segment.key === 'number' ? String(segment.key) : quote(segment.key);
}

/** The types a schema allows (with 3.0's `nullable`), checked for spelling. */
function schemaTypes(schema: Record<string, unknown>, dialect: Dialect, pointer: string): JsonType[] {
  if (!('type' in schema)) return [];
  const raw = schema.type;
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0 || list.some((type) => !(JSON_TYPES as readonly unknown[]).includes(type))) {
    throw new GeneratorError(`expected "type" to be one of ${JSON_TYPES.join(', ')} or an array of them, received ${JSON.stringify(raw)} at ${pointer}/type`);
  }
  const types = [...new Set(list as JsonType[])];
  if (dialect === 'openapi-3.0' && 'nullable' in schema) {
    if (typeof schema.nullable !== 'boolean') throw new GeneratorError(`expected "nullable" to be a boolean at ${pointer}/nullable`);
    // 3.0.3: `nullable: true` adds null to the types given by `type` (and does nothing without it).
    if (schema.nullable && !types.includes('null')) types.push('null');
  }
  // `integer` is a subset of `number`: listing both is `number`.
  return types.includes('number') ? types.filter((type) => type !== 'integer') : types;
}

/**
 * A keyword function's view of the engine (see KeywordCx). A class, not an object literal of
 * closures: the engine makes one per keyword of every schema, hundreds of thousands on
 * GitHub's spec, and methods on the prototype cost nothing to create.
 */
class KeywordContext implements KeywordCx {
  readonly value: unknown;
  readonly schema: Record<string, unknown>;
  readonly pointer: string;
  readonly dialect: Dialect;
  readonly direction: Direction;
  readonly severity: Severity;
  readonly data: string;
  readonly path: PathExpr;
  readonly guard: boolean;

  constructor(
    private readonly engine: Engine,
    private readonly state: SchemaState,
    readonly keyword: string,
    readonly group: KeywordGroup,
    private readonly typed: number | undefined,
    private readonly reads: PropertyReads | undefined,
  ) {
    this.schema = state.schema as Record<string, unknown>;
    this.value = this.schema[keyword];
    this.pointer = state.pointer;
    this.dialect = engine.options.dialect;
    this.direction = state.direction;
    this.severity = state.severity;
    this.data = state.data;
    this.path = state.path;
    this.guard = state.guard;
  }

  get object(): string {
    this.engine.typedViews.add(`o${this.typed ?? 0}`);
    return `o${this.typed ?? 0}`;
  }

  get array(): string {
    // A guard's array group follows `Array.isArray(data)`: TypeScript has narrowed `data` itself.
    if (this.guard) return this.data;
    this.engine.typedViews.add(`a${this.typed ?? 0}`);
    return `a${this.typed ?? 0}`;
  }

  private get keywordPointer(): string {
    return joinPointer(this.state.pointer, this.keyword);
  }

  private subState(tokens: Array<string | number>, data: string, path: PathExpr, severity = this.state.severity): SchemaState {
    const pointer = joinPointer(this.keywordPointer, ...tokens);
    let sub: unknown = this.value;
    for (const token of tokens) sub = (sub as Record<string | number, unknown>)[token];
    return { ...this.state, schema: sub, pointer, data, path, severity };
  }

  propertyValue(name: string, use = true): string {
    const read = this.reads?.get(name);
    if (!read) return propertyRead(this, this.object, name);
    if (use) read.users.add(this.keyword);
    return read.variable;
  }

  propertyDeclaration(name: string): Code {
    const read = this.reads?.get(name);
    return read ? declarationMarker(read.variable) : '';
  }

  fail(condition: string, message: string | MessageExpr, options?: FailOptions): Code {
    if (this.guard) return failure(condition, options?.cost);
    const call = this.report(message, options);
    return condition === 'true' ? `if (${call}) return false;` : `if (${parenthesize(condition)} && ${call}) return false;`;
  }

  report(message: string | MessageExpr, options: FailOptions = {}): string {
    if (this.guard) return 'true';
    const reported = options.keyword ?? this.keyword;
    const state = options.path ? { ...this.state, path: options.path } : this.state;
    return this.engine.reportCall(state, reported, joinPointer(this.state.pointer, reported), message, options.received);
  }

  subschema(tokens: Array<string | number>, data: string, path: PathExpr, options?: { severity?: Severity }): Code[] {
    const { engine, state } = this;
    const sub = this.subState(tokens, data, path, options?.severity);
    if (state.large && sub.pointer !== state.pointer && engine.weight(state.document, sub.schema) > OUTLINE_ABOVE) {
      const name = engine.functionFor(state.document, sub.pointer, state.direction, undefined, sub.severity, state.guard);
      return [state.guard ? failure(`!${name}(${data})`, 'call') : `if (!${name}(${data}, c, ${engine.callPath(path)})) return false;`];
    }
    const body = engine.compileSchema(sub);
    return body.length && sub.pointer !== state.pointer ? [`// ${lineComment(sub.pointer)}`, ...body] : body;
  }

  call(ref: string, data: string, path: PathExpr): Code[] {
    const { engine, state } = this;
    const target = resolvePointer(state.document, ref);
    if (target === undefined) throw new GeneratorError(`unresolved $ref ${JSON.stringify(ref)} at ${this.keywordPointer}`);
    // A target without `$ref`s of its own (it cannot recurse), referenced once in the
    // document, is inlined: it saves a call per item of a long array, as Ajv does. Targets
    // referenced more often stay functions, so their code is not repeated in the bundle.
    if (
      engine.isLeaf(state.document, ref) && engine.referenceCount(state.document, ref) === 1 &&
      !(state.large && engine.weight(state.document, target) > OUTLINE_ABOVE)
    ) {
      const body = engine.compileSchema({ ...state, schema: target, pointer: ref, data, path, base: ref });
      return body.length ? [`// ${lineComment(ref)}`, ...body] : [];
    }
    const name = engine.functionFor(state.document, ref, state.direction, undefined, state.severity, state.guard);
    return [state.guard ? failure(`!${name}(${data})`, 'call') : `if (!${name}(${data}, c, ${engine.callPath(path)})) return false;`];
  }

  test(tokens: Array<string | number>, data: string): string {
    return this.testState(this.subState(tokens, data, this.state.path));
  }

  testAt(pointer: string, data: string): string {
    const schema = resolvePointer(this.state.document, pointer);
    if (schema === undefined) throw new GeneratorError(`unresolved $ref ${JSON.stringify(pointer)} at ${this.keywordPointer}`);
    return this.testState({ ...this.state, schema, pointer, data });
  }

  schemaAt(pointer: string): unknown {
    return resolvePointer(this.state.document, pointer);
  }

  private testState(sub: SchemaState): string {
    const { engine, state } = this;
    const data = sub.data;
    if (acceptsAll(sub.schema)) return 'true';
    if (sub.schema === false) return 'false';
    // A guard tests with guards (formats asserted, as its own are); so does a check where the
    // sub-schema has no format, whose verdict `formats: false` cannot change.
    const pointer = this.functionPointer(sub);
    const guard = state.guard || !engine.reaches(state.document, pointer, 'format');
    const name = engine.functionFor(state.document, pointer, state.direction, undefined, 'error', guard);
    return guard ? `${name}(${data})` : `${name}(${data}, ${engine.helper('quiet')}(c), "", null)`;
  }

  /**
   * The guard of a sub-schema, for a check to pass what it passes. `formats`: the sub-schema
   * has a format, which the guard asserts; with `formats: false` its verdict can differ (a
   * format under `not` or `oneOf`), so the check must not lean on it then.
   */
  guardOf(tokens: Array<string | number>, data: string): { call: string; warns: boolean; formats: boolean } | undefined {
    const { engine, state } = this;
    if (engine.options.itemGuards === false) return undefined;
    const pointer = this.functionPointer(this.subState(tokens, data, state.path));
    const name = engine.functionFor(state.document, pointer, state.direction, undefined, 'error', true);
    return { call: `${name}(${data})`, warns: engine.reaches(state.document, pointer, 'x-warn'), formats: engine.reaches(state.document, pointer, 'format') };
  }

  /**
   * The pointer of the function that checks a sub-schema: a `$ref` alone is its target's, when
   * it is a local JSON Pointer to a schema. Any other `$ref` is compiled where it stands, so the
   * `$ref` keyword refuses it with its location (it was read as a pointer: "x$defs/A" as "$defs/A").
   */
  private functionPointer(sub: SchemaState): string {
    const ref = isPlainObject(sub.schema) ? sub.schema.$ref : undefined;
    const onlyRef = typeof ref === 'string' && (ref === '#' || ref.startsWith('#/')) && resolvePointer(sub.document, ref) !== undefined &&
      Object.keys(sub.schema as object).every((key) => key === '$ref' || keywordKind(this.engine.options.dialect, key, undefined) === 'annotation');
    return onlyRef ? (ref as string) : sub.pointer;
  }

  helper(name: string): string {
    return this.engine.helper(name);
  }

  constant(hint: string, code: string): string {
    return this.engine.constant(hint, code);
  }

  regex(source: string, pointer: string): string {
    return this.engine.regex(source, pointer);
  }

  variable(prefix: string): string {
    return `${prefix}${this.state.scope.next++}`;
  }

  child(path: PathExpr, segment: PathSegment): PathExpr {
    return { base: path.base, segments: [...path.segments, segment] };
  }

  pathCode(path: PathExpr): string {
    return this.engine.pathCode(path);
  }

  schemaPathCode(other: string): string {
    return this.engine.schemaPathCode(this.state, joinPointer(this.state.pointer, other));
  }

  literal(value: unknown): string {
    if (value !== null && typeof value === 'object') return this.engine.constant('value', `JSON.parse(${quote(JSON.stringify(value))})`);
    return typeof value === 'string' ? quote(value) : String(value);
  }

  error(message: string): Error {
    return new GeneratorError(`${message} at ${this.keywordPointer}`);
  }

  sibling(other: string): KeywordCx {
    return new KeywordContext(this.engine, this.state, other, this.group, this.typed, this.reads);
  }

  deref(value: unknown): unknown {
    let current = value;
    for (let hops = 0; isPlainObject(current) && typeof current.$ref === 'string' && hops < 64; hops++) {
      current = resolvePointer(this.state.document, current.$ref);
    }
    return current;
  }
}

/**
 * A type group of a guard. With a single type, its checks follow an early return on the wrong
 * type, one failure a line (`if (!(typeof x === "number" && isFinite(x))) return false;`,
 * `if (x <= 0) return false;`): the caller joins them where it wants one line (see
 * `joinedGuard`), and `properties` can still order them by cost. Otherwise one condition when
 * the checks are all failures, or the checks inside the type test.
 */
function guardGroup(typeTest: string, wrongType: string | undefined, lines: Code[]): Code[] {
  const joined = joinFailures(lines);
  if (!joined && lines.every((line) => typeof line === 'string' && (line === '' || line.startsWith('// ')))) {
    return wrongType === undefined ? [] : [failure(wrongType)];
  }
  if (wrongType !== undefined) return [failure(wrongType), ...lines];
  if (joined) return [...joined.comments, failure(`${typeTest} && ${grouped(orChain(joined.failures.map((one) => one.condition)))}`, dearest(joined.failures.map((one) => one.cost)))];
  return [`if (${typeTest}) {`, lines, '}'];
}

/** The locals of an object group's properties, and the keywords that read each. */
type PropertyReads = Map<string, { variable: string; users: Set<string> }>;

/** A line that stands for the declaration of a property's local until the group knows where it goes. */
function declarationMarker(variable: string): string {
  return `\u0000declare ${variable}`;
}

function replaceMarkers(code: Code[], replace: (marker: string) => string): Code[] {
  return code.map((line) => (Array.isArray(line) ? replaceMarkers(line, replace) : typeof line === 'string' && line.startsWith('\u0000declare ') ? replace(line) : line));
}

/** The typed view a group's keywords use (`o3` for objects, `a3` for arrays), when they used it. */
function declarationsFor(group: KeywordGroup, typed: number, data: string, objectUsed: boolean, arrayUsed: boolean): string[] {
  if (group === 'object' && objectUsed) return [`const o${typed} = ${data} as Record<string, unknown>;`];
  if (group === 'array' && arrayUsed) return [`const a${typed} = ${data} as unknown[];`];
  return [];
}

function parenthesize(condition: string): string {
  return /\|\||\?/.test(condition) ? `(${condition})` : condition;
}

/** A pointer inside a `//` comment: nothing can end the line early. */
function lineComment(text: string): string {
  const escapes: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\u2028': '\\u2028', '\u2029': '\\u2029' };
  return text.replace(/[\r\n\u2028\u2029]/g, (char) => escapes[char]!);
}

/** `#/components/schemas/Campaign/properties/numbers` -> `CampaignPropertiesNumbers`. */
function functionNameOf(pointer: string): string {
  const path = pointer.replace(/^#\/components\/schemas\//, '#/').replace(/^#\/?/, '');
  return path ? pascal(path) : 'Root';
}

function pascal(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined || '_';
}
