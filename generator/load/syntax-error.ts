import path from 'node:path';
import { YamlParseError } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';
import { findRefCycle } from './ref-cycle.js';

/**
 * YAML syntax errors are thrown by Redocly's parser: turn them into file:line:column. So is a
 * chain of `$ref`s that comes back to where it started without a schema in it, which its
 * resolver throws as a bare Error naming neither: `parsed`, the root file's parse, is searched for
 * it, to name each link.
 */
export function toSyntaxError(error: unknown, specFile: string, parsed?: unknown): Error {
  if (error instanceof GeneratorError) return error;
  if (error instanceof Error && /^Self-referencing circular pointer/.test(error.message)) {
    const file = path.relative(process.cwd(), specFile);
    const cycle = parsed === undefined ? undefined : findRefCycle(parsed);
    return cycle
      ? new GeneratorError(`expected every $ref to lead to a schema, received a chain of $refs that comes back to where it started with nothing else in it: ${cycle.join(' -> ')}`, `${file}${cycle[0]}`)
      : new GeneratorError('expected every $ref to lead to a schema, received a chain of $refs that comes back to where it started with nothing else in it (through another file)', file);
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
