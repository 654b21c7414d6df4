import { stageNames } from '@lede/core';
import { HttpProblem } from '../http/problem.js';
import { defineRoute, JsonText } from '../http/route.js';
import { articleFromRequest } from '../input/to-article.js';
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
    422: { description: 'A field of the article is invalid or the article is empty.' },
  },
  async handle({ body, query, deps, signal }) {
    if (body === undefined) throw new HttpProblem('EMPTY_INPUT', 'the request has no body');
    const { input, stages, tokens } = articleFromRequest(body, query, deps.parseInput);
    const options = { ...(stages && { stages }), tokens };
    // A worker pool serialises the analysis off the event loop; the inline analyzer returns the object.
    if (deps.analyzer.analyzeJson) return { body: new JsonText(await deps.analyzer.analyzeJson(input, options, signal)) };
    return { body: await deps.analyzer.analyze(input, options, signal) };
  },
});
