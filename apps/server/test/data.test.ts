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

  it('reads a JSON body as `lede add` reads a record: aliases, partial dates, authors, extra fields with a warning', async () => {
    const { app, store } = await testApp();
    try {
      const body = {
        id: 'dock-strike',
        headline: 'Dock workers walk out over pay',
        content: 'Dock workers at the port of Felixstowe began an eight-day strike on Wednesday.\r\n\r\n"We have been left with no choice," said Sharon Graham, general secretary of Unite.\n',
        pubDate: '2024-08',
        publisher: { '@type': 'Organization', name: 'Example Wire' },
        author: ['Ann Holt', 'Omar Reyes'],
        link: 'https://example.org/dock-strike',
        label: 'business',
        wordCount: 31,
      };
      const res = await request(app).post('/v1/articles').send(body).expect(201);
      expect(res.body).toMatchObject({ id: 'dock-strike', status: 'added', extraFields: ['label', 'wordCount'] });
      expect(res.body.warnings).toEqual(['fields not read by Lede, kept as article.extra: "label", "wordCount"']);
      const got = (await request(app).get('/v1/articles/dock-strike').expect(200)).body.article;
      expect(got).toMatchObject({
        title: 'Dock workers walk out over pay',
        publishedAt: '2024-08',
        datePrecision: 'month',
        source: 'Example Wire',
        authors: ['Ann Holt', 'Omar Reyes'],
        url: 'https://example.org/dock-strike',
        extra: { label: 'business', wordCount: 31 },
        textSource: 'given',
      });
      expect(got.text).toBe(body.content);
      // The other aliases of the table, and a year-only date, filed under its year.
      const more = { id: 'gale', body: 'A gale closed the bridge.', published_at: '2023', outlet: 'Coast News', byline: 'By Lena Park', url: 'https://example.org/gale' };
      expect((await request(app).post('/v1/articles').send(more).expect(201)).body.warnings).toBeUndefined();
      expect((await request(app).get('/v1/articles/gale').expect(200)).body.article).toMatchObject({ publishedAt: '2023', datePrecision: 'year', source: 'Coast News', authors: ['Lena Park'] });
      for (const [name, value] of [['date', '2022-05-04'], ['datePublished', '2022-05-04T10:00:00Z'], ['published', '2022-05']] as const) {
        const r = await request(app).post('/v1/articles').send({ id: `d-${name}`, text: `Filed under ${name}.`, [name]: value, site: 'Harbour Times' }).expect(201);
        expect(r.body.status).toBe('added');
        const article = (await request(app).get(`/v1/articles/d-${name}`).expect(200)).body.article;
        expect(article.source).toBe('Harbour Times');
        expect(article.publishedAt.startsWith(value.replace(/T.*/, ''))).toBe(true);
      }
      const y2023 = await request(app).get('/v1/articles').query({ from: '2023-01-01', to: '2023-12-31' }).expect(200);
      expect(y2023.body.items.map((i: { id: string }) => i.id)).toEqual(['gale']);
      // A bad alias value is the record's error, naming the field as the user wrote it.
      const bad = await request(app).post('/v1/articles').send({ body: 'Rain again.', published: 'sometime soon' }).expect(422);
      expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'published' }));
      const none = await request(app).post('/v1/articles').send({ headline: 'No body here' }).expect(422);
      expect(none.body.errors).toContainEqual({ field: 'text', message: 'give exactly one of "text" (or "body", "content") and "html"' });
      // NDJSON lists the unread fields once for the whole body.
      const nd = [{ id: 'nd-1', body: 'One.', label: 'a' }, { id: 'nd-2', body: 'Two.', label: 'b', tag: 'x' }].map((r) => JSON.stringify(r)).join('\n');
      const batch = await request(app).post('/v1/articles').set('Content-Type', 'application/x-ndjson').send(nd).expect(201);
      expect(batch.body.warnings).toEqual(['fields not read by Lede, kept as article.extra: "label", "tag"']);
      // /v1/analyze reads the same names (and, taking options too, still refuses an unknown field).
      const analysed = await request(app).post('/v1/analyze').send({ headline: 'Gale warning', content: 'A gale is due.', pubDate: '2024', outlet: 'Coast News' }).expect(200);
      expect(analysed.body.article).toMatchObject({ title: 'Gale warning', publishedAt: '2024', datePrecision: 'year', source: 'Coast News' });
      await request(app).post('/v1/analyze').send({ body: 'A gale is due.', label: 'x' }).expect(422);
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
