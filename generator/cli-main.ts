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
  --help                show this help`;

const ROOT_DIR = process.cwd();
const APIS_FILE = 'spec/apis.yaml';

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
  const { values } = parseArgs({
    args: argv,
    options: {
      api: { type: 'string' },
      spec: { type: 'string' },
      out: { type: 'string' },
      'lint-config': { type: 'string' },
      'no-docs': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      'allow-redos': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // Flags that would be ignored are refused: a run that ignores --out writes somewhere else.
  for (const flag of ['api', 'spec', 'out', 'lint-config'] as const) {
    if (values[flag] === '') throw new UsageError(`--${flag} needs a value, received an empty string`);
  }
  if (values.spec !== undefined) {
    if (values.api !== undefined) throw new UsageError('--api chooses an API of spec/apis.yaml and --spec generates another spec: give one of them');
  } else {
    if (values.out !== undefined) throw new UsageError('--out goes with --spec (the APIs of spec/apis.yaml have their own out)');
    if (values['lint-config'] !== undefined) throw new UsageError('--lint-config goes with --spec (the APIs of spec/apis.yaml have their own lintConfig)');
  }
  const targets = values.spec ? [targetForSpec(values.spec, values.out, values['lint-config'])] : targetsFromConfig(values.api);
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

function targetsFromConfig(only: string | undefined): Array<{ target: ApiTarget; command: string }> {
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
        lintConfig: entry.lintConfig ? path.resolve(entry.lintConfig) : undefined,
        packageName: entry.packageName,
        clientFactoryName: entry.clientFactoryName,
        errorPrefix: entry.errorPrefix,
        keywords: entry.keywords,
        license: entry.license,
      },
      command: entries.length === 1 || !only ? 'npm run generate' : `npm run generate -- --api ${shellWord(name)}`,
    };
  });
}

function targetForSpec(spec: string, out: string | undefined, lintConfig: string | undefined): { target: ApiTarget; command: string } {
  if (!out) throw new GeneratorError('--spec needs --out <dir>: the folder to write the package to');
  const base = path.basename(spec).replace(/\.(ya?ml|json)$/i, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'api';
  return {
    target: {
      name: base,
      specFile: path.resolve(spec),
      outDir: path.resolve(out),
      lintConfig: lintConfig ? path.resolve(lintConfig) : undefined,
      packageName: `${slug}-client`,
      clientFactoryName: 'createClient',
      errorPrefix: 'Api',
    },
    // The command runs as this run did: the same spec, folder and lint rules.
    command: `npm run generate -- --spec ${shellPath(rel(path.resolve(spec)))} --out ${shellPath(rel(path.resolve(out)))}${lintConfig ? ` --lint-config ${shellPath(rel(path.resolve(lintConfig)))}` : ''}`,
  };
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
