/**
 * The header stamped on every generated file: what generated it, from which spec, by which
 * command, and that edits are overwritten. It carries no date or machine path, so the same
 * spec always gives the same bytes.
 */
export interface HeaderContext {
  /** The spec's path relative to the repository root, with forward slashes. */
  specPath: string;
  /** The command a user runs to regenerate. */
  command: string;
}

/** The header's first line: how a file this generator wrote is recognized. */
export const GENERATED_MARKER = 'This file is generated. Do not edit it: your changes will be overwritten.';

export function fileHeader(context: HeaderContext, style: 'block' | 'html' = 'block'): string {
  const lines = [
    GENERATED_MARKER,
    `Source: ${context.specPath}`,
    `Regenerate with: ${context.command}`,
  ];
  // A path is the user's text: one with "*/" (or "-->") in it would end the comment early and
  // make the rest of the line code (`e*/;console.log(1);/*` ran when the package was imported).
  if (style === 'html') return `<!--\n${lines.map((line) => `  ${line.replace(/--(!?)>/g, '--$1&gt;')}`).join('\n')}\n-->\n`;
  return `/*\n${lines.map((line) => ` * ${line.replace(/\*\//g, '*\\/')}`).join('\n')}\n */\n`;
}
