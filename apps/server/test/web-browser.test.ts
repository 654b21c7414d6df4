/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The web reader in a real browser: Playwright drives the machine's Chromium (Debian's package,
// never a downloaded build) against a server on 127.0.0.1 holding the seed corpus. A reader
// searches "chips", opens the article, sees Liu Dongshu's quote highlighted, opens his speaker
// page and downloads his quotes as CSV; axe-core checks every page; a hostile article stays inert.
// The article screenshot is kept under test/artifacts/. Skips when /usr/bin/chromium is missing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type LedeStore } from '@lede/store';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { silent } from './helpers.js';
import { fillWebStore, hostile, seedMeta } from './web-helpers.js';

const executablePath = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(executablePath);
if (!hasChromium) console.warn(`web-browser: ${executablePath} not found (apt-get install -y chromium); skipping the browser tests of the web reader`);

const here = path.dirname(fileURLToPath(import.meta.url));
const artifacts = path.join(here, 'artifacts');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let dir: string;
let store: LedeStore;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-web-browser-'));
  store = await openStore({ db: path.join(dir, 'web.db') });
  await fillWebStore(store);
  server = await startServer({ store, port: 0, host: '127.0.0.1', logger: silent, rateLimit: false });
  browser = await chromium.launch({ executablePath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}, 120_000);

afterAll(async () => {
  if (!hasChromium) return;
  await browser?.close();
  await server?.close();
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** axe-core, injected from its package source (no network), on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    type Rule = { id: string; impact: string; nodes: Array<{ target: string[] }> };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return { passed: r.passes.length, found: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })) };
  });
  // axe really ran its rules (a page it could not read would pass vacuously).
  expect(violations.passed).toBeGreaterThan(10);
  return violations.found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`);
}

/** Pages must run no script but ours: any CSP violation or page error is collected here. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

describe.skipIf(!hasChromium)('web reader in Chromium', () => {
  test('search "chips", open the article, see the quote, open the speaker, download the CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}/`);
    expect(await seriousViolations(page)).toEqual([]);

    // Search as you type: the results swap in and the URL follows.
    await page.getByLabel('Search articles and quotes').fill('chips');
    const hit = page.locator('.results a', { hasText: seedMeta.title });
    await hit.waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('q')).toBe('chips');
    expect(await page.locator('.results .snippet mark').first().textContent()).toBe('chips');
    // The facets and filter choices follow the search too: only the hit's outlet is counted.
    expect(await page.locator('ul[aria-labelledby="f-outlets"] li').allTextContents()).toEqual(['Test Wire 1']);
    expect(await page.getByLabel('Hits in').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await hit.click();
    await page.waitForURL(/\/articles\//);
    const quote = page.locator('.text .quote[title="quoted: Liu Dongshu"]').first();
    await quote.scrollIntoViewIfNeeded();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toContain('China needs to find a new engine');
    // Highlighted: a background colour of its own, unlike the plain text around it.
    const bg = await quote.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('.text p').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe(plain);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('.text mark', { hasText: 'chips' }).count()).toBe(1);
    // Keyboard: n jumps to the next quote and marks it current.
    await page.locator('body').press('n');
    expect(await page.locator('.text .quote.current').count()).toBeGreaterThan(0);
    fs.mkdirSync(artifacts, { recursive: true });
    await quote.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, 'web-article.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('aside.panel a', { hasText: 'Liu Dongshu' }).first().click();
    await page.waitForURL(/\/speakers\/Liu%20Dongshu/);
    expect(await page.locator('h1').textContent()).toBe('Liu Dongshu');
    expect(await page.locator('#t-quotes tbody tr').count()).toBe(2);
    expect(await page.locator('svg.chart').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Download all quotes (quotes.csv)').click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('article_id,article_title,published_at,quote_id,speaker,role,form,start,end,text,statement,speaker_kind,confidence');
    expect(csv.slice(1).map((l) => l.split(',')[4])).toEqual(['Liu Dongshu', 'Liu Dongshu']);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  test('every page passes axe (no serious or critical violation), light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const problems = watch(page);
      for (const p of ['/?sort=date', `/articles/${seedMeta.id}`, '/entities/Xi%20Jinping', '/themes', '/analyse', '/articles/missing', '/nope']) {
        await page.goto(`${server.url}${p}`);
        expect({ page: p, colorScheme, violations: await seriousViolations(page) }).toEqual({ page: p, colorScheme, violations: [] });
      }
      await page.goto(`${server.url}/analyse`);
      await page.getByLabel('Article').fill('"Turnout was high," said Ana Ruiz, the returning officer. Officials expect a result on Friday.');
      await page.getByRole('button', { name: 'Analyse' }).click();
      await page.locator('.text .quote').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems.filter((x) => !x.includes('404'))).toEqual([]);
      await context.close();
    }
  }, 180_000);

  test('an article holding <script>, event attributes and a javascript: URL renders inert', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}/articles/${hostile.id}`);
    expect(await page.locator('h1').textContent()).toBe(hostile.title);
    await page.locator('.byline').hover();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.text script, .text img, .text svg, .meta iframe, h1 img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.goto(`${server.url}/?q=officials`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
