import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSpans, type Analysis } from '@lede/core';
import type { Express } from 'express';
import type { CorpusStore } from '@lede/store';
import { seedText, shortArticle, testApp } from './helpers.js';

let app: Express;
let store: CorpusStore;
let seedId: string;

beforeAll(async () => {
  ({ app, store } = await testApp());
  const res = await request(app)
    .post('/v1/articles')
    .send({ text: seedText, title: "China's two sessions bet on technology", source: 'Test Wire', publishedAt: '2024-03-05' });
  expect(res.status).toBe(201);
  seedId = res.body.id;
  await request(app).post('/v1/articles').send({ text: shortArticle, title: 'Floods close Leeds schools', publishedAt: '2024-02-20' }).expect(201);
});
afterAll(() => store.close());

describe('POST /v1/analyze', () => {
  it('analyses a JSON article and keeps every span on the text', async () => {
    const res = await request(app).post('/v1/analyze').send({ text: shortArticle, title: 'Floods' }).expect(200);
    const analysis = res.body as Analysis;
    expect(analysis.article.text).toBe(shortArticle);
    expect(analysis.article.title).toBe('Floods');
    expect(analysis.sentences.map((x) => x.text.slice(0, 12))).toEqual(['Flooding clo', '"We have nev', 'The Environm', 'Council lead']);
    expect(checkSpans(analysis)).toEqual([]);
  });

  it('runs only the chosen stages (and what they need)', async () => {
    const res = await request(app).post('/v1/analyze').send({ text: shortArticle, stages: ['segment'] }).expect(200);
    expect(res.body.sentences.length).toBeGreaterThan(0);
    expect(res.body.readability).toBeNull();
    expect(res.body.tone).toBeNull();
  });

  it('includes tokens only when asked', async () => {
    const without = await request(app).post('/v1/analyze').send({ text: shortArticle, stages: ['segment'] });
    expect(without.body.sentences[0].tokens).toBeUndefined();
    const withTokens = await request(app).post('/v1/analyze').send({ text: shortArticle, stages: ['segment'], tokens: true });
    const first = withTokens.body.sentences[0];
    expect(first.tokens.length).toBeGreaterThan(5);
    expect(shortArticle.slice(first.tokens[0].start, first.tokens[0].end)).toBe(first.tokens[0].text);
  });

  it('accepts a raw text/plain body with options in the query', async () => {
    const res = await request(app)
      .post('/v1/analyze?stages=segment&title=Floods&id=leeds-1')
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(shortArticle)
      .expect(200);
    expect(res.body.id).toBe('leeds-1');
    expect(res.body.article.title).toBe('Floods');
    expect(res.body.article.text).toContain('Margaret Holt');
  });

  it('names the unknown stage', async () => {
    const res = await request(app).post('/v1/analyze').send({ text: shortArticle, stages: ['sarcasm'] }).expect(400);
    expect(res.body.code).toBe('UNKNOWN_STAGE');
    expect(res.body.errors[0].field).toBe('stages');
    expect(res.body.detail).toContain('sarcasm');
  });

  it('rejects an empty article with a typed problem', async () => {
    const res = await request(app).post('/v1/analyze').send({ text: '   \n ' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('EMPTY_INPUT');
  });
});

describe('articles', () => {
  it('re-adding the same article is unchanged, not a second copy', async () => {
    const res = await request(app).post('/v1/articles').send({ text: shortArticle, title: 'Floods close Leeds schools', publishedAt: '2024-02-20' }).expect(200);
    expect(res.body.status).toBe('unchanged');
    const list = await request(app).get('/v1/articles').expect(200);
    expect(list.body.items.filter((a: { title?: string }) => a.title === 'Floods close Leeds schools')).toHaveLength(1);
  });

  it('answers Location for a new article, and GET returns its analysis', async () => {
    const text = 'Ministers met in Cardiff on Monday.\n\n"The budget is settled," said Ann Jones, the finance secretary.';
    const add = await request(app).post('/v1/articles').send({ text }).expect(201);
    expect(add.headers.location).toBe(`/v1/articles/${encodeURIComponent(add.body.id)}`);
    const got = await request(app).get(add.headers.location as string).expect(200);
    expect(got.body.article.text).toBe(text);
    expect(checkSpans(got.body)).toEqual([]);
  });

  it('stores an NDJSON batch line by line, reporting the bad line without failing the rest', async () => {
    const lines = [
      JSON.stringify({ id: 'batch-1', title: 'Port strike ends', text: 'Dock workers in Felixstowe returned to work on Friday after a two-week strike.' }),
      '{"id": "batch-2", "text": ',
      JSON.stringify({ id: 'batch-3', title: 'Library reopens', text: '"Books are back," said Rita Shah, who runs the library in Bradford.' }),
    ].join('\n');
    const res = await request(app).post('/v1/articles').set('Content-Type', 'application/x-ndjson').send(lines).expect(201);
    expect(res.body).toMatchObject({ added: 2, failed: 1 });
    expect(res.body.results.map((r: { id?: string; error?: { code: string } }) => r.id ?? r.error?.code)).toEqual(['batch-1', 'INVALID_JSON', 'batch-3']);
    expect(res.body.results[1].record).toMatch(/2$/);
    await request(app).get('/v1/articles/batch-3').expect(200);
    await request(app).get('/v1/articles/batch-2').expect(404);
  });

  it('lists with paging and sorting', async () => {
    const page = await request(app).get('/v1/articles?limit=1&sort=date&order=asc').expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].title).toBe('Floods close Leeds schools');
    expect(page.body.total).toBeGreaterThanOrEqual(2);
  });

  it('GET /v1/articles/:id answers 404 problem for an unknown id', async () => {
    const res = await request(app).get('/v1/articles/no-such-article').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', status: 404, instance: '/v1/articles/no-such-article' });
  });

  it('GET /v1/articles/:id returns the stored seed analysis', async () => {
    const res = await request(app).get(`/v1/articles/${seedId}`).expect(200);
    expect(res.body.article.title).toBe("China's two sessions bet on technology");
    expect(res.body.sentences.length).toBeGreaterThan(10);
  });
});

