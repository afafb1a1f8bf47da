/**
 * Safe building blocks for emitted TypeScript. Nothing from a spec is pasted into code raw:
 * strings are quoted with JSON.stringify (plus the characters JSON leaves alone that break
 * scripts), identifiers are checked, and JSDoc text cannot close its comment.
 */

const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw ' +
    'true try typeof var void while with yield let static implements interface package private ' +
    'protected public await any boolean number string symbol unknown never object undefined'
  ).split(' '),
);

/** A string literal that is safe anywhere in a TypeScript or JavaScript file. */
export function quote(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !RESERVED_WORDS.has(name);
}

/** A property key: bare when it is an identifier-like name, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : quote(name);
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
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n').trim();
}

export function jsDoc(lines: string[], indent = ''): string {
  const body = lines
    .flatMap((line) => jsDocText(line).split('\n'))
    .map((line) => `${indent} *${line ? ' ' + line : ''}`);
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}
