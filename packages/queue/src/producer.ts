import type { ArticleInput, ErrorInfo, LedeError } from '@lede/core/model';
import { contentHash, metaHash, validateRecord, type LedeStore } from '@lede/store';
import { BATCH_JOB, batchJobId, type QueuedRecord } from './job.js';
import type { BatchQueue } from './queue.js';

/** What a reader yields (structurally @lede/ingest's IngestResult, as ingestCorpus takes it). */
export type ProducerItem = { ok: true; record: string; article: ArticleInput } | { ok: false; record: string; error: LedeError | ErrorInfo };

export interface EnqueueSummary {
  /** Records put on the queue in new jobs. */
  queued: number;
  /** Records in a batch that was already on the queue (same job id). */
  alreadyQueued: number;
  /** Records already in the store with the same content and metadata (only with a store). */
  alreadyStored: number;
  /** Records that failed to parse or validate: not queued. */
  failed: number;
  /** The first MAX_ERRORS failures; `failed` counts them all. */
  errors: Array<{ record: string; error: ErrorInfo }>;
  jobs: number;
  seconds: number;
}

export interface EnqueueOptions {
  /** With a store, records already stored unchanged are counted and not queued (as local ingest skips them). */
  store?: LedeStore;
  /** Records per job (and per write transaction in the worker); default 32. */
  batchSize?: number;
  reanalyze?: boolean;
  onProgress?: (s: EnqueueSummary & { done: number }) => void;
}

const MAX_ERRORS = 1000;

/**
 * Stream records onto the queue in batches. Memory holds one batch: each is sent before the next
 * is read. Records are validated here with the store's own check, so a bad record gets the same
 * typed error as in `lede add` without a queue, at once, and never reaches a worker.
 */
export async function enqueueRecords(queue: BatchQueue, items: AsyncIterable<ProducerItem> | Iterable<ProducerItem>, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const batchSize = opts.batchSize ?? 32;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) throw new TypeError('batchSize must be an integer from 1 to 1000');
  const t0 = performance.now();
  const sum: EnqueueSummary = { queued: 0, alreadyQueued: 0, alreadyStored: 0, failed: 0, errors: [], jobs: 0, seconds: 0 };
  const fail = (record: string, error: LedeError | ErrorInfo) => {
    sum.failed++;
    if (sum.errors.length < MAX_ERRORS) sum.errors.push({ record, error: 'toJSON' in error ? error.toJSON() : error });
  };
  const progress = () => {
    sum.seconds = (performance.now() - t0) / 1000;
    opts.onProgress?.({ ...sum, done: sum.queued + sum.alreadyQueued + sum.alreadyStored + sum.failed });
  };
  let batch: QueuedRecord[] = [];
  const send = async () => {
    if (!batch.length) return;
    const records = batch;
    batch = [];
    const jobId = batchJobId(records, opts.reanalyze);
    // add() with a known id is a no-op; ask first so the count says what happened.
    if ((await queue.getJobState(jobId)) !== 'unknown') sum.alreadyQueued += records.length;
    else {
      await queue.add(BATCH_JOB, { records, ...(opts.reanalyze && { reanalyze: true }) }, { jobId });
      sum.queued += records.length;
      sum.jobs++;
    }
    progress();
  };
  for await (const item of items) {
    if (!item.ok) {
      fail(item.record, item.error);
      continue;
    }
    const checked = validateRecord(item.article);
    if (!checked.ok) {
      fail(item.record, checked.error);
      continue;
    }
    const a = checked.article;
    if (opts.store && !opts.reanalyze && (await opts.store.has(a.id, contentHash(a.title, a.text), metaHash(a)))) {
      sum.alreadyStored++;
      if ((sum.alreadyStored & 63) === 0) progress();
      continue;
    }
    batch.push({ record: item.record, article: a });
    if (batch.length >= batchSize) await send();
  }
  await send();
  progress();
  return sum;
}
