/**
 * The ts-morph pass over openapi-typescript's `types.gen.ts`: every property whose schema has
 * a registry `pattern` or typed `format` is typed with its alias (imported, type only, from
 * `patterns.gen.ts`; with both, the tighter of the two, see catalog.ts) and gets `@pattern` and
 * `@format` JSDoc tags next to its `@description`.
 *
 * Like ts-morph's own generation passes: find the anchors with `...OrThrow`, clear what an
 * earlier run added (the import, `@pattern` tags; aliases in place are recognised), collect
 * every edit before changing anything, apply them in one batch, read the text once. Running it
 * on its own output gives the same bytes.
 */
import { inSpec } from '../shared/errors.js';
import {
  Node,
  Project,
  ts,
  type ImportDeclaration,
  type InterfaceDeclaration,
  type PropertySignature,
  type SourceFile,
  type TypeLiteralNode,
  type TypeNode,
} from 'ts-morph';
import { jsDocText } from '../shared/codegen.js';
import { followRefs, HTTP_METHODS } from '../shared/openapi.js';
import { escapePointerToken, resolvePointer, unescapePointerToken } from '../shared/pointer.js';
import type { GenerationContext } from '../shared/stage.js';
import { patternCatalog, reportOf, schemaType, type PatternTypeReport, type SchemaType } from './catalog.js';
import { PATTERNS_MODULE } from './guards.js';

export interface PatternTypesResult {
  source: string;
  report: PatternTypeReport[];
  /** Schemas with a pattern or typed format whose place in the types file the pass could not find or retype. */
  skipped: Array<{ pointer: string; reason: string }>;
}

interface Edit {
  info: SchemaType;
  pointer: string;
  /** The property to retype and document, or an array element type to retype. */
  target: PropertySignature | TypeNode;
  description?: string;
}

