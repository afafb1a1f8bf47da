/**
 * Bad input, one case a row: each gives a clear error with its location (file:line:column for
 * syntax, a JSON Pointer for the rest), a non-zero exit and no output at all, not a partial one.
 * Odd but valid input (reserved words, non-ASCII names, descriptions that could break comments
 * or template strings) generates a package that builds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../helpers/paths.js';
import { runGenerate } from '../helpers/generate.js';

const work = scratchDir('bad-input');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A small valid OpenAPI 3.1 document with the given component schemas and one operation. */
function spec(schemas: Record<string, unknown>, extra: { description?: string; paths?: unknown } = {}): string {
  const first = Object.keys(schemas)[0];
  const paths = extra.paths ?? {
    '/things': {
      post: {
        operationId: 'createThing',
        ...(extra.description ? { description: extra.description } : {}),
        requestBody: first ? { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${first}` } } } } : undefined,
        responses: { '201': { description: 'created' } },
      },
    },
  };
  return JSON.stringify({ openapi: '3.1.0', info: { title: 'Things', version: '1.0.0' }, paths, components: { schemas } }, null, 2);
}

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });

/** A Redocly config whose ruleset does not exist. */
function badLintConfig(): string {
  const file = path.join(work, 'bad-redocly.yaml');
  fs.writeFileSync(file, 'extends:\n  - no-such-ruleset\n');
  return file;
}

/** 624 bytes of YAML that stand for 10^7 values: each level repeats the one before ten times. */
function aliasBomb(): string {
  const levels = ['    L0: &a0 {type: string, enum: [x, x, x, x, x, x, x, x, x, x]}'];
  for (let level = 1; level <= 6; level++) levels.push(`    L${level}: &a${level} {allOf: [${Array.from({ length: 10 }, () => `*a${level - 1}`).join(', ')}]}`);
  return `openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n${levels.join('\n')}\n`;
}

interface BadCase {
  file: string;
  /** null: a folder of that name; a Buffer: those bytes. */
  contents: string | Buffer | (() => string) | null;
  message: RegExp;
  args?: string[];
  /** A symbolic link to this path in place of the file. */
  link?: string;
}

const badCases: Array<[string, BadCase]> = [
  ['a YAML syntax error', { file: 'syntax.yaml', contents: 'openapi: 3.1.0\ninfo:\n  title: [x\n  version: "1"\npaths: {}\n', message: /bad-input-\w+\/syntax\.yaml:\d+:\d+: syntax error/ }],
  ['a JSON key given twice in one object (JSON.parse drops the first)', {
    file: 'duplicate.json',
    contents: '{\n  "openapi": "3.1.0",\n  "info": { "title": "x", "version": "1" },\n  "paths": {},\n  "components": { "schemas": { "Thing": { "properties": {\n    "code": { "type": "string", "maxLength": 4 },\n    "code": { "type": "integer" } } } } }\n}\n',
    message: /duplicate\.json:7:5: expected each key once in an object, received "code" again/,
  }],
  ['a spec in Latin-1, not UTF-8', { file: 'latin1.yaml', contents: Buffer.from('openapi: 3.1.0\ninfo:\n  title: Cr\xe9ate\n  version: "1"\npaths: {}\n', 'latin1'), message: /latin1\.yaml:3:12: expected a UTF-8 file, received byte 0xE9, which does not start a well-formed UTF-8 sequence \(a Latin-1 or Windows-1252 letter\?\)/ }],
  ['a Latin-1 byte after a UTF-8 byte order mark: its column, not shifted by the mark', { file: 'bom-latin1.yaml', contents: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('openapi: "3.1.\xe9"\n', 'latin1')]), message: /bom-latin1\.yaml:1:15: expected a UTF-8 file, received byte 0xE9/ }],
  ['an overlong UTF-8 sequence (E0 80 80, a NUL in disguise)', { file: 'overlong.yaml', contents: Buffer.from('openapi: 3.1.0\nfoo: \xe0\x80\x80\n', 'latin1'), message: /overlong\.yaml:2:6: expected a UTF-8 file, received byte 0xE0, which does not start a well-formed UTF-8 sequence/ }],
  ['a NUL byte', { file: 'nul.yaml', contents: Buffer.from('openapi: 3.1.0\nfoo: a\x00b\n', 'latin1'), message: /nul\.yaml:2:7: expected a UTF-8 file, received a NUL byte, which YAML and JSON text may not hold/ }],
  ['a JSON key with an escaped quote given twice (the scan reads escapes)', { file: 'duplicate-escaped.json', contents: '{\n  "openapi": "3.1.0",\n  "info": {"title": "x", "version": "1"},\n  "paths": {},\n  "components": {"schemas": {"T": {"properties": {\n    "a\\"b": {"type": "string"},\n    "a\\"b": {"type": "integer"}}}}}\n}\n', message: /duplicate-escaped\.json:7:5: expected each key once in an object, received "a\\"b" again/ }],
  ['a spec in UTF-16', { file: 'utf16.yaml', contents: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('openapi: 3.1.0\n', 'utf16le')]), message: /utf16\.yaml: expected a UTF-8 file, received UTF-16/ }],
  ['null where a schema goes: the failing stage says where, from lint', {
    file: 'null-schema.json',
    contents: spec({ Thing: object({ code: null }) }),
    message: /null-schema\.json: openapi-typescript could not turn the spec into types: .*\nlint found the spec's structure wrong, which may be why:\n\s+.*null-schema\.json:\d+:\d+ warning struct: Expected type `Schema` \(object\) but got `null` \(at #\/components\/schemas\/Thing\/properties\/code\)/,
  }],
  ['a JSON syntax error', { file: 'syntax.json', contents: '{\n  "openapi": "3.1.0",\n  "info": { "title": "x", }\n}\n', message: /syntax\.json:3:\d+: JSON syntax error/ }],
  ['an unresolved $ref', { file: 'unresolved.json', contents: spec({ Thing: object({ part: { $ref: '#/components/schemas/Missing' } }) }), message: /unresolved\.json:\d+:\d+ error no-unresolved-refs: Can't resolve \$ref \(at #\/components\/schemas\/Thing\/properties\/part\)/ }],
  ['a Swagger 2.0 document', { file: 'swagger.json', contents: JSON.stringify({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: {} }), message: /swagger\.json#\/swagger: unsupported Swagger version 2\.0: .*convert it to OpenAPI 3 first/ }],
  ['a pattern that is not a valid regex', { file: 'bad-regex.json', contents: spec({ Thing: object({ code: { type: 'string', pattern: '^[a-z+$' } }) }), message: /bad-regex\.json: invalid pattern at #\/components\/schemas\/Thing\/properties\/code\/pattern: expected an ECMAScript regular expression valid with the "u" flag, received "\^\[a-z\+\$"/ }],
  ['a chain of $refs that comes back to where it started', { file: 'ref-cycle.json', contents: spec({ A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } }), message: /ref-cycle\.json#\/components\/schemas\/A: expected every \$ref to lead to a schema, received a chain of \$refs that comes back to where it started with nothing else in it: #\/components\/schemas\/A -> #\/components\/schemas\/B -> #\/components\/schemas\/A$/m }],
  ['a chain of $refs through percent-encoded names', { file: 'ref-cycle-encoded.json', contents: spec({ 'My Thing': { $ref: '#/components/schemas/Other%20Thing' }, 'Other Thing': { $ref: '#/components/schemas/My%20Thing' } }), message: /ref-cycle-encoded\.json#\/components\/schemas\/My Thing: .*comes back to where it started with nothing else in it: #\/components\/schemas\/My Thing -> #\/components\/schemas\/Other Thing -> #\/components\/schemas\/My Thing$/m }],
  ['a $ref to itself', { file: 'self-ref.json', contents: spec({ Thing: object({ part: { $ref: '#/components/schemas/Thing/properties/part' } }) }), message: /self-ref\.json#\/components\/schemas\/Thing\/properties\/part: .*comes back to where it started with nothing else in it: #\/components\/schemas\/Thing\/properties\/part -> #\/components\/schemas\/Thing\/properties\/part$/m }],
  ['a polymorphic base that its variants include (oneOf + discriminator, allOf back): a validator that would never end', {
    file: 'polymorphic-loop.json',
    contents: spec({
      Pet: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' } }, oneOf: [{ $ref: '#/components/schemas/Cat' }], discriminator: { propertyName: 'petType' } },
      Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, object({ meows: { type: 'boolean' } })] },
    }),
    message: /polymorphic-loop\.json: circular schema at #\/components\/schemas\/Pet: #\/components\/schemas\/Pet\/oneOf\/0 -> #\/components\/schemas\/Cat\/allOf\/0 -> #\/components\/schemas\/Pet checks the same value again without going into a property or an item/,
  }],
  ['a $ref to a schema named like an inherited member, which the spec does not have', { file: 'proto-ref.json', contents: spec({ Thing: object({ part: { $ref: '#/components/schemas/__proto__' }, other: { $ref: '#/components/schemas/constructor' } }) }), message: /proto-ref\.json: unresolved \$ref "#\/components\/schemas\/__proto__" at #\/components\/schemas\/Thing\/properties\/part\/\$ref/ }],
  ['a number JSON cannot carry (YAML .inf) in an enum, which JSON would write as null', { file: 'infinite.yaml', contents: 'openapi: 3.1.0\ninfo: {title: x, version: "1.0.0"}\npaths:\n  /x:\n    post:\n      operationId: doX\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: "#/components/schemas/A"}\n      responses:\n        "200": {description: ok}\ncomponents:\n  schemas:\n    A: {enum: [1, .inf]}\n', message: /infinite\.yaml#\/components\/schemas\/A\/enum\/1: expected a finite number, received Infinity/ }],
  ['an operationId that would make the client a thenable (`then`)', { file: 'then.json', contents: spec({ Thing: object({}) }).replace('"createThing"', '"then"'), message: /then\.json#\/paths\/~1things\/post\/operationId: operationId "then" cannot name a method of the client: "then" would make the client a thenable, which `await` calls; rename the operationId/ }],
  ['an operationId that is the client\'s own method (`use`)', { file: 'use.json', contents: spec({ Thing: object({}) }).replace('"createThing"', '"use"'), message: /operationId "use" cannot name a method of the client: "use" is the client's own/ }],
  ['an x-warn whose $ref leads back to the schema holding it (Redocly\'s bundler threw a TypeError)', { file: 'warn-loop.json', contents: spec({ Thing: { type: 'string', 'x-warn': { $ref: '#/components/schemas/Thing' } } }), message: /warn-loop\.json#\/components\/schemas\/Thing\/x-warn\/\$ref: circular schema: the \$ref at #\/components\/schemas\/Thing\/x-warn\/\$ref leads back to #\/components\/schemas\/Thing, which holds it/ }],
  ['a $ref in another extension that leads back to its schema: Redocly cannot bundle it, and says so; a loop elsewhere is not blamed on a property\'s recursion', {
    file: 'extension-back.json',
    contents: spec({ Pet: object({ child: { 'x-warn': { $ref: '#/components/schemas/Pet' } } }), Zed: { type: 'string', 'x-related': { $ref: '#/components/schemas/Zed' } } }),
    message: /extension-back\.json#\/components\/schemas\/Zed\/x-related\/\$ref: expected no \$ref in x-related to lead back to a schema holding it \(#\/components\/schemas\/Zed\): Redocly's bundler cannot bundle one/,
  }],
  ['a NaN (YAML .nan) in an enum', { file: 'nan.yaml', contents: 'openapi: 3.1.0\ninfo: {title: x, version: "1.0.0"}\npaths:\n  /x:\n    post:\n      operationId: doX\n      responses:\n        "200": {description: ok}\ncomponents:\n  schemas:\n    A: {enum: [1, .nan]}\n', message: /nan\.yaml#\/components\/schemas\/A\/enum\/1: expected a finite number, received NaN/ }],
  ['an extension $ref back to its schema beside an x-warn recursion through an item (the item is not blamed)', {
    file: 'extension-items.json',
    contents: spec({ List: { type: 'array', items: { 'x-warn': { $ref: '#/components/schemas/List' } } }, Zed: { type: 'string', 'x-related': { $ref: '#/components/schemas/Zed' } } }),
    message: /extension-items\.json#\/components\/schemas\/Zed\/x-related\/\$ref: expected no \$ref in x-related/,
  }],
  ['a device given as the spec (a link to /dev/null)', { file: 'device.yaml', contents: null, link: '/dev/null', message: /device\.yaml: expected a spec file \(YAML or JSON\), received a pipe or a device, not a file/ }],
  ['a spec without info', { file: 'no-info.json', contents: () => JSON.stringify({ ...JSON.parse(spec({ Thing: object({}) })), info: undefined }), message: /no-info\.json#\/info: expected "info" with a "title" and a "version", received none/ }],
  ['a version YAML reads as a number', { file: 'number-version.yaml', contents: 'openapi: 3.1.0\ninfo:\n  title: x\n  version: 1.0\npaths: {}\n', message: /number-version\.yaml#\/info\/version: expected a non-empty string, received 1 \(YAML reads 1\.0 as a number, and drops its "\.0": quote it as written, "1\.0"\)/ }],
  ['a lint config that is not there', { file: 'lint-missing.json', contents: spec({ Thing: object({}) }), args: ['--lint-config', 'no-such-redocly.yaml'], message: /no-such-redocly\.yaml: lint config not found \(expected a Redocly config file such as redocly\.yaml\)/ }],
  ['a lint config Redocly cannot load', { file: 'lint-bad.json', contents: spec({ Thing: object({}) }), args: ['--lint-config', badLintConfig()], message: /expected a Redocly config file, received one Redocly cannot load: Invalid config no-such-ruleset/ }],
  ['two YAML documents in one file (no line and column to give, and no NaN:NaN either)', { file: 'multi.yaml', contents: 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths: {}\n---\nfoo: 1\n', message: /multi\.yaml: syntax error: expected a single document in the stream, but found more$/m }],
  ['a version npm would refuse', { file: 'bad-version.json', contents: () => JSON.stringify({ ...JSON.parse(spec({ Thing: object({}) })), info: { title: 'x', version: 'the first one' } }), message: /bad-version\.json#\/info\/version: expected a version npm accepts for the package, such as "1\.2\.0", received "the first one"/ }],
  ['a folder given as the spec', { file: 'a-folder', contents: null, message: /a-folder: expected a spec file \(YAML or JSON\), received a folder/ }],
  ['YAML aliases that expand to millions of values', { file: 'alias-bomb.yaml', contents: aliasBomb, message: /alias-bomb\.yaml: expected at most 5,000,000 values once its YAML aliases \(\*name\) are expanded/ }],
  ['a pattern open to catastrophic backtracking', { file: 'redos.json', contents: spec({ Thing: object({ code: { type: 'string', pattern: '^(a|aa)+$' } }) }), message: /#\/components\/schemas\/Thing\/properties\/code\/pattern: pattern "\^\(a\|aa\)\+\$" is open to catastrophic backtracking .*--allow-redos/ }],
  ['a backtracking pattern inside x-warn', { file: 'redos-warn.json', contents: spec({ Thing: object({ code: { type: 'string', 'x-warn': { pattern: '^(a|aa)+$' } } }) }), message: /#\/components\/schemas\/Thing\/properties\/code\/x-warn\/pattern: pattern "\^\(a\|aa\)\+\$" is open to catastrophic backtracking/ }],
  ['schema names that collide once made identifiers', { file: 'collide.json', contents: spec({ 'Foo-Bar': object({}), 'Foo Bar': object({}) }), message: /#\/components\/schemas\/Foo-Bar.* and .*#\/components\/schemas\/Foo Bar.*rename/ }],
  ['an empty paths', { file: 'empty-paths.json', contents: spec({}, { paths: {} }), message: /empty-paths\.json#\/paths: expected at least one operation .* "paths" has no path/ }],
  ['a 50 MB spec', { file: 'huge.json', contents: () => spec({ Thing: { type: 'object', description: 'x'.repeat(50 * 2 ** 20) } }), message: /huge\.json: the spec is 50\.0 MiB; the generator reads specs up to 32 MiB/ }],
];

describe('npm run generate refuses bad input cleanly', () => {
  it.each(badCases)('%s', (_name, { file, contents, message, args = [], link }) => {
    const specFile = path.join(work, file);
    if (link) fs.symlinkSync(link, specFile);
    else if (contents === null) fs.mkdirSync(specFile);
    else fs.writeFileSync(specFile, typeof contents === 'function' ? contents() : contents);
    const out = path.join(work, `out-${file}`);

    const { status, stderr } = runGenerate(['--spec', specFile, '--out', out, '--no-docs', ...args]);

    expect(stderr).toMatch(message);
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
    expect(fs.existsSync(out)).toBe(false); // no partial output
    expect(fs.readdirSync(work).filter((entry) => entry.includes('staging'))).toEqual([]);
  });
});

describe('bad input beside a structurally wrong spec', () => {
  it("a file a $ref loads that is not UTF-8 is refused with its place, as the root file is", () => {
    fs.writeFileSync(path.join(work, 'ref-root.yaml'), 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Widget:\n      $ref: ./ref-latin1.yaml\n');
    fs.writeFileSync(path.join(work, 'ref-latin1.yaml'), Buffer.from('type: object\ndescription: "Cr\xe9ate"\n', 'latin1'));
    const { status, stderr } = runGenerate(['--spec', path.join(work, 'ref-root.yaml'), '--out', path.join(work, 'out-ref'), '--no-docs', '--no-build']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/ref-latin1\.yaml:2:17: expected a UTF-8 file, received byte 0xE9/);
  });

  it("lint's structural warnings go with a generating stage's failure, not with a refusal of another kind (a pattern open to backtracking)", () => {
    const file = path.join(work, 'redos-struct.json');
    const document = JSON.parse(spec({ Thing: object({ code: { type: 'string', pattern: '^(a+)+$' } }) })) as Record<string, any>;
    document.info.notAField = 1;
    fs.writeFileSync(file, JSON.stringify(document, null, 2));
    const { status, stderr } = runGenerate(['--spec', file, '--out', path.join(work, 'out-redos-struct'), '--no-docs', '--no-build']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/catastrophic backtracking/);
    expect(stderr).not.toContain("lint found the spec's structure wrong");
  });
});

describe('npm run generate handles odd but valid input', () => {
  it.each([
    ['reserved words as schema and property names', spec({ class: object({ delete: { type: 'string' }, default: { type: 'number' } }), Promise: object({ then: { type: 'string' } }) })],
    ['an enum of 5,000 values (a Set lookup: a chain of 5,000 comparisons did not type-check)', spec({ Thing: object({ v: { type: 'string', enum: Array.from({ length: 5000 }, (_, i) => `v${i}`) } }) })],
    ['JSON that starts with a byte order mark', `\uFEFF${spec({ Thing: object({ name: { type: 'string' } }) })}`],
    ['non-ASCII names', spec({ Ünïcode: object({ 'prénom': { type: 'string' }, '名前': { type: 'string' } }), 'Café-Menu': object({}) })],
    ['descriptions with */, backticks and ${', spec({ Note: { ...object({ text: { type: 'string', description: 'ends */ here, `code` and ${injected} and \u2028 too' } }), description: '*/ alert(1) /*' } }, { description: 'an operation */ with `${x}`' })],
    ['a description whose line separator would start a TypeScript directive (@ts-expect-error, @ts-ignore)', spec({ Note: object({ text: { type: 'string', description: 'x\u2028@ts-expect-error' }, more: { type: 'string', description: 'y\u2029@ts-ignore' } }) })],
    ['a pattern open to backtracking, allowed by --allow-redos', spec({ Thing: object({ code: { type: 'string', pattern: '^(a|aa)+$' } }) })],
  ])('%s: generates a package that builds', (name, contents) => {
    const specFile = path.join(work, `${name.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(specFile, contents);
    const out = path.join(work, `out-${path.basename(specFile)}`);
    const { status, stdout, stderr } = runGenerate(['--spec', specFile, '--out', out, '--no-docs', '--allow-redos']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}build +\d/m); // the build type-checks everything it compiles
    expect(fs.existsSync(path.join(out, 'dist/esm/index.js'))).toBe(true);
  });

  it('completes a short version ("1.0") to the one npm requires, and says so', () => {
    const specFile = path.join(work, 'short-version.json');
    fs.writeFileSync(specFile, JSON.stringify({ ...JSON.parse(spec({ Thing: object({}) })), info: { title: 'x', version: '1.0' } }));
    const out = path.join(work, 'out-short-version');
    const { status, stdout } = runGenerate(['--spec', specFile, '--out', out, '--no-docs', '--no-build']);
    expect(status).toBe(0);
    expect(stdout).toContain('package version 1.0.0 (info.version "1.0" is not a semantic version, which npm requires)');
    expect(JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')).version).toBe('1.0.0');
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toContain('-1.0.0.tgz');
  });

  it('keeps a description intact in JSDoc without closing the comment early', () => {
    const out = path.join(work, 'out-descriptions-with-backticks-and-.json');
    const types = fs.readFileSync(path.join(out, 'src/types.gen.ts'), 'utf8');
    expect(types).toContain('ends *\\/ here, `code` and ${injected}');
    expect(types).not.toContain('ends */ here');
  });
});
