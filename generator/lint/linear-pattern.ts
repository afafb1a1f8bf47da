/**
 * A sound syntactic pre-filter for the ReDoS check: `isProvablyLinear` says yes only for
 * patterns whose shape rules out super-linear backtracking, so recheck need not look at them.
 * It says no to anything it cannot prove, including patterns that are in fact safe: those go
 * to recheck as before. It must never say yes to a pattern recheck would call vulnerable.
 *
 * The shapes it proves, each branch of the top-level alternation on its own (a backtracking
 * engine tries them one after the other), with groups of one branch and no quantifier flattened:
 *
 * - Only fixed parts (characters, classes, `x{n}`, groups of such branches): each start
 *   position costs at most the number of paths through the branch, a constant of the pattern
 *   (bounded by MAX_PATHS, so that `(a|a)(a|a)...` is left to recheck).
 * - Variable repetition (`*`, `+`, `?`, `{m,n}`) only of one character or class, or of a group
 *   of one branch of single characters and classes with fixed counts (`(?:[0-9a-f]{4})*`), and
 *   only in a branch anchored with `^` (an unanchored `a+$` is quadratic: every start position
 *   scans the run). Each repetition must be followed either by fixed parts only, up to the
 *   branch's end (each iteration it gives back retries a bounded rest), or by a required
 *   character or class disjoint from what the repetition starts with (giving back an iteration
 *   makes that character fail at once). So each repetition is tried greedily and undone in
 *   linear time, and the whole branch costs at most paths x repetitions x length x a constant.
 *
 * Anything else (nested or adjacent overlapping repetitions such as `(a+)+`, `(a|a)*`, `\d*\d*`,
 * back-references, lookarounds, `\b`, `\p{...}` next to a repetition) is not proven here.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Paths through the fixed parts of one branch: `(a|b)` counts 2, `(a|b){3}` 8. */
const MAX_PATHS = 64;

type Range = readonly [number, number];
/** A set of code points as sorted, disjoint ranges; `undefined` when not worked out (overlaps all). */
type CharSet = Range[] | undefined;

const MAX_CODE_POINT = 0x10ffff;
const DIGIT: Range[] = [[0x30, 0x39]];
const WORD: Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
// ECMAScript WhiteSpace and LineTerminator, what `\s` matches.
const SPACE: Range[] = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029],
  [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: Range[] = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

/** An element of a flattened branch. */
type Element =
  | { kind: 'start' }
  | { kind: 'end' }
  /** A character or class repeated `min` to `max` times (both 1 without a quantifier). */
  | { kind: 'atom'; set: CharSet; min: number; max: number }
  /** A group of one branch of fixed atoms, repeated a variable number of times. */
  | { kind: 'repeat'; first: CharSet; min: number }
  /** Fixed parts with several ways through (a group of several branches). */
  | { kind: 'choice'; paths: number };

class NotProven extends Error {}

export function isProvablyLinear(source: string): boolean {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return false; // recheck and the validators report what they make of it
  }
  try {
    return pattern.alternatives.every((branch) => branchIsLinear(flatten(branch.elements)));
  } catch (error) {
    if (error instanceof NotProven) return false;
    throw error;
  }
}

function branchIsLinear(elements: Element[]): boolean {
  let paths = 1;
  let variable = false;
  for (const [index, element] of elements.entries()) {
    if (element.kind === 'start' && index !== 0) return false;
    if (element.kind === 'end' && index !== elements.length - 1) return false;
    if (element.kind === 'choice') paths *= element.paths;
    if (paths > MAX_PATHS) return false;
    const first = element.kind === 'atom' && element.min !== element.max ? element.set : element.kind === 'repeat' ? element.first : null;
    if (first === null) continue;
    variable = true;
    // Only fixed parts after it: each give-back retries a bounded rest.
    if (elements.slice(index + 1).every(isFixed)) continue;
    const next = elements[index + 1]!;
    if (next.kind !== 'atom' || next.min < 1 || !disjoint(first, next.set)) return false;
  }
  return !variable || elements[0]?.kind === 'start';
}

function isFixed(element: Element): boolean {
  return element.kind === 'end' || element.kind === 'choice' || (element.kind === 'atom' && element.min === element.max);
}

