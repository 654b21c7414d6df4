// Random and malformed requests (fast-check): the server answers every one with a 2xx or a 4xx
// problem, never a 5xx, and keeps serving afterwards.
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { CorpusStore } from '@lede/store';
import { shortArticle, testApp } from './helpers.js';

let app: Express;
let store: CorpusStore;
beforeAll(async () => {
  ({ app, store } = await testApp({ bodyLimit: 64 * 1024 }));
  await request(app).post('/v1/articles').send({ text: shortArticle, title: 'Floods', publishedAt: '2024-02-20' }).expect(201);
});
afterAll(() => store.close());

const knownPaths = ['/v1/analyze', '/v1/articles', '/v1/articles/x', '/v1/search', '/v1/quotes', '/v1/entities', '/v1/speakers', '/v1/themes/timeline', '/v1/themes', '/v1/stats', '/healthz', '/readyz', '/openapi.json'];
const segment = fc.string({ maxLength: 12 }).map(encodeURIComponent);
const path = fc.oneof(
  fc.constantFrom(...knownPaths),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`),
  fc.constantFrom('/v1/articles/%', '/v1/articles/%E0%A4%A', '/v1/articles/..%2F..%2Fetc', '/v1//search', '/%00', '/v1/articles/' + 'a'.repeat(300)),
);
const queryValue = fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String), fc.constantFrom('-1', '1e9', 'NaN', '', '"', 'a OR b', 'NEAR(', '*', '^', 'title:x', '2024-13-45', 'PERSON', 'week'));
const queryKey = fc.oneof(fc.constantFrom('q', 'limit', 'offset', 'sort', 'order', 'speaker', 'theme', 'type', 'by', 'from', 'to', 'kind', 'stages', 'tokens', 'id'), fc.string({ maxLength: 8 }));
const query = fc.oneof(
  fc.dictionary(queryKey, queryValue, { maxKeys: 4 }).map((d) => new URLSearchParams(d).toString()),
  fc.constantFrom('limit=%', 'q[a]=1', 'q=%00', '__proto__[x]=1', 'constructor[prototype]=x', 'q=a&q=b', 'q=' + 'x'.repeat(600)),
);

const articleLike = fc.record(
  {
    text: fc.oneof(fc.string({ maxLength: 400 }), fc.constant(shortArticle), fc.anything()),
    html: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('<html><body><article><p>"Hi," she said.</p></article></body></html>')),
    title: fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.constant(null)),
    publishedAt: fc.oneof(fc.constantFrom('2024-03-05', '2024-03-05T10:00:00Z', 'tomorrow', '9999-99-99'), fc.anything()),
    stages: fc.oneof(fc.array(fc.constantFrom('segment', 'quotes', 'entities', 'themes', 'tone', 'nope', ''), { maxLength: 4 }), fc.anything()),
    tokens: fc.oneof(fc.boolean(), fc.anything()),
    id: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  articleLike.map((o) => ({ type: 'application/json', data: JSON.stringify(o) })),
  fc.json({ maxDepth: 3 }).map((j) => ({ type: 'application/json', data: j })),
  fc.string({ maxLength: 300 }).map((s) => ({ type: 'application/json', data: s })),
  fc.string({ maxLength: 500 }).map((s) => ({ type: 'text/plain', data: s })),
  fc.string({ maxLength: 500 }).map((s) => ({ type: 'text/html', data: `<html><body>${s}</body></html>` })),
  fc.uint8Array({ maxLength: 300 }).map((b) => ({ type: 'text/plain', data: Buffer.from(b) })),
  fc.array(fc.oneof(articleLike.map((o) => JSON.stringify(o)), fc.string({ maxLength: 80 })), { maxLength: 5 }).map((l) => ({ type: 'application/x-ndjson', data: l.join('\n') })),
  fc.tuple(fc.constantFrom('application/xml', 'multipart/form-data', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'text/plain; charset=koi8-r', '*/*', 'garbage'), fc.string({ maxLength: 100 })).map(([type, data]) => ({ type, data })),
  fc.constant({ type: 'application/json', data: '{"text":"' + 'a'.repeat(70 * 1024) + '"}' }),
  fc.constant({ type: 'application/json', data: '['.repeat(5000) }),
  fc.constant(null),
);

describe('fuzz', () => {
  it('answers random requests with 2xx or 4xx problem+json, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('get', 'post', 'put', 'delete', 'patch'), path, query, body, async (method, p, q, b) => {
        let req = request(app)[method as 'get'](q ? `${p}?${q}` : p);
        if (b) req = req.set('Content-Type', b.type).send(b.data as string);
        const res = await req;
        expect(res.status, `${method.toUpperCase()} ${p}?${q} ${b?.type ?? ''}: ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
        // The API answers problems as JSON; the web reader's pages (outside /v1) answer in HTML.
        const api = p.startsWith('/v1') || knownPaths.includes(p);
        if (res.status >= 400) expect(res.headers['content-type']).toMatch(api ? /^application\/problem\+json/ : /^(application\/problem\+json|text\/html)/);
      }),
      { numRuns: Number(process.env.LEDE_FUZZ_RUNS ?? 400) },
    );
    await request(app).get('/healthz').expect(200);
  });
});
