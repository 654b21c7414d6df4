import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { shortArticle, testApp } from './helpers.js';

describe('faithful data over HTTP (#14)', () => {
  it('stores a month-only date with its precision, as the CLI does, and keeps the text exactly', async () => {
    const { app, store } = await testApp();
    try {
      const text = shortArticle.replace(/\n\n/g, '\r\n\r\n') + '\n';
      const res = await request(app).post('/v1/articles').send({ id: 'flood-month', text, publishedAt: '2024-02' }).expect(201);
      const got = await request(app).get(`/v1/articles/${res.body.id}`).expect(200);
      expect(got.body.article).toMatchObject({ publishedAt: '2024-02', datePrecision: 'month', textSource: 'given' });
      expect(got.body.article.text).toBe(text);
      const feb = await request(app).get('/v1/articles').query({ from: '2024-02-01', to: '2024-02-29' }).expect(200);
      expect(feb.body.items.map((i: { id: string }) => i.id)).toEqual(['flood-month']);
      const ndjson = JSON.stringify({ id: 'flood-nd', body: 'Rain fell on Leeds again.', published: '2024-03', outlet: 'Leeds Daily' }) + '\n';
      await request(app).post('/v1/articles').set('Content-Type', 'application/x-ndjson').send(ndjson).expect(201);
      const nd = await request(app).get('/v1/articles/flood-nd').expect(200);
      expect(nd.body.article).toMatchObject({ publishedAt: '2024-03', datePrecision: 'month', source: 'Leeds Daily' });
    } finally {
      await store.close();
    }
  });

  it('updates changed metadata of the same text and deletes an article with DELETE', async () => {
    const { app, store } = await testApp();
    try {
      await request(app).post('/v1/articles').send({ id: 'flood', text: shortArticle, publishedAt: '2024-02-20', source: 'A' }).expect(201);
      const again = await request(app).post('/v1/articles').send({ id: 'flood', text: shortArticle, publishedAt: '2024-02-21', source: 'B' }).expect(200);
      expect(again.body.status).toBe('updated');
      expect((await request(app).get('/v1/articles/flood').expect(200)).body.article).toMatchObject({ publishedAt: '2024-02-21', source: 'B' });
      await request(app).delete('/v1/articles/flood').expect(204);
      await request(app).get('/v1/articles/flood').expect(404);
      const quotes = await request(app).get('/v1/quotes').expect(200);
      expect(quotes.body.total).toBe(0);
      const missing = await request(app).delete('/v1/articles/flood').expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
    } finally {
      await store.close();
    }
  });

  it('answers 400 naming the parameter for a bad sort, order or date, never 503', async () => {
    const { app, store } = await testApp();
    try {
      for (const [param, value] of [['sort', 'bogus'], ['order', 'sideways'], ['from', '2024-02-30']] as const) {
        const res = await request(app).get('/v1/articles').query({ [param]: value });
        expect(res.status, param).toBe(400);
        expect(JSON.stringify(res.body.errors ?? [])).toContain(param);
      }
      const quotes = await request(app).get('/v1/quotes').query({ to: '2024-13-01' });
      expect(quotes.status).toBe(400);
    } finally {
      await store.close();
    }
  });
});
