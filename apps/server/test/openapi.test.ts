import fs from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import type { CorpusStore } from '@lede/store';
import { routes } from '../src/index.js';
import { testApp } from './helpers.js';

let app: Express;
let store: CorpusStore;
let spec: {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; parameters?: Array<{ name: string; in: string; required: boolean }>; requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};
beforeAll(async () => {
  ({ app, store } = await testApp());
  spec = (await request(app).get('/openapi.json').expect(200)).body;
});
afterAll(() => store.close());

/** Every "$ref" anywhere in a JSON value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k === '$ref' && typeof v === 'string') out.push(v);
    else refs(v, out);
  }
  return out;
}

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 and lists every route with its method', () => {
    expect(spec.openapi).toBe('3.1.0');
    for (const r of routes) {
      const op = spec.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(op!.operationId).toBe(r.operationId);
    }
    expect(spec.paths['/openapi.json']?.get).toBeDefined();
  });

  it('describes parameters and bodies from the zod schemas', () => {
    const search = spec.paths['/v1/search']!.get!;
    expect(search.parameters).toContainEqual(expect.objectContaining({ name: 'q', in: 'query', required: true }));
    expect(search.parameters).toContainEqual(expect.objectContaining({ name: 'limit', in: 'query', required: false }));
    expect(spec.paths['/v1/articles/{id}']!.get!.parameters).toContainEqual(expect.objectContaining({ name: 'id', in: 'path', required: true }));
    const body = spec.paths['/v1/analyze']!.post!.requestBody!.content;
    expect(Object.keys(body)).toEqual(['application/json', 'text/plain', 'text/html']);
    const json = body['application/json'] as { schema: { properties: Record<string, unknown>; additionalProperties: boolean } };
    expect(Object.keys(json.schema.properties)).toEqual(expect.arrayContaining(['text', 'html', 'stages', 'tokens', 'publishedAt']));
    expect(json.schema.additionalProperties).toBe(false);
  });

  it('resolves every $ref to a component, and errors to the Problem schema', () => {
    const all = refs(spec.paths);
    expect(all).toContain('#/components/schemas/Analysis');
    for (const r of new Set(all)) expect(spec.components.schemas[r.replace('#/components/schemas/', '')], r).toBeDefined();
    const notFound = spec.paths['/v1/articles/{id}']!.get!.responses['404'] as { content: Record<string, { schema: { $ref: string } }> };
    expect(notFound.content['application/problem+json']!.schema.$ref).toBe('#/components/schemas/Problem');
  });
});

describe('the OpenAPI document validates', () => {
  it('against the OpenAPI 3.1 schema', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const result = await new Validator().validate(spec as unknown as Parameters<InstanceType<typeof Validator>["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents the corpus routes the CLI has, with examples', () => {
    for (const p of ['/v1/cooccurrence', '/v1/entities/{id}/tone', '/v1/speakers', '/v1/stats']) expect(spec.paths[p]?.get, p).toBeDefined();
    const ok = spec.paths['/v1/cooccurrence']!.get!.responses['200'] as { content: Record<string, { example?: unknown }> };
    expect(ok.content['application/json']!.example).toMatchObject({ items: [expect.objectContaining({ a: expect.any(String) })] });
    const params = spec.paths['/v1/search']!.get!.parameters!.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'theme', 'entity', 'speaker', 'from', 'to', 'offset']));
    for (const p of ['/v1/cooccurrence', '/v1/entities/{id}/tone', '/v1/speakers', '/v1/stats']) {
      const res = spec.paths[p]!.get!.responses['200'] as { content: Record<string, { example?: unknown }> };
      expect(res.content['application/json']!.example, p).toBeDefined();
    }
  });

  it('lists the filters the matching CLI command takes', () => {
    const names = (p: string) => spec.paths[p]!.get!.parameters!.map((x) => x.name);
    expect(names('/v1/quotes')).toEqual(expect.arrayContaining(['speaker', 'theme', 'primary', 'from', 'to', 'form', 'minConfidence', 'named', 'offset', 'limit']));
    expect(names('/v1/speakers')).toEqual(expect.arrayContaining(['theme', 'primary', 'from', 'to', 'offset', 'limit', 'all']));
    expect(names('/v1/entities')).toEqual(expect.arrayContaining(['theme', 'primary', 'type', 'types', 'from', 'to', 'offset', 'limit']));
    expect(names('/v1/cooccurrence')).toEqual(expect.arrayContaining(['entity', 'minArticles', 'offset', 'limit']));
    expect(names('/v1/entities/{id}/tone')).toEqual(expect.arrayContaining(['id', 'by', 'offset']));
    expect(names('/v1/themes/timeline')).toEqual(expect.arrayContaining(['theme', 'by', 'offset']));
  });
});

describe('GET /docs', () => {
  it('is rendered on the server: every operation readable without JavaScript, no asset from elsewhere', async () => {
    const res = await request(app).get('/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).not.toContain('<script');
    expect(res.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const r of routes) expect(res.text, r.operationId).toContain(`id="${r.operationId}"`);
    expect(res.text).toContain('<code>/v1/entities/{id}/tone</code>');
    expect(res.text).toContain('id="problem-invalid-json"');
    const { version } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(res.text).toContain(`Version ${version}`);
    // Values from the spec are escaped: the search example's quotes come out as entities.
    expect(res.text).toContain('Words or &quot;a phrase&quot;');
  });
});
