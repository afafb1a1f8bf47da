/**
 * Translates an ECMAScript regex (a JSON Schema `pattern`, matched with the `u` flag and not
 * anchored unless it says so) into a TypeScript template-literal type whose language contains
 * every string the regex accepts (sound), and equals it when that is cheap enough (exact).
 *
 * The regex is parsed with regexpp into an AST, turned into a small language IR (finite
 * character sets, sequences, alternations and "holes" for what is not modelled), shrunk until
 * the union TypeScript would build stays under a member budget, made safe for TypeScript's
 * template-literal matching, and printed.
 *
 * Two facts about TypeScript's matching (checker.ts `inferFromLiteralPartsToTemplateLiteral`)
 * shape the output:
 * - unions inside `${...}` distribute: `${"0" | "1"}x` is `"0x" | "1x"`, and the cross
 *   product of one template may not exceed 100,000 members;
 * - each placeholder ends at the leftmost occurrence of the text after it, and a placeholder
 *   followed directly by another takes one character. With only `${string}` placeholders that
 *   is complete, so holes never touch (they are merged). A `${number}` placeholder (used for a
 *   run of at most 300 digits: any such run is a finite number) is kept only in members where
 *   every placeholder is `${number}` and the text after each one starts with a non-digit, so
 *   the leftmost cut is the true one.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { quote } from '../shared/codegen.js';

/** Largest union a pattern type may expand to, by default. TypeScript's own limit is 100,000. */
export const DEFAULT_MAX_MEMBERS = 10_000;
/**
 * Largest union when the type has `${...}` placeholders. TypeScript tries such members one by
 * one for every literal, and builds each when the type is first used: 3,348 date templates
 * cost about 0.1 s of checking, 372 about 0.01 s.
 */
export const DEFAULT_MAX_TEMPLATE_MEMBERS = 500;
/** Finite parts with at most this many strings are printed as a plain union of literals. */
const MAX_ENUMERATED = 100;
/** Longest digit run typed as `${number}`: 309 digits and more parse to Infinity, which TS rejects. */
const MAX_NUMBER_DIGITS = 300;
/** Larger character classes become a hole instead of a union. */
const MAX_CLASS_SIZE = 128;
/** Quantifiers above these bounds are not unrolled. */
const MAX_UNROLL = 32;
const MAX_UNROLL_SPAN = 8;

export interface TranslateOptions {
  /** Largest union the type may expand to. */
  maxMembers?: number;
  /** Largest union when the type has placeholders (`${number}`, `${string}`). */
  maxTemplateMembers?: number;
  /** Name of a type alias for `"0" | ... | "9"` to use in the output; inlined when absent. */
  digitAlias?: string;
}

export interface PatternType {
  /** The TypeScript type, as source text. */
  type: string;
  /** True when the type accepts exactly the strings the regex accepts. */
  exact: boolean;
  /** Upper bound of the members TypeScript expands the type to (a `${...}` placeholder counts 1). */
  members: number;
  /** Why the type is approximate, one short note per cause (empty when exact). */
  approximations: string[];
  /** True when the output refers to `digitAlias`. */
  usesDigitAlias: boolean;
  /** True when the printed type is a union of several types at its top level. */
  union: boolean;
}

// ---------------------------------------------------------------------------------------------
// The IR. `chars` is one character from a finite set; `hole` stands for a part that is not
// modelled and prints as `${string}` (or `${number}` when it is a short run of digits).

interface Meta {
  digitsOnly: boolean;
  minLength: number;
  maxLength: number;
}
type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | ({ kind: 'hole'; number: boolean; pure: boolean } & Meta);

const EMPTY: Node = { kind: 'seq', items: [] };

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}
const DIGITS = '0123456789'.split('');

function hole(meta: Meta, pure = false): Node {
  const number = meta.digitsOnly && meta.minLength >= 1 && meta.maxLength <= MAX_NUMBER_DIGITS;
  return { kind: 'hole', number, pure, ...meta };
}
const anyString = (): Node => hole({ digitsOnly: false, minLength: 0, maxLength: Infinity }, true);
const anyChar = (): Node => hole({ digitsOnly: false, minLength: 1, maxLength: 1 });
const seq = (items: Node[]): Node => (items.length === 1 ? items[0]! : { kind: 'seq', items });
const alt = (options: Node[]): Node => (options.length === 1 ? options[0]! : { kind: 'alt', options });

