/** The pattern stage: pattern and format types in `types.gen.ts` and runtime guards in `patterns.gen.ts`. */
export { applyPatternTypes, describeSkipped, type PatternTypesResult } from './type-pass.js';
export { emitPatternGuards, PATTERNS_FILE, PATTERNS_MODULE } from './guards.js';
export { formatPatternReport, type PatternTypeReport } from './catalog.js';
export { collectPatterns, type FormatInfo, type PatternInfo, type PatternRegistry } from './registry.js';
