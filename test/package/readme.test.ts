/**
 * The package README is written from the spec and the runtime by generator/package/readme.ts.
 * What it lists by hand must stay the runtime's: the factory's options are the members of
 * `ClientOptions` and each call's those of `RequestOptions` (read from the generated runtime
 * with the TypeScript compiler), and the bundled spec's import line is the one the plain ES
 * module consumer runs (consumers.test.ts).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { GENERATED_DIR } from '../helpers/paths.js';

const readme = fs.readFileSync(path.join(GENERATED_DIR, 'README.md'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'package.json'), 'utf8')) as { name: string };

/** The member names of an exported interface of the generated client runtime. */
function interfaceMembers(name: string): string[] {
  const file = path.join(GENERATED_DIR, 'src', 'runtime', 'client.ts');
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
