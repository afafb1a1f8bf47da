/**
 * Assembles a validators module: its public API (`validate<Name>`, `is<Name>` and the issue
 * types), the checking functions the engine compiled, the constants and the runtime helpers
 * they use. Named after the schemas it is given; the spec wiring is in `index.ts`.
 */
import { jsDoc, quote } from '../shared/codegen.js';
import { GeneratorError } from '../shared/errors.js';
import type { PatternRegistry } from '../patterns/registry.js';
import { isFailure, type Code, type Direction } from './context.js';
import type { Dialect } from './dialect.js';
import { Engine } from './engine.js';
import { RUNTIME_HELPERS, resolveHelpers } from './runtime.js';

/** A schema to export validators for. */
export interface RootSchema {
  /** PascalCase name: the exports are `validate<name>` and `is<name>`. */
  name: string;
  /** The document the schema's `$ref`s resolve in (`#` is its root). */
  document: unknown;
  /** JSON Pointer of the schema in `document`: `#/components/schemas/Campaign`, or `#`. */
  pointer: string;
  direction: Direction;
  /** TypeScript type of a valid value; `unknown` when absent. */
  type?: string;
  /** First line of the exports' JSDoc. */
  summary?: string;
}

export interface ModuleOptions {
  dialect: Dialect;
  /** Text put first (the generated-file header). */
  header?: string;
  /** Patterns the pattern stage's module defines: imported from `patternsModule`, not redefined. */
  patterns?: PatternRegistry;
  patternsModule?: string;
  /** Import lines for the types named in `RootSchema.type`. */
  typeImports?: string[];
  /** Names exported by other modules of the package, with the module: a clash stops generation. */
  reservedNames?: Map<string, string>;
  /** See `EngineOptions.itemGuards` (tests only). */
  itemGuards?: boolean;
}

export interface CompiledModule {
  source: string;
  /** The public values (`validate*`, `is*`) and types of the module. */
  values: string[];
  types: string[];
}

export const PUBLIC_TYPES = ['ValidationIssue', 'ValidationOptions', 'ValidationResult'];

export function compileModule(roots: RootSchema[], options: ModuleOptions): CompiledModule {
  const engine = new Engine({ dialect: options.dialect, patterns: options.patterns, itemGuards: options.itemGuards });
  const exported = new Map<string, { check: string; type: string; root: RootSchema }>();
  const api: string[] = [];
  for (const name of PUBLIC_TYPES) reserve(options, name, `the validators' type ${name}`);

  for (const root of roots) {
    // Component functions are named after the component; others (inline bodies, standalone
    // schemas) after the root.
    const preferred = root.pointer.startsWith('#/components/schemas/') ? undefined : `check${root.name}`;
    const check = engine.functionFor(root.document, root.pointer, root.direction, preferred);
    const guard = engine.functionFor(root.document, root.pointer, root.direction, preferred && `guard${root.name}`, 'error', true);
    const type = root.type ?? 'unknown';
    const validateName = `validate${root.name}`;
    const guardName = `is${root.name}`;
    const previous = exported.get(validateName);
    if (previous) {
      // Two names for one validator (the body of `createCampaign` is `CreateCampaignRequest`).
      if (previous.check === check && previous.type === type) continue;
      throw new GeneratorError(
        `two validators would be named "${validateName}": ${previous.root.pointer} (${previous.root.direction}) and ${root.pointer} (${root.direction}); rename the schema or the operation`,
      );
    }
    for (const name of [validateName, guardName]) reserve(options, name, `the validator of ${root.pointer}`);
    exported.set(validateName, { check, type, root });
    exported.set(guardName, { check, type, root });
    api.push(...publicFunctions(root, { check, guard }, type, validateName, guardName));
    engine.helper('run');
  }
  engine.compilePending();

  const values = [...exported.keys()];
  const helpers = resolveHelpers(engine.helpers);
  const patternImports = [...engine.patternImports].sort();
  const sections: string[] = [
    options.header ?? '',
    MODULE_DOC,
    [
      ...(options.typeImports ?? []),
      ...(patternImports.length ? [`import { ${patternImports.join(', ')} } from ${quote(options.patternsModule ?? './patterns.gen.js')};`] : []),
    ].join('\n'),
    PUBLIC_TYPES_SOURCE,
    api.join('\n\n'),
    INTERNAL_TYPES_SOURCE,
    [...engine.constants].map(([code, name]) => `const ${name} = ${code};`).join('\n'),
    [...engine.functions.values()].map((unit) => checkFunction(unit.name, unit.pointer, unit.direction, unit.guard, unit.body ?? [])).join('\n\n'),
    helpers.map((name) => RUNTIME_HELPERS[name]!.source).join('\n\n'),
  ];
  const source = sections.filter((section) => section.trim() !== '').map((section) => section.trimEnd()).join('\n\n') + '\n';
  return { source, values, types: roots.length ? PUBLIC_TYPES : [] };
}

function reserve(options: ModuleOptions, name: string, what: string): void {
  const owner = options.reservedNames?.get(name);
  if (owner) {
    throw new GeneratorError(`${what} would export "${name}", which ${owner} already exports; rename the schema or the pattern (x-pattern-name)`);
  }
}

