/**
 * Finds a schema that applies itself to the value it is checking: a loop of `$ref`, `allOf`,
 * `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, `dependentSchemas`, `x-warn` or a
 * `discriminator`'s mapping that comes back to where it started without going into a property or an item.
 *
 * The common case is OpenAPI polymorphism written both ways at once: `Pet` has
 * `oneOf: [Cat, Dog]` and `Cat` is `allOf: [Pet, ...]`. Checking a cat checks `Pet`, which picks
 * `Cat`, which checks `Pet` again, forever: the validator would overflow the stack on every
 * object. JSON Schema leaves such schemas undefined (2020-12 Core, "infinite recursion") and
 * TypeScript cannot type them (TS2502), so the validators stage refuses them, naming the loop.
 */
import { GeneratorError } from '../shared/errors.js';
import { joinPointer, pointerTokens, resolvePointer } from '../shared/pointer.js';
import { isPlainObject } from './keywords/values.js';

/** Keywords whose sub-schemas apply to the same value as the schema they are in. */
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const IN_PLACE_SINGLE = ['not', 'if', 'then', 'else'] as const;

/** Stops generation when the schema at `pointer` is in such a loop, naming each step of it. */
export function refuseInPlaceCycle(document: unknown, pointer: string, finished: WeakSet<object>): void {
  const loop = findInPlaceCycle(document, pointer, finished);
  if (!loop) return;
  // Each `$ref` (or mapping) the loop follows, from where it is written to where it leads; a
  // schema that only contains the next one (`Pet` before `Pet/oneOf/0`) adds nothing.
  // A mapping's step is shown from where the mapping names its target.
  const steps = loop.flatMap((step, index) => (index === loop.length - 1 ? [step.pointer] : loop[index + 1]!.byReference ? [loop[index + 1]!.via ?? step.pointer] : []));
  throw new GeneratorError(
    `circular schema at ${loop[0]!.pointer}: ${steps.join(' -> ')} checks the same value again without going into a property or an item, ` +
      'so its validator would never end (JSON Schema leaves such a schema undefined, and TypeScript cannot type it: TS2502); ' +
      'break the loop (for polymorphism: keep the oneOf or anyOf and its discriminator in a schema that the variants do not include with allOf)',
  );
}

/** A schema a validator goes to, and whether it gets there by a reference (`$ref`, a mapping) rather than by nesting. */
export interface Step {
  pointer: string;
  byReference: boolean;
  /** Where a reference that is not a `$ref` is written (a discriminator's mapping entry). */
  via?: string;
}

interface Frame extends Step {
  node: object;
  next: Step[];
}

/**
 * The loop that starts at `pointer`, as the schemas a validator goes through (`Pet`,
 * `Pet/oneOf/0`, `Cat` by reference, `Cat/allOf/0`, `Pet` by reference, each a full pointer),
 * or undefined. `finished` holds the schemas already shown to be in no loop, shared by the calls
 * for one document so that each schema is walked once.
 */
export function findInPlaceCycle(document: unknown, pointer: string, finished: WeakSet<object>): Step[] | undefined {
  const stack: Frame[] = [];
  const onStack = new Map<object, number>();
  const enter = (step: Step): Step[] | undefined => {
    const node = resolvePointer(document, step.pointer);
    if (!isPlainObject(node) || finished.has(node)) return undefined;
    const seen = onStack.get(node);
    if (seen !== undefined) return [...stack.slice(seen).map(({ pointer, byReference, via }) => ({ pointer, byReference, via })), step];
    onStack.set(node, stack.length);
    stack.push({ ...step, node, next: inPlaceSubschemas(document, node, step.pointer) });
    return undefined;
  };
  enter({ pointer, byReference: false });
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const next = frame.next.shift();
    if (next === undefined) {
      stack.pop();
      onStack.delete(frame.node);
      finished.add(frame.node);
      continue;
    }
    const loop = enter(next);
    if (loop) return loop;
  }
  return undefined;
}

/** The sub-schemas (and `$ref` targets) that apply to the same value as `schema`. */
function inPlaceSubschemas(document: unknown, schema: Record<string, unknown>, pointer: string): Step[] {
  const found: Step[] = [];
  const nested = (...tokens: Array<string | number>): void => void found.push({ pointer: joinPointer(pointer, ...tokens), byReference: false });
  // As the engine resolves a `$ref`: `My%20Thing` is the key "My Thing".
  const referenced = (ref: string, via?: string): void => void found.push({ pointer: joinPointer('#', ...pointerTokens(ref)), byReference: true, ...(via ? { via } : {}) });
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#')) referenced(schema.$ref);
  for (const keyword of IN_PLACE_LISTS) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((_, index) => nested(keyword, index));
  }
  for (const keyword of IN_PLACE_SINGLE) if (keyword in schema) nested(keyword);
  // `x-warn`: a schema or a list of them, checked on the same value (as warnings).
  const warn = schema['x-warn'];
  if (Array.isArray(warn)) warn.forEach((_, index) => nested('x-warn', index));
  else if (warn !== undefined) nested('x-warn');
  if (isPlainObject(schema.dependentSchemas)) for (const name of Object.keys(schema.dependentSchemas)) nested('dependentSchemas', name);
  // The discriminator dispatches to its mapping's targets when a oneOf or anyOf is beside it.
  const mapping = isPlainObject(schema.discriminator) ? schema.discriminator.mapping : undefined;
  if (isPlainObject(mapping) && ('oneOf' in schema || 'anyOf' in schema)) {
    for (const [tag, target] of Object.entries(mapping)) {
      if (typeof target === 'string') referenced(target.startsWith('#') ? target : `#/components/schemas/${target}`, joinPointer(pointer, 'discriminator', 'mapping', tag));
    }
  }
  return found;
}
