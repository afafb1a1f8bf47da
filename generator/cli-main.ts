/**
 * What `npm run generate` does (cli.ts runs it in a worker thread): regenerates every API listed
 * in spec/apis.yaml, or one other spec with `--spec <file> --out <dir>`. Prints one line per
 * stage with its time; on failure prints what was expected, what was found and where, returns a
 * non-zero exit code and leaves the output untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parse as parseYaml } from 'yaml';
import { generate } from './pipeline.js';
import { pascalCase } from './shared/codegen.js';
import { GeneratorError } from './shared/errors.js';
import { observeStaging, type StagingEntry } from './shared/output.js';
import type { ApiTarget } from './shared/stage.js';

const USAGE = `Usage: npm run generate -- [options]

  (no options)          generate every API in spec/apis.yaml
  --api <name>          generate one API of spec/apis.yaml
  --spec <file>         generate a package for another OpenAPI 3.0/3.1 file
  --out <dir>           its output folder (required with --spec)
  --lint-config <file>  lint --spec with this Redocly config (default: structural rules only)
  --no-docs             skip the docs stage (keeps the previous docs/)
  --no-build            skip the build stage (keeps the previous dist/)
  --allow-redos         generate even when a pattern is open to catastrophic backtracking
  --check               regenerate into a temporary folder and fail if the output differs
  -h, --help            show this help

Relative paths are read from the folder you run the command in. Exit codes: 0 done (or up to
date), 1 the spec, the output folder or --check failed (the message says where), 2 a usage
error, 70 a bug in the generator. GENERATOR_NO_WORKERS=1 runs it in one thread (for a debugger).`;

/** The flags that take a value, with what it is: npm keeps `true` for them, and the value as a positional. */
const VALUE_FLAGS = new Map([['--spec', '<file>'], ['--out', '<dir>'], ['--api', '<name>'], ['--lint-config', '<file>']]);

const OPTIONS = {
  api: { type: 'string' },
  spec: { type: 'string' },
  out: { type: 'string' },
  'lint-config': { type: 'string' },
  'no-docs': { type: 'boolean', default: false },
  'no-build': { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  'allow-redos': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const ROOT_DIR = process.cwd();
const APIS_FILE = 'spec/apis.yaml';

/**
 * Where the user's relative paths start: npm runs the script from the project's root, whichever
 * folder `npm run generate` was typed in, and says which in INIT_CWD.
 */
const USER_DIR = process.env.npm_lifecycle_event === 'generate' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();

/** A path the user gave, made absolute from where they typed it. */
function fromUser(file: string): string {
  return path.resolve(USER_DIR, file);
}

interface ApiEntry {
  spec: string;
  out: string;
  lintConfig?: string;
  packageName: string;
  clientFactoryName: string;
  errorPrefix: string;
  keywords?: string[];
  license?: string;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const swallowed = flagsNpmTook(process.env);
  if (swallowed.length > 0) {
    throw new UsageError(
      `npm took ${swallowed.join(', ')} for its own configuration, so the generator never saw ${swallowed.length === 1 ? 'it' : 'them'}: ` +
        `put "--" before the generator's flags (npm run generate -- ${swallowed.map((flag) => (VALUE_FLAGS.has(flag) ? `${flag} ${VALUE_FLAGS.get(flag)}` : flag)).join(' ')})`,
    );
  }
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true; allowPositionals: false; tokens: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}${suggestion(error as Error, argv)}`);
  }
  const { values, tokens } = parsed;
  const given = tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
  const repeated = given.find((name, index) => given.indexOf(name) !== index);
  if (repeated) throw new UsageError(`--${repeated} was given more than once: give it once`);
  // Flags that would be ignored are refused: a run that ignores --out writes somewhere else.
  for (const flag of ['api', 'spec', 'out', 'lint-config'] as const) {
    if (values[flag] === '') throw new UsageError(`--${flag} needs a value, received an empty string`);
  }
  if (values.spec !== undefined) {
    if (values.api !== undefined) throw new UsageError('--api chooses an API of spec/apis.yaml and --spec generates another spec: give one of them');
    if (values.out === undefined) throw new UsageError('--spec needs --out <dir>: the folder to write the package to');
  } else {
    if (values.out !== undefined) throw new UsageError('--out goes with --spec (the APIs of spec/apis.yaml have their own out)');
    if (values['lint-config'] !== undefined) throw new UsageError('--lint-config goes with --spec (the APIs of spec/apis.yaml have their own lintConfig)');
  }
  const extraFlags = values['allow-redos'] ? ['--allow-redos'] : [];
  const targets = values.spec ? [targetForSpec(values.spec, values.out!, values['lint-config'], extraFlags)] : targetsFromConfig(values.api, extraFlags);
  let failed = false;
  for (const { target, command } of targets) {
    const mode = values.check ? 'checking' : 'generating';
    console.log(`${mode} ${target.name}: ${rel(target.specFile)} -> ${rel(target.outDir)}/`);
    const result = await generate({
      target,
      command,
      rootDir: ROOT_DIR,
      docs: !values['no-docs'],
      build: !values['no-build'],
      check: values.check,
      allowReDoS: values['allow-redos'],
      log: (line) => console.log(line),
    });
    for (const line of result.report) console.log(line);
    if (values.check && result.differences.length > 0) {
      failed = true;
      console.error(`${rel(target.outDir)}/ is out of date with ${rel(target.specFile)}; run \`${command}\` and commit:`);
      for (const difference of result.differences) console.error(`  ${difference}`);
    } else if (values.check) {
      // A skipped stage's folder is kept as it is, so it was not compared: say so.
      const skipped = [...(values['no-build'] ? ['dist/ (--no-build)'] : []), ...(values['no-docs'] ? ['docs/ (--no-docs)'] : [])];
      console.log(`  ${rel(target.outDir)}/ is up to date${skipped.length ? `, but for ${skipped.join(' and ')}, not compared` : ''}`);
    }
  }
  return failed ? 1 : 0;
}

