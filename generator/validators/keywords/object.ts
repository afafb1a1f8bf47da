/**
 * Object keywords: `maxProperties`, `minProperties`, `required`, `propertyNames`,
 * `additionalProperties`, `properties`, `patternProperties`, `dependentRequired`,
 * `dependentSchemas`, and draft-04's `dependencies`. They run inside the object group, where
 * `cx.object` is the value typed as a record.
 *
 * A property whose value is `undefined` counts as absent: it is what `JSON.stringify` drops.
 */
import { quote } from '../../shared/codegen.js';
import { joinPointer } from '../../shared/pointer.js';
import { compareCosts, failure, type Code, type KeywordCx, type KeywordFunction } from '../context.js';
import { acceptsAll, failWhen, grouped, isPlainObject, joinFailures, nonNegativeInteger, orChain, schemaMap, stringList } from './values.js';

export const maxProperties: KeywordFunction = (cx) => {
  const limit = nonNegativeInteger(cx);
  const count = `Object.keys(${cx.object}).length`;
  return [cx.fail(`${count} > ${limit}`, `must NOT have more than ${limit} properties`, { received: count })];
};

export const minProperties: KeywordFunction = (cx) => {
  const limit = nonNegativeInteger(cx);
  if (limit === 0) return [];
  const count = `Object.keys(${cx.object}).length`;
  return [cx.fail(`${count} < ${limit}`, `must NOT have fewer than ${limit} properties`, { received: count })];
};

/**
 * `required`, by direction: a `readOnly` property is not required in a request (the server
 * sets it), a `writeOnly` one not in a response (the server never returns it).
 */
export const required: KeywordFunction = (cx) => {
  const checked = requiredNames(cx);
  if (cx.guard) {
    // A guard tests a required property's type where `properties` checks it, and a type test
    // fails on an absent value: only the others are tested here.
    const proven = presenceProven(cx, checked);
    const rest = checked.filter((name) => !proven.has(name));
    return rest.length ? [cx.fail(rest.map((name) => `${cx.propertyValue(name)} === undefined`).join(' || '), '')] : [];
  }
  if (checked.length === 0) return [];
  if (checked.length === 1) {
    return [cx.fail(`${cx.propertyValue(checked[0]!)} === undefined`, `must have required property ${JSON.stringify(checked[0])}`)];
  }
  // One chain of comparisons on the valid path (no array, no path built); the values go to the
  // helper that reports the missing ones only when one is missing.
  const reads = checked.map((name) => cx.propertyValue(name));
  const list = cx.constant('required', `[${checked.map(quotedForMessage).join(', ')}]`);
  const warning = cx.severity === 'warning';
  const report = `${cx.helper('missing')}(c, [${reads.join(', ')}], ${list}, ${cx.pathCode(cx.path)}, ${cx.schemaPathCode('required')}${warning ? ', 1' : ''})`;
  return [`if ((${reads.map((read) => `${read} === undefined`).join(' || ')}) && ${report}) return false;`];
};

/** Whether a property's schema allows scalars only (its `type` has no array nor object). */
function isScalar(cx: KeywordCx, name: string): boolean {
  const schema = cx.deref((cx.value as Record<string, unknown>)[name]);
  if (!isPlainObject(schema) || !('type' in schema)) return false;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.every((type) => type !== 'array' && type !== 'object');
}

/** The names `required` asserts in this direction. */
function requiredNames(cx: KeywordCx): string[] {
  const names = [...new Set(stringList(cx, cx.schema.required, '"required"'))];
  const properties = isPlainObject(cx.schema.properties) ? cx.schema.properties : {};
  const skipped = cx.direction === 'request' ? 'readOnly' : cx.direction === 'response' ? 'writeOnly' : undefined;
  const isSkipped = (name: string): boolean =>
    skipped !== undefined &&
    [properties[name], cx.deref(properties[name])].some((schema) => isPlainObject(schema) && schema[skipped] === true);
  return names.filter((name) => !isSkipped(name));
}

