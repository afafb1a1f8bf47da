/**
 * The package as its users get it: `npm pack` of `generated/`, installed from the tarball into
 * fresh projects of four kinds, each type-checked (with the repository's TypeScript) where it
 * is TypeScript and run against a mock VOXO on 127.0.0.1:
 *
 * - TypeScript, ES modules, `moduleResolution: node16` (compiled by tsc, run by node);
 * - TypeScript, `moduleResolution: bundler` (checked by tsc, bundled by esbuild, run by node);
 * - CommonJS JavaScript with `require`;
 * - ES module JavaScript.
 *
 * The tarball's one dependency, openapi-fetch, is installed by npm from its cache (`--offline`,
 * warmed by the repository's own install), falling back to the registry when the cache lacks
 * it; each project must resolve both packages from its own node_modules, never from the
 * repository's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { GENERATED_DIR, ROOT_DIR, scratchDir } from '../helpers/paths.js';

const run = promisify(execFile);
const PACKAGE = (JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'package.json'), 'utf8')) as { name: string }).name;
const TSC = path.join(ROOT_DIR, 'node_modules/typescript/bin/tsc');
/** The oldest TypeScript the package README promises (a dev dependency alias, `typescript-5.4`). */
const TSC_OLDEST = path.join(ROOT_DIR, 'node_modules/typescript-5.4/bin/tsc');
const ESBUILD = path.join(ROOT_DIR, 'node_modules/esbuild/bin/esbuild');

const spec = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'openapi.json'), 'utf8')) as {
  info: { version: string };
  components: { examples: Record<string, { value: Record<string, unknown> }> };
};
/** The spec's own examples: the request a consumer sends, and the campaign the mock answers. */
const REQUEST = spec.components.examples.CreateCampaignRequestWeekdayReminders!.value;
const CAMPAIGN = spec.components.examples.CampaignWeekdayReminders!.value;

interface Recorded {
  method: string;
  url: string;
  authorization?: string;
  contentType?: string;
  body: unknown;
}

