/**
 * `npm run generate` as a user runs it: bad specs give the file and line (or JSON Pointer), a
 * non-zero exit and an untouched output folder; `--check` names the files that drifted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LINT_CONFIG, ROOT_DIR, SPEC_FILE, scratchDir } from '../helpers/paths.js';
import { runGenerate } from '../helpers/generate.js';
import { GENERATED_MARKER } from '../../generator/shared/header.js';

const work = scratchDir('cli');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function writeSpec(name: string, contents: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, contents);
  return file;
}

const validSpec = fs.readFileSync(SPEC_FILE, 'utf8');

describe('npm run generate on a broken spec', () => {
  it.each([
    ['a YAML syntax error', 'syntax.yaml', validSpec.replace('  title: VOXO Call Campaigns API', '  title: [VOXO'), /syntax\.yaml:\d+:\d+: syntax error/],
    ['an unresolved $ref', 'unresolved.yaml', validSpec.replace("$ref: '#/components/schemas/Campaign'", "$ref: '#/components/schemas/Nope'"), /unresolved\.yaml:\d+:\d+ error no-unresolved-refs: Can't resolve \$ref \(at #\/paths\//],
    ['a Swagger 2.0 document', 'swagger.yaml', 'swagger: "2.0"\ninfo: { title: x, version: "1" }\npaths: {}\n', /swagger/i],
    ['a missing file', 'absent.yaml', null, /absent\.yaml: spec file not found/],
  ])('%s: exits non-zero with the location and leaves the output untouched', (_case, name, contents, message) => {
    const spec = contents === null ? path.join(work, name) : writeSpec(name, contents);
    const out = path.join(work, `out-${name}`);
    // A package the generator wrote before (its src/index.ts has the header), which a failed
    // run must leave as it is.
    fs.mkdirSync(path.join(out, 'src'), { recursive: true });
    fs.writeFileSync(path.join(out, 'src/index.ts'), `/*\n * ${GENERATED_MARKER}\n */\n`);
    fs.writeFileSync(path.join(out, 'README.md'), 'the previous package');

    const { status, stderr } = runGenerate(['--spec', spec, '--out', out, '--no-docs']);

    expect(status).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
    expect(fs.readdirSync(out).sort()).toEqual(['README.md', 'src']);
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('the previous package');
    expect(fs.readdirSync(work).filter((entry) => entry.includes('staging'))).toEqual([]);
  });
});

describe('npm run generate -- --check', () => {
  it('passes on fresh output and lists the files that differ after an edit', () => {
    const out = path.join(work, 'check');
    const first = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^ {2}lint +\d/m);
    expect(first.stdout).toMatch(/^ {2}build +\d/m);

    const fresh = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--check']);
    expect(fresh.status).toBe(0);
    // What --no-docs kept was not compared, and the run says so.
    expect(fresh.stdout).toMatch(/\/ is up to date, but for docs\/ \(--no-docs\), not compared/);

    // What git records besides the bytes: an executable bit, a link in place of a file.
    fs.chmodSync(path.join(out, 'src/index.ts'), 0o755);
    const moded = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--check']);
    expect(moded.status).toBe(1);
    expect(moded.stderr).toContain('changed: src/index.ts (its mode: executable)');
    fs.chmodSync(path.join(out, 'src/index.ts'), 0o644);
    fs.copyFileSync(path.join(out, 'README.md'), path.join(work, 'README.copy.md'));
    fs.rmSync(path.join(out, 'README.md'));
    fs.symlinkSync(path.join(work, 'README.copy.md'), path.join(out, 'README.md'));
    const linked = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--check']);
    expect(linked.stderr).toContain('changed: README.md (a symbolic link, not a file)');
    fs.rmSync(path.join(out, 'README.md'));
    fs.copyFileSync(path.join(work, 'README.copy.md'), path.join(out, 'README.md'));

    // In one thread, from the sources (no bundle, no worker: the fallback when esbuild cannot
    // build one), the same bytes, and the run says it took that way.
    const inline = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--check'], { GENERATOR_NO_WORKERS: '1' });
    expect(inline.stderr).toBe('');
    expect(inline.stdout).toContain('generating in one thread (GENERATOR_NO_WORKERS=1: no worker threads)');
    expect(inline.status).toBe(0);

    // --no-build keeps dist/, and the README's size figure, measured on the dist/ kept.
    const unbuilt = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build', '--check']);
    expect(unbuilt.stderr).toBe('');
    expect(unbuilt.stdout).not.toMatch(/^ {2}build +\d/m);
    expect(unbuilt.status).toBe(0);
    // A kept dist/ that does not bundle: the README loses its figure, and the run says why.
    fs.rmSync(path.join(out, 'dist/esm/index.js'));
    const broken = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build', '--check']);
    expect(broken.stdout).toMatch(/size: not measured, the dist\/ kept by --no-build does not bundle: Could not resolve ".*index\.js"/);
    expect(broken.stderr).toContain('changed: README.md');
    fs.rmSync(path.join(out, 'dist'), { recursive: true });
    const none = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build', '--check']);
    expect(none.stdout).toContain('size: not measured, there is no dist/ to keep (run without --no-build)');

    fs.appendFileSync(path.join(out, 'src/index.ts'), '// an edit by hand\n');
    fs.rmSync(path.join(out, 'README.md'));
    const drifted = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--check']);
    expect(drifted.status).toBe(1);
    expect(drifted.stderr).toContain('changed: src/index.ts');
    expect(drifted.stderr).toContain('missing from check: README.md');
    // --check never writes: the edit is still there.
    expect(fs.readFileSync(path.join(out, 'src/index.ts'), 'utf8')).toContain('an edit by hand');
  });

  it.each([
    [['--out', 'somewhere'], '--out goes with --spec'],
    [['--lint-config', 'spec/redocly.yaml'], '--lint-config goes with --spec'],
    [['--api', 'voxo', '--spec', 'spec/openapi.yaml', '--out', 'x'], '--api chooses an API of spec/apis.yaml and --spec generates another spec: give one of them'],
    [['--spec', '', '--out', 'x'], '--spec needs a value, received an empty string'],
    [['--spec', 'spec/openapi.yaml', '--out', 'x', '--lint-config', ''], '--lint-config needs a value, received an empty string'],
  ])('refuses flags that would be ignored (%j), with the usage', (args, message) => {
    const { status, stderr } = runGenerate(args);
    expect(status).toBe(2);
    expect(stderr).toContain(`error: ${message}`);
    expect(stderr).toContain('Usage: npm run generate');
  });

  it('prints a regenerate command that runs as printed, paths with spaces and quotes included', () => {
    const dir = path.join(work, "my specs/it's v2");
    fs.mkdirSync(dir, { recursive: true });
    const spec = path.join(dir, 'api v2.yaml');
    fs.copyFileSync(SPEC_FILE, spec);
    const out = path.join(work, 'my out');
    expect(runGenerate(['--spec', spec, '--out', out, '--no-docs', '--no-build']).status).toBe(0);
    const command = /Regenerate with: (.*)/.exec(fs.readFileSync(path.join(out, 'src/index.ts'), 'utf8'))![1]!;
    expect(command).toContain(`--spec '${path.relative(ROOT_DIR, dir).replace(/'/g, `'\\''`)}/api v2.yaml'`);
    // The words a shell makes of it are the arguments the run was given.
    const words = spawnSync('sh', ['-c', `printf '%s\\n' ${command.replace(/^npm run generate -- /, '')}`], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(words).toEqual(['--spec', path.relative(ROOT_DIR, spec), '--out', path.relative(ROOT_DIR, out)]);
    // With lint rules of its own, the command keeps them.
    expect(runGenerate(['--spec', spec, '--out', out, '--no-docs', '--no-build', '--lint-config', LINT_CONFIG]).status).toBe(0);
    const linted = /Regenerate with: (.*)/.exec(fs.readFileSync(path.join(out, 'src/index.ts'), 'utf8'))![1]!;
    expect(linted).toMatch(new RegExp(`--lint-config ${path.relative(ROOT_DIR, LINT_CONFIG).replace(/[.]/g, '\\.')}$`));
    // And with --allow-redos, which a spec with such a pattern needs to generate at all.
    expect(runGenerate(['--spec', spec, '--out', out, '--no-docs', '--no-build', '--allow-redos']).status).toBe(0);
    expect(/Regenerate with: (.*)/.exec(fs.readFileSync(path.join(out, 'src/index.ts'), 'utf8'))![1]).toBe(`${command} --allow-redos`);
  });

  it.each([
    [['--no-doc'], "Unknown option '--no-doc' (did you mean --no-docs?)"],
    [['--out-dir', 'x'], "Unknown option '--out-dir' (did you mean --out?)"],
    [['-spec', 'x'], '(did you mean --spec?)'],
    [['--spec', 'a.yaml', '--spec', 'b.yaml', '--out', 'x'], '--spec was given more than once: give it once'],
    [['--spec', 'a.yaml'], '--spec needs --out <dir>: the folder to write the package to'],
    [['--chk'], "Unknown option '--chk'"],
  ])('a mistyped command line (%j) exits 2 with what to type instead and the usage', (args, message) => {
    const { status, stderr } = runGenerate(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run generate');
  });

  it('suggests a flag two edits away (--chk: --check)', () => {
    expect(runGenerate(['--chk']).stderr).toContain('(did you mean --check?)');
  });

  it('refuses --no-build and --no-docs that npm took too (npm_config_build, npm_config_docs)', () => {
    const { status, stderr } = runGenerate([], { npm_lifecycle_event: 'generate', npm_config_build: '', npm_config_docs: '' });
    expect(status).toBe(2);
    expect(stderr).toContain('npm took --no-docs, --no-build for its own configuration');
  });

  it('reads relative paths from the working folder when npm did not run it as `generate` (INIT_CWD is then another command\'s)', () => {
    const elsewhere = path.join(work, 'init-cwd-elsewhere');
    fs.mkdirSync(elsewhere, { recursive: true });
    // `npm test` sets INIT_CWD for everything it starts; a spec named relative to the working folder is still found.
    const relativeSpec = path.relative(ROOT_DIR, SPEC_FILE);
    const { status, stderr } = runGenerate(['--spec', relativeSpec, '--out', path.join(work, 'out-init-cwd'), '--no-docs', '--no-build'], { npm_lifecycle_event: 'test', INIT_CWD: elsewhere });
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('names the error classes after the spec file (2024-pets.yaml: Api when the name cannot start an identifier)', () => {
    const dir = path.join(work, 'prefix');
    fs.mkdirSync(dir, { recursive: true });
    for (const name of ['2024-pets.yaml', 'pet-store.yaml']) fs.copyFileSync(SPEC_FILE, path.join(dir, name));
    expect(runGenerate(['--spec', path.join(dir, '2024-pets.yaml'), '--out', path.join(dir, 'out-digits'), '--no-docs', '--no-build']).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out-digits/src/client.gen.ts'), 'utf8')).toContain('ClientError as ApiError,');
    expect(runGenerate(['--spec', path.join(dir, 'pet-store.yaml'), '--out', path.join(dir, 'out-words'), '--no-docs', '--no-build']).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out-words/src/client.gen.ts'), 'utf8')).toContain('ClientError as PetStoreError,');
  });

  it('suggests a flag for the unknown one, not for the first argument with a dash', () => {
    const { status, stderr } = runGenerate(['--spec', '-', '--out', 'x', '--no-doc']);
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--no-doc'");
    expect(stderr.match(/did you mean [^?]+\?/g)).toEqual(['did you mean --no-docs?']);
  });

  it('shows the help for -h, and for --help beside anything else', () => {
    for (const args of [['-h'], ['--help', '--bogus']]) {
      const { status, stdout } = runGenerate(args);
      expect(status).toBe(0);
      expect(stdout).toContain('Exit codes: 0 done');
    }
  });

  it('refuses flags npm took for its own (`npm run generate --check` without `--`), which would regenerate instead of checking', () => {
    // What npm gives the script for `npm run generate --check --spec x.yaml`: no flags, and these.
    const { status, stderr } = runGenerate([], { npm_lifecycle_event: 'generate', npm_config_check: 'true', npm_config_spec: 'true' });
    expect(status).toBe(2);
    expect(stderr).toContain('npm took --check, --spec for its own configuration, so the generator never saw them: put "--" before the generator\'s flags (npm run generate -- --check --spec <file>)');
  });

  it('reads relative paths from the folder `npm run generate` was typed in (INIT_CWD), not the project root npm runs it from', () => {
    const typedIn = path.join(work, 'typed-in');
    fs.mkdirSync(typedIn, { recursive: true });
    fs.copyFileSync(SPEC_FILE, path.join(typedIn, 'api.yaml'));
    const { status, stderr } = runGenerate(['--spec', 'api.yaml', '--out', 'client', '--no-docs', '--no-build'], { npm_lifecycle_event: 'generate', INIT_CWD: typedIn });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(typedIn, 'client/src/index.ts'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT_DIR, 'client'))).toBe(false);
  });

  it.each([
    ['a URL', ['--spec', 'https://example.com/openapi.yaml', '--out', 'x'], 'https://example.com/openapi.yaml: expected a spec file, received a URL: the generator reads files only'],
    ['standard input', ['--spec', '-', '--out', 'x'], '-: expected a spec file: the generator does not read a spec from standard input'],
    ["the output folder of an API of spec/apis.yaml, whose package this run would replace with other settings", ['--spec', SPEC_FILE, '--out', 'generated'], '--out generated: expected an output folder of its own, received the folder of API "voxo" in spec/apis.yaml, which this run would replace with a package of other settings (its name, licence, client factory); regenerate that API with `npm run generate -- --api voxo`'],
  ])('refuses %s with what to do instead', (_case, args, message) => {
    const { status, stderr } = runGenerate([...args, '--no-docs', '--no-build']);
    expect(stderr).toContain(message);
    expect(status).toBe(1);
  });

  it.runIf(fs.existsSync('/proc/self/mem'))('says a spec it cannot read is unreadable, not a bug of the generator (Linux: /proc/self/mem reads as EIO)', () => {
    const unreadable = path.join(work, 'unreadable.yaml');
    fs.symlinkSync('/proc/self/mem', unreadable);
    const { status, stderr } = runGenerate(['--spec', unreadable, '--out', path.join(work, 'out-unreadable'), '--no-docs', '--no-build']);
    expect(stderr).toMatch(/unreadable\.yaml: could not read the spec file: EIO/);
    expect(stderr).not.toContain('internal error');
    expect(status).toBe(1);
  });

  it('finishes its run, quietly, when the reader of its output goes away (`| head -1`), leaving no lock or staging folder', async () => {
    const out = path.join(work, 'piped');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'generator/cli.ts'), '--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build'], { cwd: ROOT_DIR, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The first line read, the pipe is closed, as `head -1` closes it.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(fs.existsSync(path.join(out, 'src/index.ts'))).toBe(true);
    expect(fs.readdirSync(work).filter((entry) => entry.startsWith('.piped'))).toEqual([]);
  });

  it('rejects an unknown flag with the usage', () => {
    const { status, stderr } = runGenerate(['--nope']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/Unknown option '--nope'/);
    expect(stderr).toContain('Usage: npm run generate');
  });
});