function publicFunctions(root: RootSchema, { check, guard }: { check: string; guard: string }, type: string, validateName: string, guardName: string): string[] {
  const what = root.summary ?? `a value against ${root.pointer}`;
  const direction = root.direction === 'neutral' ? [] : [`Direction: ${root.direction} (${root.direction === 'request' ? '`readOnly` properties are not required' : '`writeOnly` properties are not required'}).`];
  return [
    jsDoc([`Validates ${what}.`, '', `Schema: ${root.pointer}`, ...direction, '', 'Returns the value, typed, or every issue (`allErrors`) or the first one.']) +
      `export function ${validateName}(value: unknown, options?: ValidationOptions): ValidationResult<${type}> {\n` +
      `  return run<${type}>(${check}, value, options);\n}`,
    jsDoc([`Whether a value is valid against ${root.pointer}: the type guard of \`${validateName}\`, for hot paths (formats checked, no issues built).`]) +
      `export function ${guardName}(value: unknown): value is ${type} {\n` +
      `  return ${guard}(value);\n}`,
  ];
}

function renderFailure(condition: string): string {
  return condition === 'true' ? 'return false;' : `if (${condition}) return false;`;
}

function checkFunction(name: string, pointer: string, direction: Direction, guard: boolean, body: Code[]): string {
  const where = `${pointer}${direction === 'neutral' ? '' : ` (${direction})`}`;
  if (guard) {
    const comment = jsDoc([`Whether a value is valid against ${where}: the verdict alone (formats asserted, \`x-warn\` skipped).`]);
    return `${comment}function ${name}(x: unknown): boolean {\n${render(withoutUnreachable([...body, 'return true;']), 1)}\n}`;
  }
  const comment = jsDoc([`Checks ${where}.`]);
  return `${comment}function ${name}(x: unknown, c: Context, p: string, k: Key): boolean {\n${render([...body, 'return true;'], 1)}\n}`;
}

/**
 * A guard's code without what follows a failure that always happens (`not: {}`, `enum: []`,
 * `allOf: [false]`), block by block: TypeScript does not narrow the value in unreachable code,
 * so a `maxLength` after it would not type-check.
 */
function withoutUnreachable(code: Code[]): Code[] {
  const kept: Code[] = [];
  for (const item of code) {
    kept.push(Array.isArray(item) ? withoutUnreachable(item) : item);
    if ((isFailure(item) && item.condition === 'true') || item === 'return false;') break;
  }
  return kept;
}

function render(code: Code[], depth: number): string {
  return code
    .map((line) => (Array.isArray(line) ? render(line, depth + 1) : `${'  '.repeat(depth)}${isFailure(line) ? renderFailure(line.condition) : line}`))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

const MODULE_DOC = `/**
 * Runtime validators compiled from the spec's JSON Schemas: plain functions with no dependency
 * and no eval, one check per keyword beside its message, the spec location in comments.
 *
 * \`validate<Name>(value, options?)\` returns \`{ ok: true, value }\` or \`{ ok: false, issues }\`;
 * \`is<Name>(value)\` is its type guard for hot paths.
 */`;

const PUBLIC_TYPES_SOURCE = `/** One reason a value is invalid. */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) into the value: "" for the value itself, "/numbers/777/field3". */
  path: string;
  /** The JSON Schema keyword that failed, such as "pattern" or "required". */
  keyword: string;
  /** What was expected, then what was received: \`must match pattern ^[1-9]\\d{9}$ (received "0123456789")\`. */
  message: string;
  /** JSON Pointer of the failed keyword in the spec, such as "#/components/schemas/Item/properties/code/pattern". */
  schemaPath: string;
  /** "error" makes the value invalid; "warning" (from the spec's \`x-warn\`) never does. */
  severity: "error" | "warning";
}

/** How a \`validate<Name>\` function checks. */
export interface ValidationOptions {
  /** Report every issue instead of stopping at the first. Default: false (fastest). */
  allErrors?: boolean | undefined;
  /**
   * Assert \`format\` (date, date-time, email, uri, uuid, ...). Default: true. With false, the
   * result's type still says what the spec's types say: a property typed by a format type of the
   * pattern module (by default \`IsoDate\`, \`IsoTime\`, \`IsoDateTime\`, \`Uuid\`) was not checked
   * against it, so test it with its guard (\`isIsoDate\`, ...) before relying on that type.
   * Patterns are always asserted.
   */
  formats?: boolean | undefined;
  /**
   * Run the spec's \`x-warn\` rules and return their warnings. Default: true. Turn them off on a
   * hot path that has no use for warnings: they can cost more than every error check together
   * (a duplicate scan of a 100,000-item list).
   */
  warnings?: boolean | undefined;
}

/**
 * The value, typed, when valid (with its warnings, if any, in \`issues\`); the issues otherwise
 * (at least one error, and the warnings found before it).
 */
export type ValidationResult<T> = { ok: true; value: T; issues?: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };`;

const INTERNAL_TYPES_SOURCE = `/** A value's key in its parent (null for the value validated). */
type Key = string | number | null;

/** A check's state: the issues so far (null before the first) and the options. */
interface Context {
  issues: ValidationIssue[] | null;
  /** How many of the issues are errors. */
  errors: number;
  all: boolean;
  formats: boolean;
  /** A guard or a sub-schema test: no issue is built, the check stops at the first. */
  quiet: boolean;
  /** Whether the \`x-warn\` rules run: never when quiet, and not with \`warnings: false\`. */
  warnings: boolean;
}

/** A compiled schema: false means "stop" (an error in first-issue or quiet mode). */
type Check = (x: unknown, c: Context, p: string, k: Key) => boolean;`;