function meta(node: Node): Meta {
  switch (node.kind) {
    case 'chars':
      return { digitsOnly: node.chars.every((c) => c >= '0' && c <= '9'), minLength: 1, maxLength: 1 };
    case 'hole':
      return { digitsOnly: node.digitsOnly, minLength: node.minLength, maxLength: node.maxLength };
    case 'seq':
      return node.items.map(meta).reduce(
        (a, b) => ({ digitsOnly: a.digitsOnly && b.digitsOnly, minLength: a.minLength + b.minLength, maxLength: a.maxLength + b.maxLength }),
        { digitsOnly: true, minLength: 0, maxLength: 0 },
      );
    case 'alt': {
      const metas = node.options.map(meta);
      return {
        digitsOnly: metas.every((m) => m.digitsOnly),
        minLength: Math.min(...metas.map((m) => m.minLength)),
        maxLength: Math.max(...metas.map((m) => m.maxLength)),
      };
    }
  }
}

function hasHole(node: Node): boolean {
  if (node.kind === 'hole') return true;
  if (node.kind === 'seq') return node.items.some(hasHole);
  if (node.kind === 'alt') return node.options.some(hasHole);
  return false;
}

/** The strings of a node without holes. */
function strings(node: Node): string[] {
  return expand(node).map((tokens) => tokens.join(''));
}

function count(node: Node): number {
  switch (node.kind) {
    case 'chars':
      return node.chars.length;
    case 'hole':
      return 1;
    case 'seq':
      return node.items.reduce((product, item) => product * count(item), 1);
    case 'alt':
      return node.options.reduce((sum, option) => sum + count(option), 0);
  }
}

// ---------------------------------------------------------------------------------------------
// regexpp AST -> IR

/** The regex text each IR node was translated from, for the report's notes. */
const rawOf = new WeakMap<Node, string>();

class Translator {
  readonly approximations = new Set<string>();

  pattern(pattern: AST.Pattern): Node {
    return alt(
      pattern.alternatives.map((alternative) => {
        const elements = [...alternative.elements];
        const anchoredStart = isAssertion(elements[0], 'start');
        if (anchoredStart) elements.shift();
        const anchoredEnd = isAssertion(elements[elements.length - 1], 'end');
        if (anchoredEnd) elements.pop();
        // JSON Schema patterns are not anchored: an unanchored side matches anything.
        return seq([...(anchoredStart ? [] : [anyString()]), ...elements.map((e) => this.element(e)), ...(anchoredEnd ? [] : [anyString()])]);
      }),
    );
  }

  private alternatives(alternatives: AST.Alternative[]): Node {
    return alt(alternatives.map((a) => seq(a.elements.map((e) => this.element(e)))));
  }

  private element(element: AST.Element): Node {
    const node = this.translate(element);
    if (!rawOf.has(node)) rawOf.set(node, element.raw);
    return node;
  }

  private translate(element: AST.Element): Node {
    switch (element.type) {
      case 'Character':
        // A lone surrogate matches, with the u flag, a lone code point, while a template type
        // matches UTF-16 units (half of a pair too), and a file written as UTF-8 cannot hold
        // it: it is typed as any one character.
        if (isSurrogate(element.value)) return this.loneSurrogate(element.raw);
        return { kind: 'chars', chars: [String.fromCodePoint(element.value)] };
      case 'CharacterSet':
        return this.characterSet(element);
      case 'CharacterClass':
        return this.characterClass(element);
      case 'Group':
        // `(?i:a)` (regexp modifiers, in newer engines) changes how its letters match.
        if (element.modifiers) {
          this.approximations.add(`${element.raw} (modifiers) typed as string`);
          return anyString();
        }
        return this.alternatives(element.alternatives);
      case 'CapturingGroup':
        return this.alternatives(element.alternatives);
      case 'Quantifier':
        return this.quantifier(element);
      case 'Assertion':
        // Lookarounds and boundaries only remove strings: ignoring them over-approximates.
        this.approximations.add(element.kind === 'lookahead' || element.kind === 'lookbehind' ? 'lookaround ignored' : `inner ${element.kind} assertion ignored`);
        return EMPTY;
      case 'Backreference':
        this.approximations.add('backreference typed as string');
        return anyString();
      default:
        this.approximations.add(`${element.type} typed as string`);
        return anyString();
    }
  }

