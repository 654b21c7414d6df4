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
});
