import { Redis } from 'ioredis';
import type { ErrorInfo } from '@lede/core/model';
import type { QueueTarget } from './connection.js';
import { keys, type BatchQueue } from './queue.js';

export interface QueueStatus {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Records done (stored, found unchanged or failed) per second over the last `window` minutes and this one. */
  articlesPerSecond: number;
  window: number;
  /** Failed jobs (newest first, at most 10): their records and the last error. */
  failedJobs: Array<{ jobId: string; records: string[]; error: string; attempts: number }>;
  /** Records whose analysis failed inside completed jobs (newest first, at most 20). */
  rejected: Array<{ record: string; error: ErrorInfo; jobId?: string }>;
}

/** Counts, throughput and the failures of a queue (`lede queue status`). */
export async function queueStatus(queue: BatchQueue, target: QueueTarget, window = 5): Promise<QueueStatus> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  const failed = await queue.getJobs(['failed'], 0, 9);
  const k = keys(target);
  const side = new Redis({ ...target.connection, maxRetriesPerRequest: 1 });
  side.on('error', () => {});
  try {
    const nowMs = Date.now();
    const now = Math.floor(nowMs / 60_000);
    // The `window` whole minutes before this one plus the part of this one gone by.
    const fields = Array.from({ length: window + 1 }, (_, i) => String(now - i));
    const per = await side.hmget(k.throughput, ...fields);
    const articles = per.reduce((s, v) => s + Number(v ?? 0), 0);
    const seconds = (nowMs - (now - window) * 60_000) / 1000;
    const rejected = (await side.lrange(k.errors, 0, 19)).map((s) => JSON.parse(s) as QueueStatus['rejected'][number]);
    return {
      queue: target.location,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      articlesPerSecond: articles / seconds,
      window,
      failedJobs: failed.map((j) => ({ jobId: String(j.id), records: j.data.records.map((r) => r.record), error: j.failedReason, attempts: j.attemptsMade })),
      rejected,
    };
  } finally {
    side.disconnect();
  }
}

/** Move every failed job back to waiting (`lede queue retry`); resolves to how many. */
export async function retryFailed(queue: BatchQueue): Promise<number> {
  const n = (await queue.getJobCounts('failed')).failed ?? 0;
  if (n) await queue.retryJobs({ state: 'failed', count: 1000 });
  return n;
}

/** Remove the jobs not yet started, waiting and delayed (`lede queue drain`); active ones finish. Resolves to how many. */
export async function drainQueue(queue: BatchQueue): Promise<number> {
  const c = await queue.getJobCounts('waiting', 'delayed', 'prioritized');
  await queue.drain(true);
  return (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0);
}

/** Resolve once nothing is waiting, delayed or active (the queue is drained by its workers). */
export async function whenIdle(queue: BatchQueue, pollMs = 250): Promise<void> {
  for (;;) {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (!c.waiting && !c.active && !c.delayed && !c.prioritized) return;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** Remove the queue and everything Lede keeps beside it (tests, benchmarks, a corpus given up). */
export async function destroyQueue(queue: BatchQueue, target: QueueTarget): Promise<void> {
  await queue.obliterate({ force: true });
  const side = new Redis({ ...target.connection, maxRetriesPerRequest: 1 });
  side.on('error', () => {});
  try {
    const k = keys(target);
    await side.del(k.errors, k.throughput);
  } finally {
    side.disconnect();
  }
}
