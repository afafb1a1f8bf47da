/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
import { ClientError, ClientValidationError } from './errors.js';
import { base } from './failures.js';
import { errorText, formatIssues } from './messages.js';
import { reportWarnings, validateFully } from './request-body.js';
import { serializeParameters } from './serialize.js';
const ROOT = '(parameters)';
export function prepareParameters(operation, params, validate, onWarning) {
    if (validate)
        checkParameters(operation, params, validate, onWarning);
    const serialized = serializeParameters(operation.path, params);
    if (Array.isArray(serialized))
        throw invalidParameters(operation, serialized, 'cannot be sent as the spec says');
    return serialized;
}
function checkParameters(operation, params, validate, onWarning) {
    let issues;
    let ok;
    try {
        const result = validateFully(validate, sentParameters(params));
        ok = result.ok;
        issues = result.issues ?? [];
    }
    catch (error) {
        // A getter that throws, or a value too deep for the stack.
        throw new ClientError('REQUEST_SETUP', `${operation.operationId}: the request parameters could not be checked against the spec, so nothing was sent: ${errorText(error, [])}`, {
            ...base(operation, 0, 'not-sent'),
            cause: error,
        });
    }
    const errors = reportWarnings(operation, issues, 'the request parameters have', ROOT, onWarning);
    if (!ok && errors.length > 0)
        throw invalidParameters(operation, errors, 'are invalid');
}
function invalidParameters(operation, issues, what) {
    return new ClientValidationError(`${operation.operationId}: the request parameters ${what}, so nothing was sent:\n${formatIssues(issues, ROOT)}`, {
        ...base(operation, 0, 'not-sent'),
        issues,
    });
}
/** The parameters as the client sends them: without those serialize.ts leaves out. */
function sentParameters(params) {
    if (params === undefined)
        return {};
    if (params === null || typeof params !== 'object' || Array.isArray(params))
        return params;
    const sent = {};
    for (const [place, values] of Object.entries(params)) {
        if (values === null || typeof values !== 'object' || Array.isArray(values)) {
            sent[place] = values;
            continue;
        }
        sent[place] = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null && !(place === 'query' && sendsNothing(value))));
    }
    return sent;
}
/** A query value that puts nothing in the URL: an empty list, or an object without a member to send. */
function sendsNothing(value) {
    if (Array.isArray(value))
        return value.length === 0;
    if (value === null || typeof value !== 'object')
        return false;
    const prototype = Object.getPrototypeOf(value);
    return (prototype === Object.prototype || prototype === null) && Object.values(value).every((member) => member === undefined || member === null);
}
