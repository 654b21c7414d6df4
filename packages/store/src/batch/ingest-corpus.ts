import type { AnalyzeOptions, ArticleInput, ErrorInfo, LedeError } from '@lede/core';
import { contentHash } from '../dedupe/content-hash.js';
import { metaHash } from '../dedupe/meta-hash.js';
import type { AddResult, LedeStore } from '../types.js';
import { createAnalyzerPool, type AnalyzedItem, type AnalyzerPool } from './pool.js';

/** What an ingester yields (structurally @lede/ingest's IngestResult; the store does not depend on it). */
export type IngestItem = { ok: true; record: string; article: ArticleInput } | { ok: false; record: string; error: LedeError | ErrorInfo };

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  duplicate: number;
  failed: number;
  /** The first MAX_ERRORS failures (record + error); `failed` counts them all. */
  errors: Array<{ record: string; error: ErrorInfo }>;
  seconds: number;
}

export interface IngestOptions {
  /** Reuse a pool (e.g. across calls); otherwise one is created with `threads` and destroyed at the end. */
  pool?: AnalyzerPool;
  threads?: number;
  /** What the created pool passes to `analyze` (see AnalyzerPoolOptions); ignored with `pool`. */
  analyzeOptions?: AnalyzeOptions;
  /** Articles per worker task and per write transaction. */
  batchSize?: number;
  onProgress?: (p: IngestSummary & { done: number }) => void;
  /** Re-analyse and replace articles even when stored unchanged (after an analyzer upgrade). */
  reanalyze?: boolean;
  /** Called for every stored article, e.g. to print duplicates. */
  onResult?: (r: AddResult) => void;
}

const MAX_ERRORS = 1000;
/** Articles per write transaction: at least MIN_WRITE (unless the input ends), at most MAX_WRITE. */
const MIN_WRITE = 64;
const MAX_WRITE = 128;

/**
 * Analyse and store a stream of articles: batches go to the worker pool (all cores), results are
 * written in input order (so "which copy is the original" is deterministic), whole batches per
 * transaction (64-128 articles). At most max(4 per thread, 8) batches are in flight, so memory stays
 * flat on any corpus size.
 * Articles already stored with the same content and metadata are skipped before analysis (not with `reanalyze`).
 */
export async function ingestCorpus(store: LedeStore, items: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  // The pool starts on first use: a re-run where everything is unchanged spawns no workers.
  let ownPool: AnalyzerPool | undefined;
  const getPool = (): AnalyzerPool =>
    opts.pool ?? (ownPool ??= createAnalyzerPool({ ...(opts.threads !== undefined && { threads: opts.threads }), ...(opts.analyzeOptions && { analyzeOptions: opts.analyzeOptions }) }));
  if (opts.threads !== undefined && !opts.pool) createAnalyzerPool.validate(opts.threads);
  const batchSize = opts.batchSize ?? 16;
  const t0 = performance.now();
  const sum: IngestSummary = { added: 0, updated: 0, unchanged: 0, duplicate: 0, failed: 0, errors: [], seconds: 0 };
  const fail = (record: string, error: LedeError | ErrorInfo) => {
    sum.failed++;
    if (sum.errors.length < MAX_ERRORS) sum.errors.push({ record, error: 'toJSON' in error ? error.toJSON() : error });
  };
  const progress = () => {
    sum.seconds = (performance.now() - t0) / 1000;
    opts.onProgress?.({ ...sum, done: sum.added + sum.updated + sum.unchanged + sum.duplicate + sum.failed });
  };

  const inFlight: Array<{ records: string[]; result: Promise<AnalyzedItem[]>; settled: boolean }> = [];
  // A commit writes each dirty index page once, so one 64-128-article transaction costs the
  // writer about half the CPU per article of 16-article ones (measured on BBC; rollup deltas are
  // summed per transaction too). The writer therefore waits for the oldest `writeBatches` batches,
  // while twice as many are in flight so the workers never idle meanwhile.
  const writeBatches = Math.max(1, Math.ceil(MIN_WRITE / batchSize));
  const maxInFlight = () => Math.max(getPool().threads * 4, 2 * writeBatches);
  /** Write the oldest batches (and any analysed batch right behind them) in one transaction, in input order. */
  const drainOne = async () => {
    await Promise.all(inFlight.slice(0, writeBatches).map((f) => f.result));
    const prepared = [];
    let taken = 0;
    while (inFlight.length && inFlight[0]!.settled && taken < MAX_WRITE) {
      const head = inFlight.shift()!;
      const analysed = await head.result;
      taken += analysed.length;
      for (let i = 0; i < analysed.length; i++) {
        const a = analysed[i]!;
        if (a.ok) prepared.push(opts.reanalyze ? { ...a.prepared, replace: true } : a.prepared);
        else fail(head.records[i]!, a.error);
      }
    }
    if (taken === 0) return;
    for (const r of await store.addMany(prepared)) {
      sum[r.status]++;
      opts.onResult?.(r);
    }
    progress();
  };
  let batch: ArticleInput[] = [];
  let records: string[] = [];
  const submit = async () => {
    if (!batch.length) return;
    const entry = { records, result: getPool().analyze(batch), settled: false };
    const settle = () => {
      entry.settled = true;
    };
    entry.result.then(settle, settle);
    inFlight.push(entry);
    batch = [];
    records = [];
    if (inFlight.length >= maxInFlight()) await drainOne();
  };

  try {
    for await (const item of items) {
      if (!item.ok) {
        fail(item.record, item.error);
        continue;
      }
      const a = item.article;
      if (!opts.reanalyze && typeof a.text === 'string' && typeof a.id === 'string' && (await store.has(a.id, contentHash(a.title, a.text), metaHash(a)))) {
        sum.unchanged++;
        opts.onResult?.({ id: a.id, status: 'unchanged' });
        if ((sum.unchanged & 63) === 0) progress();
        continue;
      }
      batch.push(a);
      records.push(item.record);
      if (batch.length >= batchSize) await submit();
    }
    await submit();
    while (inFlight.length) await drainOne();
  } finally {
    // On failure, let in-flight work settle so no rejected promise goes unhandled.
    await Promise.allSettled(inFlight.map((f) => f.result));
    await ownPool?.destroy();
  }
  progress();
  return sum;
}
