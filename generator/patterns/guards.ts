/**
 * Emits `src/patterns.gen.ts`: per registry pattern its RegExp (compiled once; the validators
 * import it), its template-literal type, a guard `is<Name>` and an assertion `as<Name>`; per
 * typed format its type, guard and assertion, with the validators' check for it.
 * The file imports nothing, so `types.gen.ts` can import its types without a cycle.
 */
import { inSpec } from '../shared/errors.js';
import { jsDoc, quote } from '../shared/codegen.js';
import type { GenerationContext, StageOutput } from '../shared/stage.js';
import { patternCatalog, type CatalogEntry, type FormatEntry } from './catalog.js';
import { formatCheckSources } from './formats.js';

export const PATTERNS_FILE = 'src/patterns.gen.ts';
export const PATTERNS_MODULE = './patterns.gen.js';
export const PATTERN_ERROR_CLASS = 'PatternMismatchError';
export const FORMAT_ERROR_CLASS = 'FormatMismatchError';

/**
 * A regex literal with the `u` flag for a source regexpp accepted with the `u` flag, written
 * as `RegExp.prototype.source` would write it (`/` escaped outside classes, line breaks escaped).
 */
export function regexLiteral(source: string): string {
  let body = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length) {
      body += c + source[++i];
    } else if (c === '[' || c === ']') {
      inClass = c === '[';
      body += c;
    } else if (c === '/' && !inClass) body += '\\/';
    else if (c === '\n') body += '\\n';
    else if (c === '\r') body += '\\r';
    else if (c === '\u2028') body += '\\u2028';
    else if (c === '\u2029') body += '\\u2029';
    else body += c;
  }
  // `//u` would start a comment; an empty pattern matches everything, as `(?:)` does.
  return `/${body || '(?:)'}/u`;
}

export function emitPatternGuards(context: GenerationContext): StageOutput {
  const catalog = inSpec(context.specPath, () => patternCatalog(context.patterns));
  const out: string[] = [context.header];
  out.push(
    jsDoc([
      "The spec's `pattern`s. For each one: its RegExp (compiled once, shared with the validators),",
      'its template-literal type (string literals that cannot match do not compile), a guard and an',
      'assertion that narrow a `string` from a form or a file into that type.',
      ...(catalog.formats.length
        ? ['', 'The same for the `format`s the spec uses among date, time, date-time and uuid: a type, a guard', "and an assertion that run the validators' check of the format."]
        : []),
      '',
      'A template type ends in `| never` so that compile errors name it (`not assignable to type',
      "'<Name>'`) instead of printing its expanded union.",
    ]) + '\n',
  );
  if (catalog.entries.length === 0 && catalog.formats.length === 0) {
    out.push('export {};\n');
    return { files: [{ path: PATTERNS_FILE, contents: out.join('') }] };
  }
  if (catalog.digitAlias) {
    out.push(`/** One decimal digit. */\ntype ${catalog.digitAlias} = ${'0123456789'.split('').map(quote).join(' | ')};\n\n`);
  }
  const classes: string[] = [];
  if (catalog.entries.length) {
    classes.push(
      errorClass(context.target.packageName, PATTERN_ERROR_CLASS, 'Thrown by the `as<Name>` assertions when a value does not match its pattern.', [
        `/** The pattern's type name, such as \`${catalog.entries[0]!.info.name}\`. */`,
        'readonly patternName: string,',
        'readonly pattern: RegExp,',
      ], '`expected ${patternName}, a string matching ${String(pattern)}, received ${describeValue(received)}`'),
    );
  }
  if (catalog.formats.length) {
    const first = catalog.formats[0]!.info;
    classes.push(
      errorClass(context.target.packageName, FORMAT_ERROR_CLASS, 'Thrown by the `as<Name>` assertions of the formats when a value is not in its format.', [
        `/** The format's type name, such as \`${first.name}\`. */`,
        'readonly formatName: string,',
        `/** The \`format\` keyword's value, such as \`${first.definition.format}\`. */`,
        'readonly format: string,',
      ], '`expected ${formatName}, a string in format ${JSON.stringify(format)}, received ${describeValue(received)}`'),
    );
  }
  out.push(
    classes.join('\n') +
      `\n` +
      `function describeValue(value: unknown): string {\n` +
      `  if (typeof value === "string") return value.length > 80 ? \`\${JSON.stringify(value.slice(0, 80))}... (\${value.length} characters)\` : JSON.stringify(value);\n` +
      `  if (value === null || value === undefined) return String(value);\n` +
      `  if (Array.isArray(value)) return "an array";\n` +
      `  return typeof value === "object" ? "an object" : \`\${typeof value} \${String(value)}\`;\n` +
      `}\n`,
  );
  for (const entry of catalog.entries) out.push('\n' + emitEntry(entry));
  for (const entry of catalog.formats) out.push('\n' + emitFormatEntry(entry));
  if (catalog.formats.length) {
    out.push(
      '\n' +
        formatCheckSources(catalog.formats.map((f) => f.info.definition))
          .map((source) => source.trimEnd() + '\n')
          .join('\n'),
    );
  }
  return {
    files: [{ path: PATTERNS_FILE, contents: out.join('') }],
    exports: [
      {
        module: PATTERNS_MODULE,
        values: [
          ...(catalog.entries.length ? [PATTERN_ERROR_CLASS] : []),
          ...(catalog.formats.length ? [FORMAT_ERROR_CLASS] : []),
          ...catalog.entries.flatMap(({ info }) => [`${info.name}Pattern`, `is${info.name}`, `as${info.name}`]),
          ...catalog.formats.flatMap(({ info }) => [`is${info.name}`, `as${info.name}`]),
        ],
        types: [...catalog.entries.map(({ info }) => info.name), ...catalog.formats.map(({ info }) => info.name)],
      },
    ],
  };
}

