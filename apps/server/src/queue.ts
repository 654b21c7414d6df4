import type { ArticleInput } from '@lede/core';
import { enqueueRecords, openQueue, parseQueueUrl, type EnqueueSummary, type ProducerItem } from '@lede/queue';

/**
 * The ingest queue the server hands articles to (`lede serve --queue`): POST /v1/articles enqueues
 * instead of analysing in the request, and `lede worker` processes store them.
 */
export interface ArticleQueue {
  readonly location: string;
  enqueue(items: ProducerItem[]): Promise<EnqueueSummary>;
  /** Job counts for /readyz; rejects when Redis does not answer within `ms`. */
  status(ms?: number): Promise<{ waiting: number; active: number; delayed: number; failed: number }>;
  close(): Promise<void>;
}

export function openArticleQueue(url: string): ArticleQueue {
  const target = parseQueueUrl(url);
  const queue = openQueue(target);
  return {
    location: target.location,
    // One job per request body (up to 32 records): a client's retry of the same body is the same job.
    enqueue: (items) => enqueueRecords(queue, items),
    async status(ms = 2000) {
      let timer: NodeJS.Timeout | undefined;
      // While Redis is away its commands wait for the reconnect; readiness must answer now.
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer from the queue in ${ms} ms`)), ms)));
      try {
        const c = await Promise.race([queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'), timeout]);
        return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => queue.close(),
  };
}

/** One request article as a queue record. */
export const requestRecord = (article: ArticleInput, record = 'body'): ProducerItem => ({ ok: true, record, article });
