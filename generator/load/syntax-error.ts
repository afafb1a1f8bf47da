import path from 'node:path';
import { YamlParseError } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';
import { joinPointer, pointerTokens } from '../shared/pointer.js';
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
  // Redocly's bundler fails with a TypeError on a `$ref` in an extension (`x-warn`) back to a
  // schema holding it: the loop is named here, as the validators stage would name it.
  const loop = parsed === undefined || !(error instanceof TypeError) ? undefined : findExtensionRefLoop(parsed);
  if (loop) {
    return new GeneratorError(
      `circular schema: the $ref at ${loop.pointer} leads back to ${loop.target}, which holds it, so the schema checks the same value again forever; break the loop`,
      `${path.relative(process.cwd(), specFile)}${loop.pointer}`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** A local `$ref` inside an `x-` extension that points to a schema the extension is in. */
function findExtensionRefLoop(document: unknown): { pointer: string; target: string } | undefined {
  // The bundler may have left the parse with shared (even circular) nodes: each is visited once.
  const seen = new WeakSet<object>();
  const visit = (node: unknown, pointer: string, inExtension: boolean): { pointer: string; target: string } | undefined => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return undefined;
    seen.add(node);
    const ref = (node as { $ref?: unknown }).$ref;
    if (inExtension && typeof ref === 'string' && ref.startsWith('#')) {
      const target = joinPointer('#', ...pointerTokens(ref));
      if (pointer.startsWith(`${target}/`)) return { pointer: `${pointer}/$ref`, target };
    }
    for (const [key, child] of Object.entries(node)) {
      const found = visit(child, joinPointer(pointer, key), inExtension || key.startsWith('x-'));
      if (found) return found;
    }
    return undefined;
  };
  return visit(document, '#', false);
}
