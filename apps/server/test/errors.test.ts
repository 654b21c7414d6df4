import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { CorpusStore } from '@lede/store';
import { shortArticle, testApp } from './helpers.js';

let app: Express;
let store: CorpusStore;
beforeAll(async () => {
  ({ app, store } = await testApp({ bodyLimit: 16 * 1024 }));
});
afterAll(() => store.close());

/** Every error is RFC 9457 problem+json with our code and a type that names it. */
function expectProblem(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
  expect(res.body.type).toBe(`/docs#problem-${code.toLowerCase().replaceAll('_', '-')}`);
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.detail).toBe('string');
}

describe('bad JSON', () => {
  it.each([
    ['truncated', '{"text": "abc'],
    ['trailing comma', '{"text": "abc",}'],
    ['single quotes', "{'text': 'abc'}"],
    ['bare string (strict JSON bodies are objects)', '"abc"'],
  ])('%s -> 400 INVALID_JSON', async (_name, body) => {
    const res = await request(app).post('/v1/analyze').set('Content-Type', 'application/json').send(body);
    expectProblem(res, 400, 'INVALID_JSON');
    expect(res.body.errors[0].field).toBe('body');
  });
});

describe('wrong types and fields', () => {
  it('names a field of the wrong type', async () => {
    const res = await request(app).post('/v1/analyze').send({ text: 42 });
    expectProblem(res, 422, 'INVALID_RECORD');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'text' }));
  });

  it('names each failing field', async () => {
    const res = await request(app).post('/v1/analyze').send({ text: shortArticle, stages: 'quotes', tokens: 'yes', publishedAt: ['2024-03'] });
    expectProblem(res, 422, 'INVALID_RECORD');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['stages', 'tokens', 'publishedAt']));
  });

  it('reads dates as the CLI does: a partial or written-out date is kept, an unreadable one names its field', async () => {
    const month = await request(app).post('/v1/analyze').send({ text: shortArticle, publishedAt: 'March 2025' }).expect(200);
    expect(month.body.article).toMatchObject({ publishedAt: '2025-03', datePrecision: 'month' });
    const res = await request(app).post('/v1/analyze').send({ text: shortArticle, publishedAt: 'last Tuesday' });
    expectProblem(res, 422, 'INVALID_RECORD');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'publishedAt' }));
  });

  it('rejects unknown fields rather than ignoring a typo', async () => {
    const res = await request(app).post('/v1/analyze').send({ text: shortArticle, stage: ['quotes'] });
    expectProblem(res, 422, 'INVALID_RECORD');
    expect(res.body.errors).toContainEqual({ field: 'stage', message: 'unknown field "stage"' });
  });

  it('wants exactly one of text and html', async () => {
    expectProblem(await request(app).post('/v1/analyze').send({ title: 'No body' }), 422, 'INVALID_RECORD');
    expectProblem(await request(app).post('/v1/analyze').send({ text: 'a', html: '<p>a</p>' }), 422, 'INVALID_RECORD');
  });

  it('rejects a JSON array as the body', async () => {
    expectProblem(await request(app).post('/v1/articles').send([{ text: shortArticle }]), 422, 'INVALID_RECORD');
  });

  it('validates query parameters by name', async () => {
    const res = await request(app).get('/v1/articles?limit=0&sort=popularity');
    expectProblem(res, 400, 'INVALID_OPTION');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['limit', 'sort']));
  });

  it('rejects a repeated query parameter (an array where a string is expected)', async () => {
    const res = await request(app).get('/v1/search?q=a&q=b');
    expectProblem(res, 400, 'INVALID_OPTION');
    expect(res.body.errors[0].field).toBe('q');
  });

  it('requires q for search', async () => {
    expectProblem(await request(app).get('/v1/search'), 400, 'INVALID_OPTION');
    expectProblem(await request(app).get('/v1/search?q=%20%20'), 400, 'INVALID_OPTION');
  });

  it('rejects an unknown entity type and date', async () => {
    expectProblem(await request(app).get('/v1/entities?type=ALIEN'), 400, 'INVALID_OPTION');
    expectProblem(await request(app).get('/v1/quotes?from=yesterday'), 400, 'INVALID_OPTION');
  });

  it('answers a malformed percent-encoding in the path with 400, not 500', async () => {
    expectProblem(await request(app).get('/v1/articles/%E0%A4%A'), 400, 'INVALID_OPTION');
  });
});

