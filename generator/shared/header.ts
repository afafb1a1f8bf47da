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
  if (style === 'html') return `<!--\n${lines.map((line) => `  ${line}`).join('\n')}\n-->\n`;
  return `/*\n${lines.map((line) => ` * ${line}`).join('\n')}\n */\n`;
}