export function applyPatternTypes(typesSource: string, context: GenerationContext): PatternTypesResult {
  const catalog = inSpec(context.specPath, () => patternCatalog(context.patterns));
  const report = reportOf(catalog);
  const pointers = new Set([...context.patterns.patterns.flatMap((p) => p.pointers), ...context.patterns.formats.flatMap((f) => f.pointers)]);
  // Nothing to type: the source as it is (what the pass below returns then), without parsing it.
  if (pointers.size === 0) return { source: typesSource, report, skipped: [] };
  const names = new Set([...catalog.entries.map((e) => e.info.name), ...catalog.formats.map((f) => f.info.name)]);
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const file = project.createSourceFile('types.gen.ts', typesSource);
  const skipped: PatternTypesResult['skipped'] = [];

  // Analyse: find every place before changing any.
  const edits: Edit[] = [];
  for (const pointer of pointers) {
    const info = schemaType(context.patterns, catalog, pointer)!;
    const found = locate(file, context, pointer);
    if (typeof found === 'string') skipped.push({ pointer, reason: found });
    else {
      const schema = resolvePointer(context.document, pointer) as Record<string, unknown> | undefined;
      const description = typeof schema?.description === 'string' ? schema.description : undefined;
      for (const target of found) edits.push({ info, pointer, target, description });
    }
  }

  // Manipulate, as text splices on the positions found above, applied in one batch: a ts-morph
  // manipulation of the whole file re-parses all of it, which on GitHub's 6.5 MB of types costs
  // seconds per edit. Each property is rewritten with ts-morph in a small scratch file instead.
  const used = new Set<string>();
  const splices: Splice[] = [];
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() === PATTERNS_MODULE) splices.push(importRemoval(typesSource, declaration));
  }
  const seen = new Set<string>();
  const elementEdits = edits.filter((edit) => !Node.isPropertySignature(edit.target));
  for (const edit of edits) {
    const range = rangeOf(edit.target);
    const key = `${range.start}:${range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!Node.isPropertySignature(edit.target)) {
      if (elementEdits.some((other) => other !== edit && contains(rangeOf(other.target), range) && !sameRange(rangeOf(other.target), range))) continue;
      if (edits.some((other) => Node.isPropertySignature(other.target) && contains(rangeOf(other.target), range))) continue;
      const type = retype(edit.target, edit.info.type, names, true);
      if (type === undefined) skipped.push({ pointer: edit.pointer, reason: `its type is ${edit.target.getText()}, not string` });
      else {
        for (const name of edit.info.names) used.add(name);
        splices.push({ ...range, text: type });
      }
      continue;
    }
    // Array element types retyped inside this property go into its scratch copy first.
    const inner = elementEdits
      .filter((other) => contains(range, rangeOf(other.target)))
      .map((other) => ({ ...rangeOf(other.target), edit: other }));
    const rewritten = rewriteProperty(project, typesSource, edit as Edit & { target: PropertySignature }, inner, names, used, skipped);
    splices.push({ ...range, text: rewritten });
  }
  if (!edits.length && !used.size && !splices.length) return { source: typesSource, report, skipped };
  let source = applySplices(typesSource, splices);
  if (used.size) {
    const position = importPosition(source);
    source = `${source.slice(0, position)}import type { ${[...used].sort().join(', ')} } from "${PATTERNS_MODULE}";\n\n${source.slice(position)}`;
  }
  return { source: edits.length || used.size ? source : typesSource, report, skipped };
}

/**
 * The report's lines for the schemas the pass could not type: one each, or one per reason and
 * pattern or format when there are many (GitHub's spec has hundreds of date-times in `oneOf`s).
 */
export function describeSkipped(skipped: PatternTypesResult['skipped'], registry: GenerationContext['patterns']): string[] {
  const groups = new Map<string, { what: string; reason: string; pointers: string[] }>();
  for (const { pointer, reason } of skipped) {
    const pattern = registry.byPointer.get(pointer);
    const what = pattern ? `pattern ${pattern.name}` : `format ${registry.formatByPointer.get(pointer)?.definition.format ?? '?'}`;
    const group = groups.get(`${what}\0${reason}`) ?? { what, reason, pointers: [] };
    group.pointers.push(pointer);
    groups.set(`${what}\0${reason}`, group);
  }
  return [...groups.values()].flatMap(({ what, reason, pointers }) =>
    pointers.length <= 3
      ? pointers.map((pointer) => `${what.split(' ')[0]} at ${pointer} has no compile-time type: ${reason}`)
      : [`${what} at ${pointers.length} schemas has no compile-time type: ${reason} (the first: ${pointers[0]})`],
  );
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Where an edit's text lies: a property with its JSDoc, or a type node. */
function rangeOf(target: PropertySignature | TypeNode): { start: number; end: number } {
  return { start: target.getStart(Node.isPropertySignature(target)), end: target.getEnd() };
}

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function sameRange(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

function applySplices(text: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const splice of sorted) {
    if (splice.start < at) throw new Error(`overlapping edits at ${splice.start} in the types file`);
    out += text.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return out + text.slice(at);
}

/** The earlier run's import with the blank lines after it, as `importPosition` inserted it. */
function importRemoval(text: string, declaration: ImportDeclaration): Splice {
  const start = declaration.getStart();
  const after = text.slice(declaration.getEnd()).match(/^[ \t]*(\r?\n[ \t]*)*/)![0];
  // Keep the indentation of the next line; drop the newlines in between.
  const end = declaration.getEnd() + after.length - (after.match(/[ \t]*$/)![0].length);
  return { start, end, text: '' };
}

/**
 * The property's new text, JSDoc included: the property alone in a scratch file (after the
 * element types inside it were retyped), parsed to find its type and JSDoc, then both edited as
 * text. No ts-morph manipulation: on GitHub's spec, with a thousand typed properties, one per
 * property cost a second, and its JSDoc round trip dropped the `**` of a description that
 * starts with bold text.
 */
function rewriteProperty(
  project: Project,
  text: string,
  edit: Edit & { target: PropertySignature },
  inner: Array<{ start: number; end: number; edit: Edit }>,
  names: Set<string>,
  used: Set<string>,
  skipped: PatternTypesResult['skipped'],
): string {
  const { start, end } = rangeOf(edit.target);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indentation = text.slice(lineStart, start).match(/^[ \t]*/)![0];
  let body = text.slice(start, end);
  for (const element of [...inner].sort((a, b) => b.start - a.start)) {
    const type = retype(element.edit.target as TypeNode, element.edit.info.type, names, true);
    if (type === undefined) skipped.push({ pointer: element.edit.pointer, reason: `its type is ${(element.edit.target as TypeNode).getText()}, not string` });
    else {
      for (const name of element.edit.info.names) used.add(name);
      body = body.slice(0, element.start - start) + type + body.slice(element.end - start);
    }
  }
  const prefix = `interface Scratch {\n${indentation}`;
  const scratch = project.createSourceFile('pattern-scratch.ts', `${prefix}${body}\n}\n`, { overwrite: true });
  try {
    const property = scratch.getInterfaceOrThrow('Scratch').getProperties()[0]!;
    const typeNode = property.getTypeNode();
    const type = typeNode ? retype(typeNode, edit.info.type, names) : undefined;
    if (type === undefined) skipped.push({ pointer: edit.pointer, reason: `its type is ${typeNode?.getText() ?? 'missing'}, not string` });
    else for (const name of edit.info.names) used.add(name);
    const at = (position: number) => position - prefix.length;
    const splices: Splice[] = [docsSplice(property, edit.info, edit.description, indentation, at)];
    if (typeNode && type !== undefined) splices.push({ start: at(typeNode.getStart()), end: at(typeNode.getEnd()), text: type });
    return applySplices(body, splices);
  } finally {
    project.removeSourceFile(scratch);
  }
}

/** Our JSDoc tags: an earlier run's are replaced. */
const OWN_TAGS = new Set(['pattern', 'format']);

/**
 * The splice that gives the property's last JSDoc comment the `@pattern` and `@format` tags of
 * its schema (and its description, when the comment has none), replacing an earlier run's;
 * every other line stays as it is. A property without a comment gets one. One line is written
 * `/** ... *\/`, more as a block.
 */
function docsSplice(property: PropertySignature, info: SchemaType, description: string | undefined, indentation: string, at: (position: number) => number): Splice {
  const tags = [
    ...(info.pattern ? tagLines('pattern', jsDocText(info.pattern.source)) : []),
    ...(info.format ? tagLines('format', info.format.definition.format) : []),
  ];
  const docs = property.getJsDocs();
  const doc = docs[docs.length - 1];
  if (!doc) {
    const position = at(property.getStart());
    return { start: position, end: position, text: `${comment([...(description ? tagLines('description', jsDocText(description)) : []), ...tags], indentation)}\n${indentation}` };
  }
  const raw = doc.getText();
  const block = raw.split('\n');
  const canonical = block.length >= 3 && block[0] === '/**' && /^\s*\*\/$/.test(block[block.length - 1]!) && block.slice(1, -1).every((line) => /^\s*\*( |$)/.test(line));
  const lines = canonical
    ? block.slice(1, -1).map((line) => line.replace(/^\s*\* ?/, ''))
    : raw.replace(/^\/\*\*\s?/, '').replace(/\s*\*\/$/, '').split('\n').map((line, i) => (i === 0 ? line : line.replace(/^\s*\* ?/, '')));
  // Drop the earlier run's tags, with their continuation lines.
  let own = false;
  const kept = lines.filter((line) => {
    const tag = /^@(\w+)/.exec(line);
    if (tag) own = OWN_TAGS.has(tag[1]!);
    return !own;
  });
  const firstTag = kept.findIndex((line) => line.startsWith('@'));
  const hasDescription = kept.some((line) => line.startsWith('@description')) || kept.slice(0, firstTag < 0 ? kept.length : firstTag).some((line) => line.trim() !== '');
  if (!hasDescription && description) kept.splice(firstTag < 0 ? kept.length : firstTag, 0, ...tagLines('description', jsDocText(description)));
  const content = [...kept, ...tags];
  const leading = canonical ? block[block.length - 1]!.replace(/\*\/$/, '') : `${indentation} `;
  const text =
    canonical && content.length > 1
      ? ['/**', ...content.map((line) => `${leading}*${line ? ` ${line}` : ''}`), `${leading}*/`].join('\n')
      : comment(content, indentation);
  return { start: at(doc.getStart()), end: at(doc.getEnd()), text };
}

/** A tag's lines: `@name text`, then the text's further lines. */
function tagLines(name: string, text: string): string[] {
  const [first, ...rest] = text.split('\n');
  return [`@${name}${first ? ` ${first}` : ''}`, ...rest];
}

/** A JSDoc comment at `indentation`: one line as `/** ... *\/`, more as a block. */
function comment(lines: string[], indentation: string): string {
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return ['/**', ...lines.map((line) => `${indentation} *${line ? ` ${line}` : ''}`), `${indentation} */`].join('\n');
}

/**
 * The property's new type text: `string` members (and the aliases an earlier run put there,
 * alone or intersected) become `type`; `undefined` if none is `string`. An array's element type
 * (`string[]`) that becomes an intersection is parenthesized.
 */
function retype(typeNode: TypeNode, type: string, aliases: Set<string>, element = false): string | undefined {
  const members = Node.isUnionTypeNode(typeNode) ? typeNode.getTypeNodes() : [typeNode];
  const isAlias = (node: TypeNode): boolean => Node.isTypeReference(node) && aliases.has(node.getText());
  let changed = false;
  const texts = members.map((member) => {
    if (member.getKind() === ts.SyntaxKind.StringKeyword || isAlias(member) || (Node.isIntersectionTypeNode(member) && member.getTypeNodes().every(isAlias))) {
      changed = true;
      return type;
    }
    return member.getText();
  });
  if (!changed) return undefined;
  const text = [...new Set(texts)].join(' | ');
  return element && Node.isArrayTypeNode(typeNode.getParent()) && /[&|]/.test(text) ? `(${text})` : text;
}

/** After the file's header comments (those followed by a blank line), before the first declaration's own docs. */
function importPosition(text: string): number {
  let position = 0;
  for (const range of ts.getLeadingCommentRanges(text, 0) ?? []) {
    if (/^\r?\n[ \t]*\r?\n/.test(text.slice(range.end))) position = text.slice(range.end).match(/^(\r?\n[ \t]*)+/)![0].length + range.end;
  }
  return position;
}

// ---------------------------------------------------------------------------------------------
// Where openapi-typescript puts the schema at a JSON Pointer.

type Located = PropertySignature | TypeNode;

/**
 * The types at a schema's pointer: one, or for a parameter of a path item, its own and the copy
 * in each operation of the path that does not replace it.
 */
function locate(file: SourceFile, context: GenerationContext, pointer: string): Located[] | string {
  const tokens = pointer.replace(/^#\/?/, '').split('/').map(unescapePointerToken);
  const parameter = parameterAt(context, tokens);
  if (parameter) return locateParameter(file, context, parameter);
  let at: Located | undefined;
  let rest: string[];
  if (tokens[0] === 'components' && tokens[1] === 'parameters' && tokens[3] === 'schema') {
    // openapi-typescript types a component parameter as its schema, and each use refers to it.
    at = member(typeOf(file.getInterfaceOrThrow('components').getPropertyOrThrow('parameters')), tokens[2]!);
    rest = tokens.slice(4);
  } else if (tokens[0] === 'components' && ['schemas', 'headers'].includes(tokens[1]!) && tokens.length >= 3) {
    at = member(typeOf(file.getInterfaceOrThrow('components').getPropertyOrThrow(tokens[1]!)), tokens[2]!);
    rest = tokens.slice(3);
    if (tokens[1] === 'headers') {
      if (rest[0] !== 'schema') return 'only header schemas are mapped';
      rest = rest.slice(1);
    }
  } else if (tokens[0] === 'components' && ['requestBodies', 'responses'].includes(tokens[1]!) && tokens[3] === 'content' && tokens[5] === 'schema') {
    at = member(typeOf(member(typeOf(file.getInterfaceOrThrow('components').getPropertyOrThrow(tokens[1]!)), tokens[2]!)), 'content');
    at = member(typeOf(at), tokens[4]!);
    rest = tokens.slice(6);
  } else if (tokens[0] === 'paths' && tokens.length >= 4) {
    const operation = resolvePointer(context.document, `#/paths/${pointer.split('/').slice(2, 4).join('/')}`) as { operationId?: unknown } | undefined;
    const operationNode: Located | undefined =
      typeof operation?.operationId === 'string'
        ? interfaceMember(file, 'operations', operation.operationId)
        : member(typeOf(interfaceMember(file, 'paths', tokens[1]!)), tokens[2]!);
    if (tokens[3] === 'requestBody' && tokens[4] === 'content' && tokens[6] === 'schema') {
      at = member(typeOf(member(typeOf(member(typeOf(operationNode), 'requestBody')), 'content')), tokens[5]!);
      rest = tokens.slice(7);
    } else if (tokens[3] === 'responses' && tokens[5] === 'content' && tokens[7] === 'schema') {
      at = member(typeOf(member(typeOf(member(typeOf(member(typeOf(operationNode), 'responses')), tokens[4]!)), 'content')), tokens[6]!);
      rest = tokens.slice(8);
    } else return 'only parameters and request and response bodies of paths are mapped';
  } else return 'not a schema, parameter, request body, response or header component, nor a path body';
  return below(at, rest);
}

/** The type at `rest` (`properties/<name>`, `items`) below `at`. */
function below(at: Located | undefined, rest: string[]): Located[] | string {
  for (let i = 0; at && i < rest.length; i++) {
    if (rest[i] === 'properties' && i + 1 < rest.length) at = member(typeOf(at), rest[++i]!);
    else if (rest[i] === 'items') at = elementType(typeOf(at));
    else return `"${rest[i]}" is not mapped (only properties and items are)`;
  }
  return at ? [at] : 'not found in the types file';
}

interface ParameterPlace {
  path: string;
  /** The operation's method, or undefined for a parameter of the path item. */
  method: string | undefined;
  name: string;
  place: string;
  /** The tokens below the parameter's schema. */
  rest: string[];
}

/** The parameter whose schema (or a schema inside it) `tokens` point at, in a path item or an operation. */
function parameterAt(context: GenerationContext, tokens: string[]): ParameterPlace | undefined {
  if (tokens[0] !== 'paths' || tokens.length < 5) return undefined;
  const method = tokens[2] === 'parameters' ? undefined : tokens[2];
  const index = method === undefined ? 3 : 4;
  if (method !== undefined && tokens[3] !== 'parameters') return undefined;
  if (tokens[index + 1] !== 'schema') return undefined;
  const node = resolvePointer(context.document, `#/${tokens.slice(0, index + 1).map(escapePointerToken).join('/')}`) as { name?: unknown; in?: unknown } | undefined;
  if (typeof node?.name !== 'string' || typeof node.in !== 'string') return undefined;
  return { path: tokens[1]!, method, name: node.name, place: node.in, rest: tokens.slice(index + 2) };
}

function locateParameter(file: SourceFile, context: GenerationContext, parameter: ParameterPlace): Located[] | string {
  // The `parameters` member of each type that holds the parameter.
  const holders: Array<Located | undefined> = [];
  if (parameter.method !== undefined) holders.push(member(typeOf(operationType(file, context, parameter.path, parameter.method)), 'parameters'));
  else {
    holders.push(member(typeOf(interfaceMember(file, 'paths', parameter.path)), 'parameters'));
    const pathItem = context.document.paths?.[parameter.path] as Record<string, { parameters?: unknown } | undefined> | undefined;
    for (const method of HTTP_METHODS) {
      const operation = pathItem?.[method];
      if (!operation || typeof operation !== 'object' || replaces(context, operation.parameters, parameter)) continue;
      holders.push(member(typeOf(operationType(file, context, parameter.path, method)), 'parameters'));
    }
  }
  const found: Located[] = [];
  for (const holder of holders) {
    const at = below(member(typeOf(member(typeOf(holder), parameter.place)), parameter.name), parameter.rest);
    if (typeof at === 'string') return at;
    found.push(...at);
  }
  return found;
}

/** The type of an operation: `operations[id]`, or `paths[path][method]` without an operationId. */
function operationType(file: SourceFile, context: GenerationContext, path: string, method: string): Located | undefined {
  const operation = (context.document.paths?.[path] as Record<string, { operationId?: unknown }> | undefined)?.[method];
  return typeof operation?.operationId === 'string'
    ? interfaceMember(file, 'operations', operation.operationId)
    : member(typeOf(interfaceMember(file, 'paths', path)), method);
}

/** Whether an operation's own parameters have one of the same name and place. */
function replaces(context: GenerationContext, parameters: unknown, parameter: ParameterPlace): boolean {
  return Array.isArray(parameters) && parameters.some((item) => {
    const node = followRefs(context.document, item).node as { name?: unknown; in?: unknown } | undefined;
    return node?.name === parameter.name && node.in === parameter.place;
  });
}

function interfaceMember(file: SourceFile, interfaceName: string, name: string): PropertySignature | undefined {
  return propertiesByName(file.getInterfaceOrThrow(interfaceName)).get(name);
}

/**
 * The properties of an interface or object type by name, indexed once: a spec such as GitHub's
 * has a thousand schemas in one object type and a thousand typed properties to find in it.
 */
const propertyIndex = new WeakMap<InterfaceDeclaration | TypeLiteralNode, Map<string, PropertySignature>>();
function propertiesByName(node: InterfaceDeclaration | TypeLiteralNode): Map<string, PropertySignature> {
  let index = propertyIndex.get(node);
  if (!index) {
    index = new Map();
    for (const property of node.getProperties()) if (!index.has(propertyName(property))) index.set(propertyName(property), property);
    propertyIndex.set(node, index);
  }
  return index;
}

function typeOf(node: Located | undefined): TypeNode | undefined {
  if (!node) return undefined;
  return Node.isPropertySignature(node) ? node.getTypeNode() : node;
}

/** The property `name` of an object type, looking through `| null`, `&` and parentheses. */
function member(type: TypeNode | undefined, name: string): PropertySignature | undefined {
  for (const literal of objectLiterals(type)) {
    const found = propertiesByName(literal).get(name);
    if (found) return found;
  }
  return undefined;
}

function objectLiterals(type: TypeNode | undefined): TypeLiteralNode[] {
  if (!type) return [];
  if (Node.isTypeLiteral(type)) return [type];
  if (Node.isParenthesizedTypeNode(type)) return objectLiterals(type.getTypeNode());
  if (Node.isUnionTypeNode(type) || Node.isIntersectionTypeNode(type)) return type.getTypeNodes().flatMap(objectLiterals);
  return [];
}

function propertyName(property: PropertySignature): string {
  const nameNode = property.getNameNode();
  return Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode) ? nameNode.getLiteralValue() : nameNode.getText();
}

function elementType(type: TypeNode | undefined): TypeNode | undefined {
  if (!type) return undefined;
  if (Node.isParenthesizedTypeNode(type)) return elementType(type.getTypeNode());
  if (Node.isArrayTypeNode(type)) {
    const element = type.getElementTypeNode();
    return Node.isParenthesizedTypeNode(element) ? element.getTypeNode() : element;
  }
  if (Node.isUnionTypeNode(type)) return type.getTypeNodes().map(elementType).find(Boolean);
  return undefined;
}
