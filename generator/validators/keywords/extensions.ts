/**
 * The generator's vendor extensions: checks a spec needs that JSON Schema cannot say, written
 * as `x-` keywords so that other tools ignore them. Each is generic: any spec can put them on
 * its own fields.
 *
 * - `x-time-zone: true` (string): an IANA time zone the runtime's Intl knows; abbreviations
 *   such as "CST" are refused with a hint.
 * - `x-order` (object): pairs of properties in order, `{ before, after, strict?, when? }`: the
 *   `after` value must not be less than (with `strict`, must be greater than) the `before`
 *   value, compared as strings or numbers (ISO dates and HH:MM times compare as text), only
 *   when `when.equal` names two properties with equal values, if given, and only when neither
 *   value has an error of its own.
 * - `x-unique-by: "<property>"` (array): no two object items with the same string, number,
 *   boolean or null value of it (object and array values are not compared).
 * - `x-warn` (a schema or a list of them): its issues are warnings: reported, never blocking.
 * - `x-message` (any schema): replaces the message of the issues of its schema's own keywords.
 */
import { quote } from '../../shared/codegen.js';
import type { Code, KeywordFunction } from '../context.js';
import { isPlainObject, propertyRead } from './values.js';

export const timeZone: KeywordFunction = (cx) => {
  if (cx.value !== true) throw cx.error(`expected "x-time-zone" to be true, received ${JSON.stringify(cx.value)}`);
  cx.helper('timeZone');
  return [cx.fail(`!matchesTimeZone(${cx.data})`, { expr: `timeZoneMessage(${cx.data})` }, { received: cx.data, cost: 'call' })];
};

export const order: KeywordFunction = (cx) => {
  if (!Array.isArray(cx.value)) throw cx.error('expected "x-order" to be an array of { before, after, strict?, when? }');
  return cx.value.flatMap((pair, index): Code[] => {
    const valid =
      isPlainObject(pair) && typeof pair.before === 'string' && typeof pair.after === 'string' &&
      (pair.strict === undefined || typeof pair.strict === 'boolean') &&
      (pair.when === undefined || (isPlainObject(pair.when) && Array.isArray(pair.when.equal) && pair.when.equal.length === 2 && pair.when.equal.every((name) => typeof name === 'string')));
    if (!valid) throw cx.error(`expected "x-order/${index}" to be { before: string, after: string, strict?: boolean, when?: { equal: [string, string] } }, received ${JSON.stringify(pair)}`);
    const { before, after, strict } = pair as { before: string; after: string; strict?: boolean };
    const when = (pair.when as { equal: [string, string] } | undefined)?.equal;
    if (before === after) throw cx.error(`expected "x-order/${index}" to compare two properties, received ${JSON.stringify(before)} as both before and after`);
    // A name no valid value can have (the schema's properties are all it allows) would compare
    // nothing, silently: a typo.
    const declared = isPlainObject(cx.schema.properties) && cx.schema.additionalProperties === false && !isPlainObject(cx.schema.patternProperties) ? cx.schema.properties : undefined;
    const unknown = declared && [before, after, ...(when ?? [])].find((name) => !Object.hasOwn(declared, name));
    if (unknown !== undefined) {
      throw cx.error(`expected "x-order/${index}" to name properties this schema allows (${Object.keys(declared!).join(', ')}), received ${JSON.stringify(unknown)}`);
    }
    const first = cx.propertyValue(before);
    const second = cx.propertyValue(after);
    const comparable = `(typeof ${second} === "string" || typeof ${second} === "number") && typeof ${first} === typeof ${second}`;
    const secondPath = cx.child(cx.path, { kind: 'literal', key: after });
    // A value that failed its own checks is not compared: with every issue asked for, a month 13
    // would also be reported as out of order. Only an all-issues run gets here with errors.
    const operandsValid = cx.guard ? [] : [`${cx.helper('noErrorsAt')}(c, ${cx.pathCode(cx.path)}, ${quote(before)}, ${quote(after)})`];
    const condition = [
      ...(when ? [`${cx.propertyValue(when[0])} === ${cx.propertyValue(when[1])}`, `${cx.propertyValue(when[0])} !== undefined`] : []),
      comparable,
      `(${second} as string) ${strict ? '<=' : '<'} (${first} as string)`,
      ...operandsValid,
    ].join(' && ');
    const relation = strict ? 'must be after' : 'must not be before';
    const context = when ? ` when ${when[0]} equals ${when[1]}` : '';
    const message = { expr: `${quote(`${relation} ${before}${context}, `)} + ${cx.helper('show')}(${first})` };
    return [cx.fail(condition, message, { received: second, path: secondPath })];
  });
};

export const uniqueBy: KeywordFunction = (cx) => {
  if (typeof cx.value !== 'string') throw cx.error(`expected "x-unique-by" to be a property name, received ${JSON.stringify(cx.value)}`);
  const pair = cx.variable('d');
  const message = { expr: `${quote(`must NOT repeat the ${cx.value} of item `)} + ${pair}[0]` };
  return [
    `const ${pair} = ${cx.helper('duplicateBy')}(${cx.array}, ${quote(cx.value)});`,
    cx.fail(`${pair} !== null`, message, {
      path: cx.child(cx.path, { kind: 'index', variable: `${pair}[1]` }),
      received: propertyRead(cx, `(${cx.array}[${pair}[1]] as Record<string, unknown>)`, cx.value),
    }),
  ];
};

export const warn: KeywordFunction = (cx) => {
  // Warnings never make a value invalid: a guard has no use for them.
  if (cx.guard) return [];
  const schemas = Array.isArray(cx.value) ? cx.value.map((_, index) => [index]) : [[]];
  const body = schemas.flatMap((tokens) => cx.subschema(tokens, cx.data, cx.path, { severity: 'warning' }));
  // A quiet check (a sub-schema test) builds no issue, and warnings cannot make a value
  // invalid: it skips them, as does a caller that asked for no warnings.
  return body.length ? ['if (c.warnings) {', body, '}'] : [];
};
