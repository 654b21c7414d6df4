// The polite client against loopback sites: what a site operator would see in their logs.
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, normalizeUrl, chooseCanonical, userAgent } from '../src/index.js';
import { robots, startSite, text, type Site } from '../src/testing.js';
import { hugeBody } from './huge-body.js';

const sites: Site[] = [];
const site = async (...a: Parameters<typeof startSite>) => {
  const s = await startSite(...a);
  sites.push(s);
  return s;
};
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

const fast = { timeoutMs: 1500, policy: { intervalMs: 0, perHost: 4, total: 16, backoffBaseMs: 50, backoffMaxMs: 200 } };

describe('politeFetch through the client', () => {
  it('names itself, asks for compression and decodes gzip and brotli bodies', async () => {
    const s = await site('127.0.0.1', {
      '/robots.txt': robots('User-agent: *\nAllow: /\n'),
      '/gz': (_q, r) => void r.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync('gzip body')),
      '/br': (_q, r) => void r.writeHead(200, { 'content-encoding': 'br' }).end(zlib.brotliCompressSync('brotli body')),
    });
    const client = createClient({ ...fast, userAgent: userAgent('mailto:desk@example.org') });
    const gz = await client.get(`${s.origin}/gz`);
    const br = await client.get(`${s.origin}/br`);
    expect(gz.ok && !gz.notModified && new TextDecoder().decode(gz.body)).toBe('gzip body');
    expect(br.ok && !br.notModified && new TextDecoder().decode(br.body)).toBe('brotli body');
    const hit = s.hitsOf('/gz')[0]!;
    expect(hit.headers['user-agent']).toMatch(/^Lede\/\d+\.\d+\.\d+ \(\+mailto:desk@example\.org\)$/);
    expect(hit.headers['accept-encoding']).toContain('br');
  });

  it('sends the validators back and reports a 304 as not modified', async () => {
    const s = await site('127.0.0.1', {
      '/feed': (req, res) => {
        if (req.headers['if-none-match'] === '"v7"') return void res.writeHead(304).end();
        res.writeHead(200, { etag: '"v7"', 'last-modified': 'Mon, 05 Jan 2026 08:00:00 GMT' }).end('<rss/>');
      },
    });
    const client = createClient(fast);
    const first = await client.get(`${s.origin}/feed`);
    expect(first).toMatchObject({ ok: true, notModified: false, status: 200, etag: '"v7"', lastModified: 'Mon, 05 Jan 2026 08:00:00 GMT' });
    const second = await client.get(`${s.origin}/feed`, { etag: '"v7"', lastModified: 'Mon, 05 Jan 2026 08:00:00 GMT' });
    expect(second).toMatchObject({ ok: true, notModified: true, status: 304 });
    expect(s.hitsOf('/feed')[1]!.headers['if-modified-since']).toBe('Mon, 05 Jan 2026 08:00:00 GMT');
  });

  it('names timeouts, HTTP errors, redirect loops, long redirect chains and oversized bodies', async () => {
    const s = await site('127.0.0.1', {
      '/slow': () => {}, // never answers
      '/boom': (_q, r) => void r.writeHead(500).end('down'),
      '/loop-a': (_q, r) => void r.writeHead(302, { location: '/loop-b' }).end(),
      '/loop-b': (_q, r) => void r.writeHead(301, { location: '/loop-a' }).end(),
      '*': (q, r) => {
        const n = Number(/^\/hop(\d+)$/.exec(q.url ?? '')?.[1]);
        if (Number.isInteger(n)) return void r.writeHead(302, { location: `/hop${n + 1}` }).end();
        r.writeHead(404).end();
      },
      '/huge': hugeBody('application/rss+xml', 'a', 64 * 1024),
      '/declared': (_q, r) => void r.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end(),
    });
    const client = createClient({ ...fast, timeoutMs: 300, maxBytes: 1024 * 1024, maxRedirects: 4 });
    const codes = await Promise.all(['/slow', '/boom', '/loop-a', '/hop0', '/huge', '/declared'].map(async (p) => {
      const r = await client.get(`${s.origin}${p}`);
      return r.ok ? 'ok' : `${r.error.code}${r.error.status ? ` ${r.error.status}` : ''}`;
    }));
    expect(codes).toEqual(['TIMEOUT', 'HTTP_STATUS 500', 'REDIRECT_LOOP', 'TOO_MANY_REDIRECTS', 'TOO_LARGE 200', 'TOO_LARGE 200']);
    expect(s.hitsOf('/hop4')).toHaveLength(1);
    expect(s.hitsOf('/hop5')).toHaveLength(0);
  });

  it('honours robots.txt: a disallowed page is never requested', async () => {
    const s = await site('127.0.0.1', {
      '/robots.txt': robots('User-agent: *\nDisallow: /private/\n\nUser-agent: Lede\nDisallow: /members\n'),
      '/private/a': text('secret'),
      '/members': text('members only'),
      '/public': text('hello'),
      '/moved': (_q, r) => void r.writeHead(302, { location: '/members' }).end(),
    });
    const client = createClient(fast);
    const [members, moved, pub] = await Promise.all(['/members', '/moved', '/public'].map((p) => client.get(`${s.origin}${p}`)));
    expect(members).toMatchObject({ ok: false, error: { code: 'ROBOTS_DISALLOWED' } });
    expect(moved).toMatchObject({ ok: false, error: { code: 'ROBOTS_DISALLOWED' } });
    expect(pub).toMatchObject({ ok: true, status: 200 });
    expect(s.hitsOf('/members')).toHaveLength(0);
    expect(s.hitsOf('/robots.txt')).toHaveLength(1); // fetched once per origin, shared by concurrent requests
    // Our own group wins over "*": /private/ is allowed for Lede.
    expect(await client.get(`${s.origin}/private/a`)).toMatchObject({ ok: true });
  });

  it('treats a missing robots.txt as allow-all and an erroring one as disallow-all', async () => {
    const a = await site('127.0.0.1', { '/page': text('a') });
    const b = await site('127.0.0.2', { '/robots.txt': (_q, r) => void r.writeHead(503).end(), '/page': text('b') });
    const client = createClient(fast);
    expect(await client.get(`${a.origin}/page`)).toMatchObject({ ok: true });
    expect(await client.get(`${b.origin}/page`)).toMatchObject({ ok: false, error: { code: 'ROBOTS_DISALLOWED' } });
    expect(b.hitsOf('/page')).toHaveLength(0);
  });

  it('spaces requests to one host by the interval (measured by the server) without holding back another host', async () => {
    const one = await site('127.0.0.1', { '*': text('x') });
    const two = await site('127.0.0.3', { '*': text('y') });
    const interval = 250;
    const client = createClient({ ...fast, robots: false, policy: { ...fast.policy, intervalMs: interval, perHost: 2 } });
    // The first fetch of a process pays undici's start-up and a new connection in transit, which
    // would show as a short first gap; warm both up so the gaps are the gate's own.
    await Promise.all([client.get(`${one.origin}/warm`), client.get(`${one.origin}/warm2`), client.get(`${two.origin}/warm`)]);
    await new Promise((r) => setTimeout(r, interval));
    one.hits.length = 0;
    two.hits.length = 0;
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => client.get(`${one.origin}/p${i}`)),
      ...Array.from({ length: 2 }, (_, i) => client.get(`${two.origin}/q${i}`)),
    ]);
    const gaps = (s: Site) => s.hits.slice(1).map((h, i) => h.at - s.hits[i]!.at);
    expect(one.hits).toHaveLength(6);
    // Starts are spaced by the gate; arrivals also carry scheduling jitter on a busy machine (tens of
    // ms, not the interval): each gap keeps most of it, and the whole run spans all of it. Without
    // a limit the gaps are near 0.
    for (const g of gaps(one)) expect(g).toBeGreaterThanOrEqual(interval * 0.75);
    expect(one.hits.at(-1)!.at - one.hits[0]!.at).toBeGreaterThanOrEqual(5 * interval - 30);
    // The other host started while the first was still being paced.
    expect(two.hits[0]!.at).toBeLessThan(one.hits[2]!.at);
  });

  it('backs off exponentially from a failing host, then skips it while the wait is long', async () => {
    const s = await site('127.0.0.1', { '*': (_q, r) => void r.writeHead(503).end() });
    const client = createClient({ ...fast, robots: false, maxBackoffWaitMs: 150, policy: { ...fast.policy, backoffBaseMs: 60, backoffMaxMs: 1000 } });
    const r1 = await client.get(`${s.origin}/a`);
    const r2 = await client.get(`${s.origin}/b`); // waits out 60 ms
    const r3 = await client.get(`${s.origin}/c`); // waits out 120 ms
    const r4 = await client.get(`${s.origin}/d`); // 240 ms > 150: skipped without a request
    expect([r1, r2, r3, r4].map((r) => !r.ok && r.error.code)).toEqual(['HTTP_STATUS', 'HTTP_STATUS', 'HTTP_STATUS', 'BACKING_OFF']);
    const [a, b, c] = s.hits.map((h) => h.at);
    expect(s.hits).toHaveLength(3);
    expect(b! - a!).toBeGreaterThanOrEqual(55);
    expect(c! - b!).toBeGreaterThanOrEqual(115);
  });
});

