/**
 * Emits `src/patterns.gen.ts`: per registry pattern its RegExp (compiled once; the validators
 * import it), its template-literal type, a guard `is<Name>` and an assertion `as<Name>`.
 * The file imports nothing, so `types.gen.ts` can import its types without a cycle.
 */
import { jsDoc, quote } from '../shared/codegen.js';
import type { GenerationContext, StageOutput } from '../shared/stage.js';
import { patternCatalog, type CatalogEntry } from './catalog.js';

export const PATTERNS_FILE = 'src/patterns.gen.ts';
export const PATTERNS_MODULE = './patterns.gen.js';
export const PATTERN_ERROR_CLASS = 'PatternMismatchError';

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
  const catalog = patternCatalog(context.patterns);
  const out: string[] = [context.header];
  out.push(
    jsDoc([
      "The spec's `pattern`s. For each one: its RegExp (compiled once, shared with the validators),",
      'its template-literal type (string literals that cannot match do not compile), a guard and an',
      'assertion that narrow a `string` from a form or a file into that type.',
      '',
      'A template type ends in `| never` so that compile errors name it (`not assignable to type',
      "'<Name>'`) instead of printing its expanded union.",
    ]) + '\n',
  );
  if (catalog.entries.length === 0) {
    out.push('export {};\n');
    return { files: [{ path: PATTERNS_FILE, contents: out.join('') }] };
  }
  if (catalog.digitAlias) {
    out.push(`/** One decimal digit. */\ntype ${catalog.digitAlias} = ${'0123456789'.split('').map(quote).join(' | ')};\n\n`);
  }
  out.push(
    jsDoc([`Thrown by the \`as<Name>\` assertions when a value does not match its pattern.`]) +
      `export class ${PATTERN_ERROR_CLASS} extends TypeError {\n` +
      `  override readonly name = ${quote(PATTERN_ERROR_CLASS)};\n` +
      `  constructor(\n` +
      `    /** The pattern's type name, such as \`${catalog.entries[0]!.info.name}\`. */\n` +
      `    readonly patternName: string,\n` +
      `    readonly pattern: RegExp,\n` +
      `    readonly received: unknown,\n` +
      `  ) {\n` +
      '    super(`expected ${patternName}, a string matching ${String(pattern)}, received ${describeValue(received)}`);\n' +
      `  }\n` +
      `}\n\n` +
      `function describeValue(value: unknown): string {\n` +
      `  if (typeof value === "string") return value.length > 80 ? \`\${JSON.stringify(value.slice(0, 80))}... (\${value.length} characters)\` : JSON.stringify(value);\n` +
      `  if (value === null || value === undefined) return String(value);\n` +
      `  if (Array.isArray(value)) return "an array";\n` +
      `  return typeof value === "object" ? "an object" : \`\${typeof value} \${String(value)}\`;\n` +
      `}\n`,
  );
  for (const entry of catalog.entries) out.push('\n' + emitEntry(entry));
  return {
    files: [{ path: PATTERNS_FILE, contents: out.join('') }],
    exports: [
      {
        module: PATTERNS_MODULE,
        values: [PATTERN_ERROR_CLASS, ...catalog.entries.flatMap(({ info }) => [`${info.name}Pattern`, `is${info.name}`, `as${info.name}`])],
        types: catalog.entries.map(({ info }) => info.name),
      },
    ],
  };
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

