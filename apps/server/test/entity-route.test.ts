import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { CorpusStore } from '@lede/store';
import { testApp } from './helpers.js';

// Two articles written for this test: the council leader named in full (then by surname) in one,
// by surname only in the other; corpus linking makes them one entity, and the route says why.
let app: Express;
let store: CorpusStore;
beforeAll(async () => {
  ({ app, store } = await testApp());
  await request(app).post('/v1/articles').send({
    id: 'budget', title: 'Council budget agreed', publishedAt: '2024-02-20',
    text: 'Council leader James Lewis said the budget protected libraries. Lewis told reporters that bus routes would stay open.',
  }).expect(201);
  await request(app).post('/v1/articles').send({
    id: 'floods', title: 'Flood defences', publishedAt: '2024-03-02',
    text: 'Mr Lewis promised new flood defences for Kirkstall on Monday. Residents in Leeds welcomed the plan.',
  }).expect(201);
});
afterAll(async () => store.close());

describe('GET /v1/entities/:id', () => {
  it('explains which names were merged into the entity and on what evidence', async () => {
    const res = await request(app).get('/v1/entities/Lewis').expect(200);
    expect(res.body).toMatchObject({ name: 'James Lewis', type: 'PERSON', articles: 2 });
    expect(res.body.mergedNames).toEqual([{ name: 'Lewis', key: 'PERSON:lewis', articles: ['floods'] }]);
    expect(res.body.surnames).toEqual([{ surname: 'lewis', articles: ['budget'] }]);
  });

  it('answers 404 for an unknown entity', async () => {
    await request(app).get('/v1/entities/No%20Such%20Entity').expect(404);
  });

  it('lists dates only when asked for', async () => {
    const named = await request(app).get('/v1/entities').query({ limit: 50 }).expect(200);
    expect(named.body.items.map((e: { type: string }) => e.type)).not.toContain('DATE');
    const dates = await request(app).get('/v1/entities').query({ types: 'DATE', limit: 50 }).expect(200);
    expect(dates.body.items.map((e: { name: string }) => e.name)).toContain('Monday');
  });
});
