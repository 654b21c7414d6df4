import { LedeError } from '@lede/core';
import type { AppDeps } from '../deps.js';
import type { ArticleQueue } from '../queue.js';
import type { RawBody } from '../http/route.js';
import type { ArticleRequest, IngestRequest } from '../schemas.js';
import { parseTask, requestTask } from './to-article.js';

type Meta = Parameters<typeof requestTask>[1];

/**
 * POST /v1/articles with a queue: parse and validate here (bad lines get their typed errors at
 * once, as without a queue), enqueue the rest for the workers, answer 202.
 */
export async function enqueueRequest(queue: ArticleQueue, deps: AppDeps, body: ArticleRequest | IngestRequest | RawBody, query: Meta, ndjson: boolean) {
  if (ndjson) {
    const items = deps.parseInput((body as RawBody).bytes, { format: 'jsonl' });
    const sum = await queue.enqueue(items);
    return {
      queued: sum.queued,
      alreadyQueued: sum.alreadyQueued,
      failed: sum.failed,
      results: sum.errors.map((e) => ({ record: e.record, error: { code: e.error.code, message: e.error.message, ...(e.error.field !== undefined && { field: e.error.field }) } })),
    };
  }
  const article = parseTask(deps.parseInput, requestTask(body, query).task);
  const sum = await queue.enqueue([{ ok: true, record: 'body', article }]);
  const error = sum.errors[0]?.error;
  // A bad single article is the request's error (422), as without a queue.
  if (error) throw new LedeError(error.code, error.message, { ...(error.field !== undefined && { field: error.field }) });
  return { queued: sum.queued, alreadyQueued: sum.alreadyQueued, failed: 0, results: [], id: article.id };
}
