// The corpus routes take the CLI's --offset: a page is the same rows the CLI prints for
// `--limit L --offset O`, and a bad paging value is a 400 naming the parameter.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { CorpusStore } from '@lede/store';
import { seedText, shortArticle, testApp } from './helpers.js';

let app: Express;
let store: CorpusStore;

beforeAll(async () => {
  ({ app, store } = await testApp());
  await request(app).post('/v1/articles').send({ text: seedText, title: 'China bets on technology', publishedAt: '2024-03-05', source: 'Test Wire' }).expect(201);
  await request(app).post('/v1/articles').send({ text: shortArticle, title: 'Floods close Leeds schools', publishedAt: '2024-02-20' }).expect(201);
});
afterAll(() => store.close());

const items = async (path: string, query: Record<string, string | number>) => (await request(app).get(path).query(query).expect(200)).body.items as unknown[];

describe('offset on the corpus facets', () => {
  it.each([
    ['/v1/entities', { limit: 2 }],
    ['/v1/speakers', { limit: 1 }],
    ['/v1/cooccurrence', { limit: 2, minArticles: 1 }],
    ['/v1/themes', { limit: 2 }],
    ['/v1/search', { q: 'China', limit: 1 }],
  ] as const)('%s?offset= is the next page of the same ranking', async (path, page) => {
    const all = await items(path, { ...page, limit: 20 });
    expect(all.length).toBeGreaterThan(page.limit);
    const second = await items(path, { ...page, offset: page.limit });
    expect(second).toEqual(all.slice(page.limit, page.limit * 2));
  });

  it('outlet narrows articles, search hits and quotes to one source, whole name in any case', async () => {
    const listed = (await request(app).get('/v1/articles').query({ outlet: 'test wire' }).expect(200)).body;
    expect(listed.items.map((a: { title: string }) => a.title)).toEqual(['China bets on technology']);
    const hits = await items('/v1/search', { q: 'China', outlet: 'TEST WIRE' });
    expect(hits.length).toBeGreaterThan(0);
    expect(await items('/v1/search', { q: 'China', outlet: 'Test' })).toEqual([]);
    const quotes = (await request(app).get('/v1/quotes').query({ outlet: 'Test Wire', limit: 100 }).expect(200)).body;
    const all = (await request(app).get('/v1/quotes').query({ limit: 100 }).expect(200)).body;
    expect(quotes.total).toBeGreaterThan(0);
    expect(quotes.total).toBeLessThan(all.total); // the flood story's quotes are left out
    const bad = await request(app).get('/v1/articles').query({ outlet: '' }).expect(400);
    expect(bad.body.errors.map((e: { field?: string }) => e.field)).toContain('outlet');
  });

  it('/v1/themes/timeline and /v1/entities/:id/tone page their periods', async () => {
    const timeline = await items('/v1/themes/timeline', { by: 'month' });
    expect(timeline.length).toBeGreaterThan(1);
    expect(await items('/v1/themes/timeline', { by: 'month', offset: 1, limit: 1 })).toEqual(timeline.slice(1, 2));
    const china = `/v1/entities/${encodeURIComponent('China')}/tone`;
    const tone = await items(china, { by: 'day' });
    expect(await items(china, { by: 'day', offset: tone.length })).toEqual([]);
  });

  it.each([
    ['/v1/entities', { offset: -1 }, 'offset'],
    ['/v1/speakers', { offset: '1e2' }, 'offset'],
    ['/v1/cooccurrence', { offset: 9_999, limit: 2 }, 'offset'],
    ['/v1/search', { q: 'China', offset: 999, limit: 2 }, 'offset'],
    ['/v1/entities/China/tone', { offset: 'x' }, 'offset'],
    ['/v1/speakers', { limit: 0 }, 'limit'],
    ['/v1/quotes', { form: 'verbatim' }, 'form'],
    ['/v1/quotes', { minConfidence: 2 }, 'minConfidence'],
    ['/v1/speakers', { from: 'yesterday' }, 'from'],
    ['/v1/entities', { theme: 'politics', minScore: 'high' }, 'minScore'],
  ] as const)('%s with %j is a 400 naming %s', async (path, query, field) => {
    const res = await request(app).get(path).query(query).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field?: string }) => e.field)).toContain(field);
  });
});
