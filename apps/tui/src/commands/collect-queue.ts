/**
 * `lede collect --queue redis://…`: collected articles go onto the @lede/queue batch queue for
 * `lede worker` processes instead of being analysed here. An item counts as collected (its fetch
 * row is written) once its batch is on the queue: from there the queue's retries own it.
 */
import type { CollectedItem, IngestSink } from '@lede/collect';
import type { LedeStore } from '@lede/store';

export async function queueSink(url: string, store: LedeStore, batchSize?: number): Promise<IngestSink & { location: string }> {
  const q = await import('@lede/queue');
  const target = q.parseQueueUrl(url);
  const queue = q.openQueue(target);
  return {
    location: target.location,
    async ingest(items, settled) {
      const order: CollectedItem[] = [];
      let next = 0;
      let sent = 0;
      const failed = new Map<string, string>();
      // Items are settled in input order, up to the count the producer says it is done with.
      const settleUpTo = (done: number, errors: Array<{ record: string; error: { code: string; message: string } }>) => {
        for (const e of errors) failed.set(e.record, `${e.error.code}: ${e.error.message}`);
        for (; next < Math.min(done, order.length); next++) {
          const item = order[next]!;
          const error = failed.get(item.url);
          settled(item, error ? { ok: false, error } : { ok: true, id: item.article.id!, status: 'queued' });
        }
      };
      async function* records() {
        for await (const item of items) {
          order.push(item);
          yield { ok: true as const, record: item.url, article: item.article };
        }
      }
      const sum = await q.enqueueRecords(queue, records(), {
        store,
        ...(batchSize !== undefined && { batchSize }),
        onProgress: (p) => {
          // Right after a batch is sent, `done` is everything read so far; other calls may count
          // records still waiting in the open batch, so they settle nothing.
          if (p.queued + p.alreadyQueued === sent) return;
          sent = p.queued + p.alreadyQueued;
          settleUpTo(p.done, p.errors);
        },
      });
      settleUpTo(order.length, sum.errors);
      return {};
    },
    close: () => queue.close(),
  };
}
