import { LedeError } from '@lede/core';
import { z } from 'zod';
import { defineRoute } from '../http/route.js';
import { EntityParams } from '../schemas.js';

const ids = z.array(z.string());
/** What GET /v1/entities/:id returns (the store's EntityExplanation). */
export const EntityExplanationSchema = z.object({
  key: z.string().describe('The corpus key: wikidata:Q… when linked, else TYPE:name.'),
  name: z.string(),
  type: z.string(),
  articles: z.number().int(),
  mentions: z.number().int(),
  mergedNames: z.array(z.object({ name: z.string(), key: z.string(), articles: ids })).describe('Names folded into this entity, with the articles that used only that name.'),
  surnames: z.array(z.object({ surname: z.string(), articles: ids })).describe('Why: articles naming the person in full, then by this surname alone.'),
  topArticles: z.array(z.object({ id: z.string(), title: z.string().optional() })),
});

export const entityRoute = defineRoute({
  method: 'get',
  path: '/v1/entities/:id',
  operationId: 'getEntity',
  tag: 'corpus',
  summary: 'One corpus entity: its names, the articles behind each merge, and its top articles',
  params: EntityParams,
  responses: {
    200: { description: 'The entity and why its names were merged.', schema: EntityExplanationSchema },
    404: { description: 'No entity with this name or key.' },
  },
  async handle({ params, deps }) {
    const e = await deps.store.entity(params.id);
    if (!e) throw new LedeError('NOT_FOUND', `no entity named "${params.id}"`, { field: 'id' });
    return { body: e };
  },
});
