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
  // Redocly's bundler fails with a TypeError on a `$ref` in an extension that leads back to a
  // schema holding it: named here, with what it means.
  const back = parsed === undefined || !(error instanceof TypeError) ? undefined : findExtensionRefBack(parsed);
  if (back) {
    const where = `${path.relative(process.cwd(), specFile)}${back.pointer}`;
    return back.inPlace
      ? new GeneratorError(`circular schema: the $ref at ${back.pointer} leads back to ${back.target}, which holds it, so the schema checks the same value again forever; break the loop`, where)
      : new GeneratorError(`expected no $ref in ${back.extension} to lead back to a schema holding it (${back.target}): Redocly's bundler cannot bundle one`, where);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Keywords whose sub-schemas check a part of the value (a property, an item, a name). */
const DESCENDING = new Set(['properties', 'patternProperties', 'additionalProperties', 'items', 'prefixItems', 'additionalItems', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);

/**
 * A local `$ref` inside an `x-` extension that points to a schema the extension is in, by a way
 * that goes into no property or item; `inPlace` when that way passes an `x-warn`, whose schema
 * the validators apply to the same value (a loop that would never end).
 */
function findExtensionRefBack(document: unknown): { pointer: string; target: string; extension: string; inPlace: boolean } | undefined {
  // The bundler may have left the parse with shared (even circular) nodes: each is visited once.
  const seen = new WeakSet<object>();
  const visit = (node: unknown, tokens: string[], extension: string | undefined): ReturnType<typeof findExtensionRefBack> => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return undefined;
    seen.add(node);
    const ref = (node as { $ref?: unknown }).$ref;
    if (extension && typeof ref === 'string' && ref.startsWith('#')) {
      const target = pointerTokens(ref);
      const below = tokens.slice(target.length);
      // Through a property or an item it is recursion, which the bundler handles.
      if (target.length < tokens.length && target.every((token, index) => tokens[index] === token) && !below.some((token) => DESCENDING.has(token))) {
        return { pointer: joinPointer('#', ...tokens, '$ref'), target: joinPointer('#', ...target), extension, inPlace: below.includes('x-warn') };
      }
    }
    for (const [key, child] of Object.entries(node)) {
      tokens.push(key);
      const found = visit(child, tokens, extension ?? (key.startsWith('x-') ? key : undefined));
      tokens.pop();
      if (found) return found;
    }
    return undefined;
  };
  return visit(document, [], undefined);
}
