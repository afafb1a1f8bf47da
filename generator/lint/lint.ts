/**
 * Lint: check the spec with Redocly, beside the generating stages (front/run.ts), and stop on
 * its errors (on every problem, warnings included, with a config file such as spec/redocly.yaml),
 * printing each as `file:line:column severity rule: message`, the form editors turn into links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createConfig, getLineColLocation, lintDocument, loadConfig, type NormalizedProblem } from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';
import { toSyntaxError } from '../load/syntax-error.js';
import type { LoadedSpec } from '../load/load.js';

export interface LintResult {
  /** Warnings that did not stop generation (third-party specs only), formatted. */
  warnings: string[];
}

/**
 * Rules for a spec we did not write. Every `$ref` must resolve; structural slips that public
 * specs often have (`nullable` in a 3.1 document, unknown vendor fields) are reported as
 * warnings, because the later stages refuse, with a pointer, whatever they cannot handle.
 */
const THIRD_PARTY_RULES = {
  struct: 'warn',
  'no-unresolved-refs': 'error',
} as const;

/**
 * Lints a loaded spec with a Redocly config file, where every problem stops generation, or,
 * without one, with the third-party rules, where only errors do. Throws a GeneratorError
 * listing every problem.
 */
export async function lintSpec(spec: LoadedSpec, configFile?: string): Promise<LintResult> {
  const config = configFile ? await loadLintConfig(configFile) : await createConfig({ rules: THIRD_PARTY_RULES });
  let problems: NormalizedProblem[];
  try {
    problems = await lintDocument({ document: spec.document, config, externalRefResolver: spec.resolver });
  } catch (error) {
    throw toSyntaxError(error, spec.specFile, spec.document.parsed);
  }
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warn');
  const fatal = configFile ? problems : errors;
  if (fatal.length > 0) {
    throw new GeneratorError(
      `the spec has ${errors.length} lint error(s) and ${warnings.length} warning(s):\n${fatal.map(formatProblem).join('\n')}`,
    );
  }
  return { warnings: warnings.map(formatProblem) };
}

async function loadLintConfig(configFile: string): Promise<Awaited<ReturnType<typeof loadConfig>>> {
  const shown = path.relative(process.cwd(), configFile);
  if (!fs.existsSync(configFile)) throw new GeneratorError('lint config not found (expected a Redocly config file such as redocly.yaml)', shown);
  try {
    return await loadConfig({ configPath: configFile });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new GeneratorError(`expected a Redocly config file, received one Redocly cannot load: ${reason}`, shown);
  }
}

function formatProblem(problem: NormalizedProblem): string {
  const location = problem.location[0];
  let where = '';
  if (location) {
    const file = path.relative(process.cwd(), location.source.absoluteRef);
    const { start } = getLineColLocation(location);
    where = `${file}:${start.line}:${start.col}`;
  }
  const pointer = location?.pointer ? ` (at ${location.pointer})` : '';
  return `  ${where} ${problem.severity === 'warn' ? 'warning' : 'error'} ${problem.ruleId}: ${problem.message}${pointer}`;
}
