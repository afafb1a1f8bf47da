/**
 * Stage: refuse patterns open to catastrophic backtracking (ReDoS). The validators run every
 * pattern on user input, in browsers and servers; a pattern whose matching time explodes on a
 * crafted string is a denial of service. Patterns whose shape proves them linear
 * (`linear-pattern.ts`) pass at once; recheck decides the others, with its native checker where
 * npm installed one. An error by default; `--allow-redos` turns it into a warning.
 */
import { createRequire } from 'node:module';
import type { check as recheckCheck } from 'recheck';
import { GeneratorError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import { walkSchemas } from '../shared/walk-schemas.js';
import { isProvablyLinear } from './linear-pattern.js';

const require = createRequire(import.meta.url);

export interface PatternSafetyOptions {
  /** Report vulnerable patterns as warnings instead of stopping generation. */
  allowReDoS: boolean;
  specPath: string;
}

/**
 * Checks every distinct pattern of the document once, including those inside `x-warn` (the
 * validators run them too): those not provably linear with recheck, in parallel. Returns
 * warnings, throws on a vulnerable one.
 */
export async function checkPatternSafety(document: OpenApiDocument, options: PatternSafetyOptions): Promise<string[]> {
  const firstUse = new Map<string, string>();
  walkSchemas(
    document,
    (visit) => {
      const { pattern } = visit.schema;
      if (typeof pattern === 'string' && !firstUse.has(pattern)) firstUse.set(pattern, visit.pointer);
    },
    { warnings: true },
  );
  const patterns = [...firstUse].filter(([source]) => !isProvablyLinear(source)).map(([source, pointer]) => ({ source, pointers: [pointer] }));
  if (patterns.length === 0) return [];
  // Loaded only when a pattern needs it: 3 MB of JavaScript, and a process to start.
  const { check } = require('recheck') as { check: typeof recheckCheck };
  const verdicts = await Promise.all(
    patterns.map(async (pattern) => ({ pattern, diagnostics: await check(pattern.source, 'u', { timeout: 5_000 }) })),
  );
  const warnings: string[] = [];
  for (const { pattern, diagnostics } of verdicts) {
    const where = `${options.specPath}${pattern.pointers[0]}/pattern`;
    if (diagnostics.status === 'vulnerable') {
      const attack = diagnostics.attack.pattern;
      const message =
        `pattern ${JSON.stringify(pattern.source)} is open to catastrophic backtracking ` +
        `(${diagnostics.complexity.type} time in the input's length; an attack string: ${attack}); ` +
        `rewrite it without nested or overlapping repetition, or pass --allow-redos to generate anyway`;
      if (!options.allowReDoS) throw new GeneratorError(message, where);
      warnings.push(`${where}: warning: ${message}`);
    } else if (diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout') {
      warnings.push(`${where}: warning: could not decide within 5 s whether pattern ${JSON.stringify(pattern.source)} is safe from catastrophic backtracking`);
    }
    // Other 'unknown' verdicts are syntax recheck does not read; the validators stage reports
    // an invalid pattern with its pointer.
  }
  return warnings;
}
