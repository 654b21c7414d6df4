import { createHash } from 'node:crypto';
import type { ArticleInput } from '@lede/core/model';
import { ANALYZER_VERSION, contentHash, metaHash, type IngestSummary } from '@lede/store';

/** One queued record: where it came from (file:line, for error messages) and the article. */
export interface QueuedRecord { record: string; article: ArticleInput }

/** A job's payload: a batch of records, analysed and written in one transaction. */
export interface BatchJob {
  records: QueuedRecord[];
  /** Replace stored articles even when unchanged (`lede add --reanalyze`). */
  reanalyze?: boolean;
}

/** What a job returns: a local ingest's outcome counts and the records whose analysis failed. */
export interface BatchResult extends Omit<IngestSummary, 'seconds'> {
  /** Time spent analysing and writing (the rest of a job's time is the queue's own). */
  ms?: { analysis: number; write: number };
}

/** BullMQ job name of a batch (one kind of job per queue). */
export const BATCH_JOB = 'batch';

/**
 * The job id of a batch: a hash of each record's id, content hash and metadata hash. Enqueueing
 * the same records twice (a re-run, a retried producer) finds the job already there and adds
 * nothing; a changed article makes a new id, so an update is never mistaken for a duplicate.
 */
export function batchJobId(records: readonly QueuedRecord[], reanalyze = false): string {
  // The analyzer version and --reanalyze are part of it: after an upgrade the same records are new work.
  const h = createHash('sha256').update(`${ANALYZER_VERSION}\u0000${reanalyze ? 'reanalyze' : ''}\u0001`);
  for (const { article: a } of records) h.update(`${a.id}\u0000${contentHash(a.title, a.text)}\u0000${metaHash(a)}\u0001`);
  return `b-${h.digest('hex').slice(0, 40)}`;
}
