/**
 * The pipeline, stage by stage, from a spec file to a package:
 *
 *   load -> bundle -> types -> pattern types -> validators -> client -> package -> build -> docs
 *                 (lint beside them)
 *
 * Load, bundle and lint run in a worker (front/) while this thread loads the other stages; the
 * stages start from the bundled document, and lint's verdict (its error comes before any
 * other) and the ReDoS check's are awaited before anything is written.
 *
 * Stages return files; nothing is written until every generating stage passed, and the output
 * folder is replaced only after the build and the docs succeeded, so a failure at any point
 * leaves the previous package untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFrontInWorker, type SafetyVerdict } from './front/index.js';
import { GeneratorError, inSpec, inSpecError } from './shared/errors.js';
import { fileHeader } from './shared/header.js';
import { walkSchemas } from './shared/walk-schemas.js';
import type { FrontResult, LintVerdict } from './front/run.js';
import type { OpenApiDocument } from './shared/openapi.js';
import { carryOver, checkOutputDir, createStagingDir, diffDirs, labelOutputDir, lockOutputDir, removeDir, swapIntoPlace, writeFiles } from './shared/output.js';
import type { ApiTarget, GeneratedFile, GenerationContext, ModuleExports, StageOutput } from './shared/stage.js';

/**
 * The generating stages' modules, loaded on the first `generate` while the front of the
 * pipeline (load, bundle, lint) runs in a worker: in a fresh process they take seconds to load
 * (openapi-typescript with TypeScript, ts-morph, the validators).
 */
async function loadStages() {
  const [types, patterns, validators, formats, client, aliases, indexModule, packageJson, readme, changelog, redos] = await Promise.all([
    import('./types/types.js'),
    import('./patterns/index.js'),
    import('./validators/index.js'),
    import('./validators/keywords/string.js'),
    import('./client/index.js'),
    import('./package/schema-aliases.js'),
    import('./package/index-module.js'),
    import('./package/package-json.js'),
    import('./package/readme.js'),
    import('./package/changelog.js'),
    import('./lint/redos.js'),
  ]);
  return { ...types, ...patterns, ...validators, ...formats, ...client, ...aliases, ...indexModule, ...packageJson, ...readme, ...changelog, ...redos };
}

let stagesLoaded: ReturnType<typeof loadStages> | undefined;

export interface GenerateOptions {
  target: ApiTarget;
  /** The command that regenerates this target, for headers and messages. */
  command: string;
  /** The repository root: paths in headers and messages are relative to it. */
  rootDir: string;
  docs: boolean;
  build: boolean;
  /** Generate into a temporary folder and compare with the output instead of replacing it. */
  check: boolean;
  /** Patterns open to catastrophic backtracking are warnings instead of errors. */
  allowReDoS?: boolean;
  log: (line: string) => void;
}

export interface GenerateResult {
  /** With `check`: the files that differ (empty when the output is up to date). */
  differences: string[];
  report: string[];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { target, log } = options;
  // Before any work: an output folder that replacing would destroy is refused at once.
  if (target.outLabel) labelOutputDir(target.outDir, target.outLabel);
  // In --check too: a folder that generating would refuse is said as such, not as differences.
  checkOutputDir(target.outDir, target.specFile, process.cwd());
  const specPath = toPosix(path.relative(options.rootDir, target.specFile));
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    log(`  ${stage.padEnd(14)} ${formatMs(performance.now() - started)}`);
    return result;
  };

  // The front (load, bundle, lint, then the ReDoS check) in a worker while this thread loads
  // the stages. Once they are loaded (a later call in the same process) there is nothing to
  // overlap, and the front runs here. Either way the stages start from the bundled document;
  // lint's verdict and the ReDoS check's (recheck decides in a process of its own) come beside
  // them, and are awaited before anything is written.
  const safetyOptions = { allowReDoS: options.allowReDoS ?? false, specPath };
  let front: Promise<FrontResult>;
  let lint: Promise<LintVerdict>;
  let safety: Promise<SafetyVerdict>;
  let stopFront = (): void => {};
  if (stagesLoaded) {
    ({ front, lint } = (await import('./front/run.js')).startFront(target.specFile, target.lintConfig));
    safety = Promise.all([front, stagesLoaded]).then(async ([{ document }, { checkPatternSafety }]) => {
      const started = performance.now();
      const warnings = await checkPatternSafety(document, safetyOptions);
      return { warnings, ms: performance.now() - started };
    });
  } else {
    ({ front, lint, safety, stop: stopFront } = startFrontInWorker({ specFile: target.specFile, lintConfig: target.lintConfig, ...safetyOptions }));
  }
  // Awaited after the stages; an early rejection is not "unhandled".
  lint.catch(() => {});
  safety.catch(() => {});
  stagesLoaded ??= loadStages();
  try {
    const [stages, { document, timings }] = await Promise.all([stagesLoaded, front]);
    log(`  ${'load'.padEnd(14)} ${formatMs(timings.load)}`);
    log(`  ${'bundle'.padEnd(14)} ${formatMs(timings.bundle)}`);
    return await generateFrom(document, stages, { ...options, lint, safety, specPath, timed });
  } catch (error) {
    try {
      // Lint's error comes first, as when lint ran before every other stage.
      await lint;
    } finally {
      // Whatever the worker has left to say (the ReDoS check) is no longer wanted.
      stopFront();
    }
    throw error;
  }
}