/** A mock VOXO: answers Create Campaign with the spec's example campaign, records every request. */
function startMockServer(): Promise<{ url: string; requests: Recorded[]; close(): Promise<void> }> {
  const requests: Recorded[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization,
        contentType: request.headers['content-type'],
        body: text ? (JSON.parse(text) as unknown) : undefined,
      });
      if (request.method === 'POST' && request.url === '/v2/admin/call-campaigns') {
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(CAMPAIGN));
      } else {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'NotFound', message: 'no route', code: 404 }));
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The consumer code every project runs, in its own module syntax. */
function consumerScript(kind: 'esm' | 'cjs' | 'ts', label: string): string {
  const imports =
    kind === 'cjs'
      ? `const { createVoxoClient, validateCreateCampaignRequest, VoxoValidationError, VoxoError } = require(${JSON.stringify(PACKAGE)});\n` +
        `const bundledSpec = require(${JSON.stringify(`${PACKAGE}/openapi.json`)});\n` +
        `const resolved = require.resolve(${JSON.stringify(PACKAGE)});\n`
      : `import { createVoxoClient, validateCreateCampaignRequest, VoxoValidationError, VoxoError${kind === 'ts' ? ', type CreateCampaignRequest, type Campaign' : ''} } from ${JSON.stringify(PACKAGE)};\n` +
        // Plain ES modules import the spec as the package README says; TypeScript under
        // `module: node16` cannot write import attributes, so the TypeScript projects require it.
        (kind === 'esm'
          ? `import bundledSpec from ${JSON.stringify(`${PACKAGE}/openapi.json`)} with { type: 'json' };\n`
          : `import { createRequire } from 'node:module';\n` + `const bundledSpec = createRequire(import.meta.url)(${JSON.stringify(`${PACKAGE}/openapi.json`)});\n`) +
        `const resolved = import.meta.resolve(${JSON.stringify(PACKAGE)});\n`;
  const typed = (name: string, type: string) => (kind === 'ts' ? `${name}: ${type}` : name);
  return `${imports}
const voxo = createVoxoClient({ token: 'token-${label}', baseUrl: process.env.VOXO_BASE_URL${kind === 'ts' ? '!' : ''}, retry: false });
const ${typed('body', 'CreateCampaignRequest')} = ${JSON.stringify(REQUEST, null, 2)};

async function main() {
  const ${typed('campaign', 'Campaign')} = await voxo.createCampaign(body);

  // An invalid body is refused before sending, with the field that is wrong.
  const invalid = { ...body, callerId: '0123' };
  const checked = validateCreateCampaignRequest(invalid);
  let thrown = null;
  try {
    await voxo.createCampaign(invalid${kind === 'ts' ? ' as CreateCampaignRequest' : ''});
  } catch (error) {
    thrown = {
      validationError: error instanceof VoxoValidationError,
      baseError: error instanceof VoxoError,
      name: ${kind === 'ts' ? '(error as Error).name' : 'error.name'},
      outcome: ${kind === 'ts' ? '(error as VoxoError).outcome' : 'error.outcome'},
    };
  }
  console.log(JSON.stringify({
    resolved: String(resolved),
    campaign: { id: campaign.id, name: campaign.name },
    validation: { ok: checked.ok, paths: checked.ok ? [] : checked.issues.map((issue) => issue.path) },
    thrown,
    specVersion: bundledSpec.info.version,
  }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;
}

/** Type-level promises a TypeScript consumer relies on, each checked by tsc. */
const TYPE_CHECKS = `
import { createVoxoClient, type CreateCampaignRequest } from ${JSON.stringify(PACKAGE)};

declare const body: CreateCampaignRequest;
const voxo = createVoxoClient({ token: 't' });
// @ts-expect-error -- a required field is missing
const incomplete: CreateCampaignRequest = { ...body, tenantId: undefined };
// @ts-expect-error -- 'no' is not in the enum of recording
const wrongEnum: CreateCampaignRequest = { ...body, recording: 'no' };
// @ts-expect-error -- callerId has a pattern type: ^[1-9]\\d{9}$ cannot start with 0
const wrongCallerId: CreateCampaignRequest = { ...body, callerId: '0601315100' };
// @ts-expect-error -- createCampaign takes the body
void voxo.createCampaign();
void incomplete;
void wrongEnum;
void wrongCallerId;
`;

/**
 * A library that wraps the client, built with declarations: every type it infers from the
 * package must be nameable through the package (TS2742 "cannot be named" otherwise), and
 * `instanceof` must narrow. Options given as possibly undefined values must compile under
 * `exactOptionalPropertyTypes`, as the runtime accepts them; issues from the validators and
 * from the client's errors must fit one type.
 */
const LIBRARY = `
import { createVoxoClient, validateCreateCampaignRequest, VoxoApiError, VoxoError, VoxoValidationError, type CreateCampaignRequest, type ValidationIssue } from ${JSON.stringify(PACKAGE)};

export const ErrorClass = VoxoError;
export function asApiError(error: unknown) {
  return error instanceof VoxoApiError ? error : undefined;
}
export function statusOf(error: unknown): number | undefined {
  return asApiError(error)?.status;
}
export function issuesOf(error: VoxoValidationError) {
  return error.issues;
}
export function outcomeOf(error: unknown) {
  return error instanceof VoxoError ? { outcome: error.outcome, request: error.request, code: error.code } : undefined;
}
export function makeClient(baseUrl: string | undefined, verbose: boolean | undefined, signal: AbortSignal | undefined) {
  const voxo = createVoxoClient({ token: 't', baseUrl, timeoutMs: undefined, retry: { maxRetries: undefined } });
  return {
    voxo,
    send: (body: CreateCampaignRequest) => voxo.createCampaign(body, { signal, retry: undefined }),
    check: (body: unknown) => validateCreateCampaignRequest(body, { allErrors: verbose }),
  };
}
export function report(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => issue.severity + ' ' + issue.path);
}
export function reportBoth(body: unknown, error: VoxoValidationError): string[] {
  const checked = validateCreateCampaignRequest(body);
  return [...report(checked.ok ? [] : checked.issues), ...report(error.issues)];
}
`;

/**
 * An application that imports the package as an ES module beside a CommonJS dependency that
 * requires it: both builds load, and an error made by the CommonJS client must still be an
 * instance of the ES module's classes (not of a caller's own subclass, nor of another class).
 */
function dualPackageScript(label: string): string {
  return `import { createRequire } from 'node:module';
