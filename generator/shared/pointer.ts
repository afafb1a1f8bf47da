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

/** Resolves a local JSON Pointer such as `#/components/schemas/Campaign` in a document. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (path === '') return document;
  let node: unknown = document;
  for (const raw of path.slice(1).split('/')) {
    const token = unescapePointerToken(raw.includes('%') ? decodeURIComponent(raw) : raw);
    if (node === null || typeof node !== 'object' || !(token in node)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
