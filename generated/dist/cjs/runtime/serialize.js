"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.IGNORED_HEADERS = void 0;
exports.serializeParameters = serializeParameters;
exports.sentParameters = sentParameters;
const messages_js_1 = require("./messages.js");
const options_js_1 = require("./options.js");
/** Headers OpenAPI says a header parameter may not set: the client sets them itself. */
exports.IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const TEMPLATE_VARIABLE = /\{([^{}]+)\}/g;
/** What encodeURIComponent throws on. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** `queryNames`: the operation's query parameters, which an object's member may not be named like. */
function serializeParameters(template, params, queryNames = []) {
    const issues = [];
    if (params !== undefined && !isRecord(params))
        issues.push(issue('', 'must be an object of the places parameters go in ({ path, query, header })', params));
    const given = (isRecord(params) ? params : {});
    const place = (name) => {
        const values = given[name];
        if (values === undefined || isRecord(values))
            return values ?? {};
        // A class instance, say: read as nothing, it would drop every parameter of the place.
        issues.push(issue(`/${name}`, 'must be a plain object of parameter names to values', values));
        return {};
    };
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
    // Which parameter sent each name: an exploded object's member named like another parameter
    // would be read by the server as that one.
    const senders = new Map();
    const send = (name, text, at, sender) => {
        const other = senders.get(name);
        if (other !== undefined && other !== sender) {
            issues.push(issue(at, `must not be sent as the query parameter ${JSON.stringify(name)}, which ${other} sends too: the server would read the two as one`, text));
            return;
        }
        senders.set(name, sender);
        query.push(`${encodeComponent(name)}=${encodeComponent(text)}`);
    };
    for (const [name, value] of Object.entries(place('query'))) {
        if (value === undefined || value === null)
            continue;
        const at = pointer('query', name);
        if (scalar(name, at, issues) === undefined)
            continue;
        if (Array.isArray(value)) {
            value.forEach((item, index) => {
                const text = item === undefined || item === null ? undefined : scalar(item, `${at}/${index}`, issues);
                if (text !== undefined)
                    send(name, text, `${at}/${index}`, at);
            });
        }
        else if (isRecord(value)) {
            for (const [key, member] of Object.entries(value)) {
                const memberAt = `${at}/${escapeToken(key)}`;
                const text = member === undefined || member === null ? undefined : scalar(member, memberAt, issues);
                if (text === undefined || scalar(key, memberAt, issues) === undefined)
                    continue;
                if (key !== name && queryNames.includes(key)) {
                    issues.push(issue(memberAt, `must not be named like the query parameter ${JSON.stringify(key)}: sent as a parameter of its own, it would be read as that one`, text));
                }
                else
                    send(key, text, memberAt, at);
            }
        }
        else {
            const text = scalar(value, at, issues);
            if (text !== undefined)
                send(name, text, at, at);
        }
    }
    const header = {};
    for (const [name, value] of Object.entries(place('header'))) {
        if (value === undefined || value === null || exports.IGNORED_HEADERS.has(name.toLowerCase()))
            continue;
        const at = pointer('header', name);
        if (!options_js_1.HEADER_NAME.test(name)) {
            issues.push(issue(at, "must be named as a header is (letters, digits and !#$%&'*+-.^_`|~, RFC 9110)", name));
            continue;
        }
        const text = simple(value, at, issues, (part, partAt, listed) => headerText(part, partAt, listed, issues));
        if (text === undefined)
            continue;
        // fetch strips them: the value checked would not be the value sent.
        if (/^[\t ]|[\t ]$/.test(text))
            issues.push(headerIssue(at, 'must not start or end with a space or tab, which fetch strips'));
        else
            header[name] = text;
    }
    return issues.length > 0 ? issues : { path, query: query.join('&'), header };
}
/**
 * The parameters as they are sent, for the check against the spec: without what
 * serializeParameters leaves out (undefined and null, in a place, a list or an object; in the
 * query, a list or an object left with nothing to send), so that a required one left out is
 * missing, and a null the URL never carries is not judged.
 */
function sentParameters(params) {
    if (params === undefined)
        return {};
    if (!isRecord(params))
        return params;
    const sent = {};
    for (const [place, values] of Object.entries(params)) {
        if (!isRecord(values)) {
            sent[place] = values;
            continue;
        }
        const kept = {};
        for (const [name, value] of Object.entries(values)) {
            if (value === undefined || value === null)
                continue;
            const left = Array.isArray(value) ? value.filter(isSent) : isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([, member]) => isSent(member))) : value;
            if (place === 'query' && (Array.isArray(left) ? left.length === 0 : isRecord(left) && Object.keys(left).length === 0))
                continue;
            kept[name] = left;
        }
        sent[place] = kept;
    }
    return sent;
}
function isSent(value) {
    return value !== undefined && value !== null;
}
/**
 * A header value's part as sent: header values are not percent-encoded, so it must hold only
 * what a header can carry (visible Latin-1, spaces and tabs: RFC 9110), and an item of a list
 * no comma, at which the server splits the list.
 */
function headerText(text, at, listed, issues) {
    if (options_js_1.NOT_IN_HEADER.test(text)) {
        issues.push(headerIssue(at, 'must hold only characters a header can carry (Latin-1, no control characters)'));
        return undefined;
    }
    if (listed && text.includes(',')) {
        issues.push(headerIssue(at, 'must not hold a comma: the header lists items separated by commas, and the server would split it'));
        return undefined;
    }
    return text;
}
/** `simple` style, not exploded: a list's items, or an object's keys and values, joined by commas. */
function simple(value, at, issues, encode) {
    const parts = [];
    const add = (text) => {
        if (text !== undefined)
            parts.push(text);
    };
    if (Array.isArray(value)) {
        value.forEach((item, index) => {
            const itemAt = `${at}/${index}`;
            const text = item === undefined || item === null ? undefined : scalar(item, itemAt, issues);
            if (text !== undefined)
                add(encode(text, itemAt, true));
        });
    }
    else if (isRecord(value)) {
        for (const [key, member] of Object.entries(value)) {
            const memberAt = `${at}/${escapeToken(key)}`;
            const text = member === undefined || member === null ? undefined : scalar(member, memberAt, issues);
            if (text !== undefined && scalar(key, memberAt, issues) !== undefined) {
                add(encode(key, memberAt, true));
                add(encode(text, memberAt, true));
            }
        }
    }
    else {
        const text = scalar(value, at, issues);
        if (text === undefined)
            return undefined;
        const encoded = encode(text, at, false);
        if (encoded === undefined)
            return undefined;
        parts.push(encoded);
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
    return { path, keyword: 'parameter', message: `${message} (received ${typeof value === 'string' ? JSON.stringify(value) : (0, messages_js_1.describe)(value)})`, schemaPath: '', severity: 'error' };
}
/** An issue of a header's value, which it does not quote: headers carry keys and tokens. */
function headerIssue(path, message) {
    return { path, keyword: 'parameter', message: `${message} (the value is not shown: headers carry credentials)`, schemaPath: '', severity: 'error' };
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