/**
 * An assertion's error class: a TypeError named `name` whose constructor takes the lines of
 * `parameters` (what was expected), then the received value, and passes `message` (a template
 * literal over them) to TypeError; branded with the package's name, so that `instanceof` holds across its builds.
 */
function errorClass(packageName: string, name: string, summary: string, parameters: string[], message: string): string {
  const brand = quote(`${packageName} ${name}`);
  return (
    jsDoc([summary]) +
    `export class ${name} extends TypeError {\n` +
    `  override readonly name = ${quote(name)};\n` +
    // The brand is read and set in code that runs on use, not when the class is defined: a
    // class whose definition computes a key is kept by bundlers even when nothing uses it.
    `  /**\n` +
    `   * An error of this class made by the package's other build is one too: a CommonJS dependency\n` +
    `   * that requires the package beside an ES module that imports it loads both. A subclass's is not.\n` +
    `   */\n` +
    `  static override [Symbol.hasInstance](value: unknown): boolean {\n` +
    `    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === ${name} && typeof value === "object" && value !== null && Symbol.for(${brand}) in value);\n` +
    `  }\n` +
    `  constructor(\n` +
    [...parameters, 'readonly received: unknown,'].map((line) => `    ${line}\n`).join('') +
    `  ) {\n` +
    `    super(${message});\n` +
    `    Object.defineProperty(this, Symbol.for(${brand}), { value: true });\n` +
    `  }\n` +
    `}\n`
  );
}

function emitEntry({ info, type }: CatalogEntry): string {
  const { name } = info;
  const members = type.members.toLocaleString('en-US');
  const accuracy = type.exact
    ? `Exact: accepts the ${members} string${type.members === 1 ? '' : 's'} the pattern accepts, and no other.`
    : `Approximate: accepts every string the pattern accepts, and some it rejects (${type.approximations.join('; ')}); \`is${name}\` checks the pattern itself.`;
  return (
    jsDoc([...(info.description ? [info.description, ''] : []), accuracy, `@pattern ${info.source}`]) +
    `export type ${name} = ${type.type.startsWith('`') && !type.union ? `${type.type} | never` : type.type};\n\n` +
    jsDoc([`The \`${name}\` pattern, compiled once.`]) +
    `export const ${name}Pattern = ${regexLiteral(info.source)};\n\n` +
    jsDoc([`Whether \`value\` is a string matching the \`${name}\` pattern.`]) +
    `export function is${name}(value: unknown): value is ${name} {\n` +
    `  return typeof value === "string" && ${name}Pattern.test(value);\n` +
    `}\n\n` +
    jsDoc([`\`value\` as a \`${name}\`; throws a ${PATTERN_ERROR_CLASS} when it does not match the pattern.`]) +
    `export function as${name}(value: unknown): ${name} {\n` +
    // Not `if (is${name}(value))`: narrowing `unknown` to a large union costs the checker.
    `  if (typeof value === "string" && ${name}Pattern.test(value)) return value as ${name};\n` +
    `  throw new ${PATTERN_ERROR_CLASS}(${quote(name)}, ${name}Pattern, value);\n` +
    `}\n`
  );
}

function emitFormatEntry({ info }: FormatEntry): string {
  const { name, definition } = info;
  const members = definition.members.toLocaleString('en-US');
  const check = definition.check;
  return (
    jsDoc([
      `A string in format \`${definition.format}\`: ${definition.description}, such as \`${definition.example}\`.`,
      '',
      `Approximate: accepts every such string, and some that are not (${definition.approximations.join('; ')}); ${members} member${definition.members === 1 ? '' : 's'}. \`is${name}\` checks the format itself, as the validators do.`,
      `@format ${definition.format}`,
    ]) +
    `export type ${name} = ${definition.union ? definition.type : `${definition.type} | never`};\n\n` +
    jsDoc([`Whether \`value\` is a string in format \`${definition.format}\` (the validators' check).`]) +
    `export function is${name}(value: unknown): value is ${name} {\n` +
    `  return typeof value === "string" && ${check}(value);\n` +
    `}\n\n` +
    jsDoc([`\`value\` as a \`${name}\`; throws a ${FORMAT_ERROR_CLASS} when it is not in format \`${definition.format}\`.`]) +
    `export function as${name}(value: unknown): ${name} {\n` +
    `  if (typeof value === "string" && ${check}(value)) return value as ${name};\n` +
    `  throw new ${FORMAT_ERROR_CLASS}(${quote(name)}, ${quote(definition.format)}, value);\n` +
    `}\n`
  );
}
