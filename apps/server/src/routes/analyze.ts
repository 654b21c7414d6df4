import { stageNames } from '@lede/core';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { analyzeRequest } from '../input/analyze-request.js';
import { requestTask } from '../input/to-article.js';
import { AnalyzeQuery, ArticleRequest } from '../schemas.js';

export const analyzeRoute = defineRoute({
  method: 'post',
  path: '/v1/analyze',
  operationId: 'analyze',
  tag: 'analysis',
  summary: 'Analyse one article without storing it',
  description:
    'Send a JSON article (`{"text": …}` or `{"html": …}` plus optional metadata), or a raw `text/plain` or ' +
    '`text/html` body with options in the query string. Pick stages with `stages` (requirements are added). ' +
    `Stages: ${stageNames.join(', ')}. URLs are recorded as metadata and never fetched.`,
  query: AnalyzeQuery,
  body: { json: ArticleRequest, raw: ['text/plain', 'text/html'], required: true },
  responses: {
    200: { description: 'The analysis: every span indexes article.text.', schema: 'Analysis' },
    400: { description: 'Malformed JSON, unknown stage or bad parameter.' },
    413: { description: 'Body larger than the limit.' },
    415: { description: 'Unsupported Content-Type or binary input.' },
    422: { description: 'A field of the article is invalid, the article is empty, or its analysis needed more than the budget per record (BUDGET_EXCEEDED).' },
  },
  async handle({ body, query, deps, signal }) {
    if (body === undefined) throw new HttpProblem('EMPTY_INPUT', 'the request has no body');
    // A worker pool parses, analyses and serialises off the event loop; the inline analyzer returns the object.
    return { body: await analyzeRequest(deps, requestTask(body, query), signal, true) };
  },
});
