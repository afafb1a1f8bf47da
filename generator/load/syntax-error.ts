import path from 'node:path';
import { YamlParseError } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';

/** YAML syntax errors are thrown by Redocly's parser: turn them into file:line:column. */
export function toSyntaxError(error: unknown, specFile: string): Error {
  if (error instanceof GeneratorError) return error;
  if (error instanceof YamlParseError) {
    const file = path.relative(process.cwd(), specFile);
    const reason = error.message.replace(/ in "[^"]*"/, '').replace(/ \(\d+:\d+\)$/, '');
    return new GeneratorError(`syntax error: ${reason}`, `${file}:${error.line}:${error.col}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
