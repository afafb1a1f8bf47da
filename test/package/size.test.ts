/**
 * The size budget: the package's ES entry bundled for the browser with esbuild, minified, with
 * the client factory and the request validators imported, is at most 6 kB min+gzip (issue 7).
 * esbuild's output is deterministic, so the READMEs state the figures exactly and this test
 * holds them.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { BROWSER_BUDGET_BYTES, browserImports, formatKb, measureBrowserBundle, measureBundleParts } from '../../generator/package/bundle-size.js';

/**
 * What the bundle weighs today, 18.55 kB (18,555 B), with no room: a ceiling against regressions
 * (raised from 13.25 kB when x-order stopped comparing a value that failed its own checks;
 * from 13.35 kB when the client came to check every option it is given and to validate the
 * JSON it sends, about 2.2 kB, most of it messages that say which option is wrong and what it
 * received, and the outcome of a call kept across its attempts; from 15.55 kB when a redirect
 * of a create stopped being followed (it could send the create again, also through a custom
 * fetch behind a middleware that rebuilds the Request) and calls sharing a signal came to
 * share one listener, removed when they are done, 0.45 kB, with unknown validator options
 * refused and credentials kept out of a Location header; from 16.05 kB when a 503 of a create
 * came to be trusted as "not done" only with the API's own error body, checked by its guard,
 * 0.2 kB: a gateway's 503 after passing the create on was retried, and created it twice; from
 * 16.30 kB when a body a middleware changed came to be validated again and what the server
 * answered, not what a middleware made of it, to decide a retry, 0.4 kB; from 16.65 kB when
 * the server's own 503 body came to be kept for that, a re-check came to be bounded by the
 * call's signal and its failure to carry the call's attempts and outcome, 0.2 kB; from 16.85 kB
 * when a body a middleware compressed came to be decoded and checked, a throwing validator to
 * give an issue, header options that change how the body is read to be refused, and time zones
 * to be checked as written, 0.75 kB, and the error classes to be instances across the
 * package's ES module and CommonJS builds, 0.15 kB, and a review's fixes to them (encoding
 * lists, a strict JSON media type, a refused Content-Encoding header), 0.2 kB, and a Happy
 * Eyeballs error with one attempt reset after connecting read as "may have been sent", 0.03 kB,
 * and `Accept: application/json` with OpenAPI's default form for query objects, 0.07 kB; less
 * 0.04 kB when the transport check was made simpler; from 18.54 kB when a time zone alias with
 * two capitals before a small letter, `US/EAstern`, came to be refused, 0.015 kB).
 * Issue 7's budget is BROWSER_BUDGET_BYTES (6 kB) and is NOT met: what each part adds is in the
 * README (`npm run size` prints it; the last test below holds it). The issue stays open with the
 * figures; lower this ceiling as the bundle shrinks.
 */
const MEASURED_CEILING_BYTES = 18_555;
import type { OpenApiDocument } from '../../generator/shared/openapi.js';
import { GENERATED_DIR, ROOT_DIR } from '../helpers/paths.js';

const document = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'openapi.json'), 'utf8')) as OpenApiDocument;
const readme = fs.readFileSync(path.join(GENERATED_DIR, 'README.md'), 'utf8');

describe('the browser bundle', () => {
  it('imports the client factory and the request validator', () => {
    expect(browserImports(document, 'createVoxoClient')).toEqual(['createVoxoClient', 'validateCreateCampaignRequest']);
  });

  it(`stays under its measured ceiling of ${formatKb(MEASURED_CEILING_BYTES)} min+gzip (budget ${formatKb(BROWSER_BUDGET_BYTES)}, not met), and the README says how much`, async () => {
    const size = await measureBrowserBundle(GENERATED_DIR, browserImports(document, 'createVoxoClient'));
    console.log(`browser bundle: ${formatKb(size.gzipBytes)} min+gzip, ${formatKb(size.minifiedBytes)} minified (budget ${formatKb(size.budgetBytes)})`);
    // What was measured is the client: its operation, the validator's pattern, openapi-fetch.
    expect(size.code).toContain('/v2/admin/call-campaigns');
    expect(size.code).toContain('[1-9]\\d{9}');
    expect(size.code).toMatch(/Content-Type|content-type/);
    const breakdown = size.modules.map((module) => `${module.path} ${module.bytes} B minified`).join('\n');
    expect(size.gzipBytes, `min+gzip bytes over the measured ceiling; the bundle's modules:\n${breakdown}`).toBeLessThanOrEqual(MEASURED_CEILING_BYTES);
    expect(BROWSER_BUDGET_BYTES).toBe(6_000);
    expect(readme).toContain(`**${formatKb(size.gzipBytes)} min+gzip** (${formatKb(size.minifiedBytes)} minified)`);
  });

  it("the repository README states what each part adds, as measured by taking it out of the bundle", async () => {
    const imports = browserImports(document, 'createVoxoClient');
    const [size, parts] = await Promise.all([measureBrowserBundle(GENERATED_DIR, imports), measureBundleParts(GENERATED_DIR, imports)]);
    const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
    const rootReadme = fs.readFileSync(path.join(ROOT_DIR, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(rootReadme).toContain(`is **${formatKb(size.gzipBytes)} min+gzip**`);
    expect(rootReadme).toContain(`openapi-fetch adds ${kb(parts.openapiFetchBytes)}`);
    expect(rootReadme).toContain(`campaign checks ${kb(parts.validatorsBytes)}`);
    expect(rootReadme).toContain(`without either, is ${kb(parts.runtimeAloneBytes)}`);
    // Each part is really taken out: the runtime alone has neither openapi-fetch nor a validator.
    expect(parts.openapiFetchBytes).toBeGreaterThan(1_000);
    expect(parts.validatorsBytes).toBeGreaterThan(1_000);
  });

  it('bundles nothing of Node.js: the package runs in browsers', async () => {
    const size = await measureBrowserBundle(GENERATED_DIR, browserImports(document, 'createVoxoClient'));
    expect(size.code.match(/\bfrom\s*["']node:|require\(["']node:|\bprocess\.env\b|\bBuffer\./g) ?? []).toEqual([]);
  });
});
