/**
 * Visits every schema object in a document, in document order, with its JSON Pointer and the
 * names a generator needs to name things after it (component and property).
 */
import { joinPointer } from './pointer.js';
import type { OpenApiDocument } from './openapi.js';

export interface SchemaVisit {
  schema: Record<string, unknown>;
  /**
   * JSON Pointer of the schema, such as `#/components/schemas/Campaign/properties/name`. Built
   * when read: a walk of a large spec visits tens of thousands of schemas, and most visitors
   * need the pointer of a few.
   */
  readonly pointer: string;
  /** The component schema it sits in, if any. */
  componentName?: string;
  /** The property it is the schema of, if any. */
  propertyName?: string;
  /** The parameter it is the schema of, if any. */
  parameterName?: string;
}

const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems'];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

export interface WalkOptions {
  /** Also visit the schemas inside the generator's `x-warn` extension. */
  warnings?: boolean;
}

/** A place in the document as the chain of its tokens, joined into a pointer only when asked. */
interface Place {
  parent: Place | undefined;
  /** The tokens below the parent, already escaped and each with its leading `/`. */
  tail: string;
}

function placePointer(place: Place): string {
  let pointer = place.tail;
  for (let at = place.parent; at; at = at.parent) pointer = at.tail + pointer;
  return pointer;
}

function below(parent: Place, ...tokens: Array<string | number>): Place {
  return { parent, tail: joinPointer('', ...tokens) };
}

class Visit implements SchemaVisit {
  constructor(
    readonly schema: Record<string, unknown>,
    private readonly place: Place,
    readonly componentName: string | undefined,
    readonly propertyName: string | undefined,
    readonly parameterName: string | undefined,
  ) {}

  get pointer(): string {
    return placePointer(this.place);
  }
}

export function walkSchemas(document: OpenApiDocument, visit: (visit: SchemaVisit) => void, options: WalkOptions = {}): void {
  const root: Place = { parent: undefined, tail: '#' };
  const components = below(root, 'components');
  const schemas = below(components, 'schemas');
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    walkSchema(schema, below(schemas, name), name, undefined, visit, options);
  }
  walkNonSchema(document.paths, below(root, 'paths'), visit, options);
  for (const section of ['parameters', 'requestBodies', 'responses', 'headers'] as const) {
    walkNonSchema(document.components?.[section], below(components, section), visit, options);
  }
}

/** Finds `schema` members below OpenAPI objects (media types, parameters, headers). */
function walkNonSchema(node: unknown, place: Place, visit: (visit: SchemaVisit) => void, options: WalkOptions): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((child, index) => walkNonSchema(child, below(place, index), visit, options));
    return;
  }
  for (const key in node) {
    if (!Object.hasOwn(node, key)) continue;
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    if (key === 'schema') walkSchema(child, below(place, key), undefined, undefined, visit, options, parameterNameOf(node));
    else if (key !== 'examples' && key !== 'example') walkNonSchema(child, below(place, key), visit, options);
  }
}

function walkSchema(
  schema: unknown,
  place: Place,
  componentName: string | undefined,
  propertyName: string | undefined,
  visit: (visit: SchemaVisit) => void,
  options: WalkOptions,
  parameterName?: string,
): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  const object = schema as Record<string, unknown>;
  visit(new Visit(object, place, componentName, propertyName, parameterName));
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = object[keyword];
    if (map && typeof map === 'object') {
      for (const [name, child] of Object.entries(map)) {
        walkSchema(child, below(place, keyword, name), componentName, keyword === 'properties' ? name : undefined, visit, options);
      }
    }
  }
  for (const keyword of SCHEMA_KEYWORDS) {
    // A list's items are the values of the same field: they are named after it.
    const sameField = keyword === 'items';
    if (keyword in object) walkSchema(object[keyword], below(place, keyword), componentName, sameField ? propertyName : undefined, visit, options, sameField ? parameterName : undefined);
  }
  // The generator's own `x-warn` holds schemas the validators compile, but that never narrow a
  // type: visited only when asked (the ReDoS check must see their patterns too).
  const warn = options.warnings ? object['x-warn'] : undefined;
  if (Array.isArray(warn)) warn.forEach((child, index) => walkSchema(child, below(place, 'x-warn', index), componentName, undefined, visit, options));
  else if (warn !== undefined) walkSchema(warn, below(place, 'x-warn'), componentName, undefined, visit, options);
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = object[keyword];
    if (Array.isArray(list)) list.forEach((child, index) => walkSchema(child, below(place, keyword, index), componentName, undefined, visit, options));
  }
}

/** The name of a parameter object (one with a string `name` and `in`). */
function parameterNameOf(node: object): string | undefined {
  const { name, in: place } = node as { name?: unknown; in?: unknown };
  return typeof name === 'string' && typeof place === 'string' ? name : undefined;
}
