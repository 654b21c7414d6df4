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

  withStore('updates metadata of the same id and text: reported updated, old values gone from filters', async (store) => {
    const moved = fixture({ ...corpus[2]!, publishedAt: '2024-02-20', source: 'Corrected Wire' });
    expect((await store.add(moved)).status).toBe('updated');
    expect((await store.add(moved)).status).toBe('unchanged');
    expect((await store.get('budget-vote'))!.article).toMatchObject({ publishedAt: '2024-02-20', source: 'Corrected Wire' });
    expect((await store.list({ from: '2024-03-08', to: '2024-03-08' })).items.map((i) => i.id)).toEqual([]);
    expect((await store.list({ from: '2024-02-20', to: '2024-02-20' })).items.map((i) => i.id)).toEqual(['budget-vote']);
    const hale = (await store.topSpeakers()).find((sp) => sp.name === 'Tom Hale');
    expect(hale).toMatchObject({ quotes: 1, articles: 1 });
  });

  withStore('removes an article with its quotes, entities, search rows and facet counts', async (store) => {
    const before = await store.stats();
    expect(await store.remove(['budget-vote', 'no-such-id'])).toEqual(['budget-vote']);
    expect(await store.get('budget-vote')).toBeUndefined();
    expect((await store.stats()).articles).toBe(before.articles - 1);
    expect((await store.quotes({ speaker: 'Tom Hale' })).total).toBe(0);
    expect((await store.topSpeakers()).map((sp) => sp.name)).not.toContain('Anna Berg');
    expect((await store.topEntities()).map((e) => e.name)).not.toContain('Tom Hale');
    expect(await store.search('budget')).toEqual([]);
    const bank = (await store.topEntities()).find((e) => e.name === 'European Central Bank');
    expect(bank).toMatchObject({ articles: 2 });
    expect((await store.cooccurrence({ entity: 'Anna Berg' })).length).toBe(0);
  });

  withStore('removing an original makes its first copy the original', async (store) => {
    await store.add(fixture({ ...corpus[2]!, id: 'budget-copy-1' }));
    await store.add(fixture({ ...corpus[2]!, id: 'budget-copy-2' }));
    await store.remove(['budget-vote']);
    const listed = await store.list({ sort: 'added', order: 'asc', limit: 10 });
    const byId = new Map(listed.items.map((i) => [i.id, i]));
    expect(byId.get('budget-copy-1')!.duplicateOf).toBeUndefined();
    expect(byId.get('budget-copy-2')!.duplicateOf).toBe('budget-copy-1');
    expect((await store.quotes({ speaker: 'Tom Hale' })).items.map((q) => q.articleId)).toEqual(['budget-copy-1']);
    expect((await store.search('budget')).map((h) => h.articleId)).toContain('budget-copy-1');
  });
}