  private characterSet(element: AST.CharacterSet): Node {
    if (element.kind === 'digit' && !element.negate) return { kind: 'chars', chars: DIGITS };
    if (element.kind === 'word' && !element.negate) return { kind: 'chars', chars: charRange(0x30, 0x39).concat(charRange(0x41, 0x5a), ['_'], charRange(0x61, 0x7a)) };
    this.approximations.add(`${element.raw} typed as string`);
    return anyChar();
  }

  private characterClass(element: AST.CharacterClass): Node {
    if (element.negate || element.unicodeSets) {
      this.approximations.add(`${element.raw} typed as string`);
      return anyChar();
    }
    // `[]` matches nothing; typed as any one character (wider, so sound), not as no text at all.
    if (element.elements.length === 0) return this.tooLarge(element);
    const chars = new Set<string>();
    for (const part of element.elements) {
      if (part.type === 'Character') {
        if (isSurrogate(part.value)) return this.loneSurrogate(element.raw);
        chars.add(String.fromCodePoint(part.value));
      } else if (part.type === 'CharacterClassRange') {
        if (part.max.value - part.min.value + 1 > MAX_CLASS_SIZE) return this.tooLarge(element);
        if (part.min.value <= 0xdfff && part.max.value >= 0xd800) return this.loneSurrogate(element.raw);
        for (const c of charRange(part.min.value, part.max.value)) chars.add(c);
      } else if (part.type === 'CharacterSet') {
        const set = this.characterSet(part);
        if (set.kind !== 'chars') return anyChar();
        for (const c of set.chars) chars.add(c);
      } else return this.tooLarge(element);
      if (chars.size > MAX_CLASS_SIZE) return this.tooLarge(element);
    }
    return { kind: 'chars', chars: [...chars].sort(compareCodePoints) };
  }

  private loneSurrogate(raw: string): Node {
    this.approximations.add(`${raw} (a lone surrogate) typed as a character`);
    return anyChar();
  }

  private tooLarge(element: AST.CharacterClass): Node {
    this.approximations.add(`${element.raw} typed as string`);
    return anyChar();
  }

  private quantifier(element: AST.Quantifier): Node {
    const inner = this.element(element.element);
    const { min, max } = element;
    const repeat = (n: number): Node[] => Array.from({ length: n }, () => inner);
    if (min > MAX_UNROLL) {
      this.approximations.add(`${element.raw} typed as a hole`);
      const m = meta(inner);
      return hole({ digitsOnly: m.digitsOnly, minLength: m.minLength * min, maxLength: m.maxLength * max });
    }
    if (max === Infinity || max > MAX_UNROLL || max - min > MAX_UNROLL_SPAN) {
      // The part after the first `min` repetitions is unbounded or too long to unroll.
      const m = meta(inner);
      if (max === Infinity && m.maxLength === 0) return EMPTY;
      const rest = hole({ digitsOnly: m.digitsOnly, minLength: 0, maxLength: m.maxLength * (max - min) });
      this.approximations.add(`${element.raw} typed with \${string}`);
      return seq([...repeat(min), rest]);
    }
    return alt(Array.from({ length: max - min + 1 }, (_, k) => seq(repeat(min + k))));
  }
}

function isAssertion(element: AST.Element | undefined, kind: 'start' | 'end'): boolean {
  return element?.type === 'Assertion' && element.kind === kind;
}

function charRange(from: number, to: number): string[] {
  const chars: string[] = [];
  for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
  return chars;
}

