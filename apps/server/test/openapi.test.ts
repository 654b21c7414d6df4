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

describe('GET /docs', () => {
  it('is a self-contained page: no asset from another origin', async () => {
    const res = await request(app).get('/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<script src="/docs/docs.js">');
    expect(res.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(res.text).toContain('id="problem-invalid-json"');
    const js = await request(app).get('/docs/docs.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.text).toContain("fetch('/openapi.json')");
    expect(js.text).not.toContain('innerHTML');
  });
});
