import { Queue } from 'bullmq';
import type { QueueTarget } from './connection.js';
import type { BatchJob, BatchResult } from './job.js';

export type BatchQueue = Queue<BatchJob, BatchResult>;

/**
 * Retries: a failing batch (PostgreSQL away, a deadlock) is retried with exponential backoff,
 * 1 s doubling, 10 attempts (about 17 minutes in all) before it lands in the failed set with its
 * records and the error. Completed jobs (records included) are kept an hour, at most 1,000, so a
 * re-run of the producer finds them by id without Redis filling up; older ones are caught by the
 * store's id + content-hash check instead.
 */
export const JOB_OPTIONS = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: false,
} as const;

/** `jobOptions` overrides retry settings (tests use short backoffs). */
export function openQueue(target: QueueTarget, jobOptions: { attempts?: number; backoff?: { type: 'exponential' | 'fixed'; delay: number } } = {}): BatchQueue {
  const queue: BatchQueue = new Queue(target.name, { connection: target.connection, prefix: target.prefix, defaultJobOptions: { ...JOB_OPTIONS, ...jobOptions } });
  // Connection errors are retried by ioredis; without a listener they would crash the process.
  queue.on('error', () => {});
  return queue;
}

/** Extra keys beside BullMQ's, under the queue's own prefix (destroyQueue removes them). */
export const keys = (t: QueueTarget) => ({
  /** Records whose analysis failed inside a completed job (newest first, capped). */
  errors: `${t.prefix}:${t.name}:lede:errors`,
  /** Records done per minute (field: epoch minute) for throughput. */
  throughput: `${t.prefix}:${t.name}:lede:throughput`,
});
