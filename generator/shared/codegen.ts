/**
 * Safe building blocks for emitted TypeScript. Nothing from a spec is pasted into code raw:
 * strings are quoted with JSON.stringify (plus the characters JSON leaves alone that break
 * scripts), identifiers are checked, and JSDoc text cannot close its comment.
 */
import { GeneratorError } from './errors.js';

const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw ' +
    'true try typeof var void while with yield let static implements interface package private ' +
    'protected public await any boolean number string symbol unknown never object undefined'
  ).split(' '),
);

const LINE_SEPARATORS = /[\u2028\u2029]/;

/** A string literal that is safe anywhere in a TypeScript or JavaScript file. */
export function quote(value: string): string {
  const json = JSON.stringify(value);
  // Rare, and a test is cheaper than two replaces on every string of a 12 MB spec.
  return LINE_SEPARATORS.test(json) ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED_WORDS.has(name);
}

/** `createCampaign` -> `CreateCampaign`; `call-campaigns` -> `CallCampaigns`. */
export function pascalCase(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const joined = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return /^[0-9]/.test(joined) ? `_${joined}` : joined || '_';
}

/** Text for a JSDoc block: `*\/` cannot end the comment early. */
export function jsDocText(text: string): string {
  return withoutCommentDirectives(text.replace(/\*\//g, '*\\/').replace(/\r\n?|[\u2028\u2029]/g, '\n').trim());
}

/**
 * Text from a spec, made safe inside a comment of generated TypeScript: a line of it that starts
 * with "@ts-ignore" or "@ts-expect-error" (after spaces, "*" or "/") would be a directive for
 * the line below, hiding an error or failing the build; written "\@ts-ignore" it is text.
 * U+2028 and U+2029 end a line for TypeScript as a newline does.
 */
export function withoutCommentDirectives(text: string): string {
  return text.replace(/^([ \t]*[/*]*[ \t]*)@(ts-expect-error|ts-ignore)/gm, '$1\\@$2').replace(/([\u2028\u2029][ \t]*[/*]*[ \t]*)@(ts-expect-error|ts-ignore)/g, '$1\\@$2');
}

export function jsDoc(lines: string[], indent = ''): string {
  const body = lines
    .flatMap((line) => jsDocText(line).split('\n'))
    .map((line) => `${indent} *${line ? ' ' + line : ''}`);
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

/** A TypeScript identifier may use any Unicode letter; names from specs often do. */
const IDENTIFIER_START = /[\p{L}\p{Nl}$_]/u;
const IDENTIFIER_PART = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_]/u;

/**
 * `Foo-Bar` -> `FooBar`, `delete` -> `Delete`, `Ünïcode name` -> `ÜnïcodeName`: a PascalCase
 * identifier made of the name's words, Unicode letters kept.
 */
export function pascalIdentifier(name: string): string {
  const words = [...name.normalize('NFC')]
    .map((char) => (IDENTIFIER_PART.test(char) && char !== '$' && char !== '_' ? char : ' '))
    .join('')
    .replace(/(\p{Ll}|\p{Nd})(\p{Lu})/gu, '$1 $2')
    .split(' ')
    .filter(Boolean);
  const joined = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  if (!joined) return '_';
  return IDENTIFIER_START.test(joined[0]!) ? joined : `_${joined}`;
}

/**
 * Gives each name an identifier with `toIdentifier`, and refuses two names that would share
 * one: silently renaming one of them would give users a name they cannot predict.
 */
export function assignIdentifiers(
  entries: Array<{ name: string; pointer: string }>,
  toIdentifier: (name: string) => string,
  what: string,
): Map<string, string> {
  const byIdentifier = new Map<string, { name: string; pointer: string }>();
  const result = new Map<string, string>();
  for (const entry of entries) {
    const identifier = toIdentifier(entry.name);
    const previous = byIdentifier.get(identifier);
    if (previous) {
      throw new GeneratorError(
        `${what} names ${JSON.stringify(previous.name)} (${previous.pointer}) and ${JSON.stringify(entry.name)} both become the identifier ${identifier}; rename one of them`,
        entry.pointer,
      );
    }
    byIdentifier.set(identifier, entry);
    result.set(entry.name, identifier);
  }
  return result;
}