function compareCodePoints(a: string, b: string): number {
  return a.codePointAt(0)! - b.codePointAt(0)!;
}

// ---------------------------------------------------------------------------------------------
// Shrinking to the member budget

class Shrinker {
  readonly collapsed: string[] = [];

  /** The whole node as one hole. */
  collapse(node: Node): Node {
    if (node.kind === 'hole') return node;
    this.collapsed.push(rawOf.get(node) ?? 'a part');
    return hole(meta(node));
  }

  /** The node with its largest finite item next to a hole folded into that hole, or undefined if none is. */
  foldIntoHole(node: Node): Node | undefined {
    let best: { seq: Extract<Node, { kind: 'seq' }>; index: number; hole: number } | undefined;
    const visit = (n: Node): void => {
      if (n.kind === 'alt') n.options.forEach(visit);
      if (n.kind !== 'seq') return;
      n.items.forEach((item, index) => {
        visit(item);
        if (hasHole(item) || count(item) <= 1) return;
        for (const h of [index - 1, index + 1]) {
          if (n.items[h]?.kind === 'hole' && (!best || count(item) > count(best.seq.items[best.index]!))) best = { seq: n, index, hole: h };
        }
      });
    };
    visit(node);
    if (!best) return undefined;
    const target = best;
    const replace = (n: Node): Node => {
      if (n === target.seq) {
        const [from, to] = [Math.min(target.index, target.hole), Math.max(target.index, target.hole)];
        this.collapsed.push(rawOf.get(n.items[target.index]!) ?? 'a part');
        return seq([...n.items.slice(0, from), hole(meta(seq(n.items.slice(from, to + 1)))), ...n.items.slice(to + 1)]);
      }
      if (n.kind === 'seq') return { kind: 'seq', items: n.items.map(replace) };
      if (n.kind === 'alt') return { kind: 'alt', options: n.options.map(replace) };
      return n;
    };
    return replace(node);
  }

  reduce(node: Node, budget: number): Node {
    if (count(node) <= budget) return node;
    // A repetition (`\d{9}`) is collapsed whole: a few exact digits next to a hole catch
    // almost nothing and multiply the members.
    if (node.kind === 'seq' && node.items.length > 1 && node.items.every((i) => i === node.items[0])) return this.collapse(node);
    if (node.kind === 'seq') {
      const items = [...node.items];
      for (;;) {
        const counts = items.map(count);
        const total = counts.reduce((a, b) => a * b, 1);
        if (total <= budget) return { kind: 'seq', items };
        const index = counts.indexOf(Math.max(...counts));
        // A count past what a number holds (63^192 for `(\w{32}){6}`) is Infinity, and the
        // share of the budget it leaves is NaN: such an item is collapsed at once.
        if (!Number.isFinite(counts[index]!)) {
          items[index] = this.collapse(items[index]!);
          continue;
        }
        const others = total / counts[index]!;
        const reduced = this.reduce(items[index]!, Math.max(1, Math.floor(budget / others)));
        items[index] = count(reduced) < counts[index]! ? reduced : this.collapse(items[index]!);
      }
    }
    if (node.kind === 'alt') {
      const options = [...node.options];
      for (;;) {
        const counts = options.map(count);
        const total = counts.reduce((a, b) => a + b, 0);
        if (total <= budget) return { kind: 'alt', options };
        // Options of one member each cannot shrink further: the alternation becomes one hole.
        if (Math.max(...counts) <= 1) return this.collapse(node);
        const index = counts.indexOf(Math.max(...counts));
        const reduced = this.reduce(options[index]!, Math.max(1, Math.floor(budget / options.length)));
        options[index] = count(reduced) < counts[index]! ? reduced : this.collapse(options[index]!);
      }
    }
    return this.collapse(node);
  }
}

// ---------------------------------------------------------------------------------------------
// Making the IR safe for TypeScript's matching: flatten, merge touching holes.

function mayBeEmptyText(node: Node): boolean {
  switch (node.kind) {
    case 'chars':
    case 'hole':
      return false;
    case 'seq':
      return node.items.every(mayBeEmptyText);
    case 'alt':
      return node.options.some(mayBeEmptyText);
  }
}

