// The collector's state (#17): feeds with their health and validators, and fetch rows per URL, on both engines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type LedeStore } from '../src/index.js';
import { freshSchema, pgUrl } from './pg-schema.js';

function sourcesContract(name: string, open: () => Promise<LedeStore>) {
  describe(`sources (${name})`, () => {
    let store: LedeStore | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('adds feeds once, keeps their collection, and removes them', async () => {
      store = await open();
      const first = await store.sources.add([
        { url: 'https://news.example/rss', name: 'Example News', collection: 'national' },
        { url: 'https://other.example/atom.xml' },
      ]);
      expect(first).toEqual({ added: ['https://news.example/rss', 'https://other.example/atom.xml'], existing: [] });
      const again = await store.sources.add([{ url: 'https://other.example/atom.xml', collection: 'local' }]);
      expect(again).toEqual({ added: [], existing: ['https://other.example/atom.xml'] });
      const rows = await store.sources.list();
      expect(rows.map((r) => [r.url, r.name, r.collection, r.status, r.errorCount, r.itemsSeen])).toEqual(
        expect.arrayContaining([
          ['https://news.example/rss', 'Example News', 'national', 'new', 0, 0],
          ['https://other.example/atom.xml', undefined, 'local', 'new', 0, 0],
        ]),
      );
      expect((await store.sources.list({ collection: 'local' })).map((r) => r.url)).toEqual(['https://other.example/atom.xml']);
      expect(await store.sources.remove(['https://news.example/rss', 'https://missing.example/'])).toEqual(['https://news.example/rss']);
      expect((await store.sources.list()).map((r) => r.url)).toEqual(['https://other.example/atom.xml']);
    });

    it('records polls: validators kept across a 304, failures counted from the first one, reset by a success', async () => {
      store = await open();
      const url = 'https://news.example/rss';
      await store.sources.add([{ url }]);
      await store.sources.recordPoll({ url, at: '2026-01-01T10:00:00.000Z', ok: true, newItems: 3, etag: '"v1"', lastModified: 'Thu, 01 Jan 2026 09:00:00 GMT' });
      await store.sources.recordPoll({ url, at: '2026-01-01T10:15:00.000Z', ok: true, newItems: 0, notModified: true });
      let [row] = await store.sources.list();
      expect(row).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Thu, 01 Jan 2026 09:00:00 GMT', itemsSeen: 3, errorCount: 0 });
      expect(Date.parse(row!.lastPoll!)).toBe(Date.parse('2026-01-01T10:15:00.000Z'));
      await store.sources.recordPoll({ url, at: '2026-01-01T10:30:00.000Z', ok: false, error: 'HTTP_STATUS: HTTP 500' });
      await store.sources.recordPoll({ url, at: '2026-01-01T10:45:00.000Z', ok: false, error: 'TIMEOUT: no answer' });
      [row] = await store.sources.list();
      expect(row).toMatchObject({ status: 'failing', errorCount: 2, lastError: 'TIMEOUT: no answer', etag: '"v1"' });
      expect(Date.parse(row!.failingSince!)).toBe(Date.parse('2026-01-01T10:30:00.000Z'));
      await store.sources.recordPoll({ url, at: '2026-01-01T11:00:00.000Z', ok: true, newItems: 1, etag: '"v2"' });
      [row] = await store.sources.list();
      expect(row).toMatchObject({ status: 'ok', errorCount: 0, etag: '"v2"', itemsSeen: 4 });
      expect(row!.failingSince).toBeUndefined();
      expect(row!.lastModified).toBeUndefined();
    });

    it('keeps one fetch row per URL, counting attempts, and rates items per day from recent fetches', async () => {
      store = await open();
      const feed = 'https://news.example/rss';
      await store.sources.add([{ url: feed }]);
      const now = new Date().toISOString();
      await store.sources.recordFetch({ url: 'https://news.example/a', source: feed, fetchedAt: now, httpStatus: 503, error: 'HTTP_STATUS: HTTP 503' });
      await store.sources.recordFetch({ url: 'https://news.example/a', source: feed, fetchedAt: now, httpStatus: 200, articleId: 'aaaa' });
      await store.sources.recordFetch({ url: 'https://news.example/b', source: feed, fetchedAt: now, httpStatus: 404, error: 'HTTP_STATUS: HTTP 404' });
      const states = await store.sources.fetchStates(['https://news.example/a', 'https://news.example/b', 'https://news.example/c']);
      expect(states.get('https://news.example/a')).toMatchObject({ articleId: 'aaaa', httpStatus: 200, attempts: 2 });
      expect(states.get('https://news.example/a')!.error).toBeUndefined();
      expect(states.get('https://news.example/b')).toMatchObject({ httpStatus: 404, attempts: 1 });
      expect(states.has('https://news.example/c')).toBe(false);
      // Added just now: the rate is over one day, and only fetches that produced an article count.
      expect((await store.sources.list())[0]!.itemsPerDay).toBe(1);
    });
  });
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
sourcesContract('sqlite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-sources-'));
  dirs.push(dir);
  return openStore({ db: path.join(dir, 'lede.db') });
});
describe.skipIf(!pgUrl)('postgres', () => {
  sourcesContract('postgres', async () => openStore({ db: await freshSchema(`${process.env.LEDE_PG_SCHEMA ?? 'lede_test'}_sources`) }));
});