describe('corpus queries', () => {
  it('searches with snippets', async () => {
    const res = await request(app).get('/v1/search?q=flooding').expect(200);
    const hit = res.body.items.find((h: { title?: string }) => h.title === 'Floods close Leeds schools');
    expect(hit).toBeDefined();
    expect(hit.snippet.toLowerCase()).toMatch(/\[flood(ing|s)?\]/);
  });

  it('searches a phrase in quotes only', async () => {
    const res = await request(app).get('/v1/search').query({ q: 'water this high', kind: 'quotes' }).expect(200);
    for (const h of res.body.items) expect(h.kind).toBe('quote');
  });

  it('lists quotes filtered by speaker', async () => {
    const all = await request(app).get('/v1/quotes?limit=100').expect(200);
    expect(all.body.total).toBeGreaterThan(0);
    const speaker = all.body.items.find((q: { speaker: string | null }) => q.speaker)?.speaker as string | undefined;
    if (speaker) {
      const some = await request(app).get('/v1/quotes').query({ speaker }).expect(200);
      expect(some.body.items.length).toBeGreaterThan(0);
      for (const q of some.body.items) expect(q.speaker).toBe(speaker);
    }
    for (const q of all.body.items) expect(q.text.length).toBe(q.end - q.start);
  });

  it('answers entities, speakers, theme timeline and stats', async () => {
    const entities = await request(app).get('/v1/entities?limit=5').expect(200);
    expect(Array.isArray(entities.body.items)).toBe(true);
    expect(entities.body.items.length).toBeLessThanOrEqual(5);
    const typed = await request(app).get('/v1/entities?type=PERSON').expect(200);
    for (const e of typed.body.items) expect(e.type).toBe('PERSON');
    await request(app).get('/v1/speakers?limit=3').expect(200);
    const timeline = await request(app).get('/v1/themes/timeline?by=month').expect(200);
    for (const p of timeline.body.items) expect(p.period).toMatch(/^\d{4}-\d{2}/);
    const stats = await request(app).get('/v1/stats').expect(200);
    expect(stats.body.articles).toBeGreaterThanOrEqual(2);
  });
});

