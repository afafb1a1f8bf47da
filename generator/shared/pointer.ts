/** JSON Pointer helpers (RFC 6901), used to name every place in a spec in messages. */

export function escapePointerToken(token: string | number): string {
  const text = String(token);
  // Most tokens need no escape: skip the two regex passes (walks build a pointer per schema).
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

export function unescapePointerToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  let pointer = base;
  for (const token of tokens) pointer += '/' + escapePointerToken(token);
  return pointer;
}

/**
 * The keys a local JSON Pointer names, unescaped, and percent-decoded as a URI fragment is
 * (`#/components/schemas/My%20Thing` names "My Thing"; a `%` that is not an escape stays).
 */
export function pointerTokens(pointer: string): string[] {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (path === '') return [];
  return path.slice(1).split('/').map((raw) => unescapePointerToken(raw.includes('%') ? percentDecoded(raw) : raw));
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Resolves a local JSON Pointer such as `#/components/schemas/Campaign` in a document. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const token of pointerTokens(pointer)) {
    // Own keys only: `#/components/schemas/__proto__` or `.../constructor` names no schema of a
    // spec that has none, though every object inherits those names.
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
