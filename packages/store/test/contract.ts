import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareArticle, type LedeStore } from '../src/index.js';
import { corpus, fixture } from './fixtures.js';

/** Behaviour every dialect must share (store.test.ts: SQLite, postgres.test.ts: PostgreSQL). */
export function storeContract(name: string, open: () => Promise<LedeStore>) {
  describe(`${name}: corpus store contract`, () => {
    let store: LedeStore;
    beforeEach(async () => {
      store = await open();
      for (const spec of corpus) await store.add(fixture(spec));
    });
    afterEach(async () => store.close());

    it('returns the stored analysis unchanged', async () => {
      const a = fixture(corpus[0]!);
      expect(await store.get(a.id)).toEqual(a);
      expect(await store.get('no-such-article')).toBeUndefined();
    });

    it('is idempotent: re-adding the same article changes nothing', async () => {
      const before = await store.stats();
      const r = await store.add(fixture(corpus[1]!));
      expect(r).toEqual({ id: 'ecb-rates-mar', status: 'unchanged' });
      expect(await store.stats()).toEqual(before);
    });

    it('replaces an article whose content changed under the same id', async () => {
      const changed = fixture({ ...corpus[3]!, text: corpus[3]!.text.replace('Sunday', 'Saturday') });
      expect((await store.add(changed)).status).toBe('updated');
      expect((await store.get('cup-final'))!.article.text).toContain('Saturday');
      expect((await store.search('Saturday header')).map((h) => h.articleId)).toEqual(['cup-final']);
      expect(await store.search('Sunday header')).toEqual([]);
      expect((await store.stats()).articles).toBe(4);
    });

    it('links an exact copy under another id as a duplicate, kept out of facets', async () => {
      const copy = fixture({ ...corpus[2]!, id: 'budget-vote-syndicated' });
      expect(await store.add(copy)).toEqual({ id: 'budget-vote-syndicated', status: 'duplicate', duplicateOf: 'budget-vote', similarity: 1 });
      expect((await store.stats()).duplicates).toBe(1);
      const speakers = await store.topSpeakers();
      expect(speakers.find((s) => s.name === 'Tom Hale')).toMatchObject({ quotes: 1, articles: 1 });
      const listed = await store.list({ sort: 'added', order: 'desc', limit: 1 });
      expect(listed.items[0]).toMatchObject({ id: 'budget-vote-syndicated', duplicateOf: 'budget-vote' });
    });

    it('detects a near-duplicate (syndicated copy with a changed sentence)', async () => {
      const base = corpus[0]!;
      const long = base.text + ' ' + 'Economists polled by the agency expect the first cut in June, with two more to follow before the end of the year. '.repeat(1) +
        'Bond yields fell after the decision and the euro slipped against the dollar in afternoon trading in London and New York.';
      await store.add(fixture({ ...base, id: 'long-original', text: long, title: 'ECB decision' }));
      const edited = long.replace('in afternoon trading', 'in late trading');
      const r = await store.add(fixture({ ...base, id: 'long-copy', text: edited, title: 'ECB decision (agency copy)' }));
      expect(r.status).toBe('duplicate');
      expect(r.duplicateOf).toBe('long-original');
      expect(r.similarity).toBeGreaterThan(0.8);
      expect(r.similarity).toBeLessThan(1);
    });

    it('does not link different articles on the same topic', async () => {
      const r = await store.add(
        fixture({
          id: 'ecb-rates-apr', title: 'ECB holds again', text:
            'The European Central Bank kept rates unchanged again in April, but policymakers said a June move was likely as wage growth slowed across the euro zone.',
        }),
      );
      expect(r.status).toBe('added');
    });

    it('searches articles and quotes with ranked, bracketed snippets', async () => {
      const hits = await store.search('premature rate cuts');
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.articleId === 'ecb-rates-jan')).toBe(true);
      const quote = hits.find((h) => h.kind === 'quote')!;
      expect(quote).toMatchObject({ speaker: 'Christine Lagarde', quoteId: 'q0' });
      expect(quote.snippet).toMatch(/\[premature\]/i);
      const articles = await store.search('budget', { kind: 'articles' });
      expect(articles.map((h) => h.articleId)).toEqual(['budget-vote']);
      expect(articles[0]!.title).toBe('Parliament passes budget after all-night session');
      // Ranking: the article about rates with "rates" in the title ranks first.
      const ranked = await store.search('interest rates', { kind: 'articles' });
      expect(ranked[0]!.articleId).toBe('ecb-rates-jan');
      for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.rank).toBeGreaterThanOrEqual(ranked[i]!.rank);
    });

    it('combines a search with the list filters (AND), for articles and quotes', async () => {
      const all = (await store.search('rates', { kind: 'articles' })).map((h) => h.articleId).sort();
      expect(all).toEqual(['ecb-rates-jan', 'ecb-rates-mar']);
      const march = await store.search('rates', { kind: 'articles', from: '2024-03-01' });
      expect(march.map((h) => h.articleId)).toEqual(['ecb-rates-mar']);
      expect(await store.search('rates', { kind: 'articles', theme: 'sport' })).toEqual([]);
      const bySpeaker = await store.search('budget', { speaker: 'Tom Hale' });
      expect(bySpeaker.length).toBeGreaterThan(0);
      expect(bySpeaker.every((h) => h.articleId === 'budget-vote')).toBe(true);
      expect(await store.search('budget', { speaker: 'Christine Lagarde' })).toEqual([]);
      // The filter is part of the cache key: the unfiltered answer is not served for a filtered query.
      expect((await store.search('premature', { entity: 'Christine Lagarde' })).length).toBeGreaterThan(0);
      expect(await store.search('premature', { theme: 'politics' })).toEqual([]);
    });

    it('filters list, search and quotes by source, the outlet (whole name, any case)', async () => {
      expect((await store.list({ source: 'example wire' })).items.map((a) => a.id)).toEqual(['ecb-rates-jan']);
      expect((await store.list({ source: 'Example' })).total).toBe(0); // whole names only
      expect((await store.search('rates', { kind: 'articles', source: 'EXAMPLE WIRE' })).map((h) => h.articleId)).toEqual(['ecb-rates-jan']);
      expect(await store.search('rates', { source: 'No Such Wire' })).toEqual([]);
      const quotes = await store.quotes({ source: 'Example Wire' });
      expect(quotes.total).toBeGreaterThan(0);
      expect(new Set(quotes.items.map((q) => q.articleId))).toEqual(new Set(['ecb-rates-jan']));
      expect((await store.quotes({ source: 'Example Wire', speaker: 'Tom Hale' })).total).toBe(0);
    });

    it('treats search syntax in user input as plain words, never an error', async () => {
      for (const q of ['"unbalanced', 'title:budget', 'NEAR(a b)', '(((', '*', 'AND OR NOT', '-', "l'euro"]) {
        await expect(store.search(q)).resolves.toBeInstanceOf(Array);
      }
      expect(await store.search('')).toEqual([]);
    });

    it('filters quotes by speaker, theme and date', async () => {
      const lagarde = await store.quotes({ speaker: 'christine lagarde' });
      expect(lagarde.total).toBe(2);
      expect(lagarde.items.map((q) => q.publishedAt)).toEqual(['2024-03-07', '2024-01-25T13:45:00Z']);
      expect(lagarde.items[0]!.speaker).toBe('Christine Lagarde'); // linked to the entity's canonical name
      const politics = await store.quotes({ theme: 'politics' });
      expect(politics.items.map((q) => q.speaker).sort()).toEqual(['Anna Berg', 'Tom Hale']);
      const feb = await store.quotes({ from: '2024-02-01', to: '2024-02-29' });
      expect(feb.items.map((q) => q.articleId)).toEqual(['cup-final']);
      expect(feb.items[0]!.speaker).toBeNull();
    });

    it('ranks speakers and entities per theme', async () => {
      const econ = await store.topSpeakers({ theme: 'medtop:04000000' });
      expect(econ[0]).toEqual({ name: 'Christine Lagarde', entityId: 'wikidata:Q8829', quotes: 2, articles: 2 });
      expect(econ.map((s) => s.name)).toContain('Anna Berg');
      expect((await store.topSpeakers({ theme: 'sport' }))).toEqual([]);
      const ents = await store.topEntities({ theme: 'economy, business and finance' });
      expect(ents[0]).toMatchObject({ name: 'European Central Bank', type: 'ORG', articles: 3 });
      const people = await store.topEntities({ type: 'PERSON' });
      expect(people.every((e) => e.type === 'PERSON')).toBe(true);
      expect(people[0]).toMatchObject({ name: 'Christine Lagarde', articles: 2, mentions: 2 });
    });

    it('filters by primary topic and minimum theme score, and counts primaries in the theme facet', async () => {
      expect((await store.list({ primary: 'politics' })).items.map((a) => a.id)).toEqual(['budget-vote']);
      const econPrimary = await store.list({ primary: 'medtop:04000000', sort: 'date', order: 'asc' });
      expect(econPrimary.items.map((a) => a.id)).toEqual(['ecb-rates-jan', 'ecb-rates-mar']);
      expect((await store.list({ theme: 'economy, business and finance' })).total).toBe(3);
      expect((await store.list({ theme: 'economy, business and finance', minScore: 0.6 })).total).toBe(2);
      expect((await store.list({ theme: 'politics', primary: 'economy, business and finance' })).total).toBe(0);
      // A secondary theme does not make its speakers the primary topic's.
      expect((await store.topSpeakers({ primary: 'medtop:04000000' })).map((s) => s.name)).toEqual(['Christine Lagarde']);
      expect((await store.topSpeakers({ theme: 'medtop:04000000', minScore: 0.6 })).map((s) => s.name)).toEqual(['Christine Lagarde']);
      expect((await store.topEntities({ primary: 'politics' })).map((e) => e.name).sort()).toEqual(['Anna Berg', 'European Central Bank', 'Tom Hale']);
      expect((await store.quotes({ primary: 'politics' })).total).toBe(2);
      expect((await store.search('budget', { primary: 'economy, business and finance' }))).toEqual([]);
      const counts = await store.themeCounts();
      expect(counts.find((c) => c.themeId === 'medtop:04000000')).toEqual({
        themeId: 'medtop:04000000', label: 'economy, business and finance', topLevel: 'medtop:04000000', articles: 3, primary: 2,
      });
      expect(counts.find((c) => c.label === 'politics')).toMatchObject({ articles: 1, primary: 1 });
      expect((await store.themeCounts({ from: '2024-03-01' })).find((c) => c.label === 'sport')).toBeUndefined();
      await expect(store.list({ theme: 'politics', minScore: 1.5 })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'minScore' });
      await expect(store.topSpeakers({ minScore: 0.5 })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'minScore' });
    });

    it('filters by outlet and counts articles per outlet (the web reader\'s outlet facet)', async () => {
      expect((await store.list({ source: 'Example Wire' })).items.map((a) => a.id)).toEqual(['ecb-rates-jan']);
      expect((await store.list({ source: 'Nowhere Daily' })).total).toBe(0);
      const hits = await store.search('rates', { source: 'Example Wire' });
      expect(hits.length).toBeGreaterThan(0);
      expect(new Set(hits.map((h) => h.articleId))).toEqual(new Set(['ecb-rates-jan']));
      expect(await store.sourceCounts()).toEqual([{ source: 'Example Wire', articles: 1 }]);
      expect(await store.sourceCounts({ theme: 'sport' })).toEqual([]);
      expect(await store.sourceCounts({ from: '2030-01-01' })).toEqual([]);
    });

    it('narrows every facet by entity, speaker, outlet and search text, as the list and search do', async () => {
      // Entity: only the articles mentioning Tom Hale (the budget story).
      const byEntity = { entity: 'Tom Hale' };
      expect((await store.themeCounts(byEntity)).map((t) => [t.label, t.articles, t.primary])).toEqual([
        ['politics', 1, 1], ['economy, business and finance', 1, 0],
      ]);
      expect((await store.topSpeakers(byEntity)).map((s) => s.name).sort()).toEqual(['Anna Berg', 'Tom Hale']);
      expect((await store.topEntities({ ...byEntity, type: 'ORG' })).map((e) => [e.name, e.articles])).toEqual([['European Central Bank', 1]]);
      expect(await store.sourceCounts(byEntity)).toEqual([]);
      // Speaker: Lagarde is quoted in the two rate stories, one of them from an outlet.
      const bySpeaker = { speaker: 'Christine Lagarde' };
      expect((await store.themeCounts(bySpeaker)).map((t) => [t.label, t.articles])).toEqual([['economy, business and finance', 2]]);
      expect((await store.topEntities({ ...bySpeaker, type: 'ORG' })).map((e) => [e.name, e.articles])).toEqual([['European Central Bank', 2], ['Deutsche Bank', 1]]);
      expect(await store.sourceCounts(bySpeaker)).toEqual([{ source: 'Example Wire', articles: 1 }]);
      // Outlet.
      expect((await store.topSpeakers({ source: 'example wire' })).map((s) => [s.name, s.quotes])).toEqual([['Christine Lagarde', 1]]);
      expect((await store.themeCounts({ source: 'Example Wire' })).map((t) => t.articles)).toEqual([1]);
      // Search text: "budget" is in one article; "june" in the March story's text and quote and the January one's text.
      expect((await store.themeCounts({ q: 'budget' })).map((t) => t.label)).toEqual(['politics', 'economy, business and finance']);
      expect((await store.topSpeakers({ q: 'budget' })).map((s) => s.name).sort()).toEqual(['Anna Berg', 'Tom Hale']);
      expect((await store.topEntities({ q: 'june', type: 'PERSON' })).map((e) => [e.name, e.articles])).toEqual([['Christine Lagarde', 2]]);
      expect((await store.topEntities({ q: 'june', kind: 'quotes', type: 'PERSON' })).map((e) => [e.name, e.articles])).toEqual([['Christine Lagarde', 1]]);
      expect(await store.sourceCounts({ q: 'june' })).toEqual([{ source: 'Example Wire', articles: 1 }]);
      expect(await store.themeCounts({ q: '***' })).toEqual([]); // no searchable word: no hits, nothing to count
      // Several filters AND together, themes included.
      expect(await store.topSpeakers({ q: 'rates', theme: 'politics' })).toEqual([]);
      expect((await store.topSpeakers({ q: 'june', from: '2024-03-01' })).map((s) => s.name)).toEqual(['Christine Lagarde']);
      await expect(store.themeCounts({ q: 'x', kind: 'nope' as 'all' })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'kind' });
    });

    it('counts all hits of a search and the articles they are in, with the search filters', async () => {
      for (const [q, query] of [['june', {}], ['rates', { kind: 'articles' }], ['budget', { speaker: 'Tom Hale' }], ['lagarde', { kind: 'quotes' }]] as const) {
        const hits = await store.search(q, { ...query, limit: 1000 });
        expect(await store.searchCount(q, query)).toEqual({ hits: hits.length, articles: new Set(hits.map((h) => h.articleId)).size });
      }
      expect((await store.searchCount('june')).hits).toBeGreaterThan((await store.searchCount('june')).articles);
      expect(await store.searchCount('budget', { theme: 'sport' })).toEqual({ hits: 0, articles: 0 });
      expect(await store.searchCount('"(')).toEqual({ hits: 0, articles: 0 });
    });

    it('keeps facet rollups equal to exact aggregates through updates and duplicates', async () => {
      // Replace the budget story: Tom Hale's quote goes, the ECB becomes central, a theme is dropped.
      const spec = corpus[2]!;
      const text = spec.text.replace('Opposition leader Tom Hale called it "a tax raid on savers". ', '');
      expect(text).not.toContain('Tom Hale');
      await store.add(fixture({ ...spec, text, quotes: spec.quotes!.slice(0, 1), entities: [{ name: 'European Central Bank', type: 'ORG', salience: 0.9 }, { name: 'Anna Berg', type: 'PERSON' }], themes: [{ id: 'medtop:04000000', label: 'economy, business and finance' }] }));
      await store.add(fixture({ ...corpus[0]!, id: 'ecb-copy' }));
      // A date filter takes the exact path; every fixture is dated, so both must agree.
      const exact = { from: '1900-01-01' };
      for (const theme of [undefined, 'economy, business and finance', 'politics']) {
        expect(await store.topEntities({ theme })).toEqual(await store.topEntities({ theme, ...exact }));
        expect(await store.topSpeakers({ theme })).toEqual(await store.topSpeakers({ theme, ...exact }));
      }
      expect((await store.topSpeakers()).map((s) => s.name)).not.toContain('Tom Hale');
      expect(await store.topSpeakers({ theme: 'politics' })).toEqual([]);
    });

    it('keeps rollups exact when one transaction adds, replaces and restores articles', async () => {
      // One addMany sums rollup deltas per key before writing: a speaker removed and re-added in
      // the same batch nets to zero, a dropped one must disappear, shared entities add up.
      const spec = corpus[2]!;
      const text = spec.text.replace('Opposition leader Tom Hale called it "a tax raid on savers". ', '');
      const without = fixture({ ...spec, text, quotes: spec.quotes!.slice(0, 1), entities: [{ name: 'European Central Bank', type: 'ORG', salience: 0.9 }, { name: 'Anna Berg', type: 'PERSON' }] });
      const extra = fixture({
        id: 'ecb-bond-buying',
        title: 'ECB ends bond buying',
        publishedAt: '2024-04-11',
        text: 'The European Central Bank will stop buying government bonds next month, Anna Berg wrote in a note to clients.',
        entities: [{ name: 'European Central Bank', type: 'ORG', salience: 0.9 }, { name: 'Anna Berg', type: 'PERSON' }],
        themes: [{ id: 'medtop:04000000', label: 'economy, business and finance' }],
      });
      const results = await store.addMany([without, extra, fixture(spec), without].map((a) => prepareArticle(a)));
      expect(results.map((r) => r.status)).toEqual(['updated', 'added', 'updated', 'updated']);
      const exact = { from: '1900-01-01' };
      for (const theme of [undefined, 'economy, business and finance', 'politics']) {
        expect(await store.topEntities({ theme })).toEqual(await store.topEntities({ theme, ...exact }));
        expect(await store.topSpeakers({ theme })).toEqual(await store.topSpeakers({ theme, ...exact }));
      }
      expect((await store.topSpeakers()).map((s) => s.name)).not.toContain('Tom Hale');
      expect((await store.topEntities({ type: 'ORG' })).find((e) => e.name === 'European Central Bank')).toMatchObject({ articles: 4 });
    });

    it('builds the entity co-occurrence graph', async () => {
      const graph = await store.cooccurrence({ minArticles: 2 });
      // The global graph names each pair in alphabetical order.
      expect(graph).toEqual([{ a: 'Christine Lagarde', b: 'European Central Bank', articles: 2 }]);
      const around = await store.cooccurrence({ entity: 'European Central Bank' });
      expect(around[0]).toEqual({ a: 'European Central Bank', b: 'Christine Lagarde', articles: 2 });
      expect(around.map((p) => p.b).sort()).toEqual(['Anna Berg', 'Christine Lagarde', 'Deutsche Bank', 'Frankfurt', 'Tom Hale']);
    });

    it('counts a theme over time by month, week and day', async () => {
      expect(await store.themeTimeline({ theme: 'medtop:04000000', by: 'month' })).toEqual([
        { period: '2024-01', theme: 'economy, business and finance', articles: 1 },
        { period: '2024-03', theme: 'economy, business and finance', articles: 2 },
      ]);
      // 2024-03-07 (Thu) and 2024-03-08 (Fri) share the week starting Monday 2024-03-04.
      const weeks = await store.themeTimeline({ theme: 'economy, business and finance', by: 'week' });
      expect(weeks).toEqual([
        { period: '2024-01-22', theme: 'economy, business and finance', articles: 1 },
        { period: '2024-03-04', theme: 'economy, business and finance', articles: 2 },
      ]);
      const all = await store.themeTimeline({ by: 'day' });
      expect(all.map((r) => r.period)).toEqual(['2024-01-25', '2024-02-12', '2024-03-07', '2024-03-08', '2024-03-08']);
    });

    it('tracks tone toward an entity over time', async () => {
      expect(await store.entityTone('European Central Bank', { by: 'month' })).toEqual([
        { period: '2024-01', tone: 0.1, articles: 1 },
        { period: '2024-03', tone: expect.closeTo(0.05, 10), articles: 2 },
      ]);
      expect(await store.entityTone('nobody')).toEqual([]);
    });

    it('lists with filters, sorting and paging', async () => {
      const page = await store.list({ sort: 'date', order: 'asc', limit: 2 });
      expect(page.total).toBe(4);
      expect(page.items.map((a) => a.id)).toEqual(['ecb-rates-jan', 'cup-final']);
      expect(page.items[0]).toMatchObject({ title: 'ECB holds interest rates as inflation cools', topThemes: ['economy, business and finance'], quoteCount: 1, tone: 0.05, source: 'Example Wire' });
      expect((await store.list({ entity: 'Christine Lagarde' })).total).toBe(2);
      expect((await store.list({ speaker: 'Tom Hale' })).items.map((a) => a.id)).toEqual(['budget-vote']);
      expect((await store.list({ theme: 'sport' })).items.map((a) => a.id)).toEqual(['cup-final']);
      expect((await store.list({ from: '2024-03-01', sort: 'tone', order: 'desc' })).items.map((a) => a.id)).toEqual(['ecb-rates-mar', 'budget-vote']);
    });

    it('gives an untitled article its opening words in lists, cut at a word boundary', async () => {
      const text = 'Dock workers at the port of Felixstowe began an eight-day strike on Wednesday over pay, the union said, after talks with the operator broke down.\n\nThe port handles much of the UK\'s container trade.';
      const analysis = fixture({ id: 'untitled-strike', title: 'x', text, publishedAt: '2024-08-21' });
      delete (analysis.article as { title?: string }).title;
      await store.add(analysis);
      const item = (await store.list({ limit: 10 })).items.find((a) => a.id === 'untitled-strike')!;
      expect(item.title).toBeUndefined();
      expect(item.opening).toMatch(/^Dock workers at the port of Felixstowe began .*…$/);
      expect(item.opening!.length).toBeLessThanOrEqual(121);
      expect(text.startsWith(item.opening!.slice(0, -1))).toBe(true);
      // Titled articles carry no opening.
      expect((await store.list({ limit: 10 })).items.find((a) => a.id === 'cup-final')!.opening).toBeUndefined();
    });

    it('rejects bad query options with typed errors naming the field', async () => {
      await expect(store.list({ limit: -1 })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'limit' });
      await expect(store.quotes({ from: 'last tuesday' })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'from' });
      await expect(store.themeTimeline({ by: 'year' as 'day' })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'by' });
      await expect(store.list({ sort: 'rowid' as 'date' })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'sort' });
    });

    it('reports stats', async () => {
      expect(await store.stats()).toEqual({ articles: 4, quotes: 5, entities: 6, duplicates: 0 });
    });
  });
}