/**
 * A stage's failure with lint's structural warnings, which name the place in the spec (a
 * `null` where a schema goes): a stage that trips on such a spec can only say what it tripped
 * on ("Cannot use 'in' operator ... in null"), not where.
 */
function withLintWarnings(error: unknown, warnings: string[]): unknown {
  if (warnings.length === 0) return error;
  const listed = `\nlint found the spec's structure wrong, which may be why:\n${warnings.slice(0, 3).map((warning) => `  ${warning}`).join('\n')}${warnings.length > 3 ? `\n  and ${warnings.length - 3} more` : ''}`;
  if (error instanceof GeneratorError) return new GeneratorError(`${error.reason}${listed}`, error.location);
  if (error instanceof Error) error.message += listed;
  return error;
}

async function generateFrom(
  document: OpenApiDocument,
  stages: Awaited<ReturnType<typeof loadStages>>,
  options: GenerateOptions & {
    lint: Promise<LintVerdict>;
    safety: Promise<SafetyVerdict>;
    specPath: string;
    timed: <T>(stage: string, work: () => T | Promise<T>) => Promise<T>;
  },
): Promise<GenerateResult> {
  const { target, log, specPath, timed } = options;
  const {
    emitTypes, applyPatternTypes, collectPatterns, emitPatternGuards, formatPatternReport, describeSkipped, emitValidators, SUPPORTED_FORMATS,
    emitClient, emitSchemaAliases, emitIndexModule, emitPackageJson, emitMeasuredReadme, emitPackageReadme, emitChangelog,
  } = stages;
  const context: GenerationContext = {
    target,
    document,
    patterns: inSpec(specPath, () => collectPatterns(document)),
    header: fileHeader({ specPath, command: options.command }),
    specPath,
    command: options.command,
    report: [],
  };

  const files: GeneratedFile[] = [];
  const modules: ModuleExports[] = [];
  // A generating stage's failure carries lint's structural warnings (lint's own error, if it
  // failed, comes instead); a later failure (the lock, the build, a full disk) does not.
  const stage = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    try {
      return await timed(name, work);
    } catch (error) {
      throw withLintWarnings(inSpecError(specPath, error), (await options.lint).warnings);
    }
  };
  const typesSource = await stage('types', () => emitTypes(context));
  const patternTypes = await stage('pattern types', () => applyPatternTypes(typesSource, context));
  files.push({ path: 'src/types.gen.ts', contents: patternTypes.source });
  context.patternTypes = patternTypes.report;
  context.untypedPointers = new Set(patternTypes.skipped.map(({ pointer }) => pointer));
  for (const line of formatPatternReport(patternTypes.report)) log(`    ${line}`);
  for (const line of describeSkipped(patternTypes.skipped, context.patterns)) log(`    ${line}`);

  const addStage = (output: StageOutput) => {
    files.push(...output.files);
    modules.push(...(output.exports ?? []));
  };
  await stage('pattern guards', () => addStage(emitPatternGuards(context)));
  const validators = await stage('validators', () => emitValidators(context));
  addStage(validators);
  for (const line of unassertedFormats(document, SUPPORTED_FORMATS)) log(`    ${line}`);
  const availableValidators = new Set(validators.exports?.flatMap((module) => module.values) ?? []);
  await stage('client', () => addStage(emitClient(context, { availableValidators })));

  await stage('package', () => {
    addStage(emitSchemaAliases(context));
    files.push(
      { path: 'src/index.ts', contents: emitIndexModule(context, modules) },
      { path: 'package.json', contents: emitPackageJson(context) },
      { path: 'README.md', contents: emitPackageReadme(context) },
      { path: 'openapi.json', contents: JSON.stringify(document, null, 2) + '\n' },
    );
    const changelog = emitChangelog(context);
    if (changelog) files.push(changelog);
  });

  const lint = await options.lint;
  log(`  ${'lint'.padEnd(14)} ${formatMs(lint.ms)} (beside the stages above)`);
  if (lint.warnings.length > 0) {
    log(`  lint: ${lint.warnings.length} structural warning(s), generation goes on; the first:`);
    for (const warning of lint.warnings.slice(0, 3)) log(`  ${warning}`);
  }
  const { warnings: safetyWarnings, ms: safetyMs } = await options.safety;
  log(`  ${'pattern safety'.padEnd(14)} ${formatMs(safetyMs)} (beside the stages above)`);
  for (const warning of safetyWarnings) log(`    ${warning}`);

  const unlock = options.check ? () => {} : lockOutputDir(target.outDir);
  let created: string | undefined;
  try {
    const stagingDir = (created = createStagingDir(target.outDir, options.check));
    writeFiles(stagingDir, files, target.outDir);
    // A skipped stage keeps what it built last time: `--no-docs` must not delete the docs.
    if (options.build) {
      const { buildPackage } = await import('./build/build.js');
      await timed('build', () => buildPackage(stagingDir));
    } else carryOver(target.outDir, stagingDir, 'dist');
    // The README states the browser bundle's size, measured on the build; with `--no-build`, on
    // the dist/ kept from the last build, which is what the package then ships. A kept dist/
    // that cannot be bundled (built from another spec) leaves the README without a figure.
    const exported = new Set(modules.flatMap((module) => module.values));
    if (!options.build && !fs.existsSync(path.join(stagingDir, 'dist'))) {
      log('  size: not measured, there is no dist/ to keep (run without --no-build)');
    } else {
      let readme: GeneratedFile | undefined;
      try {
        readme = await timed('size', () => emitMeasuredReadme(context, stagingDir, exported));
      } catch (error) {
        // esbuild's message starts "Build failed with 1 error:"; the reason is its first error.
        const reasons = (error as { errors?: Array<{ text: string }> }).errors;
        if (options.build || !reasons?.length) throw error;
        log(`  size: not measured, the dist/ kept by --no-build does not bundle: ${reasons[0]!.text}`);
      }
      if (readme) writeFiles(stagingDir, [readme], target.outDir);
    }
    if (options.docs) {
      const { buildDocs } = await import('./docs/docs.js');
      await timed('docs', () =>
        buildDocs(path.join(stagingDir, 'openapi.json'), path.join(stagingDir, 'docs/index.html'), document.info.title),
      );
    } else carryOver(target.outDir, stagingDir, 'docs');
    if (options.check) return { differences: diffDirs(stagingDir, target.outDir), report: context.report };
    const leftover = swapIntoPlace(stagingDir, target.outDir);
    if (leftover) log(`  warning: ${leftover}`);
    return { differences: [], report: context.report };
  } finally {
    if (created) removeDir(created);
    unlock();
  }
}

/** Formats the validators leave as annotations (unknown to them), so none is dropped silently. */
function unassertedFormats(document: GenerationContext['document'], SUPPORTED_FORMATS: readonly string[]): string[] {
  const byFormat = new Map<string, { first: string; count: number }>();
  walkSchemas(document, (visit) => {
    const { format } = visit.schema;
    if (typeof format === 'string' && !SUPPORTED_FORMATS.includes(format)) {
      const uses = byFormat.get(format);
      if (uses) uses.count++;
      else byFormat.set(format, { first: visit.pointer, count: 1 });
    }
  });
  return [...byFormat].map(
    ([format, { first, count }]) => `format ${JSON.stringify(format)} is not asserted (an annotation: the validators know no check for it) at ${first}${count > 1 ? ` and ${count - 1} more` : ''}`,
  );
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
