/**
 * The pass over openapi-typescript's `types.gen.ts`: every property whose schema has a registry
 * `pattern` is typed with the pattern's alias (imported, type only, from `patterns.gen.ts`)
 * and gets an `@pattern` JSDoc tag next to its `@description`.
 *
 * Find every place first, then edit: clear what an earlier run added (the import, `@pattern`
 * tags; aliases in place are recognised), collect every edit, apply them as text splices in one
 * batch. Running it on its own output gives the same bytes.
 *
 * It reads the file with the TypeScript compiler openapi-typescript already loaded, without
 * parsing JSDoc (GitHub's 6.5 MB of types have a comment on nearly every property), and
 * rewrites each retyped property's JSDoc the way ts-morph's `set({ type, docs })` did
 * (`jsdoc-text.ts`), so the output is byte for byte what it was with ts-morph.
 */
import ts from 'typescript';
import { jsDocText } from '../shared/codegen.js';
import { resolvePointer, unescapePointerToken } from '../shared/pointer.js';
import type { GenerationContext } from '../shared/stage.js';
import { patternCatalog, reportOf, type PatternTypeReport } from './catalog.js';
import { PATTERNS_MODULE } from './guards.js';
import { jsDocStructures, printJsDocs, typeTextAsWritten, type JsDocStructure } from './jsdoc-text.js';
import type { PatternInfo } from './registry.js';

export interface PatternTypesResult {
  source: string;
  report: PatternTypeReport[];
  /** Schemas with a pattern whose place in the types file the pass could not find or retype. */
  skipped: Array<{ pointer: string; reason: string }>;
}

interface Edit {
  info: PatternInfo;
  pointer: string;
  /** The property to retype and document, or an array element type to retype. */
  target: ts.PropertySignature | ts.TypeNode;
  description?: string;
}

