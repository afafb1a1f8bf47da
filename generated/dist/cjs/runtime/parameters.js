"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.prepareParameters = prepareParameters;
const errors_js_1 = require("./errors.js");
const failures_js_1 = require("./failures.js");
const messages_js_1 = require("./messages.js");
const request_body_js_1 = require("./request-body.js");
const serialize_js_1 = require("./serialize.js");
const ROOT = '(parameters)';
function prepareParameters(operation, params, validate, onWarning) {
    if (validate)
        checkParameters(operation, params, validate, onWarning);
    const serialized = (0, serialize_js_1.serializeParameters)(operation.path, params);
    if (Array.isArray(serialized))
        throw invalidParameters(operation, serialized, 'cannot be sent as the spec says');
    return serialized;
}
function checkParameters(operation, params, validate, onWarning) {
    let issues;
    let ok;
    try {
        const result = (0, request_body_js_1.validateFully)(validate, sentParameters(params));
        ok = result.ok;
        issues = result.issues ?? [];
    }
    catch (error) {
        // A getter that throws, or a value too deep for the stack.
        throw new errors_js_1.ClientError('REQUEST_SETUP', `${operation.operationId}: the request parameters could not be checked against the spec, so nothing was sent: ${(0, messages_js_1.errorText)(error, [])}`, {
            ...(0, failures_js_1.base)(operation, 0, 'not-sent'),
            cause: error,
        });
    }
    const errors = (0, request_body_js_1.reportWarnings)(operation, issues, 'the request parameters have', ROOT, onWarning);
    if (!ok && errors.length > 0)
        throw invalidParameters(operation, errors, 'are invalid');
}
function invalidParameters(operation, issues, what) {
    return new errors_js_1.ClientValidationError(`${operation.operationId}: the request parameters ${what}, so nothing was sent:\n${(0, messages_js_1.formatIssues)(issues, ROOT)}`, {
        ...(0, failures_js_1.base)(operation, 0, 'not-sent'),
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