/**
 * The generator's flags that npm read as its own configuration: `npm run generate --check`
 * (without `--`) runs the script with no flag at all and `npm_config_check=true` in its
 * environment, which would regenerate where the user asked for a check.
 */
function flagsNpmTook(env: NodeJS.ProcessEnv): string[] {
  if (env.npm_lifecycle_event !== 'generate') return [];
  const flags: Array<[variable: string, flag: string]> = [
    ['npm_config_check', '--check'], ['npm_config_spec', '--spec'], ['npm_config_out', '--out'], ['npm_config_api', '--api'],
    ['npm_config_lint_config', '--lint-config'], ['npm_config_allow_redos', '--allow-redos'], ['npm_config_docs', '--no-docs'], ['npm_config_build', '--no-build'],
  ];
  return flags.filter(([variable]) => env[variable] !== undefined).map(([, flag]) => flag);
}

/** " (did you mean --no-docs?)" for an unknown flag close to a known one, else nothing. */
function suggestion(error: Error, argv: string[]): string {
  if ((error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return '';
  const known = Object.keys(OPTIONS).map((name) => `--${name}`);
  const named = /Unknown option '([^']+)'/.exec(error.message)?.[1];
  // parseArgs names "-s" for "-spec": the word as typed is the one to match.
  const typed = named && argv.find((arg) => arg.split('=')[0] === named || (/^-[^-]$/.test(named) && arg.startsWith(named) && !arg.startsWith('--')));
  if (!typed) return '';
  const word = `--${typed.split('=')[0]!.replace(/^-+/, '')}`;
  const closest = known
    .map((flag) => ({ flag, distance: editDistance(word, flag) }))
    .sort((a, b) => a.distance - b.distance)[0]!;
  const prefix = known.find((flag) => flag.startsWith(word) || word.startsWith(flag));
  const pick = closest.distance <= 2 ? closest.flag : prefix;
  return pick ? ` (did you mean ${pick}?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

function targetsFromConfig(only: string | undefined, extraFlags: string[]): Array<{ target: ApiTarget; command: string }> {
  if (!fs.existsSync(APIS_FILE)) {
    throw new GeneratorError(`not found: run from a project with ${APIS_FILE}, or generate one spec with --spec <file> --out <dir>`, APIS_FILE);
  }
  let config: { apis?: Record<string, ApiEntry | null> } | null;
  try {
    config = parseYaml(fs.readFileSync(APIS_FILE, 'utf8')) as typeof config;
  } catch (error) {
    const { line, col } = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0] ?? {};
    throw new GeneratorError(`YAML syntax error: ${(error as Error).message.split('\n')[0]}`, line ? `${APIS_FILE}:${line}:${col}` : APIS_FILE);
  }
  if (config?.apis !== undefined && (config.apis === null || typeof config.apis !== 'object' || Array.isArray(config.apis))) {
    throw new GeneratorError(`expected a mapping of API names to their settings, received ${JSON.stringify(config.apis)}`, `${APIS_FILE}#/apis`);
  }
  const entries = Object.entries(config?.apis ?? {});
  if (entries.length === 0) throw new GeneratorError(`expected at least one API under "apis:"`, APIS_FILE);
  const chosen = only ? entries.filter(([name]) => name === only) : entries;
  if (chosen.length === 0) {
    throw new GeneratorError(`no API named "${only}" (known: ${entries.map(([name]) => name).join(', ')})`, APIS_FILE);
  }
  const outs = new Map<string, string>();
  for (const [name, entry] of entries) {
    const out = entry && typeof entry.out === 'string' ? path.resolve(entry.out) : undefined;
    if (out === undefined) continue;
    const other = outs.get(out);
    if (other !== undefined) {
      throw new GeneratorError(`expected each API to have an output folder of its own, received "${entry!.out}" for both "${other}" and "${name}" (the second would replace the first)`, `${APIS_FILE}#/apis/${name}/out`);
    }
    outs.set(out, name);
  }
  return chosen.map(([name, entry]) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new GeneratorError(`expected the settings of API "${name}" (spec, out, packageName, clientFactoryName, errorPrefix), received ${JSON.stringify(entry)}`, `${APIS_FILE}#/apis/${name}`);
    }
    for (const key of ['spec', 'out', 'packageName', 'clientFactoryName', 'errorPrefix'] as const) {
      if (typeof entry[key] !== 'string') {
        const received = entry[key] === undefined ? 'it is missing' : `received ${JSON.stringify(entry[key])}`;
        throw new GeneratorError(`expected "${key}" to be a string, ${received}`, `${APIS_FILE}#/apis/${name}/${key}`);
      }
    }
    if (entry.license !== undefined && typeof entry.license !== 'string') {
      throw new GeneratorError(`expected "license" to be an SPDX identifier such as "MIT", received ${JSON.stringify(entry.license)}`, `${APIS_FILE}#/apis/${name}/license`);
    }
    return {
      target: {
        name,
        specFile: path.resolve(entry.spec),
        outDir: path.resolve(entry.out),
        outLabel: `${APIS_FILE}#/apis/${name}/out (${entry.out})`,
        project: true,
        lintConfig: entry.lintConfig ? path.resolve(entry.lintConfig) : undefined,
        packageName: entry.packageName,
        clientFactoryName: entry.clientFactoryName,
        errorPrefix: entry.errorPrefix,
        keywords: entry.keywords,
        license: entry.license,
      },
      command: withFlags(entries.length === 1 || !only ? 'npm run generate' : `npm run generate -- --api ${shellWord(name)}`, extraFlags),
    };
  });
}