function mayEdgeHole(node: Node, side: 'start' | 'end'): boolean {
  switch (node.kind) {
    case 'chars':
      return false;
    case 'hole':
      return true;
    case 'alt':
      return node.options.some((o) => mayEdgeHole(o, side));
    case 'seq': {
      const items = side === 'start' ? node.items : [...node.items].reverse();
      for (const item of items) {
        if (mayEdgeHole(item, side)) return true;
        if (!mayBeEmptyText(item)) return false;
      }
      return false;
    }
  }
}

class Normalizer {
  inexact = false;

  normalize(node: Node): Node {
    if (node.kind === 'alt') {
      const options = node.options.flatMap((o) => {
        const n = this.normalize(o);
        return n.kind === 'alt' ? n.options : [n];
      });
      return alt(options);
    }
    if (node.kind !== 'seq') return node;
    let items = node.items.flatMap((i) => {
      const n = this.normalize(i);
      return n.kind === 'seq' ? n.items : [n];
    });
    // Merge any run of items that starts and ends with a possible hole and has possibly empty
    // text between: in some member TypeScript would see two placeholders touching.
    for (let changed = true; changed; ) {
      changed = false;
      outer: for (let i = 0; i < items.length; i++) {
        if (!mayEdgeHole(items[i]!, 'end')) continue;
        for (let j = i + 1; j < items.length; j++) {
          if (mayEdgeHole(items[j]!, 'start')) {
            const run = items.slice(i, j + 1);
            const first = run[0]!;
            const last = run[run.length - 1]!;
            const bothAny = first.kind === 'hole' && first.pure && last.kind === 'hole' && last.pure;
            const allHoles = run.every((r) => r.kind === 'hole');
            // Σ* N Σ* with ε in N is Σ*; adjacent holes concatenate their metadata exactly.
            if (!bothAny && !allHoles) this.inexact = true;
            const merged = hole(meta(seq(run)), bothAny);
            if (bothAny) Object.assign(merged, { digitsOnly: false, minLength: 0, maxLength: Infinity, number: false });
            items = [...items.slice(0, i), merged, ...items.slice(j + 1)];
            changed = true;
            break outer;
          }
          if (!mayBeEmptyText(items[j]!)) break;
        }
      }
    }
    return seq(items);
  }
}

type Token = string | Extract<Node, { kind: 'hole' }>;

/** Every member as text and holes; called only on nodes within the member budget. */
function expand(node: Node): Token[][] {
  switch (node.kind) {
    case 'chars':
      return node.chars.map((c) => [c]);
    case 'hole':
      return [[node]];
    case 'alt':
      return node.options.flatMap(expand);
    case 'seq':
      return node.items.reduce<Token[][]>((acc, item) => {
        const parts = expand(item);
        return acc.flatMap((a) => parts.map((p) => [...a, ...p]));
      }, [[]]);
  }
}

