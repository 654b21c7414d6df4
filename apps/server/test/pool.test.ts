import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { CorpusStore } from '@lede/store';
import type { Express } from 'express';
import { poolAnalyzer, type Analyzer } from '../src/index.js';
import { shortArticle, testApp } from './helpers.js';

let analyzer: Analyzer;
let app: Express;
let store: CorpusStore;
beforeAll(async () => {
  analyzer = poolAnalyzer({ workers: 1 });
  await analyzer.ready?.();
  ({ app, store } = await testApp({ analyzer }));
}, 60_000);
afterAll(async () => {
  await analyzer?.close();
  await store?.close();
});

describe('worker-pool analyzer (--workers)', () => {
  it('answers the same analysis as the main thread', async () => {
    const { app: inline, store: s } = await testApp();
    const body = { text: shortArticle, title: 'Floods' };
    const [viaPool, viaInline] = await Promise.all([request(app).post('/v1/analyze').send(body), request(inline).post('/v1/analyze').send(body)]);
    expect(viaPool.status).toBe(200);
    expect(viaPool.body).toEqual(viaInline.body);
    await s.close();
  });

  it('carries typed errors back from the worker', async () => {
    const res = await request(app).post('/v1/analyze').send({ text: shortArticle, stages: ['nope'] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'UNKNOWN_STAGE', errors: [{ field: 'stages' }] });
  });

  it('serves the web reader\'s Analyse page from the pool too', async () => {
    const res = await request(app).post('/analyse').type('form').send({ text: shortArticle, format: 'text' }).expect(200);
    expect(res.text).toContain('Margaret Holt');
    expect(res.text).toMatch(/class="[^"]*quote/);
  });
});