/** The regenerate command with the flags that change what a run accepts (`--allow-redos`). */
function withFlags(command: string, flags: string[]): string {
  if (flags.length === 0) return command;
  return command.includes(' -- ') ? `${command} ${flags.join(' ')}` : `${command} -- ${flags.join(' ')}`;
}

function targetForSpec(spec: string, out: string, lintConfig: string | undefined, extraFlags: string[]): { target: ApiTarget; command: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new GeneratorError('expected a spec file, received a URL: the generator reads files only (download it first, e.g. curl -fo openapi.yaml <url>)', spec);
  }
  if (spec === '-') throw new GeneratorError('expected a spec file: the generator does not read a spec from standard input (save it to a file first)', spec);
  const specFile = fromUser(spec);
  const outDir = fromUser(out);
  const owner = apiOwningFolder(outDir);
  if (owner) {
    throw new GeneratorError(
      `expected an output folder of its own, received the folder of API "${owner}" in ${APIS_FILE}, which this run would replace with a package of other settings (its name, licence, client factory); regenerate that API with \`npm run generate -- --api ${shellWord(owner)}\``,
      `--out ${out}`,
    );
  }
  const base = path.basename(spec).replace(/\.(ya?ml|json)$/i, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'api';
  return {
    target: {
      name: base,
      specFile,
      outDir,
      lintConfig: lintConfig ? fromUser(lintConfig) : undefined,
      packageName: `${slug}-client`,
      clientFactoryName: 'createClient',
      // PetsError, PetsApiError: after the spec's file, as the package's name is (not ApiApiError).
      errorPrefix: errorPrefixFor(base),
    },
    // The command runs as this run did: the same spec, folder and lint rules.
    command: withFlags(`npm run generate -- --spec ${shellPath(rel(specFile))} --out ${shellPath(rel(outDir))}${lintConfig ? ` --lint-config ${shellPath(rel(fromUser(lintConfig)))}` : ''}`, extraFlags),
  };
}

