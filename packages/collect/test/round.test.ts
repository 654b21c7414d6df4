// One polling round against loopback sites: collected once, 304s respected, broken feeds isolated
// and reported, robots.txt honoured, feed metadata filling the page's gaps.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type LedeStore } from '@lede/store';
import { afterEach, describe, expect, it } from 'vitest';
import { collectRound, createClient, localSink, runCollector, type CollectedItem, type IngestSink, type RoundOptions } from '../src/index.js';
import { page, robots, rss, startSite, text, type Site } from '../src/testing.js';
import { hugeBody } from './huge-body.js';

const sites: Site[] = [];
const stores: LedeStore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const site = async (host: string, routes: Parameters<typeof startSite>[1] = {}) => {
  const s = await startSite(host, { '/robots.txt': robots('User-agent: *\nDisallow: /private/\n'), ...routes });
  sites.push(s);
  return s;
};
const store = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-collect-'));
  dirs.push(dir);
  const s = await openStore({ db: path.join(dir, 'lede.db') });
  stores.push(s);
  return s;
};

/** Takes every item as stored (the analysis is not what these tests are about). */
function memorySink(): IngestSink & { items: CollectedItem[] } {
  const items: CollectedItem[] = [];
  return {
    items,
    async ingest(stream, settled) {
      for await (const item of stream) {
        items.push(item);
        settled(item, { ok: true, id: item.article.id!, status: 'added' });
      }
      return {};
    },
    async close() {},
  };
}

const PARAGRAPHS = [
  'The harbour authority approved a plan on Tuesday to deepen the northern channel, allowing larger container ships to dock.',
  'Officials said the dredging would begin in the spring and take about eighteen months to finish.',
  'Fishing groups asked for a study of the effect on the estuary before any work starts.',
];
const story = (n: number, extra: Partial<Parameters<typeof page>[0]> = {}) => page({ title: `Harbour story ${n}`, paragraphs: PARAGRAPHS.map((p) => `${p} (Report ${n}.)`), ...extra });

const round = (s: LedeStore, sink: IngestSink, extra: Partial<RoundOptions> = {}, timeoutMs = 1000) =>
  collectRound({
    store: s,
    sink,
    client: createClient({ timeoutMs, maxBytes: 2 * 1024 * 1024, policy: { intervalMs: 0, perHost: 4, total: 16, backoffBaseMs: 20, backoffMaxMs: 100 } }),
    intervalMs: 60_000,
    all: true,
    ...extra,
  });

