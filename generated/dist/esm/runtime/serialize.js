/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
import { describe } from './messages.js';
import { HEADER_NAME, NOT_IN_HEADER } from './options.js';
/** Headers OpenAPI says a header parameter may not set: the client sets them itself. */
export const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const TEMPLATE_VARIABLE = /\{([^{}]+)\}/g;
/** What encodeURIComponent throws on. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SIMPLE = { style: 'simple', explode: false };
const FORM_EXPLODED = { style: 'form', explode: true };
/**
 * `queryNames`: the operation's query parameters, which an object's member may not be named
 * like; `encodings`: the parameters whose style or explode is not their place's default.
 */
export function serializeParameters(template, params, queryNames = [], encodings = {}) {
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
    // Segment by segment: one that its parameters leave empty, "." or ".." is one the URL parser
    // removes (or climbs with), so the request would go to another resource.
    const path = segmentsOf(template)
        .map((segment) => {
        let first;
        const filled = segment.replace(TEMPLATE_VARIABLE, (whole, name) => {
            const at = pointer('path', name);
            const value = pathValues[name];
            first ?? (first = { at, value });
            if (value === undefined || value === null) {
                issues.push(issue(at, `must be given: the path has ${whole}`, value));
                return whole;
            }
            const shape = shapeOf(value, at, issues);
            return (shape && pathExpression(name, shape, ownEncoding(encodings.path, name) ?? SIMPLE, issues)) ?? whole;
        });
        if (first && (filled === '' || filled === '.' || filled === '..')) {
            issues.push(issue(first.at, 'must not be empty, "." or "..": the URL would address another resource', first.value));
        }
        return filled;
    })
        .join('/');
    const query = [];
    // Which parameter sent each name: an exploded object's member named like another parameter
    // would be read by the server as that one.
    const senders = new Map();
    const send = (name, encodedName, encodedValue, at, sender, shown) => {
        const other = senders.get(name);
        if (other !== undefined && other !== sender) {
            issues.push(issue(at, `must not be sent as the query parameter ${JSON.stringify(name)}, which ${other} sends too: the server would read the two as one`, shown));
            return;
        }
        senders.set(name, sender);
        query.push(`${encodedName}=${encodedValue}`);
    };
    for (const [name, value] of Object.entries(place('query'))) {
        if (value === undefined || value === null)
            continue;
        const at = pointer('query', name);
        if (scalar(name, at, issues) === undefined)
            continue;
        const shape = shapeOf(value, at, issues);
        if (!shape)
            continue;
        const { style, explode } = ownEncoding(encodings.query, name) ?? FORM_EXPLODED;
        const parts = partsOf(shape);
        // An empty list or object is undefined in RFC 6570: not sent, in every style.
        if (parts.length === 0)
            continue;
        if (shape.kind === 'scalar') {
            send(name, encodeComponent(name), encodeComponent(shape.text), at, at, shape.text);
        }
        else if (style === 'deepObject') {
            if (shape.kind === 'list') {
                issues.push(issue(at, 'must be an object: the deepObject style sends an object\'s members, and OpenAPI defines no form of it for a list', value));
                continue;
            }
            for (const member of shape.members) {
                if (/[[\]]/.test(member.key)) {
                    issues.push(issue(member.at, 'must not hold "[" or "]" in its key: the deepObject style sends it as name[key]', member.key));
                }
                else
                    send(`${name}[${member.key}]`, `${encodeComponent(name)}[${encodeComponent(member.key)}]`, encodeComponent(member.value), member.at, at, member.value);
            }
        }
        else if (explode && shape.kind === 'list') {
            for (const item of shape.items)
                send(name, encodeComponent(name), encodeComponent(item.text), item.at, at, item.text);
        }
        else if (explode && shape.kind === 'object') {
            for (const member of shape.members) {
                // `filter[min]`, where `filter` is a deepObject parameter, is read as its member `min`.
                const owner = /^([^[]*)\[/.exec(member.key)?.[1];
                const deepOwner = owner !== undefined && owner !== name && ownEncoding(encodings.query, owner)?.style === 'deepObject' ? owner : undefined;
                if (member.key !== name && queryNames.includes(member.key)) {
                    issues.push(issue(member.at, `must not be named like the query parameter ${JSON.stringify(member.key)}: sent as a parameter of its own, it would be read as that one`, member.value));
                }
                else if (deepOwner !== undefined) {
                    issues.push(issue(member.at, `must not be named ${JSON.stringify(member.key)}: sent as a parameter of its own, it would be read as a member of the deepObject query parameter ${JSON.stringify(deepOwner)}`, member.value));
                }
                else
                    send(member.key, encodeComponent(member.key), encodeComponent(member.value), member.at, at, member.value);
            }
        }
        else {
            const separator = style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
            const text = joinParts(shape, separator, style, valueIssue(issues));
            if (text !== undefined)
                send(name, encodeComponent(name), text, at, at, parts.map((part) => part.text).join(separator));
        }
    }
    const header = {};
    for (const [name, value] of Object.entries(place('header'))) {
        if (value === undefined || value === null || IGNORED_HEADERS.has(name.toLowerCase()))
            continue;
        const at = pointer('header', name);
        if (!HEADER_NAME.test(name)) {
            issues.push(issue(at, "must be named as a header is (letters, digits and !#$%&'*+-.^_`|~, RFC 9110)", name));
            continue;
        }
        const shape = shapeOf(value, at, issues);
        if (!shape)
            continue;
        // Header values are not percent-encoded: each part must be what a header can carry.
        const refuse = (part, message) => issues.push(headerIssue(part.at, message));
        const parts = partsOf(shape);
        const carried = parts.filter((part) => {
            if (NOT_IN_HEADER.test(part.text))
                refuse(part, 'must hold only characters a header can carry (Latin-1, no control characters)');
            // A server strips the blanks around a list's commas (RFC 9110 5.6.1): [' b'] would be read as 'b'.
            else if (shape.kind !== 'scalar' && /^[\t ]|[\t ]$/.test(part.text))
                refuse(part, 'must not start or end with a space or tab: the server strips them around the commas of a list');
            else
                return true;
            return false;
        });
        if (carried.length < parts.length)
            continue;
        const text = simpleText(shape, ownEncoding(encodings.header, name)?.explode === true, (part) => part, refuse);
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
/** The template's segments: split at each "/" outside a {variable} (a name may hold one). */
function segmentsOf(template) {
    const segments = [''];
    let inVariable = false;
    for (const character of template) {
        if (character === '{')
            inVariable = true;
        else if (character === '}')
            inVariable = false;
        if (character === '/' && !inVariable)
            segments.push('');
        else
            segments[segments.length - 1] += character;
    }
    return segments;
}
/** A path template expression in the parameter's style; undefined after an issue. */
function pathExpression(name, shape, { style, explode }, issues) {
    const refuse = valueIssue(issues);
    if (style === 'simple')
        return simpleText(shape, explode, encodeComponent, refuse);
    const empty = shape.kind === 'list' ? shape.items.length === 0 : shape.kind === 'object' && shape.members.length === 0;
    // An empty list or object is undefined in RFC 6570: it expands to nothing, refused as empty.
    if (empty)
        return '';
    if (style === 'label') {
        if (shape.kind === 'scalar')
            return `.${encodeComponent(shape.text)}`;
        const separator = explode ? '.' : ',';
        const text = explode && shape.kind === 'object' ? pairs(shape, separator, style, refuse) : joinParts(shape, separator, style, refuse);
        return text === undefined ? undefined : `.${text}`;
    }
    // matrix: each value named, `;name=value`. A server splits the segment at ";" once it is
    // decoded, so no part may hold one, a single value included.
    const split = partsOf(shape).filter((part) => part.text.includes(';'));
    for (const part of split)
        refuse(part, 'must not hold a semicolon: the matrix style separates the parameters of a path segment with it, and the server would split it there');
    if (split.length > 0)
        return undefined;
    const key = encodeComponent(name);
    if (shape.kind === 'scalar')
        return shape.text === '' ? `;${key}` : `;${key}=${encodeComponent(shape.text)}`;
    if (!explode) {
        const text = joinParts(shape, ',', style, refuse);
        return text === undefined ? undefined : `;${key}=${text}`;
    }
    // RFC 6570 writes an empty value as the name alone: `;id`.
    const named = (name, text) => (text === '' ? `;${name}` : `;${name}=${encodeComponent(text)}`);
    if (shape.kind === 'list')
        return shape.items.map((item) => named(key, item.text)).join('');
    if (pairs(shape, ';', style, refuse) === undefined)
        return undefined;
    return shape.members.map((member) => named(encodeComponent(member.key), member.value)).join('');
}
/**
 * A parameter's encoding, read from the map's own properties: a parameter named `toString` or
 * `constructor` is not given a style by Object.prototype.
 */
function ownEncoding(byName, name) {
    return byName !== undefined && Object.prototype.hasOwnProperty.call(byName, name) ? byName[name] : undefined;
}
/** How a part that cannot be sent is reported: quoted, except in a header (headers carry keys). */
function valueIssue(issues) {
    return (part, message) => issues.push(issue(part.at, message, part.text));
}
/**
 * A value taken apart as the styles write it; undefined, after its issues, when a part is not
 * a string, a finite number or a boolean (or a key is not well-formed Unicode).
 */
function shapeOf(value, at, issues) {
    const before = issues.length;
    let shape;
    if (Array.isArray(value)) {
        const items = [];
        value.forEach((item, index) => {
            const text = item === undefined || item === null ? undefined : scalar(item, `${at}/${index}`, issues);
            if (text !== undefined)
                items.push({ text, at: `${at}/${index}` });
        });
        shape = { kind: 'list', items };
    }
    else if (isRecord(value)) {
        const members = [];
        for (const [key, member] of Object.entries(value)) {
            const memberAt = `${at}/${escapeToken(key)}`;
            const text = member === undefined || member === null ? undefined : scalar(member, memberAt, issues);
            if (text !== undefined && scalar(key, memberAt, issues) !== undefined)
                members.push({ key, value: text, at: memberAt });
        }
        shape = { kind: 'object', members };
    }
    else {
        const text = scalar(value, at, issues);
        if (text === undefined)
            return undefined;
        shape = { kind: 'scalar', text, at };
    }
    return issues.length > before ? undefined : shape;
}
/** Every text the value sends: itself, a list's items, an object's keys and values. */
function partsOf(shape) {
    if (shape.kind === 'scalar')
        return [{ text: shape.text, at: shape.at }];
    if (shape.kind === 'list')
        return shape.items;
    return shape.members.flatMap((member) => [
        { text: member.key, at: member.at },
        { text: member.value, at: member.at },
    ]);
}
const SEPARATOR_NAMES = { ',': 'a comma', '.': 'a dot', ';': 'a semicolon', '|': 'a "|"', ' ': 'a space', '=': 'an "="' };
/**
 * A list's items, or an object's keys and values, each encoded, joined by the separator (a
 * space as `%20`). A part that holds the separator is refused: servers decode a value before
 * they split it, so `['a,b']`, sent as `a%2Cb`, would be read as two items.
 */
function joinParts(shape, separator, style, refuse, encode = encodeComponent) {
    if (shape.kind === 'scalar')
        return encode(shape.text);
    let ok = true;
    for (const part of partsOf(shape)) {
        if (part.text.includes(separator)) {
            refuse(part, `must not hold ${SEPARATOR_NAMES[separator]}: the ${style} style separates the items of a list or object with it, and the server would split it there`);
            ok = false;
        }
    }
    return ok ? partsOf(shape).map((part) => encode(part.text)).join(separator === ' ' ? '%20' : separator) : undefined;
}
/** An object exploded: `key=value` pairs joined by the separator; a key may not hold "=". */
function pairs(shape, separator, style, refuse, encode = encodeComponent) {
    let ok = true;
    for (const member of shape.members) {
        for (const [text, forbidden] of [[member.key, [separator, '=']], [member.value, [separator]]]) {
            for (const character of forbidden) {
                if (!text.includes(character))
                    continue;
                refuse({ text, at: member.at }, `must not hold ${SEPARATOR_NAMES[character]}: the ${style} style sends an object as key=value pairs separated by ${SEPARATOR_NAMES[separator]}, and the server would split it there`);
                ok = false;
            }
        }
    }
    return ok ? shape.members.map((member) => `${encode(member.key)}=${encode(member.value)}`).join(separator) : undefined;
}
/** `simple` style: a list's items, an object's keys and values (exploded: `k=v` pairs), joined by commas. */
function simpleText(shape, explode, encode, refuse) {
    return explode && shape.kind === 'object' ? pairs(shape, ',', 'simple', refuse, encode) : joinParts(shape, ',', 'simple', refuse, encode);
}
/**
 * The parameters as they are sent, for the check against the spec: without what
 * serializeParameters leaves out (undefined and null, in a place, a list or an object; in the
 * query, a list or an object left with nothing to send), so that a required one left out is
 * missing, and a null the URL never carries is not judged.
 */
export function sentParameters(params) {
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
    return { path, keyword: 'parameter', message: `${message} (received ${typeof value === 'string' ? JSON.stringify(value) : describe(value)})`, schemaPath: '', severity: 'error' };
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
