/**
 * JSDoc blocks read into structures (a description and tags) and printed back, exactly as
 * ts-morph 28 does it (`JSDoc.getStructure()`, and `set({ docs })` with its JSDoc printer and
 * code-block-writer), so that the pattern pass writes the bytes it wrote when it used ts-morph,
 * without loading ts-morph and the second TypeScript compiler it bundles.
 */
import ts from 'typescript';

export interface JsDocTagStructure {
  tagName: string;
  text?: string;
}

export interface JsDocStructure {
  description: string;
  tags: JsDocTagStructure[];
}

const ASTERISK = 0x2a;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
// ts-morph's StringUtils.isWhitespaceCharCode.
const WHITESPACE = new Set([' ', '\f', '\n', '\r', '\t', '\v', '\u00A0', '\u2028', '\u2029'].map((c) => c.charCodeAt(0)));
const isWhitespace = (code: number) => WHITESPACE.has(code);

/** The structures of a node's JSDoc blocks (the file must be parsed with JSDoc). */
export function jsDocStructures(file: ts.SourceFile, node: ts.Node): JsDocStructure[] {
  const jsDocs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  return jsDocs.map((doc) => ({
    description: description(file, doc),
    tags: (doc.tags ?? []).map((tag, index, tags) => {
      const text = tagText(file, doc, tag, tags[index + 1]);
      return { tagName: tag.tagName.getText(file), ...(text.length === 0 ? {} : { text }) };
    }),
  }));
}

/** ts-morph's `JSDoc.getDescription()`. */
function description(file: ts.SourceFile, doc: ts.JSDoc): string {
  const text = file.text;
  const endSearchStart = doc.tags?.[0]?.getStart(file) ?? doc.getEnd() - 2;
  let start = doc.getStart(file) + 3;
  if (text.charCodeAt(start) === SPACE) start++;
  const endOrNewLine = previousMatching(text, endSearchStart, (code) => code === NEWLINE || (!isWhitespace(code) && code !== ASTERISK));
  const end = previousMatching(text, endOrNewLine, (code) => code !== NEWLINE && code !== CARRIAGE_RETURN);
  return withoutStars(text.substring(start, Math.max(start, end)));
}

/** The text of a tag after its name, as ts-morph's `JSDocTag.getStructure()` reads it. */
function tagText(file: ts.SourceFile, doc: ts.JSDoc, tag: ts.JSDocTag, next: ts.JSDocTag | undefined): string {
  const text = file.text;
  const nameEnd = tag.tagName.getEnd();
  const nextStartOrDocEnd = next ? next.getStart(file) : doc.getEnd() - 2;
  const tagEnd = previousMatching(text, nextStartOrDocEnd, (code) => code !== ASTERISK && !isWhitespace(code));
  const start = Math.min(text.charCodeAt(nameEnd) === SPACE ? nameEnd + 1 : nameEnd, tagEnd);
  return withoutStars(text.substring(start, tagEnd));
}

