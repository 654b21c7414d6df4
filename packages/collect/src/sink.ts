import type { ArticleInput } from '@lede/core/model';
import { createAnalyzerPool, ingestCorpus, type AnalyzerPool, type AnalyzerPoolOptions, type IngestSummary, type LedeStore } from '@lede/store';

/** A fetched article ready for analysis, with what its fetch row will say. */
export interface CollectedItem {
  /** The item's (normalised) URL: the key of its fetch row. */
  url: string;
  /** The feed it came from. */
  source: string;
  article: ArticleInput;
  httpStatus: number;
  fetchedAt: string;
}

export type SinkOutcome = { ok: true; id: string; status: 'added' | 'updated' | 'unchanged' | 'duplicate' | 'queued' } | { ok: false; error: string };

/**
 * Where collected articles go: analysed and stored here (localSink), or handed to a job queue
 * (`--queue`, another package). `settled` must be called once per item after the item is durable
 * (committed to the store or accepted by the queue): only then is its URL marked collected, so a
 * run stopped in between fetches it again instead of losing it.
 */
export interface IngestSink {
  ingest(items: AsyncIterable<CollectedItem>, settled: (item: CollectedItem, outcome: SinkOutcome) => void): Promise<Partial<IngestSummary>>;
  close(): Promise<void>;
}

export interface LocalSinkOptions {
  threads?: number;
  pool?: AnalyzerPool;
  analyzeOptions?: AnalyzerPoolOptions['analyzeOptions'];
}

/** Analyse on this machine's worker pool and store, exactly as `lede add` does (ingestCorpus). */
export function localSink(store: LedeStore, opts: LocalSinkOptions = {}): IngestSink {
  let pool = opts.pool;
  const own = !opts.pool;
  return {
    async ingest(items, settled) {
      pool ??= createAnalyzerPool({ ...(opts.threads !== undefined && { threads: opts.threads }), ...(opts.analyzeOptions && { analyzeOptions: opts.analyzeOptions }) });
      const byId = new Map<string, CollectedItem[]>();
      const byRecord = new Map<string, CollectedItem>();
      async function* records() {
        for await (const item of items) {
          const list = byId.get(item.article.id!) ?? [];
          list.push(item);
          byId.set(item.article.id!, list);
          byRecord.set(item.url, item);
          yield { ok: true as const, record: item.url, article: item.article };
        }
      }
      const sum = await ingestCorpus(store, records(), {
        pool,
        // Called after the transaction holding the article committed.
        onResult: (r) => {
          const item = byId.get(r.id)?.shift();
          if (item) {
            byRecord.delete(item.url);
            settled(item, { ok: true, id: r.id, status: r.status });
          }
        },
      });
      for (const e of sum.errors) {
        const item = byRecord.get(e.record);
        if (item) settled(item, { ok: false, error: `${e.error.code}: ${e.error.message}` });
      }
      return sum;
    },
    async close() {
      if (own) await pool?.destroy();
    },
  };
}
