import path from 'node:path';
import { YamlParseError } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';

/**
 * YAML syntax errors are thrown by Redocly's parser: turn them into file:line:column. So is a
 * chain of `$ref`s that comes back to where it started without a schema in it, which its
 * resolver throws as a bare Error.
 */
export function toSyntaxError(error: unknown, specFile: string): Error {
  if (error instanceof GeneratorError) return error;
  if (error instanceof Error && /^Self-referencing circular pointer/.test(error.message)) {
    return new GeneratorError(
      'expected every $ref to lead to a schema, received a chain of $refs that comes back to where it started (A refers to B, B to A) with nothing else in it',
      path.relative(process.cwd(), specFile),
    );
  }
  if (error instanceof YamlParseError) {
    const file = path.relative(process.cwd(), specFile);
    const reason = error.message.replace(/ in "[^"]*"/, '').replace(/ \(\d+:\d+\)$/, '');
    // Some errors (a second document in the file) come without a position.
    const position = Number.isInteger(error.line) && Number.isInteger(error.col) ? `:${error.line}:${error.col}` : '';
    return new GeneratorError(`syntax error: ${reason}`, `${file}${position}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
