/**
 * Stage: the API reference as one standalone HTML page, built by Redocly's `build-docs` (Redoc
 * 3), that renders with no network at all: opened from disk, behind a firewall, or offline.
 *
 * Three things stand between `build-docs` and that page, each handled here:
 * - Redoc's script comes from Redocly's CDN unless `--inlineBundle` embeds it;
 * - the sidebar's "API docs by" badge always loads Redocly's logo from `cdn.redoc.ly`: no Redoc
 *   option hides it (Redoc 3 renders it unconditionally, and Redocly's docs say "only the
 *   Redocly logo in the sidebar loads from the CDN"), so the two logo URLs in the inlined
 *   script are replaced by an inline SVG (`data:` URI) that keeps the attribution;
 * - anything a later Redoc might fetch (icons from `cdn.redocly.com`, fonts, telemetry) is
 *   refused by the page's Content-Security-Policy, set by our template (`template.hbs`), so the
 *   page can never leak a request; the browser test (test/docs/) fails if one is even tried.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { GeneratorError } from '../shared/errors.js';
import type { OpenApiDocument } from '../shared/openapi.js';
import { trackChild } from '../shared/output.js';
import { withModelsSection } from './models.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const DOCS_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The page's template: Redoc's default one plus the Content-Security-Policy. */
export const DOCS_TEMPLATE = path.join(DOCS_DIR, 'template.hbs');

/** The attribution badge's logos that Redoc loads from its CDN, and what replaces them. */
export const CDN_LOGOS: Readonly<Record<string, string>> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': svgDataUri(
    '<svg xmlns="http://www.w3.org/2000/svg" width="54" height="14" viewBox="0 0 54 14">' +
      '<text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redocly</text></svg>',
  ),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': svgDataUri(
    '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14">' +
      '<text x="2" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#0044d4">R</text></svg>',
  ),
};

export async function buildDocs(bundledSpecFile: string, outputFile: string, title: string): Promise<void> {
  // The page is built from a copy with the models shown (models.ts), beside the bundled spec
  // (a staging or temporary folder) while it is built: the shipped openapi.json stays the spec.
  const document = JSON.parse(fs.readFileSync(bundledSpecFile, 'utf8')) as OpenApiDocument;
  const docsSpecFile = path.join(path.dirname(path.resolve(bundledSpecFile)), '.openapi.docs.json');
  fs.writeFileSync(docsSpecFile, JSON.stringify(withModelsSection(document)));
  try {
    await runBuildDocs(docsSpecFile, outputFile, title);
  } finally {
    fs.rmSync(docsSpecFile, { force: true });
  }
}

async function runBuildDocs(specFile: string, outputFile: string, title: string): Promise<void> {
  const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
  const args = [cli, 'build-docs', path.resolve(specFile), '--output', path.resolve(outputFile), '--title', title, '--inlineBundle', '--template', DOCS_TEMPLATE];
  const pending = run(process.execPath, args, {
    // Run where no redocly.yaml can be picked up by accident: the page depends only on the spec.
    cwd: DOCS_DIR,
    // Telemetry off: the option is written into the page, whose readers' browsers would send it.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  // Ctrl-C stops it with the run, instead of leaving it writing into a removed folder.
  const release = trackChild(pending.child.pid);
  try {
    await pending;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new GeneratorError(`redocly build-docs failed:\n${stderr || stdout || (error as Error).message}`);
  } finally {
    release();
  }
  const html = fs.readFileSync(outputFile, 'utf8');
  fs.writeFileSync(outputFile, replaceCdnLogos(html));
}

/** The page with the badge's CDN logos replaced by inline ones. */
export function replaceCdnLogos(html: string): string {
  let out = html;
  for (const [url, dataUri] of Object.entries(CDN_LOGOS)) out = out.split(url).join(dataUri);
  return out;
}

function svgDataUri(svg: string): string {
  // base64: the URI lands inside a JavaScript template literal, where `$`, `"` or `<` could matter.
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