describe('Retry-After', () => {
  it('a 429 with Retry-After keeps the host waiting at least that long', async () => {
    const s = await site('127.0.0.1', { '*': (_q, r) => void r.writeHead(429, { 'retry-after': '120' }).end() });
    // Backoff alone would be 50 ms; the server asked for 2 minutes (capped by backoffMax, 10 min here).
    const client = createClient({ ...fast, robots: false, maxBackoffWaitMs: 1000, policy: { ...fast.policy, backoffMaxMs: 600_000 } });
    expect(await client.get(`${s.origin}/a`)).toMatchObject({ ok: false, error: { code: 'HTTP_STATUS', status: 429, retryAfterMs: 120_000 } });
    expect(await client.get(`${s.origin}/b`)).toMatchObject({ ok: false, error: { code: 'BACKING_OFF' } });
    expect(s.hits.map((h) => h.path)).toEqual(['/a']);
    expect(client.gate.backoffLeft('127.0.0.1')).toBeGreaterThan(100_000);
  });
});

describe('URL normalisation', () => {
  it('drops tracking parameters, fragments and default ports, and orders what is left', () => {
    expect(normalizeUrl('HTTPS://News.Example.COM:443/world/story-1?utm_source=x&b=2&fbclid=abc&a=1&gclid=z#comments')).toBe('https://news.example.com/world/story-1?a=1&b=2');
    expect(normalizeUrl('http://news.example.com/story?utm_medium=email')).toBe('http://news.example.com/story');
    expect(normalizeUrl('/relative/path?id=4', 'https://news.example.com/feed')).toBe('https://news.example.com/relative/path?id=4');
    expect(normalizeUrl('mailto:desk@example.com')).toBeUndefined();
    expect(normalizeUrl('not a url')).toBeUndefined();
  });

  it('takes the canonical link of the same site, not one to another site or the home page', () => {
    const fetched = 'https://www.paper.example/2026/01/story?ref=rss';
    expect(chooseCanonical(fetched, 'https://www.paper.example/2026/01/story')).toBe('https://www.paper.example/2026/01/story');
    expect(chooseCanonical(fetched, 'https://amp.paper.example/story?utm_campaign=a')).toBe('https://amp.paper.example/story');
    expect(chooseCanonical(fetched, 'https://aggregator.example/copy')).toBe(fetched);
    expect(chooseCanonical(fetched, 'https://www.paper.example/')).toBe(fetched);
    expect(chooseCanonical(fetched, undefined)).toBe(fetched);
  });
});
