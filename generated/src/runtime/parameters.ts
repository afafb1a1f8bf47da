/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

/**
 * The parameters of a call, checked before anything is sent: against the spec (the generated
 * validator), as the client sends them (a parameter given as `undefined` or `null` is not
 * sent, so it is not checked, and a required one is then missing); then serialized
 * (serialize.ts), where what the URL cannot carry is refused too.
 */
import { validateFully, type ClientWarning, type OperationDefinition, type Validator } from './definitions.js';
import { ClientError, ClientValidationError, type ValidationIssue } from './errors.js';
import { base } from './failures.js';
import { errorText, formatIssues } from './messages.js';
import { reportWarnings } from './request-body.js';
import { sentParameters, serializeParameters, type SerializedParameters } from './serialize.js';

const ROOT = '(parameters)';

export function prepareParameters(
  operation: OperationDefinition,
  params: unknown,
  validate: Validator | undefined,
  onWarning: (warning: ClientWarning) => void,
): SerializedParameters {
  try {
    params = withSpecHeaderNames(operation, params);
  } catch (error) {
    // A getter that throws, while the headers are read.
    throw error instanceof ClientError ? error : uncheckable(operation, error);
  }
  if (validate) checkParameters(operation, params, validate, onWarning);
  const serialized = serializeParameters(operation.path, params, operation.queryParameters, operation.parameterEncodings);
  if (Array.isArray(serialized)) throw invalidParameters(operation, serialized, 'cannot be sent as the spec says');
  return serialized;
}

/**
 * The parameters with each header named as the spec spells it. Header names are
 * case-insensitive: `x-trace` given for the spec's `X-Trace` is that header, and checked against
 * its schema and sent in its style (the check would otherwise not know it, and send it
 * unchecked). The same header given in two spellings is refused: one value would be lost.
 */
function withSpecHeaderNames(operation: OperationDefinition, params: unknown): unknown {
  const names = operation.headerParameters ?? [];
  const header = (params as { header?: unknown } | undefined)?.header;
  // Anything else is refused by the serializer, with its path.
  if (header === null || typeof header !== 'object' || ![Object.prototype, null].includes(Object.getPrototypeOf(header))) return params;
  // No prototype: a header named __proto__ is a header like another.
  const renamed = Object.create(null) as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  /** The spelling each header was first given in, by its name in lower case. */
  const firstGiven = new Map<string, string>();
  for (const [given, value] of Object.entries(header)) {
    const name = names.find((spec) => spec.toLowerCase() === given.toLowerCase()) ?? given;
    // Not sent (sentParameters): kept for the message of a required header given as null.
    if (value === undefined || value === null) {
      if (!Object.hasOwn(renamed, name)) renamed[name] = value;
      continue;
    }
    const first = firstGiven.get(name.toLowerCase());
    if (first !== undefined) {
      issues.push({
        path: `/header/${given.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        keyword: 'parameter',
        message: `must not be given twice: header names are case-insensitive, and it is given as "${first}" too (the value is not shown: headers carry credentials)`,
        schemaPath: '',
        severity: 'error',
      });
      continue;
    }
    firstGiven.set(name.toLowerCase(), given);
    renamed[name] = value;
  }
  if (issues.length > 0) throw invalidParameters(operation, issues, 'cannot be sent as the spec says');
  return { ...(params as object), header: renamed };
}

function uncheckable(operation: OperationDefinition, error: unknown): ClientError {
  return new ClientError('REQUEST_SETUP', `${operation.operationId}: the request parameters could not be checked against the spec, so nothing was sent: ${errorText(error, [])}`, {
    ...base(operation, 0, 'not-sent'),
    cause: error,
  });
}

function checkParameters(operation: OperationDefinition, params: unknown, validate: Validator, onWarning: (warning: ClientWarning) => void): void {
  let issues: ValidationIssue[];
  let ok: boolean;
  try {
    const result = validateFully(validate, sentParameters(params));
    ok = result.ok;
    issues = result.issues ?? [];
  } catch (error) {
    // A getter that throws, or a value too deep for the stack.
    throw uncheckable(operation, error);
  }
  const errors = reportWarnings(operation, issues, 'the request parameters have', ROOT, onWarning);
  if (!ok && errors.length > 0) throw invalidParameters(operation, errors.map((issue) => explainLeftOut(issue, params)), 'are invalid');
}

/**
 * A required parameter reported missing that was given, as a value the client does not send
 * (null, an empty list or object in the query): the message says so, or it would look ignored.
 */
function explainLeftOut(issue: ValidationIssue, params: unknown): ValidationIssue {
  const missing = issue.keyword === 'required' ? /^must have required property "(.*)"$/.exec(issue.message) : null;
  const place = /^\/(path|query|header)$/.exec(issue.path)?.[1];
  if (!missing || !place) return issue;
  const values = (params as Record<string, unknown> | undefined)?.[place] as Record<string, unknown> | undefined;
  let name: string;
  try {
    name = JSON.parse(`"${missing[1]}"`) as string;
  } catch {
    return issue;
  }
  if (values === null || typeof values !== 'object' || !Object.hasOwn(values, name) || values[name] === undefined) return issue;
  return { ...issue, message: `${issue.message} (it was given as ${values[name] === null ? 'null' : 'a value with nothing to send'}, which is not sent)` };
}

function invalidParameters(operation: OperationDefinition, issues: ValidationIssue[], what: string): ClientValidationError {
  return new ClientValidationError(`${operation.operationId}: the request parameters ${what}, so nothing was sent:\n${formatIssues(issues, ROOT)}`, {
    ...base(operation, 0, 'not-sent'),
    issues,
  });
}
