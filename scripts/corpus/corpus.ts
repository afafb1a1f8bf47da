/**
 * The generator on real public specs. Each spec of the corpus (from npm packages, pinned by the
 * lockfile) goes through the whole pipeline but docs and build; then every generated package is
 * type-checked in one tsc program, and its validators are compared with Ajv on samples of each
 * component schema. A spec passes when it generated, type-checked and agreed with Ajv, or when
 * the generator refused it with a message naming the unsupported feature and its JSON Pointer.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { transformSync } from 'esbuild';
import { generate } from '../../generator/pipeline.js';
import { GeneratorError } from '../../generator/shared/errors.js';
import { listOperations, type OpenApiDocument } from '../../generator/shared/openapi.js';
import { pascalCase } from '../../generator/shared/codegen.js';
import { compareWithAjv, type AjvAgreement } from './ajv-agreement.js';

const require = createRequire(import.meta.url);

export interface CorpusSpec {
  /** Short unique name, such as `readme-3.0-petstore`. */
  name: string;
  file: string;
  /** Where it comes from: the npm package and path. */
  source: string;
}

export interface CorpusResult {
  spec: CorpusSpec;
  openapi: string;
  operations: number;
  schemas: number;
  outcome: 'generated' | 'refused' | 'crashed' | 'type errors' | 'disagrees with Ajv';
  /** The refusal or crash message, or the first type error or disagreement. */
  detail?: string;
  ms: number;
  agreement?: AjvAgreement;
  typeErrors: number;
}

/** Every spec of ReadMe's OAS examples (3.0 and 3.1, JSON form) and GitHub Enterprise Server's. */
export function corpusSpecs(): CorpusSpec[] {
  const readmeRoot = path.dirname(require.resolve('@readme/oas-examples/package.json'));
  const specs: CorpusSpec[] = [];
  for (const version of ['3.0', '3.1']) {
    const dir = path.join(readmeRoot, version, 'json');
    for (const file of fs.readdirSync(dir).filter((entry) => entry.endsWith('.json')).sort()) {
      specs.push({ name: `readme-${version}-${file.replace(/\.json$/, '')}`, file: path.join(dir, file), source: `@readme/oas-examples/${version}/json/${file}` });
    }
  }
  return specs;
}

export interface CorpusOptions {
  outDir: string;
  specs?: CorpusSpec[];
  samplesPerSchema?: number;
  log?: (line: string) => void;
}

export async function runCorpus(options: CorpusOptions): Promise<CorpusResult[]> {
  const log = options.log ?? (() => {});
  const specs = options.specs ?? corpusSpecs();
  fs.rmSync(options.outDir, { recursive: true, force: true });
  fs.mkdirSync(options.outDir, { recursive: true });
  const results: CorpusResult[] = [];
  for (const spec of specs) {
    const document = JSON.parse(fs.readFileSync(spec.file, 'utf8')) as OpenApiDocument;
    const result: CorpusResult = {
      spec,
      openapi: String(document.openapi ?? document.swagger ?? '?'),
      operations: listOperations(document).length,
      schemas: Object.keys(document.components?.schemas ?? {}).length,
      outcome: 'generated',
      ms: 0,
      typeErrors: 0,
    };
    const started = performance.now();
    try {
      await generate({
        target: {
          name: spec.name,
          specFile: spec.file,
          outDir: path.join(options.outDir, spec.name),
          packageName: `${spec.name}-client`,
          clientFactoryName: 'createClient',
          errorPrefix: 'Api',
        },
        command: `npm run corpus`,
        rootDir: process.cwd(),
        docs: false,
        build: false,
        check: false,
        log: () => {},
      });
    } catch (error) {
      if (error instanceof GeneratorError) {
        result.outcome = 'refused';
        result.detail = error.message.split('\n').slice(0, 2).map((line) => line.trim()).join(' ');
      } else {
        result.outcome = 'crashed';
        result.detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
      }
    }
    result.ms = performance.now() - started;
    log(`${spec.name}: ${result.outcome}${result.detail ? ` (${result.detail})` : ''} in ${Math.round(result.ms)} ms`);
    results.push(result);
  }

  typecheck(results, options.outDir);
  for (const result of results.filter((r) => r.outcome === 'generated')) {
    const document = JSON.parse(fs.readFileSync(path.join(options.outDir, result.spec.name, 'openapi.json'), 'utf8')) as OpenApiDocument;
    const validators = await importValidators(path.join(options.outDir, result.spec.name, 'src'));
    result.agreement = compareWithAjv(document, validators, (name) => `validate${pascalCase(name)}`, options.samplesPerSchema ?? 40);
    if (result.agreement.disagreements.length > 0) {
      result.outcome = 'disagrees with Ajv';
      result.detail = result.agreement.disagreements[0];
    }
    log(`${result.spec.name}: ${result.agreement.values} values on ${result.agreement.schemas} schemas, ${result.agreement.disagreements.length} disagreements`);
  }
  return results;
}

/** One tsc program over every generated package: much faster than a program per package. */
function typecheck(results: CorpusResult[], outDir: string): void {
  const generated = results.filter((result) => result.outcome === 'generated');
  const files = generated.flatMap((result) => {
    const src = path.join(outDir, result.spec.name, 'src');
    return fs.readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => path.join(entry.parentPath, entry.name));
  });
  const program = ts.createProgram(files, {
    strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2020, types: [],
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const result = generated.find((r) => file.startsWith(path.join(outDir, r.spec.name) + path.sep));
    if (!result) continue;
    result.typeErrors++;
    if (result.outcome === 'generated') {
      result.outcome = 'type errors';
      const where = diagnostic.file ? `${path.relative(outDir, file)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
      result.detail = `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').slice(0, 200)}`;
    }
  }
}

/** Imports a generated package's validators (and the pattern module they use), types stripped. */
async function importValidators(srcDir: string): Promise<Record<string, unknown>> {
  const outDir = path.join(srcDir, '..', 'js');
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of ['validators.gen.ts', 'patterns.gen.ts']) {
    const file = path.join(srcDir, name);
    if (!fs.existsSync(file)) continue;
    const { code } = transformSync(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
    fs.writeFileSync(path.join(outDir, name.replace(/\.ts$/, '.js')), code);
  }
  return (await import(pathToFileURL(path.join(outDir, 'validators.gen.js')).href)) as Record<string, unknown>;
}

export function formatReport(results: CorpusResult[], command: string, machine: string): string {
  const passed = results.filter((r) => r.outcome === 'generated').length;
  const refused = results.filter((r) => r.outcome === 'refused').length;
  const rows = results.map((r) => {
    const agreement = r.agreement ? `${r.agreement.values} values, ${r.agreement.disagreements.length} disagreements` : '—';
    const detail = (r.detail ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return `| ${r.spec.name} | ${r.openapi} | ${r.operations} | ${r.schemas} | ${r.outcome}${detail ? `: ${detail}` : ''} | ${agreement} | ${Math.round(r.ms)} ms |`;
  });
  return `# Corpus report

Every spec of \`@readme/oas-examples\` (OpenAPI 3.0 and 3.1), through the pipeline without docs and
build, then type-checked (tsc strict) and compared with Ajv on samples of each component schema
(the schema's examples, each with one property dropped or retyped, and random JSON values).

Measured by \`${command}\` on ${machine}.

**${passed} of ${results.length} generated, type-checked and agreed with Ajv (${Math.round((100 * passed) / results.length)}%); ${refused} refused with a pointer; ${results.length - passed - refused} other.**

| spec | OpenAPI | operations | schemas | outcome | Ajv agreement | time |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}