describe('media types and sizes', () => {
  it('oversize JSON body -> 413', async () => {
    const body = JSON.stringify({ text: 'word '.repeat(5000) });
    const res = await request(app).post('/v1/analyze').set('Content-Type', 'application/json').send(body);
    expectProblem(res, 413, 'TOO_LARGE');
    // The sizes are the request's and the server's, in bytes (not body-parser's generic text).
    expect(res.body.detail).toBe(`the body is ${Buffer.byteLength(body)} bytes, over the ${16 * 1024}-byte limit`);
  });

  it('oversize raw body -> 413', async () => {
    const res = await request(app).post('/v1/analyze').set('Content-Type', 'text/plain').send('word '.repeat(5000));
    expectProblem(res, 413, 'TOO_LARGE');
  });

  it('unsupported Content-Type -> 415', async () => {
    const res = await request(app).post('/v1/analyze').set('Content-Type', 'application/xml').send('<a/>');
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a body without Content-Type -> 415', async () => {
    const res = await request(app).post('/v1/analyze').set('Content-Type', '').send(Buffer.from('hello'));
    expect([415, 422]).toContain(res.status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('no body -> 422 EMPTY_INPUT', async () => {
    expectProblem(await request(app).post('/v1/analyze'), 422, 'EMPTY_INPUT');
  });

  it('binary bytes sent as text/plain are refused, not analysed', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const res = await request(app).post('/v1/analyze').set('Content-Type', 'text/plain').send(png);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(['BINARY_INPUT', 'INVALID_UTF8']).toContain(res.body.code);
  });
});

describe('routes and methods', () => {
  it('unknown route -> 404 problem', async () => {
    const res = await request(app).get('/v2/everything');
    expectProblem(res, 404, 'ROUTE_NOT_FOUND');
    expect(res.body.instance).toBe('/v2/everything');
  });

  it('known path, wrong method -> 405 with Allow', async () => {
    const res = await request(app).delete('/v1/articles');
    expectProblem(res, 405, 'METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toBe('POST, GET, HEAD');
    expectProblem(await request(app).get('/v1/analyze'), 405, 'METHOD_NOT_ALLOWED');
  });

  it('OPTIONS lists the allowed methods', async () => {
    const res = await request(app).options('/v1/analyze').expect(204);
    expect(res.headers.allow).toBe('POST');
  });
});

describe('limits', () => {
  it('rate-limits /v1 per client with 429 problem and RateLimit headers, but not health checks', async () => {
    const { app: limited, store: s } = await testApp({ rateLimit: { limit: 2, windowMs: 60_000 } });
    await request(limited).get('/v1/stats').expect(200);
    const second = await request(limited).get('/v1/stats').expect(200);
    expect(second.headers.ratelimit).toBeDefined();
    const third = await request(limited).get('/v1/stats');
    expectProblem(third, 429, 'RATE_LIMITED');
    expect(third.headers['retry-after']).toBe('60');
    await request(limited).get('/healthz').expect(200);
    await s.close();
  });

  it('answers 503 TIMEOUT when the store does not answer in time', async () => {
    const { app: base, store: s } = await testApp();
    const hanging = Object.create(s) as CorpusStore;
    hanging.search = () => new Promise(() => {});
    const { app: slow } = await testApp({ store: hanging, timeoutMs: 150 });
    expectProblem(await request(slow).get('/v1/search?q=anything'), 503, 'TIMEOUT');
    await request(base).get('/healthz').expect(200);
    await s.close();
  });

  it('a store failure is a problem, not a crash', async () => {
    const { store: s } = await testApp();
    const broken = Object.create(s) as CorpusStore;
    broken.stats = () => Promise.reject(new Error('disk on fire'));
    const { app: sick } = await testApp({ store: broken });
    const res = await request(sick).get('/v1/stats');
    expectProblem(res, 500, 'INTERNAL');
    expect(res.body.detail).not.toContain('disk on fire');
    expectProblem(await request(sick).get('/readyz'), 503, 'STORE_ERROR');
    await s.close();
  });
});

describe('one text-validity rule over HTTP (issue #15 items 5, 11)', () => {
  it('invalid UTF-8 inside a JSON body -> 400 INVALID_UTF8, as for text/plain (no silent U+FFFD)', async () => {
    const { app, store } = await testApp();
    const bytes = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from(' au lait."}')]);
    const res = await request(app).post('/v1/analyze').set('Content-Type', 'application/json').serialize((b: unknown) => b as string).send(bytes);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.code).toBe('INVALID_UTF8');
    await store.close();
  });

  it('NUL or a lone surrogate in a JSON article -> 422 INVALID_RECORD naming the field; nothing stored', async () => {
    const { app, store } = await testApp();
    for (const body of ['{"text":"Rain fell.\\u0000 It stopped."}', '{"text":"Rain \\ud800 fell."}', '{"text":"Rain fell.","title":"T\\u0000"}']) {
      const res = await request(app).post('/v1/articles').set('Content-Type', 'application/json').send(body);
      expect(res.status, body).toBe(422);
      expect(res.body.code).toBe('INVALID_RECORD');
      expect(res.body.errors[0].field).toMatch(/^(text|title)$/);
    }
    expect((await store.list({})).total).toBe(0);
    await store.close();
  });
});
