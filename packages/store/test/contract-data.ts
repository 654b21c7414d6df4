import { expect, it } from 'vitest';
import type { LedeStore } from '../src/index.js';
import { corpus, fixture } from './fixtures.js';

/** Data-faithfulness behaviour both dialects share (#14): partial dates, metadata updates, deletes. */
export function dataContract(name: string, open: () => Promise<LedeStore>) {
  const withStore = (title: string, fn: (store: LedeStore) => Promise<void>) =>
    it(`${name}: ${title}`, async () => {
      const store = await open();
      try {
        for (const spec of corpus) await store.add(fixture(spec));
        await fn(store);
      } finally {
        await store.close();
      }
    });

  withStore('files a month-only date under its month: filtered, sorted and bucketed', async (store) => {
    const a = fixture({ id: 'month-only', title: 'Quarterly note', text: 'A plain note on the quarterly numbers, with nothing else in it.', publishedAt: '2024-02' });
    a.article.datePrecision = 'month';
    await store.add(a);
    expect((await store.get('month-only'))!.article).toMatchObject({ publishedAt: '2024-02', datePrecision: 'month' });
    const feb = await store.list({ from: '2024-02-01', to: '2024-02-29', sort: 'date', order: 'asc' });
    expect(feb.items.map((i) => i.id)).toEqual(['month-only', corpus[3]!.id]);
    expect(feb.items[0]!.publishedAt).toBe('2024-02');
    const timeline = await store.themeTimeline({ by: 'month' });
    expect(new Set(timeline.map((t) => t.period))).toEqual(new Set(['2024-01', '2024-02', '2024-03']));
  });
}