/** `pets-v2.yaml` -> `PetsV2`: a prefix for the error classes, or `Api` when the name gives none (`2024-pets`). */
function errorPrefixFor(base: string): string {
  const prefix = pascalCase(base);
  return /^[A-Z][A-Za-z0-9]*$/.test(prefix) ? prefix : 'Api';
}

/** The API of spec/apis.yaml whose output folder `outDir` is, if any (an unreadable list names none). */
function apiOwningFolder(outDir: string): string | undefined {
  try {
    const config = parseYaml(fs.readFileSync(APIS_FILE, 'utf8')) as { apis?: Record<string, { out?: unknown } | null> } | null;
    for (const [name, entry] of Object.entries(config?.apis ?? {})) {
      if (typeof entry?.out === 'string' && path.resolve(entry.out) === outDir) return name;
    }
  } catch {
    // No list, or one --spec does not depend on: nothing to protect.
  }
  return undefined;
}

function rel(file: string): string {
  return path.relative(ROOT_DIR, file).split(path.sep).join('/') || '.';
}

/**
 * A path as a POSIX shell reads it, and the flag parser after it: as it is when plain, else
 * single-quoted; one that starts with "-" (which the parser would take for a flag) from "./".
 */
function shellPath(file: string): string {
  return shellWord(file.startsWith('-') ? `./${file}` : file);
}

/** A word as a POSIX shell reads it: as it is when plain, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Flags that do not go together: exit code 2 and the usage, as for an unknown flag. */
class UsageError extends Error {}

/** Runs the command; resolves with its exit code, having printed any error. */
export function cli(argv: string[]): Promise<number> {
  return main(argv).then(
    (code) => code,
    (error: unknown) => {
      if (error instanceof GeneratorError) {
        console.error(`error: ${error.message}`);
        return 1;
      } else if (error instanceof UsageError || (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) {
        console.error(`error: ${error.message}\n\n${USAGE}`);
        return 2;
      } else {
        console.error('internal error (a bug in the generator; please report it with the spec):');
        console.error(error);
        return 70;
      }
    },
  );
}

/**
 * What cli.ts's worker thread posts: a line to print, a staging folder made or removed (for
 * cli.ts to clean up if the run is interrupted), then the exit code.
 */
export type CliMessage = { stream: 'stdout' | 'stderr'; text: string } | { staging: { added?: StagingEntry; removed?: string } } | { exitCode: number };

// The entry of cli.ts's worker thread. Its lines go to cli.ts as messages, printed at once: a
// worker's own stdout reaches the main thread only when the worker's event loop turns, so a
// busy stage would hold back the lines of the stages before it.
if (!isMainThread && (workerData as { cli?: unknown } | null)?.cli) {
  const post = (message: CliMessage) => parentPort!.postMessage(message);
  observeStaging((staging) => post({ staging }));
  console.log = (...items: unknown[]) => post({ stream: 'stdout', text: `${format(...items)}\n` });
  console.error = (...items: unknown[]) => post({ stream: 'stderr', text: `${format(...items)}\n` });
  void cli((workerData as { cli: { argv: string[] } }).cli.argv).then((exitCode) => post({ exitCode }));
}
