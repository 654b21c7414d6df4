// The quotes and speakers routes' attribution filters (form, minConfidence, named, all) over the
// seed article and a rate-decision story with reported speech and unresolved speakers.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '@lede/core';

// The store's attribution fixtures, loaded at run time (they live outside this package's rootDir).
const fixtures = new URL('../../../packages/store/test/statement-fixtures.ts', import.meta.url).href;
const { ratesAnalysis, seedAnalysis } = (await import(fixtures)) as { ratesAnalysis(): Analysis; seedAnalysis(): Analysis };
import { testApp } from './helpers.js';

describe('GET /v1/quotes and /v1/speakers: attribution filters', () => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    const t = await testApp();
    app = t.app;
    await t.store.add(ratesAnalysis());
    await t.store.add(seedAnalysis());
  });

  it('returns statement, confidence and speaker kind, and filters by form, minConfidence and named', async () => {
    const mixed = (await request(app).get('/v1/quotes').query({ form: 'mixed' }).expect(200)).body;
    expect(mixed.items).toEqual([expect.objectContaining({ text: 'face difficulties head-on and strengthen confidence', form: 'partial', speakerKind: 'named', confidence: 0.9 })]);
    const sure = (await request(app).get('/v1/quotes').query({ form: 'indirect', minConfidence: '0.7' }).expect(200)).body;
    expect(sure.items.map((q: { speaker: string }) => q.speaker)).toEqual(['Analysts', 'Riksbank']);
    const named = (await request(app).get('/v1/quotes').query({ speaker: 'Erik Thedéen', named: 'true' }).expect(200)).body;
    expect(named.items.map((q: { statement: string }) => q.statement)).toEqual(['s0', 's0', 'q4']);
    expect((await request(app).get('/v1/quotes').query({ named: 'false' }).expect(200)).body.total).toBe(12);
  });

  it('counts named speakers by default; all=true adds descriptions', async () => {
    const top = (await request(app).get('/v1/speakers').expect(200)).body.items as Array<{ name: string; quotes: number }>;
    expect(top[0]).toEqual({ name: 'Erik Thedéen', entityId: 'PERSON:erik thedéen', quotes: 2, articles: 1 });
    expect(top.map((s) => s.name)).not.toContain('Analysts');
    const all = (await request(app).get('/v1/speakers').query({ all: 'true' }).expect(200)).body.items as Array<{ name: string }>;
    expect(all.map((s) => s.name)).toEqual(expect.arrayContaining(['Analysts', 'The finance ministry']));
    expect((await request(app).get('/v1/stats').expect(200)).body.quotes).toBe(11);
  });

  it('answers a bad filter with 400 naming the parameter', async () => {
    for (const [query, param] of [
      [{ form: 'partial' }, 'form'],
      [{ minConfidence: '2' }, 'minConfidence'],
      [{ minConfidence: 'high' }, 'minConfidence'],
      [{ named: 'yes' }, 'named'],
    ] as const) {
      const res = await request(app).get('/v1/quotes').query(query).expect(400);
      expect(JSON.stringify(res.body)).toContain(param);
    }
    const res = await request(app).get('/v1/speakers').query({ all: '1' }).expect(400);
    expect(JSON.stringify(res.body)).toContain('all');
  });

  it('documents the filters in the OpenAPI document', async () => {
    const spec = (await request(app).get('/openapi.json').expect(200)).body;
    const names = (p: string) => (spec.paths[p].get.parameters as Array<{ name: string }>).map((x) => x.name);
    expect(names('/v1/quotes')).toEqual(expect.arrayContaining(['form', 'minConfidence', 'named']));
    expect(names('/v1/speakers')).toContain('all');
    const form = spec.paths['/v1/quotes'].get.parameters.find((x: { name: string }) => x.name === 'form');
    expect(form.schema.enum).toEqual(['direct', 'mixed', 'indirect']);
  });
});