/** Turns `${number}` holes into `${string}` in every member where a leftmost cut could be wrong. */
function makeNumberHolesSafe(node: Node): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const member of expand(node)) {
      const holes = member.filter((t): t is Exclude<Token, string> => typeof t !== 'string');
      if (!holes.some((h) => h.number)) continue;
      let safe = holes.every((h) => h.number);
      for (let k = 0; safe && k < member.length; k++) {
        const token = member[k]!;
        if (typeof token === 'string' || k === member.length - 1) continue;
        const next = member[k + 1]!;
        const isLastHole = member.slice(k + 1).every((t) => typeof t === 'string');
        if (isLastHole) continue;
        if (typeof next !== 'string' || (next >= '0' && next <= '9')) safe = false;
      }
      if (!safe) {
        for (const h of holes) {
          if (h.number) {
            h.number = false;
            changed = true;
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

function escapeTemplateText(text: string): string {
  return text.replace(/[\\`$]|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\\' || c === '`' || c === '$' ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

class Printer {
  usesDigitAlias = false;
  constructor(private readonly digitAlias: string | undefined) {}

  /**
   * The node as a type: a union of string literals and template literals. Small finite parts
   * are printed as their strings (`${"00" | ... | "23"}`) rather than as nested templates:
   * TypeScript builds the first in one step, the second through many intermediate unions.
   */
  type(node: Node): string {
    if (!hasHole(node) && node.kind !== 'chars' && count(node) <= MAX_ENUMERATED) return this.enumerated(node);
    if (node.kind === 'alt') return [...new Set(node.options.map((o) => this.type(o)))].join(' | ');
    if (node.kind === 'chars') return this.chars(node.chars);
    if (node.kind === 'hole') return node.number ? '`${number}`' : 'string';
    const parts = node.kind === 'seq' ? node.items : [node];
    return '`' + this.runs(parts).join('') + '`';
  }

  private enumerated(node: Node): string {
    return [...new Set(strings(node))].map(quote).join(' | ');
  }

  /** Template parts; consecutive finite items with few strings are printed as one union. */
  private runs(items: Node[]): string[] {
    const out: string[] = [];
    let run: Node[] = [];
    const flush = () => {
      if (run.length === 1) out.push(this.templatePart(run[0]!));
      else if (run.length > 1) out.push('${' + this.enumerated({ kind: 'seq', items: run }) + '}');
      run = [];
    };
    for (const item of items) {
      const text = item.kind === 'chars' && item.chars.length === 1;
      if (text || hasHole(item) || count(item) > MAX_ENUMERATED) {
        flush();
        out.push(this.templatePart(item));
      } else {
        if (count({ kind: 'seq', items: [...run, item] }) > MAX_ENUMERATED) flush();
        run.push(item);
      }
    }
    flush();
    return out;
  }

  private templatePart(node: Node): string {
    if (node.kind === 'chars' && node.chars.length === 1) return escapeTemplateText(node.chars[0]!);
    if (node.kind === 'hole') return node.number ? '${number}' : '${string}';
    if (node.kind === 'seq') return this.runs(node.items).join('');
    return '${' + this.type(node) + '}';
  }

  private chars(chars: string[]): string {
    if (this.digitAlias && chars.length === 10 && chars.join('') === DIGITS.join('')) {
      this.usesDigitAlias = true;
      return this.digitAlias;
    }
    return chars.map(quote).join(' | ');
  }
}

// ---------------------------------------------------------------------------------------------

export function parsePattern(source: string): AST.Pattern {
  return new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true });
}

/** The template-literal type of a `pattern`. Throws regexpp's SyntaxError on an invalid regex. */
export function patternToType(source: string, options: TranslateOptions = {}): PatternType {
  const maxMembers = options.maxMembers ?? DEFAULT_MAX_MEMBERS;
  const translator = new Translator();
  const normalizer = new Normalizer();
  const shrinker = new Shrinker();
  const maxTemplateMembers = options.maxTemplateMembers ?? DEFAULT_MAX_TEMPLATE_MEMBERS;
  let node = normalizer.normalize(shrinker.reduce(translator.pattern(parsePattern(source)), maxMembers));
  if (hasHole(node) && count(node) > maxTemplateMembers) {
    // A finite part next to a placeholder adds little (`[1-9]` before `${number}`): fold those
    // into their placeholders first, then shrink as usual.
    let merged: Node | undefined;
    while (count(node) > maxTemplateMembers && (merged = shrinker.foldIntoHole(node))) node = normalizer.normalize(merged);
    node = normalizer.normalize(shrinker.reduce(node, maxTemplateMembers));
  }
  makeNumberHolesSafe(node);
  const printer = new Printer(options.digitAlias);
  const type = printer.type(node);
  const approximations = [...translator.approximations];
  if (shrinker.collapsed.length) approximations.push(`${[...new Set(shrinker.collapsed)].join(', ')} not enumerated, to keep the union small`);
  if (normalizer.inexact) approximations.push('touching placeholders merged into ${string}');
  const union = node.kind === 'alt' && new Set(node.options.map((o) => new Printer(options.digitAlias).type(o))).size > 1;
  return { type, exact: approximations.length === 0, members: count(node), approximations, usesDigitAlias: printer.usesDigitAlias, union };
}
