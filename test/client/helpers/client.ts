/**
 * Loads the generated client for tests (emitted into a scratch folder by `package.ts`) and
 * checks that no error gives the token away.
 */
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import type { ClientOptions, RequestOptions } from '../../../generator/client/runtime/definitions.js';
import type * as Errors from '../../../generator/client/runtime/errors.js';
import { buildTestPackage } from './package.js';
import { TOKEN } from './fixtures.js';
import { GENERATED_DIR } from '../../helpers/paths.js';

/**
 * Which VOXO client the tests run: `generated` (the committed package, with its generated
 * validators; the default once it has a client) or `stage` (the client stage's output in a
 * scratch folder, with the stand-in validators). Set CLIENT_UNDER_TEST to choose.
 */
export function clientUnderTest(): 'generated' | 'stage' {
  const chosen = process.env.CLIENT_UNDER_TEST;
  if (chosen === 'generated' || chosen === 'stage') return chosen;
  return fs.existsSync(path.join(GENERATED_DIR, 'src/client.gen.ts')) ? 'generated' : 'stage';
}

export interface VoxoClientLike {
  createCampaign(body: unknown, init?: RequestOptions): Promise<Record<string, any>>;
  use(...middleware: unknown[]): void;
  eject(...middleware: unknown[]): void;
}

/** The generated module's exports, typed through the runtime they are copies of. */
export interface VoxoModule {
  createVoxoClient(options: ClientOptions): VoxoClientLike;
  VoxoError: typeof Errors.ClientError;
  VoxoValidationError: typeof Errors.ClientValidationError;
  VoxoApiError: typeof Errors.ClientApiError;
  VoxoBadRequestError: typeof Errors.ClientBadRequestError;
  VoxoUnauthorizedError: typeof Errors.ClientUnauthorizedError;
  VoxoForbiddenError: typeof Errors.ClientForbiddenError;
  VoxoNotFoundError: typeof Errors.ClientNotFoundError;
  VoxoConflictError: typeof Errors.ClientConflictError;
  VoxoUnprocessableEntityError: typeof Errors.ClientUnprocessableEntityError;
  VoxoRateLimitError: typeof Errors.ClientRateLimitError;
  VoxoServerError: typeof Errors.ClientServerError;
  VoxoTimeoutError: typeof Errors.ClientTimeoutError;
  VoxoNetworkError: typeof Errors.ClientNetworkError;
  VoxoAbortError: typeof Errors.ClientAbortError;
  VoxoResponseValidationError: typeof Errors.ClientResponseValidationError;
}

export interface LoadedClient {
  module: VoxoModule;
  /** The package folder (with `src/` and `openapi.json`). */
  dir: string;
  /** The module to import the client from. */
  entry: string;
  cleanup(): void;
}

/** The VOXO client under test (see `clientUnderTest`), or the stage's output for another spec. */
export async function loadClient(...args: Parameters<typeof buildTestPackage>): Promise<LoadedClient> {
  if (args.length === 0 && clientUnderTest() === 'generated') {
    const entry = path.join(GENERATED_DIR, 'src/index.ts');
    return { module: (await import(pathToFileURL(entry).href)) as VoxoModule, dir: GENERATED_DIR, entry, cleanup: () => {} };
  }
  const built = await buildTestPackage(...args);
  const entry = path.join(built.dir, 'src/client.gen.ts');
  const module = (await import(pathToFileURL(entry).href)) as VoxoModule;
  return { module, dir: built.dir, entry, cleanup: () => fs.rmSync(built.dir, { recursive: true, force: true }) };
}

/** Awaits a promise that must reject, and returns its reason. */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject, but it resolved');
}

/** The token appears nowhere a user or a log could see it. */
export function expectNoToken(error: unknown, token: string = TOKEN): void {
  const e = error as Error;
  const views = [
    String(error),
    e.message,
    e.stack ?? '',
    JSON.stringify(error),
    util.inspect(error, { depth: 20, showHidden: true, maxStringLength: Infinity }),
    util.inspect(error, { depth: 20 }),
  ];
  let cause: unknown = (e as { cause?: unknown }).cause;
  for (let depth = 0; cause && depth < 10; depth++) {
    views.push(String(cause), util.inspect(cause, { depth: 20, showHidden: true }), JSON.stringify(cause) ?? '');
    cause = (cause as { cause?: unknown }).cause;
  }
  for (const view of views) expect(view).not.toContain(token);
}
