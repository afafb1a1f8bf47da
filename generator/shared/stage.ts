/**
 * What every stage of the pipeline receives and returns. Stages do not write to disk: they
 * return files (path relative to the package root, and text), and the pipeline writes them
 * all into a temporary folder that replaces the output folder only when every stage passed.
 */
import type { OpenApiDocument } from './openapi.js';
import type { PatternRegistry } from '../patterns/registry.js';
import type { PatternTypeReport } from '../patterns/catalog.js';

export interface ApiTarget {
  /** Short name of the API, used in messages and reports. */
  name: string;
  /** The spec file, absolute. */
  specFile: string;
  /** The output folder (the package root), absolute. */
  outDir: string;
  /** How messages name the output folder when a config set it (default: `--out <outDir>`). */
  outLabel?: string;
  /**
   * An API of this project's spec/apis.yaml: its package lives in the repository, whose tests
   * check its published shape and whose `npm run docs:serve` previews its docs. The README of
   * a package for any other spec (`--spec`) claims neither.
   */
  project?: boolean;
  /** Redocly config to lint with; without one, only structural rules run. */
  lintConfig?: string;
  /** npm package name of the generated package. */
  packageName: string;
  /** Name of the client factory the package exports, such as `createVoxoClient`. */
  clientFactoryName: string;
  /** Prefix of the client's error classes, such as `Voxo` (VoxoError, VoxoApiError, ...). */
  errorPrefix: string;
  /** Extra npm keywords for the package. */
  keywords?: string[];
  /**
   * The generated package's licence (an SPDX identifier): the licence of the generated code, not
   * of the API. Default: the spec's `info.license.identifier`, else UNLICENSED.
   */
  license?: string;
  /** The package's repository field. */
  repository?: { type: string; url: string; directory?: string };
}

export interface GenerationContext {
  target: ApiTarget;
  /** The bundled spec: one self-contained document. */
  document: OpenApiDocument;
  patterns: PatternRegistry;
  /** Header for generated TypeScript files. */
  header: string;
  /** The spec path relative to the repository, for messages and headers. */
  specPath: string;
  /** The command that regenerates this package. */
  command: string;
  /** What the pattern pass made of each pattern (exact or approximate type), once it ran. */
  patternTypes?: PatternTypeReport[];
  /** The schemas with a pattern or format the pass could not type (they stay `string`), once it ran. */
  untypedPointers?: ReadonlySet<string>;
  /** Lines for the generator's report, printed after the stages' times. */
  report: string[];
}

export interface GeneratedFile {
  /** Path relative to the package root, with forward slashes, such as `src/types.gen.ts`. */
  path: string;
  contents: string;
}

/** Names a module of the package exports through the package's `index.ts`. */
export interface ModuleExports {
  /** Specifier from `src/index.ts`, such as `./client.gen.js`. */
  module: string;
  values: string[];
  types: string[];
}

export interface StageOutput {
  files: GeneratedFile[];
  exports?: ModuleExports[];
}
