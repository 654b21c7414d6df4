// OpenAPI 3.1 generated from the route table and its zod schemas (zod 4's own JSON Schema
// output is draft 2020-12, which is what OpenAPI 3.1 uses, so no converter library is needed).
import { Analysis } from '@lede/core';
import { z } from 'zod';
import { Problem } from '../http/problem.js';
import type { ResponseDef, RouteDef } from '../http/route.js';

type Json = Record<string, unknown>;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  return rest;
}

/** Shared components: the analysis contract and the problem shape. */
function components(): Json {
  const registry = z.registry<{ id: string }>();
  registry.add(Analysis, { id: 'Analysis' });
  registry.add(Problem, { id: 'Problem' });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' }) as {
    schemas: Record<string, Json>;
  };
  for (const s of Object.values(schemas)) {
    delete s.$schema;
    delete s.$id;
  }
  return schemas;
}

function parameters(route: RouteDef): Json[] {
  const out: Json[] = [];
  const add = (where: 'query' | 'path', schema: z.ZodType | undefined) => {
    const shape = (schema as unknown as { shape?: Record<string, z.ZodType> } | undefined)?.shape;
    if (!shape) return;
    for (const [name, field] of Object.entries(shape)) {
      const s = jsonSchema(field, 'input');
      const { description, examples, ...rest } = s;
      out.push({
        name,
        in: where,
        required: where === 'path' || !field.safeParse(undefined).success,
        ...(typeof description === 'string' && { description }),
        ...(Array.isArray(examples) && examples.length > 0 && { example: examples[0] }),
        schema: rest,
      });
    }
  };
  add('path', route.params);
  add('query', route.query);
  return out;
}

function response(status: number, def: ResponseDef): Json {
  if (status >= 400) return { description: def.description, content: { 'application/problem+json': { schema: ref('Problem') } } };
  if (!def.schema) return { description: def.description };
  const schema = typeof def.schema === 'string' ? ref(def.schema) : jsonSchema(def.schema, 'output');
  return { description: def.description, content: { [def.contentType ?? 'application/json']: { schema, ...(def.example !== undefined && { example: def.example }) } } };
}

export function buildOpenApi(routes: readonly RouteDef[], info: { version: string }): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const requestBody = route.body && {
      required: route.body.required,
      content: {
        ...(route.body.json && { 'application/json': { schema: jsonSchema(route.body.json, 'input') } }),
        ...Object.fromEntries((route.body.raw ?? []).map((t) => [t, { schema: { type: 'string' } }])),
      },
    };
    const params = parameters(route);
    paths[path] = {
      ...paths[path],
      [route.method]: {
        operationId: route.operationId,
        summary: route.summary,
        ...(route.description && { description: route.description }),
        tags: [route.tag],
        ...(params.length > 0 && { parameters: params }),
        ...(requestBody && { requestBody }),
        responses: {
          ...Object.fromEntries(Object.entries(route.responses).map(([s, d]) => [s, response(Number(s), d)])),
          ...(!route.infra && { 429: response(429, { description: 'Rate limit exceeded; see the RateLimit headers.' }) }),
          default: response(500, { description: 'Any other problem, as RFC 9457 problem details.' }),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lede API',
      version: info.version,
      description:
        'News articles in; quotes and speakers, entities, themes, tone, key phrases, summary and readability out, ' +
        'plus queries over a stored corpus. Errors are RFC 9457 problem details naming the failing field. ' +
        'The server never fetches URLs it is given.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'analysis', description: 'Analyse articles without storing them.' },
      { name: 'corpus', description: 'Store articles and query the corpus.' },
      { name: 'operations', description: 'Health and readiness probes.' },
    ],
    paths,
    components: { schemas: components() },
  };
}
