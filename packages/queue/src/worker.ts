import os from 'node:os';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { contentHash, createAnalyzerPool, metaHash, type AnalyzerPool, type LedeStore, type PreparedArticle } from '@lede/store';
import type { QueueTarget } from './connection.js';
import type { BatchJob, BatchResult, QueuedRecord } from './job.js';
import { keys } from './queue.js';

export interface WorkerOptions {
  /** Jobs analysed at once, each on its own worker thread; default one per core. */
  concurrency?: number;
  /**
   * How long a job stays locked to this process without a renewal (default 30 s): after a worker
   * dies, its job goes back to the queue within this plus `stalledIntervalMs`.
   */
  lockMs?: number;
  stalledIntervalMs?: number;
  /** Called after every job, e.g. for a progress line. */
  onJob?: (e: { jobId: string; result?: BatchResult; error?: Error }) => void;
  /** Called on a Redis connection error (the worker keeps retrying meanwhile). */
  onError?: (e: Error) => void;
}

export interface RunningWorker {
  readonly concurrency: number;
  /** Finish the jobs in hand, take no new one, then release the pool, Redis and the store. */
  close(): Promise<void>;
}

const MAX_ERRORS = 1000;

/**
 * A queue worker: takes batch jobs, analyses each on the analyzer pool (worker threads) and writes
 * the batch to the store in one transaction. A crash mid-job leaves nothing half-written; the job's
 * lock lapses and another worker takes it (stalled-job recovery), and the store's id + content-hash
 * check makes the rerun add nothing twice.
 */
export function startWorker(target: QueueTarget, store: LedeStore, opts: WorkerOptions = {}): RunningWorker {
  const concurrency = opts.concurrency ?? Math.max(1, os.availableParallelism());
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new TypeError('concurrency must be an integer from 1 to 256');
  const pool: AnalyzerPool = createAnalyzerPool({ threads: concurrency });
  const k = keys(target);
  const side = new Redis({ ...target.connection, lazyConnect: false });
  side.on('error', (e: Error) => opts.onError?.(e));

  const processor = async (job: Job<BatchJob, BatchResult>): Promise<BatchResult> => {
    const { reanalyze } = job.data;
    const result: BatchResult = { added: 0, updated: 0, unchanged: 0, duplicate: 0, failed: 0, errors: [] };
    const t0 = performance.now();
    // A rerun (the job of a worker that died, a batch sent again) skips what is stored unchanged
    // before analysis, as local ingest does: recovery costs lookups, not analysis.
    const records: QueuedRecord[] = [];
    for (const r of job.data.records) {
      const a = r.article;
      if (!reanalyze && (await store.has(a.id, contentHash(a.title, a.text), metaHash(a)))) result.unchanged++;
      else records.push(r);
    }
    const analysed = records.length ? await pool.analyze(records.map((r) => r.article)) : [];
    const t1 = performance.now();
    const prepared: PreparedArticle[] = [];
    analysed.forEach((a, i) => {
      if (a.ok) prepared.push(reanalyze ? { ...a.prepared, replace: true } : a.prepared);
      else {
        result.failed++;
        result.errors.push({ record: records[i]!.record, error: a.error });
      }
    });
    // One transaction: a failure here (PostgreSQL away) throws, BullMQ retries the whole batch later.
    if (prepared.length) for (const r of await store.addMany(prepared)) result[r.status]++;
    result.ms = { analysis: t1 - t0, write: performance.now() - t1 };
    const minute = Math.floor(Date.now() / 60_000);
    const tx = side.multi().hincrby(k.throughput, String(minute), job.data.records.length);
    if (result.errors.length) tx.lpush(k.errors, ...result.errors.map((e) => JSON.stringify({ ...e, jobId: job.id }))).ltrim(k.errors, 0, MAX_ERRORS - 1);
    // Bookkeeping only: losing it to a Redis blip must not fail a batch that is already stored.
    await tx.exec().catch(() => {});
    return result;
  };

  const lockDuration = opts.lockMs ?? 30_000;
  const worker = new Worker<BatchJob, BatchResult>(target.name, processor, {
    connection: target.connection,
    prefix: target.prefix,
    concurrency,
    lockDuration,
    stalledInterval: opts.stalledIntervalMs ?? lockDuration,
    // A job whose worker died twice is still retried; a batch that kills every worker ends in `failed`.
    maxStalledCount: 3,
  });
  worker.on('completed', (job, result) => opts.onJob?.({ jobId: String(job.id), result }));
  worker.on('failed', (job, error) => opts.onJob?.({ jobId: String(job?.id), error }));
  worker.on('error', (e) => opts.onError?.(e));

  let closing: Promise<void> | undefined;
  return {
    concurrency,
    close: () =>
      (closing ??= (async () => {
        await worker.close();
        await pool.destroy();
        side.disconnect();
        await store.close();
      })()),
  };
}