import { VoxoError, VoxoValidationError, VoxoApiError, PatternMismatchError, asCallerId } from ${JSON.stringify(PACKAGE)};
const cjs = createRequire(import.meta.url)(${JSON.stringify(PACKAGE)});
class MyError extends VoxoError {}
const voxo = cjs.createVoxoClient({ token: 'token-${label}', baseUrl: process.env.VOXO_BASE_URL, retry: false });
let error;
try {
  await voxo.createCampaign({ callerId: '0123' });
} catch (caught) {
  error = caught;
}
let patternError;
try {
  cjs.asCallerId('0123');
} catch (caught) {
  patternError = caught;
}
let esmPatternError;
try {
  asCallerId('0123');
} catch (caught) {
  esmPatternError = caught;
}
console.log(JSON.stringify({
  separateCopies: cjs.VoxoError !== VoxoError,
  name: error.name,
  validationError: error instanceof VoxoValidationError,
  baseError: error instanceof VoxoError,
  apiError: error instanceof VoxoApiError,
  callerSubclass: error instanceof MyError,
  esmInCjs: new MyError('ABORTED', 'x', { operationId: 'x', method: 'POST', path: '/', attempts: 0, outcome: 'not-sent' }) instanceof cjs.VoxoError,
  plainError: new Error('x') instanceof VoxoError,
  patternError: patternError instanceof PatternMismatchError,
  esmPatternInCjs: esmPatternError instanceof cjs.PatternMismatchError,
}));
`;
}

/** The README's quick start, as a user pastes it: it must compile against the installed package. */
function readmeQuickStart(): string {
  const readme = fs.readFileSync(path.join(GENERATED_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('generated/README.md has no ```ts block under "## Quick start"');
  return block;
}

interface Project {
  name: string;
  dir: string;
}

let work: string;
let tarball: string;
let mock: Awaited<ReturnType<typeof startMockServer>>;
const installLog: string[] = [];

beforeAll(async () => {
  work = scratchDir('consumers');
  const { stdout } = await run('npm', ['pack', GENERATED_DIR, '--pack-destination', work, '--json', '--ignore-scripts'], { cwd: work });
  tarball = path.join(work, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename);
  mock = await startMockServer();
});

afterAll(async () => {
  await mock?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A fresh project folder with the tarball (and `extra` packages) installed by npm. */
async function createProject(name: string, manifest: Record<string, unknown>, files: Record<string, string>, extra: string[] = []): Promise<Project> {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, ...manifest }, null, 2));
  for (const [file, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), contents);
  }
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball, ...extra];
  try {
    await run('npm', [...args, '--offline'], { cwd: dir });
    installLog.push(`${name}: installed from the npm cache`);
  } catch (error) {
    // The cache lacks a package (a fresh CI cache filled by `npm ci` holds no packuments).
    if (!/ENOTCACHED|offline/i.test(String((error as { stderr?: string }).stderr ?? error))) throw error;
    await run('npm', [...args, '--prefer-offline'], { cwd: dir });
    installLog.push(`${name}: installed with the registry`);
  }
  // The consumer must get the package from the tarball and its dependency from its own install.
  const installed = path.join(dir, 'node_modules', PACKAGE);
  expect(fs.lstatSync(installed).isSymbolicLink(), `${name}: ${PACKAGE} is a copy, not a link`).toBe(false);
  expect(fs.existsSync(path.join(installed, 'dist/esm/index.js'))).toBe(true);
  expect(fs.existsSync(path.join(installed, 'src')), 'the tarball ships no sources').toBe(false);
  expect(fs.existsSync(path.join(dir, 'node_modules/openapi-fetch/package.json')), `${name}: openapi-fetch installed`).toBe(true);
  return { name, dir };
}

async function node(project: Project, file: string): Promise<{ resolved: string; campaign: unknown; validation: { ok: boolean; paths: string[] }; thrown: unknown; specVersion: string }> {
  const before = mock.requests.length;
  const { stdout } = await run(process.execPath, [file], { cwd: project.dir, env: { ...process.env, VOXO_BASE_URL: mock.url, NODE_OPTIONS: '' } });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as Awaited<ReturnType<typeof node>>;
  // Exactly one request reached the server: the valid one. The invalid body was never sent.
  const sent = mock.requests.slice(before);
  expect(sent).toEqual([
    { method: 'POST', url: '/v2/admin/call-campaigns', authorization: `Bearer token-${project.name}`, contentType: expect.stringMatching(/^application\/json/), body: REQUEST },
  ]);
  return result;
}

