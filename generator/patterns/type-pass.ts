/**
 * The ts-morph pass over openapi-typescript's `types.gen.ts`: every property whose schema has
 * a registry `pattern` is typed with the pattern's alias (imported, type only, from
 * `patterns.gen.ts`) and gets an `@pattern` JSDoc tag next to its `@description`.
 *
 * Like ts-morph's own generation passes: find the anchors with `...OrThrow`, clear what an
 * earlier run added (the import, `@pattern` tags; aliases in place are recognised), collect
 * every edit before changing anything, apply them in one batch, read the text once. Running it
 * on its own output gives the same bytes.
 */
import { Node, Project, ts, type JSDocStructure, type OptionalKind, type PropertySignature, type SourceFile, type TypeNode } from 'ts-morph';
import { jsDocText } from '../shared/codegen.js';
import { resolvePointer, unescapePointerToken } from '../shared/pointer.js';
import type { GenerationContext } from '../shared/stage.js';
import { patternCatalog, reportOf, type PatternTypeReport } from './catalog.js';
import { PATTERNS_MODULE } from './guards.js';
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
  target: PropertySignature | TypeNode;
  description?: string;
}

export function applyPatternTypes(typesSource: string, context: GenerationContext): PatternTypesResult {
  const catalog = patternCatalog(context.patterns);
  const report = reportOf(catalog);
  const names = new Set(catalog.entries.map((e) => e.info.name));
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const file = project.createSourceFile('types.gen.ts', typesSource);
  const skipped: PatternTypesResult['skipped'] = [];

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

  // Manipulate: the old import out, every edit, the new import in.
  const used = new Set<string>();
  const planned = edits.map((edit) => {
    const typeNode = Node.isPropertySignature(edit.target) ? edit.target.getTypeNode() : edit.target;
    const type = typeNode ? retype(typeNode, edit.info.name, names) : undefined;
    if (type === undefined) skipped.push({ pointer: edit.pointer, reason: `its type is ${typeNode?.getText() ?? 'missing'}, not string` });
    else used.add(edit.info.name);
    return { edit, type, docs: Node.isPropertySignature(edit.target) ? docsWithPattern(edit.target, edit.info, edit.description) : undefined };
  });
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() === PATTERNS_MODULE) declaration.remove();
  }
  for (const { edit, type, docs } of planned) {
    if (Node.isPropertySignature(edit.target)) edit.target.set({ ...(type ? { type } : {}), ...(docs ? { docs } : {}) });
    else if (type) edit.target.replaceWithText(type);
  }
  if (used.size) {
    const names = [...used].sort();
    file.insertText(importPosition(file), `import type { ${names.join(', ')} } from "${PATTERNS_MODULE}";\n\n`);
  }
  return { source: edits.length || used.size ? file.getFullText() : typesSource, report, skipped };
}

/** The property's new type text: `string` members become the alias; `undefined` if none is `string`. */
function retype(typeNode: TypeNode, alias: string, aliases: Set<string>): string | undefined {
  const members = Node.isUnionTypeNode(typeNode) ? typeNode.getTypeNodes() : [typeNode];
  let changed = false;
  const texts = members.map((member) => {
    const text = member.getText();
    if (member.getKind() === ts.SyntaxKind.StringKeyword || (aliases.has(text) && Node.isTypeReference(member))) {
      changed = true;
      return alias;
    }
    return text;
  });
  return changed ? [...new Set(texts)].join(' | ') : undefined;
}

function docsWithPattern(property: PropertySignature, info: PatternInfo, description: string | undefined): OptionalKind<JSDocStructure>[] {
  const existing = property.getJsDocs();
  const structures: OptionalKind<JSDocStructure>[] = existing.length ? existing.map((doc) => doc.getStructure()) : [{ description: '', tags: [] }];
  const last = structures[structures.length - 1]!;
  const tags = (last.tags ?? []).filter((tag) => tag.tagName !== 'pattern');
  const hasDescription = tags.some((t) => t.tagName === 'description') || (typeof last.description === 'string' && last.description.trim() !== '');
  if (!hasDescription && description) tags.unshift({ tagName: 'description', text: jsDocText(description) });
  tags.push({ tagName: 'pattern', text: jsDocText(info.source) });
  structures[structures.length - 1] = { ...last, tags };
  return structures;
}

/** After the file's header comments (those followed by a blank line), before the first declaration's own docs. */
function importPosition(file: SourceFile): number {
  const text = file.getFullText();
  let position = 0;
  for (const range of ts.getLeadingCommentRanges(text, 0) ?? []) {
    if (/^\r?\n[ \t]*\r?\n/.test(text.slice(range.end))) position = text.slice(range.end).match(/^(\r?\n[ \t]*)+/)![0].length + range.end;
  }
  return position;
}

// ---------------------------------------------------------------------------------------------
// Where openapi-typescript puts the schema at a JSON Pointer.

type Located = PropertySignature | TypeNode;

function locate(file: SourceFile, context: GenerationContext, pointer: string): Located | string {
  const tokens = pointer.replace(/^#\/?/, '').split('/').map(unescapePointerToken);
  let at: Located | undefined;
  let rest: string[];
  if (tokens[0] === 'components' && ['schemas', 'headers'].includes(tokens[1]!) && tokens.length >= 3) {
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
    } else return 'only request and response bodies of paths are mapped';
  } else return 'not a schema, request body, response or header component, nor a path body';

  for (let i = 0; at && i < rest.length; i++) {
    if (rest[i] === 'properties' && i + 1 < rest.length) at = member(typeOf(at), rest[++i]!);
    else if (rest[i] === 'items') at = elementType(typeOf(at));
    else return `"${rest[i]}" is not mapped (only properties and items are)`;
  }
  return at ?? 'not found in the types file';
}

function interfaceMember(file: SourceFile, interfaceName: string, name: string): PropertySignature | undefined {
  return file.getInterfaceOrThrow(interfaceName).getProperties().find((p) => propertyName(p) === name);
}

function typeOf(node: Located | undefined): TypeNode | undefined {
  if (!node) return undefined;
  return Node.isPropertySignature(node) ? node.getTypeNode() : node;
}

/** The property `name` of an object type, looking through `| null`, `&` and parentheses. */
function member(type: TypeNode | undefined, name: string): PropertySignature | undefined {
  for (const literal of objectLiterals(type)) {
    const found = literal.getProperties().find((p) => propertyName(p) === name);
    if (found) return found;
  }
  return undefined;
}

function objectLiterals(type: TypeNode | undefined): Array<import('ts-morph').TypeLiteralNode> {
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
