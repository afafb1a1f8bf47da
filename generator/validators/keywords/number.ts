/**
 * Number keywords: `maximum`, `minimum`, `exclusiveMaximum`, `exclusiveMinimum`, `multipleOf`.
 * They run inside the number group, where the value is known to be a finite number.
 *
 * OpenAPI 3.0 writes an exclusive bound as `maximum: 5, exclusiveMaximum: true`; 3.1 (2020-12)
 * as `exclusiveMaximum: 5`. Both compile to the same check and message.
 */
import type { KeywordCx, KeywordFunction } from '../context.js';
import { booleanValue, finiteNumber } from './values.js';

export const maximum: KeywordFunction = (cx) => {
  const limit = finiteNumber(cx);
  if (cx.dialect === 'openapi-3.0' && cx.schema.exclusiveMaximum === true) {
    return [cx.fail(`${cx.data} >= ${limit}`, `must be < ${limit}`, { keyword: 'exclusiveMaximum', received: cx.data })];
  }
  return [cx.fail(`${cx.data} > ${limit}`, `must be <= ${limit}`, { received: cx.data })];
};

export const minimum: KeywordFunction = (cx) => {
  const limit = finiteNumber(cx);
  if (cx.dialect === 'openapi-3.0' && cx.schema.exclusiveMinimum === true) {
    return [cx.fail(`${cx.data} <= ${limit}`, `must be > ${limit}`, { keyword: 'exclusiveMinimum', received: cx.data })];
  }
  return [cx.fail(`${cx.data} < ${limit}`, `must be >= ${limit}`, { received: cx.data })];
};

export const exclusiveMaximum: KeywordFunction = (cx) => {
  if (cx.dialect === 'openapi-3.0') return booleanModifier(cx, 'maximum');
  const limit = finiteNumber(cx);
  return [cx.fail(`${cx.data} >= ${limit}`, `must be < ${limit}`, { received: cx.data })];
};

export const exclusiveMinimum: KeywordFunction = (cx) => {
  if (cx.dialect === 'openapi-3.0') return booleanModifier(cx, 'minimum');
  const limit = finiteNumber(cx);
  return [cx.fail(`${cx.data} <= ${limit}`, `must be > ${limit}`, { received: cx.data })];
};

/** OpenAPI 3.0's boolean form only modifies its bound, whose keyword emits the check. */
function booleanModifier(cx: KeywordCx, bound: string): [] {
  if (booleanValue(cx) && !(bound in cx.schema)) throw cx.error(`"${cx.keyword}: true" needs "${bound}" beside it`);
  return [];
}

export const multipleOf: KeywordFunction = (cx) => {
  const divisor = finiteNumber(cx);
  if (divisor <= 0) throw cx.error(`expected "multipleOf" to be greater than 0, received ${divisor}`);
  return [cx.fail(`!${cx.helper('multipleOf')}(${cx.data}, ${divisor})`, `must be multiple of ${divisor}`, { received: cx.data, cost: 'call' })];
};
