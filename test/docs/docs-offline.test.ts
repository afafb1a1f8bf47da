/**
 * The API reference as a reader gets it: `generated/docs/index.html` served on loopback and
 * opened in headless Chromium with every request that would leave 127.0.0.1 aborted and
 * recorded. It must show Create Campaign with its request fields, patterns and example, and
 * try to fetch nothing (no CDN script, logo, icon or font; no telemetry).
 *
 * Without /usr/bin/chromium the browser test is skipped, saying why, except under CI=true,
 * where a missing browser fails it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { GENERATED_DIR, ROOT_DIR } from '../helpers/paths.js';
import { serveStatic, type StaticServer } from '../../scripts/docs-serve.js';
import { CDN_LOGOS } from '../../generator/docs/docs.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DOCS_DIR = path.join(GENERATED_DIR, 'docs');
const DOCS_FILE = path.join(DOCS_DIR, 'index.html');
const SCREENSHOT = path.join(ROOT_DIR, '.tmp/screenshots/docs-create-campaign.png');

const spec = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'openapi.json'), 'utf8')) as {
  components: { schemas: { CreateCampaignRequest: { required: string[]; properties: Record<string, { pattern?: string }> } } };
};
const request = spec.components.schemas.CreateCampaignRequest;

describe('generated/docs/index.html, as a file', () => {
  const html = fs.readFileSync(DOCS_FILE, 'utf8');

  it('embeds Redoc and loads no script, style or logo from elsewhere', () => {
    // Matches, not the page itself, in the failure message: the page is 2.5 MB.
    expect(html.match(/<script[^>]*\ssrc=[^>]*>/gi) ?? []).toEqual([]);
    expect(html.match(/<link[^>]*\shref=[^>]*>/gi) ?? []).toEqual([]);
    expect(Object.keys(CDN_LOGOS).filter((url) => html.includes(url))).toEqual([]);
    expect(html.match(/https:\/\/cdn\.redoc\.ly\/[^`"')\s]*/g) ?? []).toEqual([]);
  });

  it('forbids every fetch with a Content-Security-Policy', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const directives = new Map(policy!.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    // Nothing with a scheme or host may be allowed anywhere: only inline, data: and blob:.
    for (const [name, values] of directives) {
      for (const value of values) expect(`${name} ${value}`).toMatch(/ ('[a-z-]+'|data:|blob:)$/);
    }
  });

  it('sends no Redoc telemetry', () => {
    expect(/"disableTelemetry":true/.test(html)).toBe(true);
  });
});

const hasChromium = fs.existsSync(CHROMIUM);
const missing = `${CHROMIUM} is not installed (install it with \`bash scripts/ensure-chromium.sh\`, as root)`;

describe('generated/docs/index.html in headless Chromium, with no network', () => {
  if (!hasChromium) {
    if (process.env.CI === 'true') {
      it('has a browser to run in (CI=true: the browser test may not be skipped)', () => {
        throw new Error(`${missing}; CI must run the browser test`);
      });
    } else {
      console.warn(`docs browser test skipped: ${missing}`);
      it.skip(`renders Create Campaign offline (skipped: ${missing})`, () => {});
    }
    return;
  }

  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(DOCS_DIR);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows Create Campaign, its request fields, the callerId pattern and the example, and fetches nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
    const origin = new URL(server.url).origin;
    const requested: string[] = [];
    const leftLoopback: string[] = [];
    const pageErrors: string[] = [];
    // Every request passes here: the ones for loopback go on, any other is aborted and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      leftLoopback.push(url);
      return route.abort('blockedbyclient');
    });
    // A request the page's CSP refuses never reaches the router: record those attempts as well.
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const page = await context.newPage();
    page.on('request', (req) => requested.push(req.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${server.url}#/call-campaigns/createcampaign`, { waitUntil: 'load' });

    await page.getByRole('heading', { name: 'Create Campaign' }).first().waitFor({ state: 'visible' });
    for (const field of request.required) {
      await expect.soft(page.getByText(field, { exact: true }).first().isVisible(), `request field ${field}`).resolves.toBe(true);
    }
    const callerIdPattern = request.properties.callerId!.pattern!;
    expect(callerIdPattern).toBe('^[1-9]\\d{9}$');
    await expect(page.getByText(callerIdPattern, { exact: true }).first().isVisible()).resolves.toBe(true);
    // The campaign checks this document adds are said where the reader sees the body.
    await expect(page.getByText(/this document refuses\s+a campaign that could never run/).first().isVisible(), 'the request body description').resolves.toBe(true);
    // The request example (its callerId) is shown in the sample panel.
    await expect(page.getByText('"6013151002"').first().isVisible()).resolves.toBe(true);
    // Every component schema's description is shown, in its model's section (Redoc shows it nowhere it is used).
    // (Redoc renders sections as they are scrolled to.)
    for (let step = 0; step < 60; step++) await page.mouse.wheel(0, 2_000);
    for (const [name, schema] of Object.entries(spec.components.schemas as Record<string, { description?: string }>)) {
      const firstWords = schema.description!.replace(/`/g, '').split(/\s+/).slice(0, 6).join(' ');
      await expect.soft(page.getByText(firstWords).first().isVisible(), `the description of ${name}`).resolves.toBe(true);
    }
    await page.goto(`${server.url}#/call-campaigns/createcampaign`, { waitUntil: 'load' });

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.getByText(callerIdPattern, { exact: true }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });
    console.log(`docs screenshot: ${path.relative(ROOT_DIR, SCREENSHOT)}`);

    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    await context.close();
    expect(leftLoopback, 'requests that would have left 127.0.0.1').toEqual([]);
    expect(violations, 'fetches refused by the page CSP').toEqual([]);
    expect(requested.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('npm run docs:serve (serveStatic)', () => {
  it('answers a malformed escape with 400 and goes on serving (it crashed on decodeURIComponent)', async () => {
    const server = await serveStatic(DOCS_DIR);
    try {
      expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400);
      expect((await fetch(`${server.url}index.html`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
