"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.serializeParameters = serializeParameters;
const options_js_1 = require("./options.js");
/** Headers OpenAPI says a header parameter may not set: the client sets them itself. */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const TEMPLATE_VARIABLE = /\{([^{}]+)\}/g;
/** What encodeURIComponent throws on. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function serializeParameters(template, params) {
    const issues = [];
    const given = (isRecord(params) ? params : {});
    const place = (name) => (isRecord(given[name]) ? given[name] : {});
    const pathValues = place('path');
    const path = template.replace(TEMPLATE_VARIABLE, (whole, name) => {
        const at = pointer('path', name);
        const value = pathValues[name];
        if (value === undefined || value === null) {
            issues.push(issue(at, `must be given: the path has ${whole}`, value));
            return whole;
        }
        const text = simple(value, at, issues, encodeComponent);
        if (text !== undefined && (text === '' || text === '.' || text === '..')) {
            issues.push(issue(at, 'must not be empty, "." or "..": the URL would address another resource', value));
        }
        return text ?? whole;
    });
    const query = [];
    for (const [name, value] of Object.entries(place('query'))) {
        if (value === undefined || value === null)
            continue;
        const at = pointer('query', name);
        if (scalar(name, at, issues) === undefined)
            continue;
        if (Array.isArray(value)) {
            value.forEach((item, index) => {
                const text = scalar(item, `${at}/${index}`, issues);
                if (text !== undefined)
                    query.push(`${encodeComponent(name)}=${encodeComponent(text)}`);
            });
        }
        else if (isRecord(value)) {
            for (const [key, member] of Object.entries(value)) {
                const text = member === undefined || member === null ? undefined : scalar(member, `${at}/${escapeToken(key)}`, issues);
                if (text !== undefined && scalar(key, `${at}/${escapeToken(key)}`, issues) !== undefined)
                    query.push(`${encodeComponent(key)}=${encodeComponent(text)}`);
            }
        }
        else {
            const text = scalar(value, at, issues);
            if (text !== undefined)
                query.push(`${encodeComponent(name)}=${encodeComponent(text)}`);
        }
    }
    const header = {};
    for (const [name, value] of Object.entries(place('header'))) {
        if (value === undefined || value === null || IGNORED_HEADERS.has(name.toLowerCase()))
            continue;
        // Header values are not percent-encoded; fetch refuses a value a header cannot carry.
        const text = simple(value, pointer('header', name), issues, (part) => part);
        if (text !== undefined)
            header[name] = text;
    }
    return issues.length > 0 ? issues : { path, query: query.join('&'), header };
}
/** `simple` style, not exploded: a list's items, or an object's keys and values, joined by commas. */
function simple(value, at, issues, encode) {
    const parts = [];
    if (Array.isArray(value)) {
        value.forEach((item, index) => {
            const text = item === undefined || item === null ? undefined : scalar(item, `${at}/${index}`, issues);
            if (text !== undefined)
                parts.push(encode(text));
        });
    }
    else if (isRecord(value)) {
        for (const [key, member] of Object.entries(value)) {
            const text = member === undefined || member === null ? undefined : scalar(member, `${at}/${escapeToken(key)}`, issues);
            if (text !== undefined && scalar(key, `${at}/${escapeToken(key)}`, issues) !== undefined)
                parts.push(encode(key), encode(text));
        }
    }
    else {
        const text = scalar(value, at, issues);
        if (text === undefined)
            return undefined;
        parts.push(encode(text));
    }
    return parts.join(',');
}
function scalar(value, at, issues) {
    if (typeof value === 'string') {
        if (!LONE_SURROGATE.test(value))
            return value;
        issues.push(issue(at, 'must be well-formed Unicode: a lone surrogate cannot be encoded', value));
        return undefined;
    }
    if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
        return String(value);
    issues.push(issue(at, Array.isArray(value) || isRecord(value) ? 'must be a string, number or boolean: an object or array inside another cannot be sent in the URL or a header' : 'must be a string, a finite number or a boolean', value));
    return undefined;
}
/** Every character but RFC 3986's unreserved ones, percent-encoded as UTF-8. */
function encodeComponent(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
function issue(path, message, value) {
    return { path, keyword: 'parameter', message: `${message} (received ${typeof value === 'string' ? JSON.stringify(value) : (0, options_js_1.describe)(value)})`, schemaPath: '', severity: 'error' };
}
function pointer(place, name) {
    return `/${place}/${escapeToken(name)}`;
}
function escapeToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
function isRecord(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