describe('everything the CLI asks', () => {
  it('/v1/themes counts primary topics; primary and minScore filter the lists', async () => {
    const counts = await request(app).get('/v1/themes').expect(200);
    const seedPrimary = (await request(app).get(`/v1/articles/${seedId}`).expect(200)).body.themes.find((t: { primary?: boolean }) => t.primary);
    const row = counts.body.items.find((c: { themeId: string }) => c.themeId === seedPrimary.id);
    expect(row.primary).toBeGreaterThanOrEqual(1);
    expect(row.articles).toBeGreaterThanOrEqual(row.primary);
    const listed = await request(app).get('/v1/articles').query({ primary: seedPrimary.label, limit: 500 }).expect(200);
    expect(listed.body.total).toBe(row.primary);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toContain(seedId);
    const above = await request(app).get('/v1/speakers').query({ theme: seedPrimary.id, minScore: seedPrimary.score }).expect(200);
    expect(Array.isArray(above.body.items)).toBe(true);
    const bad = await request(app).get('/v1/articles').query({ theme: 'politics', minScore: 3 }).expect(400);
    expect(bad.body.detail ?? bad.body.title).toMatch(/minScore/);
    const orphan = await request(app).get('/v1/quotes').query({ minScore: 0.5 }).expect(400);
    expect(orphan.body.detail ?? orphan.body.title).toMatch(/minScore/);
  });

  it('/v1/search takes the list filters: dates and entity narrow the hits', async () => {
    const all = await request(app).get('/v1/search').query({ q: 'China', kind: 'articles' }).expect(200);
    expect(all.body.items.map((h: { articleId: string }) => h.articleId)).toContain(seedId);
    const later = await request(app).get('/v1/search').query({ q: 'China', kind: 'articles', from: '2024-03-01' }).expect(200);
    expect(later.body.items.map((h: { articleId: string }) => h.articleId)).toEqual([seedId]);
    const none = await request(app).get('/v1/search').query({ q: 'China', to: '2024-02-01' }).expect(200);
    expect(none.body.items).toEqual([]);
    const bad = await request(app).get('/v1/search').query({ q: 'China', from: 'last week' }).expect(400);
    expect(bad.body.detail ?? bad.body.title).toMatch(/from/);
  });

  it('/v1/cooccurrence lists partners of an entity, most shared first', async () => {
    const top = (await request(app).get('/v1/entities?type=GPE&limit=1').expect(200)).body.items[0];
    expect(top).toBeDefined();
    const res = await request(app).get('/v1/cooccurrence').query({ entity: top.name, limit: 5 }).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.length).toBeLessThanOrEqual(5);
    for (const p of res.body.items) {
      expect([p.a, p.b]).toContain(top.name);
      expect(p.articles).toBeGreaterThanOrEqual(1);
    }
    await request(app).get('/v1/cooccurrence').query({ minArticles: 0 }).expect(400);
  });

  it('/v1/entities/:id/tone answers tone per period for an entity name', async () => {
    const top = (await request(app).get('/v1/entities?type=GPE&limit=1').expect(200)).body.items[0];
    const res = await request(app).get(`/v1/entities/${encodeURIComponent(top.name)}/tone`).query({ by: 'month' }).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const p of res.body.items) {
      expect(p.period).toMatch(/^2024-0[23]$/);
      expect(p.tone).toBeGreaterThanOrEqual(-1);
      expect(p.tone).toBeLessThanOrEqual(1);
    }
    const none = await request(app).get('/v1/entities/No%20Such%20Entity/tone').expect(200);
    expect(none.body.items).toEqual([]);
    await request(app).get(`/v1/entities/${encodeURIComponent(top.name)}/tone?by=year`).expect(400);
  });

  it('/v1/speakers takes a theme; /v1/stats counts the corpus', async () => {
    const all = (await request(app).get('/v1/speakers').expect(200)).body.items;
    const onTheme = (await request(app).get('/v1/speakers').query({ theme: 'no-such-theme' }).expect(200)).body.items;
    expect(all.length).toBeGreaterThan(0);
    expect(onTheme).toEqual([]);
    const stats = (await request(app).get('/v1/stats').expect(200)).body;
    expect(stats.quotes).toBeGreaterThan(0);
  });
});

describe('operations', () => {
  it('healthz and readyz answer', async () => {
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    await request(app).get('/readyz').expect(200, { status: 'ready' });
  });

  it('sets security headers and a request id', async () => {
    const res = await request(app).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[\w-]+$/);
    const echoed = await request(app).get('/healthz').set('X-Request-Id', 'abc-123');
    expect(echoed.headers['x-request-id']).toBe('abc-123');
  });
});

describe('HTML input', () => {
  const page =
    '<!doctype html><html><head><title>Storm hits coast | Test News</title></head><body><nav>Home | World</nav>' +
    '<article><h1>Storm hits coast</h1><p>Winds of 90mph hit Cornwall overnight, cutting power to 4,000 homes.</p>' +
    '<p>"It sounded like a train," said Peter Mills, who lives in Penzance.</p></article><footer>© Test News</footer></body></html>';

  it('extracts the article from a JSON {html} body, never fetching the url', async () => {
    const res = await request(app).post('/v1/analyze').send({ html: page, url: 'http://192.0.2.1/never-fetched', stages: ['segment'] }).expect(200);
    expect(res.body.article.text).toContain('Winds of 90mph hit Cornwall');
    expect(res.body.article.text).not.toContain('Home | World');
    expect(res.body.article.url).toBe('http://192.0.2.1/never-fetched');
    expect(checkSpans(res.body)).toEqual([]);
  });

  it('accepts a raw text/html body', async () => {
    const res = await request(app).post('/v1/analyze?stages=segment').set('Content-Type', 'text/html').send(page).expect(200);
    expect(res.body.article.text).toContain('"It sounded like a train," said Peter Mills');
  });
});