describe('collectRound', () => {
  it('collects each new item once, and a 304 feed costs one request and no pages', async () => {
    const a = await site('127.0.0.1');
    const b = await site('127.0.0.2');
    const itemsA = [1, 2, 3].map((n) => ({ path: `/news/${n}`, title: `Harbour story ${n}` }));
    a.route('/rss', (_q, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Harbour Daily', itemsA, a.origin)));
    for (const n of [1, 2, 3, 4]) a.route(`/news/${n}`, text(story(n), 'text/html'));
    b.route('/atom', (req, res) => {
      if (req.headers['if-none-match'] === '"b1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"b1"', 'content-type': 'application/rss+xml' }).end(rss('Coast Post', [{ path: '/s/9', title: 'Coast story' }], b.origin));
    });
    b.route('/s/9', text(story(9), 'text/html'));
    const s = await store();
    await s.sources.add([{ url: `${a.origin}/rss` }, { url: `${b.origin}/atom`, name: 'Coast Post' }]);
    const sink = memorySink();

    const first = await round(s, sink);
    expect(first.pages).toMatchObject({ fetched: 4, added: 4, failed: 0 });
    expect(first.feeds.map((f) => f.status).sort()).toEqual(['ok', 'ok']);

    // The same items again, plus one new one: only the new page is requested; the Atom feed answers 304.
    itemsA.push({ path: '/news/4', title: 'Harbour story 4' });
    const second = await round(s, sink);
    expect(second.pages).toMatchObject({ fetched: 1, added: 1 });
    expect(second.feeds.find((f) => f.url.endsWith('/atom'))!.status).toBe('not-modified');
    for (const n of [1, 2, 3, 4]) expect(a.hitsOf(`/news/${n}`)).toHaveLength(1);
    expect(b.hitsOf('/s/9')).toHaveLength(1);
    expect(b.hitsOf('/atom')[1]!.headers['if-none-match']).toBe('"b1"');
    expect(sink.items.map((i) => i.url).sort()).toEqual([...[1, 2, 3, 4].map((n) => `${a.origin}/news/${n}`), `${b.origin}/s/9`].sort());

    const rows = await s.sources.list();
    expect(rows.find((r) => r.url.endsWith('/rss'))).toMatchObject({ status: 'ok', itemsSeen: 4 });
    expect(rows.find((r) => r.url.endsWith('/atom'))).toMatchObject({ status: 'ok', itemsSeen: 1, etag: '"b1"' });
    const states = await s.sources.fetchStates([`${a.origin}/news/1`]);
    expect(states.get(`${a.origin}/news/1`)).toMatchObject({ httpStatus: 200, attempts: 1 });
  });

  it('a feed that times out, fails, is not XML, loops or is huge is reported and does not stop the others', async () => {
    const good = await site('127.0.0.1');
    good.route('/rss', text(rss('Good Feed', [{ path: '/a/1', title: 'Harbour story 1' }], good.origin), 'application/rss+xml'));
    good.route('/a/1', text(story(1), 'text/html'));
    const bad = await site('127.0.0.5', {
      '/slow': () => {},
      '/error': (_q, r) => void r.writeHead(500).end('oops'),
      '/broken': text('<rss><channel><title>Half a feed</title><item><title>unclosed', 'application/rss+xml'),
      '/loop': (_q, r) => void r.writeHead(302, { location: '/loop2' }).end(),
      '/loop2': (_q, r) => void r.writeHead(302, { location: '/loop' }).end(),
      '/huge': hugeBody('application/rss+xml', ' ', 256 * 1024),
    });
    const s = await store();
    const feeds = ['/slow', '/error', '/broken', '/loop', '/huge'].map((p) => `${bad.origin}${p}`);
    await s.sources.add([...feeds.map((url) => ({ url })), { url: `${good.origin}/rss` }]);
    const sink = memorySink();
    const report = await round(s, sink);

    expect(sink.items.map((i) => i.article.title)).toEqual(['Harbour story 1']);
    const status = Object.fromEntries(report.feeds.map((f) => [new URL(f.url).pathname, f.error?.code ?? f.status]));
    expect(status).toEqual({ '/slow': 'TIMEOUT', '/error': 'HTTP_STATUS', '/broken': 'INVALID_FEED', '/loop': 'REDIRECT_LOOP', '/huge': 'TOO_LARGE', '/rss': 'ok' });
    expect(report.errors.map((e) => e.code).sort()).toEqual(['HTTP_STATUS', 'INVALID_FEED', 'REDIRECT_LOOP', 'TIMEOUT', 'TOO_LARGE']);
    const rows = await s.sources.list();
    for (const url of feeds) expect(rows.find((r) => r.url === url)).toMatchObject({ status: 'failing', errorCount: 1, failingSince: expect.any(String) });
    expect(rows.find((r) => r.url === `${bad.origin}/error`)!.lastError).toBe('HTTP_STATUS: HTTP 500');
    expect(rows.find((r) => r.url === `${good.origin}/rss`)).toMatchObject({ status: 'ok', itemsSeen: 1 });
    // A failing feed waits out its backoff: the next round does not ask it again.
    const next = await round(s, sink);
    expect(next.feeds.filter((f) => f.status === 'backing-off')).toHaveLength(5);
    expect(bad.hitsOf('/error')).toHaveLength(1);
  });

  it('honours robots.txt for article pages and records why a page was not fetched', async () => {
    const a = await site('127.0.0.1');
    a.route('/rss', text(rss('Harbour Daily', [{ path: '/private/1', title: 'Members story' }, { path: '/open/2', title: 'Harbour story 2' }, { path: '/gone', title: 'Gone' }], a.origin), 'application/rss+xml'));
    a.route('/private/1', text(story(1), 'text/html'));
    a.route('/open/2', text(story(2), 'text/html'));
    const s = await store();
    await s.sources.add([{ url: `${a.origin}/rss` }]);
    const sink = memorySink();
    const report = await round(s, sink);
    expect(sink.items.map((i) => i.article.title)).toEqual(['Harbour story 2']);
    expect(a.hitsOf('/private/1')).toHaveLength(0);
    const states = await s.sources.fetchStates([`${a.origin}/private/1`, `${a.origin}/gone`]);
    expect(states.get(`${a.origin}/private/1`)!.error).toMatch(/^ROBOTS_DISALLOWED/);
    expect(states.get(`${a.origin}/gone`)).toMatchObject({ httpStatus: 404, error: 'HTTP_STATUS: HTTP 404' });
    expect(report.pages.failed).toBe(2);
    // Neither is retried: a 404 and a disallow are not the network's fault.
    await round(s, sink);
    expect(a.hitsOf('/gone')).toHaveLength(1);
  });

  it('fills what the page lacks from the feed, stores one story per canonical URL, and analyses like lede add', async () => {
    const a = await site('127.0.0.1');
    a.route('/rss', text(rss('Harbour Daily', [
      { path: '/bare?utm_source=rss&utm_medium=feed', title: 'Channel deepening approved', date: 'Tue, 06 Jan 2026 09:30:00 GMT', author: 'Dana Whitfield' },
      { path: '/full', title: 'Feed title loses to the page' },
    ], a.origin), 'application/rss+xml'));
    // No title, byline or date on this page: the feed's are kept.
    a.route('/bare', text(page({ paragraphs: PARAGRAPHS }), 'text/html'));
    a.route('/full', text(story(5, { canonical: `${a.origin}/stories/five`, author: 'Lee Okafor', date: '2026-01-07T10:00:00Z', site: 'Harbour Daily Online' }), 'text/html'));
    const b = await site('127.0.0.2');
    // Another feed linking the same story with its own tracking parameters.
    b.route('/rss', text(rss('Aggregator', [{ path: '', title: 'x' }], `${a.origin}/full?fbclid=123`), 'application/rss+xml'));
    const s = await store();
    await s.sources.add([{ url: `${a.origin}/rss`, name: 'Harbour Daily' }, { url: `${b.origin}/rss` }]);
    const sink = localSink(s, { threads: 1 });
    try {
      // The first HTML page loads the DOM and Readability on this thread: a longer timeout.
      const report = await round(s, sink, {}, 5000);
      expect(report.errors).toEqual([]);
      expect(report.pages.added + report.pages.unchanged).toBe(2);
    } finally {
      await sink.close();
    }
    const list = await s.list({ sort: 'title' });
    expect(list.total).toBe(2);
    const bare = (await s.get(list.items.find((i) => i.title === 'Channel deepening approved')!.id))!;
    expect(bare.article).toMatchObject({ byline: 'Dana Whitfield', authors: ['Dana Whitfield'], source: 'Harbour Daily', url: `${a.origin}/bare` });
    expect(bare.article.publishedAt).toMatch(/^2026-01-06/);
    const full = (await s.get(list.items.find((i) => i.title === 'Harbour story 5')!.id))!;
    expect(full.article).toMatchObject({ byline: 'Lee Okafor', source: 'Harbour Daily Online', url: `${a.origin}/stories/five` });
    expect(full.sentences.length).toBeGreaterThan(2);
    expect(a.hitsOf('/full')).toHaveLength(1);
  });

  it('runs rounds until stopped: a feed is asked again once its interval has passed, and an abort ends the run', async () => {
    const a = await site('127.0.0.1');
    a.route('/rss', (req, res) => {
      if (req.headers['if-none-match'] === '"r1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"r1"', 'content-type': 'application/rss+xml' }).end(rss('Harbour Daily', [{ path: '/n/1', title: 'Harbour story 1' }], a.origin));
    });
    a.route('/n/1', text(story(1), 'text/html'));
    const s = await store();
    await s.sources.add([{ url: `${a.origin}/rss` }]);
    const stop = new AbortController();
    const statuses: string[] = [];
    const client = createClient({ timeoutMs: 1000, signal: stop.signal, policy: { intervalMs: 0, perHost: 2, total: 4, backoffBaseMs: 20, backoffMaxMs: 100 } });
    const reports = await runCollector({
      store: s, client, sink: memorySink(), intervalMs: 300, signal: stop.signal, maxRounds: 5,
      onRound: (r, n) => {
        statuses.push(r.feeds.map((f) => f.status).join());
        if (n === 2) stop.abort(); // during the wait before round 3
      },
    });
    expect(statuses).toEqual(['ok', 'not-modified']);
    expect(reports[0]!.pages.added).toBe(1);
    expect(a.hitsOf('/rss')).toHaveLength(2);
    expect(a.hitsOf('/n/1')).toHaveLength(1);
    // The second poll waited for the interval (less its tenth of slack), measured on the server.
    const [p1, p2] = a.hitsOf('/rss').map((h) => h.at);
    expect(p2! - p1!).toBeGreaterThanOrEqual(250);
  });
});