/** A branch's elements, with groups of one branch and no quantifier inlined. */
function flatten(elements: AST.Element[]): Element[] {
  return elements.flatMap((element): Element[] => {
    switch (element.type) {
      case 'Assertion':
        if (element.kind === 'start') return [{ kind: 'start' }];
        if (element.kind === 'end') return [{ kind: 'end' }];
        throw new NotProven();
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet':
        return [{ kind: 'atom', set: charSet(element), min: 1, max: 1 }];
      case 'Group':
      case 'CapturingGroup':
        if (element.alternatives.length === 1) return flatten(element.alternatives[0]!.elements);
        return [{ kind: 'choice', paths: fixedPaths(element) }];
      case 'Quantifier':
        return [quantified(element)];
      default:
        throw new NotProven(); // back-references, lookarounds, class string disjunctions
    }
  });
}

function quantified(quantifier: AST.Quantifier): Element {
  const { element, min, max } = quantifier;
  if (element.type === 'Character' || element.type === 'CharacterClass' || element.type === 'CharacterSet') {
    return { kind: 'atom', set: charSet(element), min, max };
  }
  if (element.type !== 'Group' && element.type !== 'CapturingGroup') throw new NotProven();
  if (min === max) return { kind: 'choice', paths: fixedPaths(element) ** min };
  // A variable repetition of a group: one branch of single characters with fixed counts, so
  // each iteration has one length and one way to match.
  if (element.alternatives.length !== 1) throw new NotProven();
  const atoms = element.alternatives[0]!.elements;
  if (atoms.length === 0) throw new NotProven();
  for (const atom of atoms) {
    const single = atom.type === 'Quantifier' ? atom.element : atom;
    if (atom.type === 'Quantifier' && (atom.min !== atom.max || atom.min === 0)) throw new NotProven();
    if (single.type !== 'Character' && single.type !== 'CharacterClass' && single.type !== 'CharacterSet') throw new NotProven();
  }
  const head = atoms[0]!;
  return { kind: 'repeat', first: charSet((head.type === 'Quantifier' ? head.element : head) as AST.Character | AST.CharacterClass | AST.CharacterSet), min };
}

/** Ways through a group of fixed parts; NotProven if any part repeats a variable number of times. */
function fixedPaths(group: AST.Group | AST.CapturingGroup): number {
  let total = 0;
  for (const branch of group.alternatives) {
    let paths = 1;
    for (const element of flatten(branch.elements)) {
      if (element.kind === 'choice') paths *= element.paths;
      else if (element.kind !== 'atom' || element.min !== element.max) throw new NotProven();
      if (paths > MAX_PATHS) throw new NotProven();
    }
    total += paths;
  }
  return total;
}

function charSet(node: AST.Character | AST.CharacterClass | AST.CharacterSet): CharSet {
  switch (node.type) {
    case 'Character':
      return [[node.value, node.value]];
    case 'CharacterSet':
      switch (node.kind) {
        case 'any':
          return complement(LINE_TERMINATORS);
        case 'digit':
          return node.negate ? complement(DIGIT) : DIGIT;
        case 'word':
          return node.negate ? complement(WORD) : WORD;
        case 'space':
          return node.negate ? complement(SPACE) : SPACE;
        default:
          return undefined; // \p{...}: not worked out
      }
    case 'CharacterClass': {
      let ranges: Range[] = [];
      for (const element of node.elements) {
        let part: CharSet;
        if (element.type === 'Character' || element.type === 'CharacterSet') part = charSet(element);
        else if (element.type === 'CharacterClassRange') part = [[element.min.value, element.max.value]];
        else part = undefined;
        if (part === undefined) return undefined;
        ranges.push(...part);
      }
      ranges = normalise(ranges);
      return node.negate ? complement(ranges) : ranges;
    }
  }
}

function normalise(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [low, high] of sorted) {
    const last = merged.at(-1);
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

function complement(ranges: Range[]): Range[] {
  const result: Range[] = [];
  let next = 0;
  for (const [low, high] of normalise(ranges)) {
    if (low > next) result.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX_CODE_POINT) result.push([next, MAX_CODE_POINT]);
  return result;
}

function disjoint(a: CharSet, b: CharSet): boolean {
  if (a === undefined || b === undefined) return false;
  return a.every(([low, high]) => b.every(([otherLow, otherHigh]) => high < otherLow || otherHigh < low));
}
