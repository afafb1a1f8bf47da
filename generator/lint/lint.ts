/**
 * Stage 1: lint the spec with Redocly and stop on any problem, printing each as
 * `file:line:column severity rule: message`, the form editors turn into links.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  createConfig,
  getLineColLocation,
  lint,
  loadConfig,
  YamlParseError,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import { GeneratorError } from '../shared/errors.js';

export interface LintOptions {
  specFile: string;
  /** A Redocly config file; without one, only structural rules run (for third-party specs). */
  configFile?: string;
}

export interface LintResult {
  errors: number;
  warnings: number;
}

/** Rules that every spec must pass, whoever wrote it: the document is valid and resolves. */
const STRUCTURAL_RULES = {
  struct: 'error',
  'no-unresolved-refs': 'error',
} as const;

export async function lintSpec(options: LintOptions): Promise<LintResult> {
  if (!fs.existsSync(options.specFile)) {
    throw new GeneratorError('spec file not found (expected a YAML or JSON OpenAPI document)', path.relative(process.cwd(), options.specFile));
  }
  const config = options.configFile
    ? await loadConfig({ configPath: options.configFile })
    : await createConfig({ rules: STRUCTURAL_RULES });
  let problems: NormalizedProblem[];
  try {
    problems = await lint({ ref: options.specFile, config });
  } catch (error) {
    throw toSyntaxError(error, options.specFile);
  }
  const counted = problems;
  const errors = counted.filter((problem) => problem.severity === 'error');
  const warnings = counted.filter((problem) => problem.severity === 'warn');
  if (errors.length + warnings.length > 0) {
    const lines = counted.map(formatProblem);
    throw new GeneratorError(
      `the spec has ${errors.length} lint error(s) and ${warnings.length} warning(s):\n${lines.join('\n')}`,
    );
  }
  return { errors: 0, warnings: 0 };
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

/** YAML and JSON syntax errors are thrown, not reported: turn them into file:line:column. */
export function toSyntaxError(error: unknown, specFile: string): Error {
  if (error instanceof YamlParseError) {
    const file = path.relative(process.cwd(), specFile);
    const reason = error.message.replace(/ in "[^"]*"/, '').replace(/ \(\d+:\d+\)$/, '');
    return new GeneratorError(`syntax error: ${reason}`, `${file}:${error.line}:${error.col}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
