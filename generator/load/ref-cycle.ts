import { escapePointerToken, joinPointer, pointerTokens, resolvePointer } from '../shared/pointer.js';

/**
 * Finds a chain of local `$ref`s that comes back to where it started with no schema in it
 * (`A: {$ref: B}`, `B: {$ref: A}`, or `C: {$ref: C}`), which Redocly's resolver reports only as
 * "Self-referencing circular pointer", naming neither. Returns the chain's pointers, the first
 * repeated at the end (`['#/components/schemas/A', '#/components/schemas/B', '#/components/schemas/A']`),
 * or undefined when the document has none (the cycle runs through another file).
 */
export function findRefCycle(document: unknown): string[] | undefined {
  const stack: Array<{ node: unknown; pointer: string }> = [{ node: document, pointer: '#' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const cycle = refChainCycle(document, node, pointer);
    if (cycle) return cycle;
    const entries = Object.entries(node);
    // Reversed, so that the first cycle in document order is the one named.
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index]!;
      stack.push({ node: child, pointer: `${pointer}/${escapePointerToken(key)}` });
    }
  }
  return undefined;
}

/** Follows `$ref` from a node while each target is itself a local `$ref`; returns the loop if it closes. */
function refChainCycle(document: unknown, start: object, startPointer: string): string[] | undefined {
  const chain = [startPointer];
  let node: unknown = start;
  while (node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string') {
    const written = (node as { $ref: string }).$ref;
    if (!written.startsWith('#')) return undefined;
    // As the walk writes pointers: `My%20Thing` is the key "My Thing".
    const target = joinPointer('#', ...pointerTokens(written));
    const seen = chain.indexOf(target);
    if (seen >= 0) return seen === 0 ? [...chain, target] : undefined;
    chain.push(target);
    node = resolvePointer(document, target);
  }
  return undefined;
}

