/**
 * The package README is written from the spec and the runtime by generator/package/readme.ts.
 * What it lists by hand must stay the runtime's: the factory's options are the members of
 * `ClientOptions` and each call's those of `RequestOptions` (read from the generated runtime
 * with the TypeScript compiler), and the bundled spec's import line is the one the plain ES
 * module consumer runs (consumers.test.ts). Every TypeScript block of both READMEs type-checks
 * on its own against the package.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { GENERATED_DIR, ROOT_DIR, scratchDir } from '../helpers/paths.js';
import { runGenerate } from '../helpers/generate.js';

const readme = fs.readFileSync(path.join(GENERATED_DIR, 'README.md'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'package.json'), 'utf8')) as { name: string };

/** The member names of an exported interface of the generated client runtime. */
function interfaceMembers(name: string): string[] {
  const file = path.join(GENERATED_DIR, 'src', 'runtime', 'definitions.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const declaration = source.statements.find((statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === name);
  if (!declaration) throw new Error(`no interface ${name} in ${file}`);
  return declaration.members.map((member) => (member.name && ts.isIdentifier(member.name) ? member.name.text : member.getText(source))).sort();
}

/** The backticked names of a README sentence that starts with `prefix`, up to its full stop. */
function namesAfter(prefix: string): string[] {
  const match = readme.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\n]*?)\\. `));
  if (!match) throw new Error(`the README has no sentence starting ${String(prefix)}`);
  // Only option names: parenthesised remarks (defaults, values) are not options.
  const listed = match[1]!.replace(/\([^)]*\)/g, '');
  return [...listed.matchAll(/`(\w+)`/g)].map(([, name]) => name!).sort();
}

describe('the package README', () => {
  it("lists every option of createVoxoClient, as ClientOptions declares them, and no other", () => {
    expect(namesAfter('Options of `createVoxoClient`:')).toEqual(interfaceMembers('ClientOptions'));
  });

  it('lists every option of a call, as RequestOptions declares them', () => {
    const match = readme.match(/Each call also takes `\{ ([^}]*) \}`/);
    expect(match, 'the sentence on the options of a call').not.toBeNull();
    expect(match![1]!.split(', ').sort()).toEqual(interfaceMembers('RequestOptions'));
  });

  it('shows the import of the bundled spec that the plain ES module consumer runs', () => {
    expect(readme).toContain(`\`import spec from '${manifest.name}/openapi.json' with { type: 'json' }\``);
  });
});

/** The ```ts blocks of a markdown file, each with the line it starts on. */
function typeScriptBlocks(file: string): Array<{ line: number; code: string }> {
  const blocks: Array<{ line: number; code: string }> = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (lines[index] !== '```ts') continue;
    const start = index + 1;
    while (index + 1 < lines.length && lines[++index] !== '```');
    blocks.push({ line: start + 1, code: lines.slice(start, index).join('\n') });
  }
  return blocks;
}

/** Type-checks each block alone, against the package of `pkg` at `entry`; returns the problems. */
function typeCheckBlocks(readmes: Array<{ name: string; file: string }>, pkg: string, entry: string): { count: number; problems: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-blocks-'));
  try {
    const files: string[] = [];
    for (const { name, file } of readmes) {
      for (const block of typeScriptBlocks(file)) {
        const blockFile = path.join(dir, `${name}-line-${block.line}.ts`);
        // `export {}` makes each block a module of its own (top-level await, no shared names).
        fs.writeFileSync(blockFile, `${block.code}\nexport {};\n`);
        files.push(blockFile);
      }
    }
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node'],
      typeRoots: [path.join(ROOT_DIR, 'node_modules/@types')],
      skipLibCheck: true,
      paths: { [pkg]: [entry] },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${path.basename(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    return { count: files.length, problems };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the code in the READMEs', () => {
  // A reader pastes a block into a project that installed the package: each block must
  // type-check there as it is, with nothing but the package (and Node.js's types) around it.
  it("type-checks, every TypeScript block of README.md and the package's README, each alone against the package", () => {
    const readmes = [
      { name: 'root', file: path.join(ROOT_DIR, 'README.md') },
      { name: 'package', file: path.join(GENERATED_DIR, 'README.md') },
    ];
    const { count, problems } = typeCheckBlocks(readmes, manifest.name, path.join(GENERATED_DIR, 'src/index.ts'));
    expect(count).toBeGreaterThanOrEqual(6);
    expect(problems).toEqual([]);
  });

  it('type-checks in the README of a package for a spec with no server, no token scheme, no example and a path parameter', { timeout: 120_000 }, () => {
    // Inside the repository, where openapi-fetch resolves, as it does in a user's project.
    const out = path.join(scratchDir('readme-pets'), 'pets-client');
    try {
      const { status, stderr } = runGenerate(['--spec', path.join(ROOT_DIR, 'test/package/fixtures/pets.yaml'), '--out', out, '--no-docs', '--no-build']);
      expect(status, stderr).toBe(0);
      const readmeFile = path.join(out, 'README.md');
      const text = fs.readFileSync(readmeFile, 'utf8');
      expect(text).toContain('client for the API “Tiny Pets” (version 1.0.0)');
      expect(text).toContain("createClient({ baseUrl: 'https://api.example.com' }); // the spec names no server");
      expect(text).toContain('`client.getPet({ params: { path: { petId } } })`');
      // Named after the spec's file, as the package is: PetsApiError, not ApiApiError.
      expect(text).toContain('Every error a call throws is a `PetsError`');
      // Claims only this project's own packages can make: its tests, its docs server, a changelog.
      expect(text).not.toContain('checked on every test run');
      expect(text).not.toContain('(checked with `skipLibCheck: false`');
      expect(text).not.toContain('docs:serve');
      expect(text).not.toContain('CHANGELOG.md');
      expect(text).toContain('Before publishing, check its shape with `npx @arethetypeswrong/cli --pack` and `npx publint`.');
      const pkg = (JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')) as { name: string }).name;
      const { count, problems } = typeCheckBlocks([{ name: 'pets', file: readmeFile }], pkg, path.join(out, 'src/index.ts'));
      expect(count).toBeGreaterThanOrEqual(2);
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it("shows the example of the first success answer with JSON, as the client reads it (a 200 in text comes first, the 201 is JSON)", { timeout: 120_000 }, () => {
    const dir = scratchDir('readme-status');
    try {
      const spec = path.join(dir, 'status.json');
      fs.writeFileSync(spec, JSON.stringify({
        openapi: '3.1.0', info: { title: 'Status', version: '1.0.0' }, servers: [{ url: 'https://api.example.com' }],
        paths: { '/things': { post: { operationId: 'makeThing', responses: {
          '200': { description: 'already there', content: { 'text/plain': { schema: { type: 'string' } } } },
          '201': { description: 'made', content: { 'application/json': { schema: { type: 'object' }, example: { made: 'yes-201' } } } },
        } } } },
      }));
      const out = path.join(dir, 'out');
      expect(runGenerate(['--spec', spec, '--out', out, '--no-docs', '--no-build']).status).toBe(0);
      const text = fs.readFileSync(path.join(out, 'README.md'), 'utf8');
      expect(text).toContain("the spec's example of a `201` answer");
      expect(text).toContain('yes-201');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
