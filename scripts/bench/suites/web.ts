// The web reader on the BBC store (#16): time to first byte and full page load (Chromium: the
// load event, stylesheet and script included, cold cache) of the corpus page (list and search)
// and article pages. `lede serve` runs as a child process on loopback; request loops are bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '@lede/core';
import { openStore } from '@lede/store';
import { readJsonl, repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

// playwright-core is a dev dependency of @lede/server (it drives the machine's Chromium, never a download).
type Browser = { newContext(): Promise<{ newPage(): Promise<BrowserPage>; close(): Promise<void> }>; close(): Promise<void> };
type BrowserPage = { goto(url: string, o: { waitUntil: 'load' }): Promise<unknown>; evaluate<T>(f: () => T): Promise<T> };
const chromiumPath = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

interface Article { id: string; title?: string; text: string }

const searches = ['government', 'profit', 'election', 'music', 'football', 'technology', 'oil prices', 'minister'];

export const suite: BenchSuite = {
  name: 'web',
  async run({ shared, quick }) {
    const corpus = readJsonl<Article>(path.join(shared, 'corpus/bbc.jsonl'));
    const stored = quick ? corpus.slice(0, 300) : corpus;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-web-'));
    const db = path.join(dir, 'bbc.db');
    const store = await openStore({ db });
    for (const a of stored) await store.add(analyze({ id: a.id, text: a.text, source: 'BBC', ...(a.title && { title: a.title }) }));
    // Article pages: the ones with most quotes (the heaviest to highlight) and a spread of others.
    const byQuotes = (await store.list({ sort: 'quotes', order: 'desc', limit: 10 })).items.map((a) => a.id);
    const spread = stored.filter((_, i) => i % Math.ceil(stored.length / 10) === 0).map((a) => a.id);
    await store.close();
    const articles = [...byQuotes, ...spread];

    const rows: BenchRow[] = [{ metric: `store: BBC articles`, value: stored.length, unit: 'articles' }];
    const server = await startServer(db);
    try {
      const pages: Array<[string, (i: number) => string]> = [
        ['corpus page', (i) => (i % 2 ? '/?page=2' : '/')],
        ['corpus search', (i) => `/?q=${encodeURIComponent(searches[i % searches.length]!)}`],
        // A faceted view: every facet counts within the search, a theme and an outlet (store facet queries, #16).
        ['corpus search, filtered', (i) => `/?q=${encodeURIComponent(searches[i % searches.length]!)}&theme=politics&source=BBC`],
        ['article page', (i) => `/articles/${encodeURIComponent(articles[i % articles.length]!)}${i % 2 ? '?q=government' : ''}`],
      ];
      const n = quick ? 20 : 60;
      for (const [name, url] of pages) {
        for (let i = 0; i < 5; i++) await firstByte(server.url + url(i)); // warm-up (JIT, statement cache)
        const t: number[] = [];
        for (let i = 0; i < n; i++) t.push(await firstByte(server.url + url(i)));
        rows.push(
          { metric: `${name}: first byte, median`, value: pct(t, 0.5), unit: 'ms' },
          { metric: `${name}: first byte, p95`, value: pct(t, 0.95), unit: 'ms', max: 150 },
        );
      }
      if (!fs.existsSync(chromiumPath)) {
        process.stderr.write(`web bench: ${chromiumPath} not found (apt-get install -y chromium): full page load not measured\n`);
      } else {
        const { chromium } = createRequire(path.join(repoRoot, 'apps/server/package.json'))('playwright-core') as { chromium: { launch(o: object): Promise<Browser> } };
        const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
        try {
          const loads = quick ? 6 : 15;
          for (const [name, url] of pages) {
            const t: number[] = [];
            for (let i = -2; i < loads; i++) {
              const ms = await fullLoad(browser, server.url + url(i + 2));
              if (i >= 0) t.push(ms); // the first two warm the browser
            }
            rows.push(
              { metric: `${name}: full load (cold cache), median`, value: pct(t, 0.5), unit: 'ms' },
              { metric: `${name}: full load (cold cache), p95`, value: pct(t, 0.95), unit: 'ms', max: 1000 },
            );
          }
        } finally {
          await browser.close();
        }
      }
    } finally {
      await stop(server.child);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

/** Milliseconds from sending the request to the first byte of the body (headers parsed). */
function firstByte(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = http.get(url, { headers: { Accept: 'text/html' } }, (res) => {
      res.once('data', () => resolve(Number(process.hrtime.bigint() - start) / 1e6));
      res.on('end', () => undefined).resume();
      if (res.statusCode !== 200) reject(new Error(`${url}: HTTP ${res.statusCode}`));
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`${url}: no answer in 10 s`)));
    req.on('error', reject);
  });
}

/** A fresh browser context (nothing cached): navigation start to the end of the load event. */
async function fullLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const nav = (globalThis as unknown as { performance: { getEntriesByType(t: string): Array<{ loadEventEnd: number; startTime: number }> } }).performance.getEntriesByType('navigation')[0]!;
      return nav.loadEventEnd - nav.startTime;
    });
  } finally {
    await context.close();
  }
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

/** `lede serve` on an ephemeral loopback port; resolves with its URL from the "listening" log line. */
function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const fromSource = process.env.LEDE_BENCH_SOURCE === '1';
  const cli = path.join(repoRoot, fromSource ? 'apps/tui/src/cli.ts' : 'apps/tui/dist/cli.js');
  const loader = fromSource ? ['--import', 'tsx', '--conditions=source'] : [];
  const child = spawn(process.execPath, [...loader, cli, 'serve', '--host', '127.0.0.1', '--port', '0', '--db', db, '--rate-limit', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered: string | null = '';
    const timer = setTimeout(() => reject(new Error('lede serve did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`lede serve exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (buffered === null) return; // request logs: read and dropped
      buffered += chunk.toString('utf8');
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(buffered);
      if (m) {
        clearTimeout(timer);
        buffered = null;
        resolve({ url: m[1]!, child });
      }
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