export function applyPatternTypes(typesSource: string, context: GenerationContext): PatternTypesResult {
  const catalog = patternCatalog(context.patterns);
  const report = reportOf(catalog);
  const names = new Set(catalog.entries.map((e) => e.info.name));
  const skipped: PatternTypesResult['skipped'] = [];
  if (!context.patterns.patterns.length && !typesSource.includes(PATTERNS_MODULE)) return { source: typesSource, report, skipped };
  const file = ts.createSourceFile(
    'types.gen.ts',
    typesSource,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    true,
  );

  // Analyse: find every place before changing any.
  const edits: Edit[] = [];
  for (const info of context.patterns.patterns) {
    for (const pointer of info.pointers) {
      const found = locate(file, context, pointer);
      if (typeof found === 'string') skipped.push({ pointer, reason: found });
      else {
        const schema = resolvePointer(context.document, pointer) as Record<string, unknown> | undefined;
        const description = typeof schema?.description === 'string' ? schema.description : undefined;
        edits.push({ info, pointer, target: found, description });
      }
    }
  }

  // Manipulate, as text splices on the positions found above, applied in one batch. Each
  // property is rewritten on its own, in a small scratch file.
  const used = new Set<string>();
  const splices: Splice[] = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text === PATTERNS_MODULE) {
      splices.push(importRemoval(typesSource, file, statement));
    }
  }
  const seen = new Set<string>();
  const elementEdits = edits.filter((edit) => !ts.isPropertySignature(edit.target));
  for (const edit of edits) {
    const range = rangeOf(file, edit.target);
    const key = `${range.start}:${range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!ts.isPropertySignature(edit.target)) {
      if (elementEdits.some((other) => other !== edit && contains(rangeOf(file, other.target), range) && !sameRange(rangeOf(file, other.target), range))) continue;
      if (edits.some((other) => ts.isPropertySignature(other.target) && contains(rangeOf(file, other.target), range))) continue;
      const type = retype(file, edit.target, edit.info.name, names);
      if (type === undefined) skipped.push({ pointer: edit.pointer, reason: `its type is ${edit.target.getText(file)}, not string` });
      else {
        used.add(edit.info.name);
        splices.push({ ...range, text: type });
      }
      continue;
    }
    // Array element types retyped inside this property go into its scratch copy first.
    const inner = elementEdits
      .filter((other) => contains(range, rangeOf(file, other.target)))
      .map((other) => ({ ...rangeOf(file, other.target), edit: other }));
    const rewritten = rewriteProperty(file, typesSource, edit as Edit & { target: ts.PropertySignature }, inner, names, used, skipped);
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

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Where an edit's text lies: a property with its JSDoc, or a type node. */
function rangeOf(file: ts.SourceFile, target: ts.PropertySignature | ts.TypeNode): { start: number; end: number } {
  return { start: ts.isPropertySignature(target) ? startWithJsDoc(file, target) : target.getStart(file), end: target.getEnd() };
}

/**
 * Where a node starts with its JSDoc: the first `/**` comment before it, as the compiler
 * attaches them (the file is read without parsing JSDoc, so they are not attached here).
 */
function startWithJsDoc(file: ts.SourceFile, node: ts.Node): number {
  const text = file.text;
  const jsDoc = (ts.getLeadingCommentRanges(text, node.pos) ?? []).find(
    (comment) => comment.end <= node.end && text.charCodeAt(comment.pos + 1) === 0x2a && text.charCodeAt(comment.pos + 2) === 0x2a && text.charCodeAt(comment.pos + 3) !== 0x2f,
  );
  return jsDoc ? jsDoc.pos : node.getStart(file);
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
function importRemoval(text: string, file: ts.SourceFile, declaration: ts.ImportDeclaration): Splice {
  const start = declaration.getStart(file);
  const after = text.slice(declaration.getEnd()).match(/^[ \t]*(\r?\n[ \t]*)*/)![0];
  // Keep the indentation of the next line; drop the newlines in between.
  const end = declaration.getEnd() + after.length - (after.match(/[ \t]*$/)![0].length);
  return { start, end, text: '' };
}

/**
 * The property's new text, JSDoc included: the property alone in a scratch file, at its own
 * indentation, retyped and documented there as ts-morph's `property.set({ type, docs })` did:
 * the type replaced, the JSDoc blocks removed with the blank space after them, the new ones
 * printed at the property's start.
 */
function rewriteProperty(
  file: ts.SourceFile,
  text: string,
  edit: Edit & { target: ts.PropertySignature },
  inner: Array<{ start: number; end: number; edit: Edit }>,
  names: Set<string>,
  used: Set<string>,
  skipped: PatternTypesResult['skipped'],
): string {
  const { start, end } = rangeOf(file, edit.target);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const indentation = text.slice(lineStart, start).match(/^[ \t]*/)![0];
  let body = text.slice(start, end);
  for (const element of [...inner].sort((a, b) => b.start - a.start)) {
    const type = retype(file, element.edit.target as ts.TypeNode, element.edit.info.name, names);
    if (type === undefined) skipped.push({ pointer: element.edit.pointer, reason: `its type is ${element.edit.target.getText(file)}, not string` });
    else {
      used.add(element.edit.info.name);
      body = body.slice(0, element.start - start) + type + body.slice(element.end - start);
    }
  }
  // ts-morph indents the JSDoc one level (4 columns) deeper than the line the property's parent
  // starts on, and a multi-line type's later lines one more level.
  const parentStart = edit.target.parent.getStart(file);
  const parentLine = text.slice(text.lastIndexOf('\n', parentStart - 1) + 1, parentStart);
  const parentIndentation = parentLine.match(/^[ \t]*/)![0];
  const prefix = `${parentIndentation}interface Scratch {\n${indentation}`;
  const suffix = '\n}\n';
  const scratchText = prefix + body + suffix;
  const scratch = ts.createSourceFile('pattern-scratch.ts', scratchText, ts.ScriptTarget.Latest, true);
  const scratchInterface = scratch.statements.find((statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === 'Scratch') as ts.InterfaceDeclaration;
  const property = scratchInterface.members.find(ts.isPropertySignature)!;
  const typeNode = property.type;
  const type = typeNode ? retype(scratch, typeNode, edit.info.name, names) : undefined;
  if (type === undefined) skipped.push({ pointer: edit.pointer, reason: `its type is ${typeNode?.getText(scratch) ?? 'missing'}, not string` });
  else used.add(edit.info.name);
  const docs = docsWithPattern(jsDocStructures(scratch, property), edit.info, edit.description);

  const columns = indentationColumns(parentIndentation);
  const docIndentation = ' '.repeat(columns + 4);
  // The JSDoc blocks go, each with the blank space after it; the new ones are printed where the
  // property then starts; the type is replaced in place.
  const jsDocs = (property as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  const propertyStart = property.getStart(scratch);
  let kept = '';
  let at = jsDocs.length ? jsDocs[0]!.getStart(scratch) : propertyStart;
  const beforeDocs = scratchText.slice(prefix.length, at);
  for (const doc of jsDocs) {
    kept += scratchText.slice(at, doc.getStart(scratch));
    at = doc.getEnd();
    while (at < propertyStart && ' \t\r\n'.includes(scratchText[at]!)) at++;
  }
  kept += scratchText.slice(at, propertyStart);
  let propertyText = scratchText.slice(propertyStart, property.getEnd());
  // As ts-morph's setType: the text as its writer lays it out, compared with the type in place.
  const written = type === undefined ? undefined : typeTextAsWritten(type, ' '.repeat(columns + 8));
  if (written !== undefined && typeNode && typeNode.getText(scratch) !== written) {
    const typeStart = typeNode.getStart(scratch) - propertyStart;
    propertyText = propertyText.slice(0, typeStart) + written + propertyText.slice(typeNode.getEnd() - propertyStart);
  }
  return beforeDocs + kept + printJsDocs(docs, docIndentation) + propertyText + scratchText.slice(property.getEnd(), scratchText.length - suffix.length);
}

/** Columns of an indentation, a tab counting 4 (ts-morph's default formatting settings). */
function indentationColumns(indentation: string): number {
  let columns = 0;
  for (const char of indentation) columns = char === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}

/** The property's new type text: `string` members become the alias; `undefined` if none is `string`. */
function retype(file: ts.SourceFile, typeNode: ts.TypeNode, alias: string, aliases: Set<string>): string | undefined {
  const members = ts.isUnionTypeNode(typeNode) ? typeNode.types : [typeNode];
  let changed = false;
  const texts = members.map((member) => {
    const text = member.getText(file);
    if (member.kind === ts.SyntaxKind.StringKeyword || (aliases.has(text) && ts.isTypeReferenceNode(member))) {
      changed = true;
      return alias;
    }
    return text;
  });
  return changed ? [...new Set(texts)].join(' | ') : undefined;
}

function docsWithPattern(existing: JsDocStructure[], info: PatternInfo, description: string | undefined): JsDocStructure[] {
  const structures: JsDocStructure[] = existing.length ? existing : [{ description: '', tags: [] }];
  const last = structures[structures.length - 1]!;
  const tags = last.tags.filter((tag) => tag.tagName !== 'pattern');
  const hasDescription = tags.some((t) => t.tagName === 'description') || last.description.trim() !== '';
  if (!hasDescription && description) tags.unshift({ tagName: 'description', text: jsDocText(description) });
  tags.push({ tagName: 'pattern', text: jsDocText(info.source) });
  structures[structures.length - 1] = { ...last, tags };
  return structures;
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

type Located = ts.PropertySignature | ts.TypeNode;

function locate(file: ts.SourceFile, context: GenerationContext, pointer: string): Located | string {
  const tokens = pointer.replace(/^#\/?/, '').split('/').map(unescapePointerToken);
  let at: Located | undefined;
  let rest: string[];
  if (tokens[0] === 'components' && ['schemas', 'headers'].includes(tokens[1]!) && tokens.length >= 3) {
    at = member(typeOf(interfacePropertyOrThrow(file, 'components', tokens[1]!)), tokens[2]!);
    rest = tokens.slice(3);
    if (tokens[1] === 'headers') {
      if (rest[0] !== 'schema') return 'only header schemas are mapped';
      rest = rest.slice(1);
    }
  } else if (tokens[0] === 'components' && ['requestBodies', 'responses'].includes(tokens[1]!) && tokens[3] === 'content' && tokens[5] === 'schema') {
    at = member(typeOf(member(typeOf(interfacePropertyOrThrow(file, 'components', tokens[1]!)), tokens[2]!)), 'content');
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
    } else return 'only request and response bodies of paths are mapped';
  } else return 'not a schema, request body, response or header component, nor a path body';

  for (let i = 0; at && i < rest.length; i++) {
    if (rest[i] === 'properties' && i + 1 < rest.length) at = member(typeOf(at), rest[++i]!);
    else if (rest[i] === 'items') at = elementType(typeOf(at));
    else return `"${rest[i]}" is not mapped (only properties and items are)`;
  }
  return at ?? 'not found in the types file';

  function interfaceOrThrow(name: string): ts.InterfaceDeclaration {
    const found = file.statements.find((statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === name);
    if (!found) throw new Error(`Expected to find an interface named '${name}' in the types file.`);
    return found;
  }

  function interfacePropertyOrThrow(_file: ts.SourceFile, interfaceName: string, name: string): ts.PropertySignature {
    const found = interfaceOrThrow(interfaceName).members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText(file) === name);
    if (!found) throw new Error(`Expected to find a property named '${name}' in the '${interfaceName}' interface of the types file.`);
    return found;
  }

  function interfaceMember(_file: ts.SourceFile, interfaceName: string, name: string): ts.PropertySignature | undefined {
    return interfaceOrThrow(interfaceName).members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && propertyName(file, m) === name);
  }

  /** The property `name` of an object type, looking through `| null`, `&` and parentheses. */
  function member(type: ts.TypeNode | undefined, name: string): ts.PropertySignature | undefined {
    for (const literal of objectLiterals(type)) {
      const found = literal.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && propertyName(file, m) === name);
      if (found) return found;
    }
    return undefined;
  }
}

function typeOf(node: Located | undefined): ts.TypeNode | undefined {
  if (!node) return undefined;
  return ts.isPropertySignature(node) ? node.type : node;
}

function objectLiterals(type: ts.TypeNode | undefined): ts.TypeLiteralNode[] {
  if (!type) return [];
  if (ts.isTypeLiteralNode(type)) return [type];
  if (ts.isParenthesizedTypeNode(type)) return objectLiterals(type.type);
  if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) return type.types.flatMap(objectLiterals);
  return [];
}

function propertyName(file: ts.SourceFile, property: ts.PropertySignature): string {
  const nameNode = property.name;
  return ts.isStringLiteral(nameNode) || ts.isNoSubstitutionTemplateLiteral(nameNode) ? nameNode.text : nameNode.getText(file);
}

function elementType(type: ts.TypeNode | undefined): ts.TypeNode | undefined {
  if (!type) return undefined;
  if (ts.isParenthesizedTypeNode(type)) return elementType(type.type);
  if (ts.isArrayTypeNode(type)) {
    const element = type.elementType;
    return ts.isParenthesizedTypeNode(element) ? element.type : element;
  }
  if (ts.isUnionTypeNode(type)) return type.types.map(elementType).find(Boolean);
  return undefined;
}
