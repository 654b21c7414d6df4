// Read-only corpus queries: thin mappings from validated query strings to CorpusStore calls.
import { defineRoute } from '../http/route.js';
import { windowed } from './window.js';
import {
  CooccurrenceQuery,
  withSource,
  CooccurrenceSchema,
  EntityParams,
  EntityToneQuery,
  TonePointSchema,
  EntitiesQuery,
  EntityFacetSchema,
  listOf,
  pageOf,
  QuoteRowSchema,
  QuotesQuery,
  SpeakersQuery,
  SearchHitSchema,
  SearchQuery,
  SpeakerFacetSchema,
  StatsSchema,
  ThemeCountSchema,
  ThemeCountsQuery,
  TimelinePointSchema,
  TimelineQuery,
} from '../schemas.js';

export const searchRoute = defineRoute({
  method: 'get',
  path: '/v1/search',
  operationId: 'search',
  tag: 'corpus',
  summary: 'Ranked full-text search over articles and quotes, with snippets',
  query: SearchQuery,
  responses: {
    200: {
      description: 'Hits, best first; with theme, entity, speaker or dates only hits in the articles that pass all of them.',
      schema: listOf(SearchHitSchema),
      example: { items: [{ kind: 'quote', articleId: 'china-two-sessions-tech', title: 'China bets on tech', snippet: '…high-end [chips]…', rank: 3.2, quoteId: 'q2', speaker: 'Liu Dongshu' }] },
    },
  },
  async handle({ query, deps }) {
    const { q, offset: _o, ...rest } = withSource(query);
    const w = windowed(query, 20);
    return { body: { items: w.page(await deps.store.search(q, { ...rest, limit: w.limit })) } };
  },
});

export const quotesRoute = defineRoute({
  method: 'get',
  path: '/v1/quotes',
  operationId: 'listQuotes',
  tag: 'corpus',
  summary: 'Quotes by speaker, theme, date, form and confidence',
  query: QuotesQuery,
  responses: { 200: { description: 'One page of quotes and the total.', schema: pageOf(QuoteRowSchema) } },
  async handle({ query, deps }) {
    return { body: await deps.store.quotes(withSource(query)) };
  },
});

export const entitiesRoute = defineRoute({
  method: 'get',
  path: '/v1/entities',
  operationId: 'topEntities',
  tag: 'corpus',
  summary: 'Most mentioned entities, optionally of one type, theme or period',
  query: EntitiesQuery,
  responses: { 200: { description: 'Entities, most mentioned first.', schema: listOf(EntityFacetSchema) } },
  async handle({ query, deps }) {
    const { offset: _o, ...rest } = query;
    const w = windowed(query, 20);
    return { body: { items: w.page(await deps.store.topEntities({ ...rest, limit: w.limit })) } };
  },
});

export const speakersRoute = defineRoute({
  method: 'get',
  path: '/v1/speakers',
  operationId: 'topSpeakers',
  tag: 'corpus',
  summary: 'Most quoted speakers (named people and linked organisations; all=true adds descriptions)',
  query: SpeakersQuery,
  responses: {
    200: { description: 'Speakers, most quoted first.', schema: listOf(SpeakerFacetSchema), example: { items: [{ name: 'Liu Dongshu', quotes: 2, articles: 1 }] } },
  },
  async handle({ query, deps }) {
    const { offset: _o, ...rest } = query;
    const w = windowed(query, 20);
    return { body: { items: w.page(await deps.store.topSpeakers({ ...rest, limit: w.limit })) } };
  },
});

export const themeCountsRoute = defineRoute({
  method: 'get',
  path: '/v1/themes',
  operationId: 'themeCounts',
  tag: 'corpus',
  summary: 'The theme facet: articles per theme, and how many have it as primary topic',
  query: ThemeCountsQuery,
  responses: {
    200: {
      description: 'Themes, most articles first.',
      schema: listOf(ThemeCountSchema),
      example: { items: [{ themeId: 'medtop:11000000', label: 'politics', topLevel: 'medtop:11000000', articles: 431, primary: 402 }] },
    },
  },
  async handle({ query, deps }) {
    const { offset: _o, ...rest } = query;
    const w = windowed(query, 50);
    return { body: { items: w.page(await deps.store.themeCounts({ ...rest, limit: w.limit })) } };
  },
});

export const timelineRoute = defineRoute({
  method: 'get',
  path: '/v1/themes/timeline',
  operationId: 'themeTimeline',
  tag: 'corpus',
  summary: 'Articles per theme per day, week or month',
  query: TimelineQuery,
  responses: { 200: { description: 'Points in period order.', schema: listOf(TimelinePointSchema) } },
  async handle({ query, deps }) {
    const { offset: _o, limit: _l, ...rest } = query;
    return { body: { items: windowed(query, Infinity).page(await deps.store.themeTimeline(rest)) } };
  },
});

export const statsRoute = defineRoute({
  method: 'get',
  path: '/v1/stats',
  operationId: 'stats',
  tag: 'corpus',
  summary: 'Corpus size',
  responses: { 200: { description: 'Counts.', schema: StatsSchema, example: { articles: 2225, quotes: 11012, entities: 30544, duplicates: 98 } } },
  async handle({ deps }) {
    return { body: await deps.store.stats() };
  },
});

export const cooccurrenceRoute = defineRoute({
  method: 'get',
  path: '/v1/cooccurrence',
  operationId: 'cooccurrence',
  tag: 'corpus',
  summary: 'Entities appearing in the same articles',
  query: CooccurrenceQuery,
  responses: {
    200: {
      description: 'Pairs, most shared articles first.',
      schema: listOf(CooccurrenceSchema),
      example: { items: [{ a: 'Xi Jinping', b: 'China', articles: 12 }] },
    },
  },
  async handle({ query, deps }) {
    const { offset: _o, ...rest } = query;
    const w = windowed(query, 50);
    return { body: { items: w.page(await deps.store.cooccurrence({ ...rest, limit: w.limit })) } };
  },
});

export const entityToneRoute = defineRoute({
  method: 'get',
  path: '/v1/entities/:id/tone',
  operationId: 'entityTone',
  tag: 'corpus',
  summary: 'Tone toward an entity per day, week or month',
  params: EntityParams,
  query: EntityToneQuery,
  responses: {
    200: {
      description: 'Mean tone of the sentences mentioning the entity, per period, with the number of articles.',
      schema: listOf(TonePointSchema),
      example: { items: [{ period: '2025-03', tone: 0.12, articles: 4 }] },
    },
  },
  async handle({ params, query, deps }) {
    const { offset: _o, limit: _l, ...rest } = query;
    return { body: { items: windowed(query, Infinity).page(await deps.store.entityTone(params.id, rest)) } };
  },
});
