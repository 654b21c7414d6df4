import { LedeError } from '@lede/core';
import { extraFieldsWarning } from '@lede/ingest';
import { z } from 'zod';
import { HttpProblem } from '../http/problem.js';
import { defineRoute, isRawBody } from '../http/route.js';
import { ingestBatch } from '../input/batch.js';
import { analyzeRequest } from '../input/analyze-request.js';
import { enqueueRequest } from '../input/enqueue.js';
import { requestTask } from '../input/to-article.js';
import { AddResultSchema, ArticleParams, ArticleSummarySchema, BatchResultSchema, IngestQuery, IngestRequest, ListArticlesQuery, pageOf, QueuedResultSchema, withSource } from '../schemas.js';

export const addArticleRoute = defineRoute({
  method: 'post',
  path: '/v1/articles',
  operationId: 'addArticle',
  tag: 'corpus',
  summary: 'Analyse an article with every stage and store it',
  description:
    'Same bodies as /v1/analyze (without stage selection); a JSON body is a record as `lede add` reads it: the ' +
    'same field names and aliases (`headline`, `published`, `outlet`, `author`, `body`, …), and fields Lede does not ' +
    'read are kept as `article.extra` and listed in `warnings`. Idempotent by content: re-sending an article answers ' +
    '`unchanged`; a syndicated copy of a stored article answers `duplicate` with `duplicateOf`. An ' +
    '`application/x-ndjson` body (one JSON article per line, as `lede add` reads) stores many: each line gets its ' +
    'own result or error, and bad lines do not stop good ones.',
  query: IngestQuery,
  body: { json: IngestRequest, raw: ['text/plain', 'text/html', 'application/x-ndjson'], required: true },
  responses: {
    201: { description: 'Stored; Location names the new article. For NDJSON: one result per line.', schema: z.union([AddResultSchema, BatchResultSchema]) },
    200: { description: 'Already stored (unchanged), replaced (updated), or a duplicate of a stored article.', schema: z.union([AddResultSchema, BatchResultSchema]) },
    202: { description: 'With `lede serve --queue`: queued for `lede worker` (nothing analysed in the request); bad NDJSON lines are listed with their errors.', schema: QueuedResultSchema },
    400: { description: 'Malformed JSON or bad parameter.' },
    413: { description: 'Body larger than the limit.' },
    415: { description: 'Unsupported Content-Type or binary input.' },
    422: { description: 'A field of the article is invalid, the article is empty, or its analysis needed more than the budget per record (BUDGET_EXCEEDED).' },
  },
  async handle({ body, query, deps, signal, res }) {
    if (body === undefined) throw new HttpProblem('EMPTY_INPUT', 'the request has no body');
    if (deps.queue) {
      const queued = await enqueueRequest(deps.queue, deps, body, query, isRawBody(body) && body.mediaType === 'application/x-ndjson');
      return { status: 202, body: queued };
    }
    if (isRawBody(body) && body.mediaType === 'application/x-ndjson') {
      const batch = await ingestBatch(body.bytes, deps, signal, res.locals.deadline as number | undefined);
      return { status: batch.added > 0 ? 201 : 200, body: batch };
    }
    const analysis = await analyzeRequest(deps, { task: requestTask(body, query).task, tokens: false }, signal);
    signal.throwIfAborted(); // timed out or client gone: do not store behind its back
    const stored = await deps.store.add(analysis);
    // Fields Lede does not read are kept, and said so, as `lede add` warns on stderr.
    const extra = Object.keys(analysis.article.extra ?? {});
    const result = extra.length ? { ...stored, warnings: [extraFieldsWarning(extra)], extraFields: extra.sort() } : stored;
    const location = `/v1/articles/${encodeURIComponent(result.id)}`;
    return result.status === 'added' ? { status: 201, body: result, headers: { Location: location } } : { body: result };
  },
});

export const listArticlesRoute = defineRoute({
  method: 'get',
  path: '/v1/articles',
  operationId: 'listArticles',
  tag: 'corpus',
  summary: 'List stored articles, filtered and sorted',
  query: ListArticlesQuery,
  responses: { 200: { description: 'One page of article summaries and the total.', schema: pageOf(ArticleSummarySchema) } },
  async handle({ query, deps }) {
    return { body: await deps.store.list(withSource(query)) };
  },
});

export const getArticleRoute = defineRoute({
  method: 'get',
  path: '/v1/articles/:id',
  operationId: 'getArticle',
  tag: 'corpus',
  summary: 'The stored analysis of one article',
  params: ArticleParams,
  responses: {
    200: { description: 'The analysis.', schema: 'Analysis' },
    404: { description: 'No article with this id.' },
  },
  async handle({ params, deps }) {
    const analysis = await deps.store.get(params.id);
    if (!analysis) throw new LedeError('NOT_FOUND', `no article with id "${params.id}"`, { field: 'id' });
    return { body: analysis };
  },
});

export const deleteArticleRoute = defineRoute({
  method: 'delete',
  path: '/v1/articles/:id',
  operationId: 'deleteArticle',
  tag: 'corpus',
  summary: 'Remove a stored article with its quotes, entities, themes and counts',
  params: ArticleParams,
  responses: {
    204: { description: 'Removed.' },
    404: { description: 'No article with this id.' },
  },
  async handle({ params, deps }) {
    const [removed] = await deps.store.remove([params.id]);
    if (!removed) throw new LedeError('NOT_FOUND', `no article with id "${params.id}"`, { field: 'id' });
    return { status: 204, body: undefined };
  },
});