describe('spec/apis.yaml', () => {
  it('names the entry and the setting that is wrong, and what it received', () => {
    const project = path.join(work, 'project');
    fs.mkdirSync(path.join(project, 'spec'), { recursive: true });
    const entry = { spec: SPEC_FILE, out: path.join(project, 'out'), packageName: 'p', clientFactoryName: 'createP', errorPrefix: 'P' };
    const write = (extra: Record<string, unknown>) => fs.writeFileSync(path.join(project, 'spec/apis.yaml'), JSON.stringify({ apis: { voxo: { ...entry, ...extra } } }));

    write({ license: 5 });
    const badLicense = runGenerate(['--no-docs', '--no-build'], {}, project);
    expect(badLicense.status).toBe(1);
    expect(badLicense.stderr).toContain('expected "license" to be an SPDX identifier such as "MIT", received 5');
    expect(badLicense.stderr).toContain('spec/apis.yaml#/apis/voxo/license');

    write({ packageName: ['p'] });
    expect(runGenerate(['--no-docs', '--no-build'], {}, project).stderr).toContain('expected "packageName" to be a string, received ["p"]');
    expect(fs.existsSync(path.join(project, 'out'))).toBe(false);

    const apis = path.join(project, 'spec/apis.yaml');
    for (const [contents, message] of [
      ['apis:\n  voxo: [\n', /^error: spec\/apis\.yaml:\d+:\d+: YAML syntax error: /],
      ['apis:\n  voxo:\n', /^error: spec\/apis\.yaml#\/apis\/voxo: expected the settings of API "voxo" \(spec, out, packageName, clientFactoryName, errorPrefix\), received null/],
      ['apis: [voxo]\n', /^error: spec\/apis\.yaml#\/apis: expected a mapping of API names to their settings, received \["voxo"\]/],
      [JSON.stringify({ apis: { voxo: entry, again: { ...entry, spec: 'other.yaml' } } }), /^error: spec\/apis\.yaml#\/apis\/again\/out: expected each API to have an output folder of its own, received ".*" for both "voxo" and "again"/],
    ] as const) {
      fs.writeFileSync(apis, contents);
      const result = runGenerate(['--no-docs', '--no-build'], {}, project);
      expect(result.stderr).toMatch(message);
      expect(result.status).toBe(1);
    }
    // An output folder set in spec/apis.yaml is named by its entry, not as a flag never given.
    fs.writeFileSync(path.join(project, 'a-file'), 'x');
    fs.writeFileSync(apis, JSON.stringify({ apis: { voxo: { ...entry, out: 'a-file' } } }));
    const fileAsOut = runGenerate(['--no-docs', '--no-build'], {}, project);
    expect(fileAsOut.stderr).toContain('error: spec/apis.yaml#/apis/voxo/out (a-file): expected a folder, received a file');
    expect(fileAsOut.status).toBe(1);
    fs.rmSync(apis);
    const missing = runGenerate(['--no-docs', '--no-build'], {}, project);
    expect(missing.stderr).toContain('spec/apis.yaml: not found: run from a project with spec/apis.yaml, or generate one spec with --spec <file> --out <dir>');
    expect(missing.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('the output folder', () => {
  /** Every file below `dir` with its bytes, to show a refused run changed nothing. */
  const snapshot = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${path.relative(dir, path.join(entry.parentPath, entry.name))}:${fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')}`)
      .sort();

  it.each([
    ['the folder holding the spec', (project: string) => project, /expected an output folder apart from the spec, received one holding the spec/],
    ['a folder of other files', (project: string) => path.join(project, 'notes'), /expected a new or empty folder, or a package this generator wrote, received a folder of 1 entries without a generated src\/index\.ts/],
    ['a file', (project: string) => path.join(project, 'notes/todo.txt'), /expected a folder, received a file/],
  ])('refuses %s, which replacing would delete, and leaves it as it was', (_case, outOf, message) => {
    const project = path.join(work, `refuse-${_case.replace(/\W+/g, '-')}`);
    fs.mkdirSync(path.join(project, 'notes'), { recursive: true });
    fs.copyFileSync(SPEC_FILE, path.join(project, 'openapi.yaml'));
    fs.writeFileSync(path.join(project, 'notes/todo.txt'), 'important');
    const before = snapshot(project);
    const { status, stderr } = runGenerate(['--spec', path.join(project, 'openapi.yaml'), '--out', outOf(project), '--no-docs', '--no-build']);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(`--out ${outOf(project)}`);
    expect(snapshot(project)).toEqual(before);
  });

  it('refuses to replace a package folder that holds what the generator does not write, naming it', () => {
    const out = path.join(work, 'with-extras');
    expect(runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build']).status).toBe(0);
    fs.writeFileSync(path.join(out, 'voxo-call-campaigns-client-2.1.0.tgz'), 'a tarball');
    fs.mkdirSync(path.join(out, 'node_modules'));
    const before = snapshot(out);
    const { status, stderr } = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build']);
    expect(status).toBe(1);
    expect(stderr).toContain('received 2 entries it does not write, which replacing the folder would delete: node_modules, voxo-call-campaigns-client-2.1.0.tgz; move them elsewhere');
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(work).filter((entry) => entry.startsWith('.with-extras.'))).toEqual([]);
  });

  it('refuses to delete a file added by hand below the top level, and replaces a file of its own it no longer writes', () => {
    const out = path.join(work, 'hand-added');
    expect(runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build']).status).toBe(0);
    fs.writeFileSync(path.join(out, 'src/notes.ts'), '// mine');
    const refused = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('received an entry it does not write, which replacing the folder would delete: src/notes.ts; move it elsewhere');
    expect(fs.readFileSync(path.join(out, 'src/notes.ts'), 'utf8')).toBe('// mine');
    fs.rmSync(path.join(out, 'src/notes.ts'));
    // A generated file an older run wrote (its header says so) is the generator's to replace.
    fs.writeFileSync(path.join(out, 'src/old.gen.ts'), `/*\n * ${GENERATED_MARKER}\n */\n`);
    expect(runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build']).status).toBe(0);
    expect(fs.existsSync(path.join(out, 'src/old.gen.ts'))).toBe(false);
  });

  it('--check writes nothing beside the output, not even the folders above it', () => {
    const out = path.join(work, 'check-new/deeper/out');
    const { status, stderr } = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build', '--check']);
    expect(status).toBe(1);
    expect(stderr).toContain('missing from out');
    expect(fs.existsSync(path.join(work, 'check-new'))).toBe(false);
  });

  it('refuses an --out that is a symbolic link, or reaches the spec through one', () => {
    const project = path.join(work, 'linked');
    fs.mkdirSync(path.join(project, 'pkg/spec'), { recursive: true });
    fs.copyFileSync(SPEC_FILE, path.join(project, 'pkg/spec/openapi.yaml'));
    fs.symlinkSync(path.join(project, 'pkg/spec'), path.join(project, 'specs'));
    fs.symlinkSync(path.join(project, 'pkg'), path.join(project, 'pkg-link'));
    const throughLink = runGenerate(['--spec', path.join(project, 'specs/openapi.yaml'), '--out', path.join(project, 'pkg'), '--no-docs', '--no-build']);
    expect(throughLink.stderr).toContain('expected an output folder apart from the spec, received one holding the spec');
    const link = runGenerate(['--spec', SPEC_FILE, '--out', path.join(project, 'pkg-link'), '--no-docs', '--no-build']);
    expect(link.stderr).toContain(`expected a folder, received a symbolic link to ${path.join(project, 'pkg')}`);
    expect(fs.existsSync(path.join(project, 'pkg/spec/openapi.yaml'))).toBe(true);
  });

  it('says why an output folder cannot be written, not with a stack trace', () => {
    fs.writeFileSync(path.join(work, 'a-file'), 'x');
    const { status, stderr } = runGenerate(['--spec', SPEC_FILE, '--out', path.join(work, 'a-file/pkg'), '--no-docs', '--no-build']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error: --out .*a-file\/pkg: could not read the output folder: ENOTDIR/m);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses the folder the generator runs in', () => {
    const { status, stderr } = runGenerate(['--spec', SPEC_FILE, '--out', '.', '--no-docs', '--no-build']);
    expect(status).toBe(1);
    expect(stderr).toContain('received the folder the generator runs in (or one holding it)');
    expect(fs.existsSync(path.join(ROOT_DIR, 'generator/cli.ts'))).toBe(true);
  });

  it('builds a package outside the repository, in a folder readable as a new one would be', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'voxo-out-'));
    try {
      const out = path.join(outside, 'package');
      const { status, stderr } = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs']);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(fs.existsSync(path.join(out, 'dist/esm/index.d.ts'))).toBe(true);
      expect(fs.existsSync(path.join(out, 'dist/cjs/index.js'))).toBe(true);
      // mkdtemp's 0700 is not the package folder's mode.
      expect(fs.statSync(out).mode & 0o777).toBe(0o777 & ~process.umask());
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a folder another run is writing, naming the process', () => {
    const out = path.join(work, 'locked');
    fs.writeFileSync(path.join(work, '.locked.lock'), String(process.pid));
    try {
      const { status, stderr } = runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build']);
      expect(status).toBe(1);
      expect(stderr).toContain(`another run (process ${process.pid}) is writing this folder`);
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      fs.rmSync(path.join(work, '.locked.lock'), { force: true });
    }
    // A lock left by a process that is gone is taken over.
    fs.writeFileSync(path.join(work, '.locked.lock'), '999999999');
    expect(runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build']).status).toBe(0);
    expect(fs.existsSync(path.join(work, '.locked.lock'))).toBe(false);
  });

  it.each([
    ['SIGINT', ['SIGINT'], 130],
    // npm and tsx pass a Ctrl-C on, so it can arrive twice, the second while the first undoes.
    ['SIGINT twice', ['SIGINT', 'SIGINT'], 130],
    ['SIGHUP (a closed terminal)', ['SIGHUP'], 129],
  ] as const)('interrupted (%s) while building: exits with its code, leaves no staging folder and the previous package as it was', async (label, signals, code) => {
    const out = path.join(work, `interrupted-${label.replace(/\W+/g, '-')}`);
    expect(runGenerate(['--spec', SPEC_FILE, '--out', out, '--no-docs', '--no-build']).status).toBe(0);
    const before = snapshot(out);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'generator/cli.ts'), '--spec', SPEC_FILE, '--out', out, '--no-docs'], { cwd: ROOT_DIR, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        // The package stage is the last before the staging folder is written and built.
        if (/^ {2}pattern safety/m.test(stdout)) resolve();
      });
      child.on('exit', () => reject(new Error(`the run ended before it could be interrupted:\n${stdout}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    for (const signal of signals) {
      child.kill(signal);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await exited).toBe(code);
    expect(stderr).toBe('');
    expect(fs.readdirSync(work).filter((entry) => entry.startsWith(`.${path.basename(out)}.`))).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  });

  it('stopped (SIGTERM) while redocly builds the docs: exits 143, says nothing more, and nothing is written after', async () => {
    const out = path.join(work, 'terminated');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'generator/cli.ts'), '--spec', SPEC_FILE, '--out', out], { cwd: ROOT_DIR, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (/^ {2}size +\d/m.test(stdout)) resolve();
      });
      child.on('exit', () => reject(new Error(`the run ended before it could be stopped:\n${stdout}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(stderr).toBe('');
    // Long enough for redocly to have written the page, had it gone on.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(fs.readdirSync(work).filter((entry) => entry.startsWith('.terminated.'))).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