/**
 * The required names whose presence a guard's `properties` check proves: their schema has a
 * `type` (directly or through `$ref`s), and no type test passes an absent value. `properties`
 * checks them unconditionally and `required` leaves them out.
 */
function presenceProven(cx: KeywordCx, names?: string[]): Set<string> {
  if (!('required' in cx.schema) || !isPlainObject(cx.schema.properties)) return new Set();
  const properties = cx.schema.properties;
  return new Set(
    (names ?? requiredNames(cx)).filter((name) => {
      if (!Object.prototype.hasOwnProperty.call(properties, name)) return false;
      const schema = cx.deref(properties[name]);
      return isPlainObject(schema) && 'type' in schema;
    }),
  );
}

/** A property name as a message shows it, quoted as JSON, written as a TypeScript string literal. */
function quotedForMessage(name: string): string {
  const json = JSON.stringify(name);
  return /['\\]/.test(json) ? JSON.stringify(json) : `'${json}'`;
}

export const properties: KeywordFunction = (cx) => {
  const proven = cx.guard ? presenceProven(cx) : new Set<string>();
  const names = Object.keys(schemaMap(cx));
  // A guard's verdict does not depend on the order of its tests: it tests the scalar
  // properties first, so that a missing or wrong one is found before a long list is read,
  // and their costly tests (regexes, formats, time zones) after every cheap one, so that a
  // missing or mistyped property is found before any regex runs.
  const scalars = new Set(cx.guard ? names.filter((name) => isScalar(cx, name)) : []);
  if (cx.guard) names.sort((a, b) => Number(!scalars.has(a)) - Number(!scalars.has(b)));
  const deferred: Code[] = [];
  const checks = names.map((name): Code[] => {
    // A property with no check is not read: its local is declared only once a check uses it.
    const value = cx.propertyValue(name, false);
    const body = cx.subschema([name], value, cx.child(cx.path, { kind: 'literal', key: name }));
    if (body.length === 0) {
      if (proven.has(name)) throw new Error(`internal: the guard of ${cx.pointer} leaves required "${name}" untested`);
      return [];
    }
    cx.propertyValue(name);
    if (cx.guard) {
      // One line per property where its checks allow: `if (v !== undefined && (...)) return false;`.
      const joined = joinFailures(body);
      if (proven.has(name) && joined && scalars.has(name)) {
        // Present and of its type once the cheap line passes: the costly tests can wait.
        const cheap = joined.failures.filter((one) => one.cost === 'cheap');
        const costly = joined.failures.filter((one) => one.cost !== 'cheap').sort((a, b) => compareCosts(a.cost, b.cost));
        if (costly.length) deferred.push(...joined.comments, failWhen(costly));
        return [cx.propertyDeclaration(name), ...joined.comments, ...(cheap.length ? [failWhen(cheap)] : [])];
      }
      if (proven.has(name)) return [cx.propertyDeclaration(name), ...(joined ? [...joined.comments, failWhen(joined.failures)] : body)];
      if (joined) {
        const whenPresent = `${value} !== undefined && ${grouped(orChain(joined.failures.map((one) => one.condition)))}`;
        return [cx.propertyDeclaration(name), ...joined.comments, failure(whenPresent, failWhen(joined.failures).cost)];
      }
    }
    return [cx.propertyDeclaration(name), `if (${value} !== undefined) {`, body, '}'];
  });
  if (deferred.length === 0) return checks.flat();
  // The deferred tests go after the scalar properties (sorted first), before the lists and objects.
  return [...checks.slice(0, scalars.size).flat(), ...deferred, ...checks.slice(scalars.size).flat()];
};

export const patternProperties: KeywordFunction = (cx) => {
  return Object.keys(schemaMap(cx)).flatMap((source) => {
    // Compiled even when its schema checks nothing: an invalid regex is an error either way.
    const regex = cx.regex(source, joinPointer(cx.pointer, 'patternProperties', source));
    const key = cx.variable('k');
    const value = cx.variable('v');
    const body = cx.subschema([source], value, cx.child(cx.path, { kind: 'key', variable: key }));
    if (body.length === 0) return [];
    return [
      `for (const ${key} of Object.keys(${cx.object})) {`,
      [`if (!${regex}.test(${key})) continue;`, `const ${value} = ${cx.helper('ownValue')}(${cx.object}, ${key});`, ...body],
      '}',
    ];
  });
};

/** Properties neither named in `properties` nor matched by a `patternProperties` regex. */
export const additionalProperties: KeywordFunction = (cx) => {
  if (acceptsAll(cx.value)) return [];
  if (cx.value !== false && !isPlainObject(cx.value)) throw cx.error(`expected "additionalProperties" to be a boolean or a schema, received ${JSON.stringify(cx.value)}`);
  const key = cx.variable('k');
  const known = Object.keys(isPlainObject(cx.schema.properties) ? cx.schema.properties : {});
  const patterns = Object.keys(isPlainObject(cx.schema.patternProperties) ? cx.schema.patternProperties : {});
  const isKnown = [
    ...(known.length > 8
      ? [`${cx.constant('names', `new Set(${JSON.stringify(known)})`)}.has(${key})`]
      : known.map((name) => `${key} === ${quote(name)}`)),
    ...patterns.map((source) => `${cx.regex(source, joinPointer(cx.pointer, 'patternProperties', source))}.test(${key})`),
  ];
  const skipKnown: Code[] = isKnown.length ? [`if (${isKnown.join(' || ')}) continue;`] : [];
  if (cx.value === false) {
    const check = cx.fail('true', 'must NOT have additional properties', { received: key });
    return [`for (const ${key} of Object.keys(${cx.object})) {`, [...skipKnown, check], '}'];
  }
  const value = cx.variable('v');
  const body = cx.subschema([], value, cx.child(cx.path, { kind: 'key', variable: key }));
  return [`for (const ${key} of Object.keys(${cx.object})) {`, [...skipKnown, `const ${value} = ${cx.helper('ownValue')}(${cx.object}, ${key});`, ...body], '}'];
};

/** The names must each be valid against a schema (tested quietly: one issue per bad name). */
export const propertyNames: KeywordFunction = (cx) => {
  if (acceptsAll(cx.value)) return [];
  const key = cx.variable('k');
  const check = cx.fail(`!${cx.test([], key)}`, 'property name must be valid', { received: key, cost: 'call' });
  return [`for (const ${key} of Object.keys(${cx.object})) {`, [check], '}'];
};

export const dependentRequired: KeywordFunction = (cx) => {
  return Object.entries(schemaMap(cx)).flatMap(([name, list]) => requiredWhenPresent(cx, name, stringList(cx, list, `"${cx.keyword}/${name}"`)));
};

export const dependentSchemas: KeywordFunction = (cx) => {
  return Object.keys(schemaMap(cx)).flatMap((name) => schemaWhenPresent(cx, name));
};

/** draft-04: each entry is a list of required names or a schema. */
export const dependencies: KeywordFunction = (cx) => {
  return Object.entries(schemaMap(cx)).flatMap(([name, dependency]) =>
    Array.isArray(dependency) ? requiredWhenPresent(cx, name, stringList(cx, dependency, `"dependencies/${name}"`)) : schemaWhenPresent(cx, name),
  );
};

function requiredWhenPresent(cx: KeywordCx, name: string, names: string[]): Code[] {
  if (names.length === 0) return [];
  const checks = names.map((other) =>
    cx.fail(`${cx.propertyValue(other)} === undefined`, `must have property ${JSON.stringify(other)} when property ${JSON.stringify(name)} is present`),
  );
  return [`if (${cx.propertyValue(name)} !== undefined) {`, checks, '}'];
}

function schemaWhenPresent(cx: KeywordCx, name: string): Code[] {
  // The schema applies to the whole value, which the object group has narrowed: it gets the
  // value untyped again, or its own type tests (a const 1, a maxLength) would not type-check.
  const value = cx.variable('d');
  const body = cx.subschema([name], value, cx.path);
  if (body.length === 0) return [];
  return [`if (${cx.propertyValue(name)} !== undefined) {`, [`const ${value}: unknown = ${cx.data};`, ...body], '}'];
}