async function typeCheck(project: Project, tsc = TSC, extra: string[] = []): Promise<void> {
  await run(process.execPath, [tsc, '-p', project.dir, ...extra], { cwd: project.dir }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`${path.relative(ROOT_DIR, tsc)} failed in the ${project.name} project:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  });
}

function expectConsumerResult(project: Project, result: Awaited<ReturnType<typeof node>>): void {
  expect(result.campaign).toEqual({ id: CAMPAIGN.id, name: CAMPAIGN.name });
  expect(result.validation).toEqual({ ok: false, paths: ['/callerId'] });
  expect(result.thrown).toEqual({ validationError: true, baseError: true, name: 'VoxoValidationError', outcome: 'not-sent' });
  expect(result.specVersion).toBe(spec.info.version);
  // Resolved from the project's own node_modules, not from the repository or generated/.
  expect(result.resolved.replace(/^file:\/\//, '')).toContain(path.join(project.dir, 'node_modules', PACKAGE));
}

describe(`${PACKAGE}, installed from its tarball`, () => {
  it('works in a TypeScript ES module project with moduleResolution node16', async () => {
    const project = await createProject(
      'ts-node16',
      { type: 'module' },
      {
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], strict: true, skipLibCheck: false,
            exactOptionalPropertyTypes: true, declaration: true, outDir: 'dist', rootDir: 'src',
          },
          include: ['src'],
        }),
        'src/index.ts': consumerScript('ts', 'ts-node16'),
        'src/type-checks.ts': TYPE_CHECKS,
        'src/readme-quick-start.ts': readmeQuickStart(),
        'src/library.ts': LIBRARY,
      },
      ['@types/node@20'],
    );
    await typeCheck(project);
    // The declarations name the package's exports, never a file inside it.
    const declarations = fs.readFileSync(path.join(project.dir, 'dist/library.d.ts'), 'utf8');
    expect(declarations).toContain('asApiError(error: unknown): VoxoApiError | undefined');
    expect(declarations).toContain(`issuesOf(error: VoxoValidationError): import("${PACKAGE}").VoxoValidationIssue[]`);
    expect(declarations).not.toMatch(/dist\/(esm|cjs)|runtime\//);
    // The oldest TypeScript the README promises checks the same project, and emits its
    // declarations (TS2742 is reported only when they are emitted).
    await typeCheck(project, TSC_OLDEST, ['--emitDeclarationOnly', '--declarationDir', 'dist-oldest']);
    expect(fs.readFileSync(path.join(project.dir, 'dist-oldest/library.d.ts'), 'utf8')).toContain('asApiError(error: unknown): VoxoApiError | undefined');
    expectConsumerResult(project, await node(project, 'dist/index.js'));
  });

  it('works in a TypeScript project with moduleResolution bundler, bundled by esbuild', async () => {
    const project = await createProject(
      'ts-bundler',
      { type: 'module' },
      {
        'tsconfig.json': JSON.stringify({
          // skipLibCheck as bundler setups usually have it; the node16 project checks the declarations.
          compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], strict: true, skipLibCheck: true, noEmit: true },
          include: ['src'],
        }),
        'src/index.ts': consumerScript('ts', 'ts-bundler'),
        'src/type-checks.ts': TYPE_CHECKS,
        'src/readme-quick-start.ts': readmeQuickStart(),
      },
      ['@types/node@20'],
    );
    await typeCheck(project);
    // The bundle inlines the package: resolution happened at bundle time, from node_modules.
    await run(ESBUILD, ['src/index.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=dist/index.mjs', '--log-level=error'], { cwd: project.dir });
    const bundled = fs.readFileSync(path.join(project.dir, 'dist/index.mjs'), 'utf8');
    expect(bundled).toContain(`node_modules/${PACKAGE}/dist/esm/`);
    const result = await node(project, 'dist/index.mjs');
    expect(result.campaign).toEqual({ id: CAMPAIGN.id, name: CAMPAIGN.name });
    expect(result.thrown).toEqual({ validationError: true, baseError: true, name: 'VoxoValidationError', outcome: 'not-sent' });
  });

  it('works in a CommonJS project with require', async () => {
    const project = await createProject('cjs', { type: 'commonjs' }, { 'index.js': consumerScript('cjs', 'cjs') });
    const result = await node(project, 'index.js');
    expectConsumerResult(project, result);
    expect(result.resolved).toContain(`${PACKAGE}/dist/cjs/index.js`);
  });

  it('works in a plain ES module JavaScript project', async () => {
    const project = await createProject('esm-js', { type: 'module' }, { 'index.js': consumerScript('esm', 'esm-js') });
    const result = await node(project, 'index.js');
    expectConsumerResult(project, result);
    expect(result.resolved).toContain(`${PACKAGE}/dist/esm/index.js`);
    // Both builds in one process: errors are instances of either build's classes.
    fs.writeFileSync(path.join(project.dir, 'dual.js'), dualPackageScript('esm-js'));
    const { stdout } = await run(process.execPath, ['dual.js'], { cwd: project.dir, env: { ...process.env, VOXO_BASE_URL: mock.url, NODE_OPTIONS: '' } });
    expect(JSON.parse(stdout.trim())).toEqual({
      separateCopies: true,
      name: 'VoxoValidationError',
      validationError: true,
      baseError: true,
      apiError: false,
      callerSubclass: false,
      esmInCjs: true,
      plainError: false,
      patternError: true,
      esmPatternInCjs: true,
    });
    console.log(installLog.join('\n'));
  });
});
