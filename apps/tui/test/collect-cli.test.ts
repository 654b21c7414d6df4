// `lede sources` and `lede collect` end to end against loopback sites, through the built CLI when
// there is one (as users run it), else from source.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '@lede/store';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, robots, rss, startSite, text, type Site } from '@lede/collect/testing';
import { pathToFileURL } from 'node:url';
import { repo } from './run-cli.js';

const built = path.join(repo, 'apps/tui/dist/cli.js');
const cliArgs = fs.existsSync(built) ? [built] : ['--import', pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href, '--conditions=source', path.join(repo, 'apps/tui/src/cli.ts')];

function start(cwd: string, ...args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [...cliArgs, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', LEDE_CONTACT: 'mailto:tests@example.org' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}
const lede = (cwd: string, ...args: string[]) => start(cwd, ...args).done;

const PARAS = [
  'The regional council voted to extend the night bus service to the three outer districts from next month.',
  'Council members said ridership on the existing routes had doubled since the autumn.',
  'The transport union welcomed the decision but asked for more drivers to be hired.',
];
const article = (n: number) => page({ title: `Night bus story ${n}`, paragraphs: PARAS.map((p) => `${p} Update ${n}.`) });

let dir: string;
const sites: Site[] = [];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-collect-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

async function newsSite(host: string, name: string, n: number, delayMs = 0): Promise<Site & { sent: Set<string> }> {
  const s = await startSite(host, { '/robots.txt': robots('User-agent: *\nAllow: /\n') });
  const sent = new Set<string>();
  const items = Array.from({ length: n }, (_, i) => ({ path: `/story/${i + 1}`, title: `Night bus story ${i + 1}` }));
  s.route('/feed.xml', text(rss(name, items, s.origin), 'application/rss+xml'));
  for (let i = 1; i <= n; i++) {
    s.route(`/story/${i}`, (_q, res) => {
      res.on('finish', () => sent.add(`/story/${i}`));
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(article(i)), delayMs);
    });
  }
  sites.push(s);
  return Object.assign(s, { sent });
}

describe('lede sources', () => {
  it('adds, imports, lists with health and removes feeds', async () => {
    const db = path.join(dir, 'sources.db');
    let r = await lede(dir, 'sources', 'add', 'https://one.example/rss?utm_source=x', 'https://two.example/atom', '--collection', 'regional', '--db', db);
    expect(r.stdout).toContain('added 2 feeds');
    const opml = path.join(dir, 'feeds.opml');
    fs.writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
      <outline text="Business"><outline text="Markets Wire" type="rss" xmlUrl="https://three.example/markets.xml"/></outline>
      <outline text="Two again" type="rss" xmlUrl="https://two.example/atom"/></body></opml>`);
    r = await lede(dir, 'sources', 'import', opml, '--db', db);
    expect(r.stdout).toContain('added 1 feed, 1 already there');
    r = await lede(dir, 'sources', 'list', '--db', db, '--format', 'json');
    const rows = JSON.parse(r.stdout) as Array<{ url: string; collection?: string; name?: string; status: string }>;
    expect(rows.map((x) => [x.url, x.collection, x.name, x.status])).toEqual([
      ['https://three.example/markets.xml', 'Business', 'Markets Wire', 'new'],
      ['https://one.example/rss', 'regional', undefined, 'new'],
      ['https://two.example/atom', 'regional', 'Two again', 'new'],
    ]);
    r = await lede(dir, 'sources', 'rm', 'https://one.example/rss', 'https://nowhere.example/', '--db', db);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('removed 1');
    expect(r.stderr).toContain('no source "https://nowhere.example/"');
    expect((await lede(dir, 'sources', 'add', 'ftp://files.example/x', '--db', db)).code).toBe(2);
  });
});

describe('lede collect', () => {
  it('collects once, reports a failing feed, collects nothing twice, and lists health', async () => {
    const db = path.join(dir, 'once.db');
    const a = await newsSite('127.0.0.1', 'Metro Times', 3);
    const b = await newsSite('127.0.0.2', 'Valley Herald', 2);
    const dead = await startSite('127.0.0.3', { '/feed.xml': (_q, res) => void res.writeHead(500).end() });
    sites.push(dead);
    await lede(dir, 'sources', 'add', `${a.origin}/feed.xml`, `${b.origin}/feed.xml`, `${dead.origin}/feed.xml`, '--db', db);
    const args = ['collect', '--once', '--db', db, '--threads', '1', '--host-interval', '50ms', '--timeout', '5s'];
    let r = await lede(dir, ...args);
    // The second site carries the first two stories word for word: stored, and linked as duplicates.
    expect(r.stdout).toMatch(/round 1: feeds 3 \(ok 2, .*failed 1.*\); pages fetched 5, added 3, updated 0, unchanged 0, duplicate 2, failed 0/);
    expect(r.stderr).toMatch(new RegExp(`feed ${dead.origin}/feed.xml: HTTP_STATUS: HTTP 500`));
    expect(r.code).toBe(1);
    expect(a.hitsOf('/story/1')[0]!.headers['user-agent']).toMatch(/^Lede\/\S+ \(\+mailto:tests@example\.org\)$/);
    r = await lede(dir, ...args);
    expect(r.stdout).toMatch(/pages fetched 0, added 0/);
    for (const p of ['/story/1', '/story/2', '/story/3']) expect(a.hitsOf(p)).toHaveLength(1);
    r = await lede(dir, 'sources', 'list', '--db', db);
    expect(r.stdout).toMatch(/failing since \d{4}-\d\d-\d\d \d\d:\d\d \(1 error\) .*HTTP_STATUS: HTTP 500/);
    expect(r.stdout.split('\n').filter((l) => /^ok\s/.test(l))).toHaveLength(2);
    r = await lede(dir, 'list', '--db', db, '--format', 'json');
    expect((JSON.parse(r.stdout) as { items: Array<{ source?: string }> }).items.map((i) => i.source).sort()).toEqual(['Metro Times', 'Metro Times', 'Metro Times', 'Valley Herald', 'Valley Herald']);
  });

  it('SIGTERM mid-run loses nothing: what was fetched is stored, and the next run fetches only the rest', async () => {
    const db = path.join(dir, 'term.db');
    const s = await newsSite('127.0.0.1', 'Slow Gazette', 12, 150);
    await lede(dir, 'sources', 'add', `${s.origin}/feed.xml`, '--db', db);
    const run = start(dir, 'collect', '--db', db, '--threads', '1', '--per-host', '1', '--host-interval', '100ms', '--interval', '1h');
    // Stop it once a few pages are served, well before all twelve.
    for (let i = 0; i < 300 && s.sent.size < 4; i++) await new Promise((r) => setTimeout(r, 50));
    expect(s.sent.size).toBeGreaterThanOrEqual(4);
    run.child.kill('SIGTERM');
    const first = await run.done;
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('SIGTERM: stopping');
    const store = await openStore({ db });
    const storedFirst = (await store.list({ limit: 100 })).total;
    const [feed] = await store.sources.list();
    await store.close();
    expect(storedFirst).toBeGreaterThanOrEqual(4);
    expect(storedFirst).toBeLessThan(12);
    // Every page the site finished sending was stored (none fetched then dropped).
    const servedFirst = new Set(s.sent);
    expect(storedFirst).toBeGreaterThanOrEqual(servedFirst.size - 1); // the page in flight at SIGTERM may be cut off
    // The stopped feed keeps no new validators: the next run reads it again.
    expect(feed!.status).toBe('new');

    const second = await lede(dir, 'collect', '--once', '--db', db, '--threads', '1', '--host-interval', '20ms');
    expect(second.code).toBe(0);
    const again = await openStore({ db });
    expect((await again.list({ limit: 100 })).total).toBe(12);
    await again.close();
    // Pages stored by the first run were not fetched again.
    const requested = (p: string) => s.hitsOf(p).length;
    let refetched = 0;
    for (let i = 1; i <= 12; i++) if (requested(`/story/${i}`) > 1) refetched++;
    expect(refetched).toBeLessThanOrEqual(12 - storedFirst);
    expect(second.stdout).toMatch(new RegExp(`added ${12 - storedFirst}\\b`));
  }, 60_000);
});

// With Redis (LEDE_REDIS_URL): collection enqueues instead of analysing; a worker stores the articles.
describe.skipIf(!process.env.LEDE_REDIS_URL)('lede collect --queue', () => {
  it('puts collected articles on the queue once, and a worker stores them', async () => {
    const q = await import('@lede/queue');
    const prefix = `feeds-test-${process.pid}-${Date.now()}`;
    const u = new URL(process.env.LEDE_REDIS_URL!);
    u.searchParams.set('prefix', prefix);
    const db = path.join(dir, 'queue.db');
    const s = await newsSite('127.0.0.1', 'Queue Courier', 5);
    await lede(dir, 'sources', 'add', `${s.origin}/feed.xml`, '--db', db);
    const args = ['collect', '--once', '--db', db, '--queue', u.toString(), '--batch', '2', '--host-interval', '20ms'];
    let r = await lede(dir, ...args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/pages fetched 5, queued 5, added 0, .*failed 0/);
    const target = q.parseQueueUrl(u.toString());
    const queue = q.openQueue(target);
    const store = await openStore({ db });
    try {
      expect(await queue.getWaitingCount()).toBe(3); // 5 articles in batches of 2
      expect((await store.list()).total).toBe(0); // nothing analysed here
      r = await lede(dir, ...args);
      expect(r.stdout).toMatch(/pages fetched 0/);
    } finally {
      await store.close();
    }
    try {
      // The worker owns (and closes) its store.
      const worker = q.startWorker(target, await openStore({ db }), { concurrency: 1 });
      await q.whenIdle(queue);
      await worker.close();
      const after = await openStore({ db });
      const list = await after.list();
      await after.close();
      expect(list.total).toBe(5);
      expect(list.items.every((i) => i.source === 'Queue Courier')).toBe(true);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }, 60_000);
});
