import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openStore, type LedeStore } from '../src/index.js';
import { corpus, fixture } from './fixtures.js';

// The SQLite store caches search results; these check that no write can leave a stale answer.
const pension = fixture({
  id: 'pension-reform',
  title: 'Parliament debates pension reform',
  text: 'Parliament debated the pension reform on Tuesday.\n\n"Savers deserve a budget that protects pensions," said Mara Quist, an opposition member.',
  quotes: [{ text: 'Savers deserve a budget that protects pensions', speaker: 'Mara Quist' }],
});

const open: LedeStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
async function openAt(db: string): Promise<LedeStore> {
  const s = await openStore({ db });
  open.push(s);
  return s;
}

it('a write invalidates cached search results', async () => {
  const store = await openAt(':memory:');
  for (const spec of corpus) await store.add(fixture(spec));
  const before = await store.search('budget', { kind: 'articles' });
  expect(before.map((h) => h.articleId)).toEqual(['budget-vote']);
  expect(await store.search('budget', { kind: 'articles' })).toEqual(before); // served again, unchanged

  await store.add(pension);
  const after = await store.search('budget', { kind: 'articles' });
  expect(after.map((h) => h.articleId).sort()).toEqual(['budget-vote', 'pension-reform']);
  expect((await store.search('budget', { kind: 'quotes' })).some((h) => h.articleId === 'pension-reform')).toBe(true);
});

it('sees writes committed by another connection to the same file', async () => {
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-search-cache-')), 'corpus.db');
  const reader = await openAt(db);
  const writer = await openAt(db);
  for (const spec of corpus) await writer.add(fixture(spec));
  expect((await reader.search('pension')).length).toBe(0);
  await writer.add(pension);
  expect((await reader.search('pension')).map((h) => h.articleId)).toContain('pension-reform');
});

it('hands out copies: mutating a result does not change the next answer', async () => {
  const store = await openAt(':memory:');
  for (const spec of corpus) await store.add(fixture(spec));
  const first = await store.search('rate cuts');
  const snippet = first[0]!.snippet;
  first[0]!.snippet = 'tampered';
  first.length = 0;
  const again = await store.search('rate cuts');
  expect(again.length).toBeGreaterThan(0);
  expect(again[0]!.snippet).toBe(snippet);
});

it('can be turned off, and rejects a nonsensical size', async () => {
  const store = await openAt(':memory:');
  const uncached = await openStore({ db: ':memory:', searchCache: 0 });
  open.push(uncached);
  for (const spec of corpus) {
    await store.add(fixture(spec));
    await uncached.add(fixture(spec));
  }
  expect(await uncached.search('budget')).toEqual(await store.search('budget'));
  await expect(openStore({ db: ':memory:', searchCache: -1 })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'searchCache' });
});