function previousMatching(text: string, pos: number, condition: (code: number) => boolean): number {
  while (pos > 0 && !condition(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

/** ts-morph's `getTextWithoutStars`. */
function withoutStars(inputText: string): string {
  const inner = inputText.replace(/^\/\*\*[^\S\n]*\n?/, '').replace(/(\r?\n)?[^\S\n]*\*\/$/, '');
  return inner
    .split(/\n/)
    .map((line) => {
      let star = -1;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (code === ASTERISK) {
          star = i;
          break;
        } else if (!isWhitespace(code)) break;
      }
      if (star === -1) return line;
      return line.substring(line[star + 1] === ' ' ? star + 2 : star + 1);
    })
    .join('\n');
}

/**
 * The JSDoc blocks as ts-morph's `insertJsDocs` writes them at a node's start: the first line
 * where the node starts, each later line at `indentation`, and the node's own line started
 * after them.
 */
export function printJsDocs(structures: JsDocStructure[], indentation: string): string {
  return structures.map((structure) => printJsDoc(structure, indentation) + '\n' + indentation).join('');
}

function printJsDoc(structure: JsDocStructure, indentation: string): string {
  const lines = docText(structure).split(/\r?\n/);
  if (lines.length <= 1) {
    const line = lines[0]!;
    return `/** ${line}${line.endsWith(' ') || line.length === 0 ? '' : ' '}*/`;
  }
  const startIndex = lines[0]!.length === 0 ? 1 : 0;
  let out = '/**\n';
  for (let i = startIndex; i < lines.length; i++) out += `${indentation} *${lines[i]!.length > 0 ? ` ${lines[i]}` : ''}\n`;
  return `${out}${indentation} */`;
}

/** The text ts-morph's JSDoc printer lays out: the description, then one tag a line. */
function docText(structure: JsDocStructure): string {
  let text = structure.description ? newLines(structure.description) : '';
  if (structure.tags.length > 0) {
    if (text.length > 0) text += '\n';
    text += structure.tags
      .map(({ tagName, text: tag = '' }) => {
        const body = newLines(tag);
        return `@${tagName}${body.length > 0 && !/^\r?\n/.test(body) ? ' ' : ''}${body}`;
      })
      .join('\n');
  }
  return text;
}

/** What a fresh code-block-writer makes of a text: line breaks become `\n`. */
function newLines(text: string): string {
  return text.split(/\r?\n/).join('\n');
}

/**
 * A type text as ts-morph's `setType` writes it: code-block-writer puts `indentation` (the
 * property's child indentation) before each later line that does not start inside a string.
 */
export function typeTextAsWritten(text: string, indentation: string): string {
  if (!/[\r\n]/.test(text)) return text;
  const writer = new CodeWriter();
  text.split(/\r?\n/).forEach((line, index) => {
    if (index > 0) writer.newLine();
    if (line.length > 0) writer.write(line, indentation);
  });
  return writer.text;
}

// code-block-writer's isCharToHandle: \ / \n \r * " ' ` { }
const HANDLED = new Set([0x5c, 0x2f, 0x0a, 0x0d, 0x2a, 0x22, 0x27, 0x60, 0x7b, 0x7d]);

/** The parts of code-block-writer's state that decide whether a line is indented. */
class CodeWriter {
  text = '';
  private strings: number[] = [];
  private comment: 'line' | 'star' | undefined;
  private regex = false;

  newLine(): void {
    if (this.comment === 'line') this.comment = undefined;
    const last = this.strings.at(-1);
    if ((last === 0x22 || last === 0x27) && this.lastCode(0) !== 0x5c) this.strings.pop();
    this.text += '\n';
  }

  /** Inside a string literal or template (not in a `${}` of one). */
  private inString(): boolean {
    return this.strings.length > 0 && this.strings.at(-1) !== 0x7b;
  }

  write(line: string, indentation: string): void {
    // The first line gets no indentation: it is queued for the lines after a line break.
    if (!this.inString() && this.text.endsWith('\n')) this.text += indentation;
    this.track(line);
    this.text += line;
  }

  private lastCode(offset: number): number | undefined {
    const index = this.text.length - 1 - offset;
    return index >= 0 ? this.text.charCodeAt(index) : undefined;
  }

  /** code-block-writer's `_updateInternalState`. */
  private track(str: string): void {
    for (let i = 0; i < str.length; i++) {
      const current = str.charCodeAt(i);
      if (!HANDLED.has(current)) continue;
      const past = i === 0 ? this.lastCode(0) : str.charCodeAt(i - 1);
      const pastPast = i === 0 ? this.lastCode(1) : i === 1 ? this.lastCode(0) : str.charCodeAt(i - 2);
      if (this.regex) {
        if ((past === 0x2f && pastPast !== 0x5c) || past === 0x0a) this.regex = false;
        else continue;
      } else if (!this.inString() && !this.comment && past === 0x2f && current !== 0x2f && current !== 0x2a && pastPast !== 0x2a && pastPast !== 0x2f) {
        this.regex = true;
        continue;
      }
      if (!this.inString()) {
        if (!this.comment && past === 0x2f && current === 0x2f) this.comment = 'line';
        else if (!this.comment && past === 0x2f && current === 0x2a) this.comment = 'star';
        else if (this.comment === 'star' && past === 0x2a && current === 0x2f) this.comment = undefined;
      }
      if (this.comment) continue;
      const last = this.strings.at(-1);
      if (past !== 0x5c && (current === 0x22 || current === 0x27 || current === 0x60)) {
        if (last === current) this.strings.pop();
        else if (last === 0x7b || last === undefined) this.strings.push(current);
      } else if (pastPast !== 0x5c && past === 0x24 && current === 0x7b && last === 0x60) this.strings.push(current);
      else if (current === 0x7d && last === 0x7b) this.strings.pop();
    }
  }
}
