/**
 * The pipeline, stage by stage, from a spec file to a package:
 *
 *   load -> lint -> bundle -> types -> pattern types -> validators -> client -> package -> build -> docs
 *
 * Stages return files; nothing is written until every generating stage passed, and the output
 * folder is replaced only after the build and the docs succeeded, so a failure at any point
 * leaves the previous package untouched.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSpec } from './load/load.js';
import { lintSpec } from './lint/lint.js';
import { checkPatternSafety } from './lint/redos.js';
import { bundleSpec } from './bundle/bundle.js';
import { emitTypes } from './types/types.js';
import { applyPatternTypes, collectPatterns, emitPatternGuards, formatPatternReport } from './patterns/index.js';
import { emitValidators } from './validators/index.js';
import { SUPPORTED_FORMATS } from './validators/keywords/string.js';
import { walkSchemas } from './shared/walk-schemas.js';
import { emitClient } from './client/index.js';
import { emitSchemaAliases } from './package/schema-aliases.js';
import { emitIndexModule } from './package/index-module.js';
import { emitPackageJson } from './package/package-json.js';
import { emitMeasuredReadme, emitPackageReadme } from './package/readme.js';
import { emitChangelog } from './package/changelog.js';
import { buildPackage } from './build/build.js';
import { buildDocs } from './docs/docs.js';
import { fileHeader } from './shared/header.js';
import { carryOver, createStagingDir, diffDirs, removeDir, swapIntoPlace, writeFiles } from './shared/output.js';
import type { ApiTarget, GeneratedFile, GenerationContext, ModuleExports, StageOutput } from './shared/stage.js';

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
  const specPath = toPosix(path.relative(options.rootDir, target.specFile));
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    log(`  ${stage.padEnd(14)} ${formatMs(performance.now() - started)}`);
    return result;
  };

  const spec = await timed('load', () => loadSpec(target.specFile));
  const lint = await timed('lint', () => lintSpec(spec, target.lintConfig));
  if (lint.warnings.length > 0) {
    log(`  lint: ${lint.warnings.length} structural warning(s), generation goes on; the first:`);
    for (const warning of lint.warnings.slice(0, 3)) log(`  ${warning}`);
  }
  const document = await timed('bundle', () => bundleSpec(spec));
  const context: GenerationContext = {
    target,
    document,
    patterns: collectPatterns(document),
    header: fileHeader({ specPath, command: options.command }),
    specPath,
    command: options.command,
    report: [],
  };

  // recheck decides in its own process: let it run beside the generating stages, and wait for
  // its verdict before anything is written.
  const safetyStarted = performance.now();
  const safety = checkPatternSafety(document, { allowReDoS: options.allowReDoS ?? false, specPath }).then((warnings) => ({
    warnings,
    ms: performance.now() - safetyStarted,
  }));
  safety.catch(() => {}); // awaited below; this only keeps an early rejection from being "unhandled"

  const files: GeneratedFile[] = [];
  const modules: ModuleExports[] = [];
  const typesSource = await timed('types', () => emitTypes(context));
  const patternTypes = await timed('pattern types', () => applyPatternTypes(typesSource, context));
  files.push({ path: 'src/types.gen.ts', contents: patternTypes.source });
  context.patternTypes = patternTypes.report;
  for (const line of formatPatternReport(patternTypes.report)) log(`    ${line}`);
  for (const { pointer, reason } of patternTypes.skipped) log(`    pattern at ${pointer} has no compile-time type: ${reason}`);

  const addStage = (output: StageOutput) => {
    files.push(...output.files);
    modules.push(...(output.exports ?? []));
  };
  await timed('pattern guards', () => addStage(emitPatternGuards(context)));
  const validators = await timed('validators', () => emitValidators(context));
  addStage(validators);
  for (const line of unassertedFormats(document)) log(`    ${line}`);
  const availableValidators = new Set(validators.exports?.flatMap((module) => module.values) ?? []);
  await timed('client', () => addStage(emitClient(context, { availableValidators })));

  await timed('package', () => {
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

  const { warnings: safetyWarnings, ms: safetyMs } = await safety;
  log(`  ${'pattern safety'.padEnd(14)} ${formatMs(safetyMs)} (beside the stages above)`);
  for (const warning of safetyWarnings) log(`    ${warning}`);

  const stagingDir = createStagingDir(target.outDir);
  try {
    writeFiles(stagingDir, files);
    // A skipped stage keeps what it built last time: `--no-docs` must not delete the docs.
    if (options.build) {
      await timed('build', () => buildPackage(stagingDir));
      // The README states the browser bundle's size, measured on the build.
      const exported = new Set(modules.flatMap((module) => module.values));
      await timed('size', async () => writeFiles(stagingDir, [await emitMeasuredReadme(context, stagingDir, exported)]));
    } else carryOver(target.outDir, stagingDir, 'dist');
    if (options.docs) {
      await timed('docs', () =>
        buildDocs(path.join(stagingDir, 'openapi.json'), path.join(stagingDir, 'docs/index.html'), document.info.title),
      );
    } else carryOver(target.outDir, stagingDir, 'docs');
    if (options.check) return { differences: diffDirs(stagingDir, target.outDir), report: context.report };
    swapIntoPlace(stagingDir, target.outDir);
    return { differences: [], report: context.report };
  } finally {
    removeDir(stagingDir);
  }
}

/** Formats the validators leave as annotations (unknown to them), so none is dropped silently. */
function unassertedFormats(document: GenerationContext['document']): string[] {
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
