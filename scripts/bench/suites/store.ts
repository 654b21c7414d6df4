// Corpus store: ingest throughput with full analysis on all cores, memory while ingesting,
// idempotent re-add, duplicate detection against bbc_duplicates.json, and query latency (p95).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnalyzerPool, ingestCorpus, openStore, type IngestItem, type LedeStore } from '@lede/store';
import { readJsonl } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

type Bbc = { id: string; title: string; text: string; label: string };

function* items(articles: Bbc[]): Iterable<IngestItem> {
  for (const a of articles) yield { ok: true, record: a.id, article: { id: a.id, title: a.title, text: a.text } };
}

function quantile(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))]!;
}

/** Latency samples (ms) of one query. */
async function latency(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  await fn(); // compile the statement once, as a long-running server would have
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  return t;
}

/**
 * Memory in steady state: after the BBC run, ingest AG News (new text and vocabulary) into a fresh
 * store through the same warm pool, and compare RSS in its last quarter with RSS at its first
 * quarter. A leak grows with the articles processed; bounded caches and heap sizing do not.
 */
async function steadyStateGrowth(shared: string, dir: string, pool: ReturnType<typeof createAnalyzerPool>, quick: boolean) {
  const files = ['corpus/ag_news_train_sample.jsonl', 'corpus/ag_news_test.jsonl'].map((f) => path.join(shared, f)).filter((f) => fs.existsSync(f));
  if (!files.length) return undefined;
  let articles = files.flatMap((f) => readJsonl<Bbc>(f));
  if (quick) articles = articles.slice(0, 3000);
  const store = await openStore({ db: path.join(dir, 'steady.db') });
  const rss: Array<{ done: number; mb: number }> = [];
  let done = 0;
  const timer = setInterval(() => rss.push({ done, mb: process.memoryUsage().rss / 2 ** 20 }), 50);
  try {
    await ingestCorpus(store, items(articles), { pool, onProgress: (p) => { done = p.done; } });
  } finally {
    clearInterval(timer);
    await store.close();
  }
  const at = (a: number, b: number) => rss.filter((r) => r.done >= articles.length * a && r.done <= articles.length * b).map((r) => r.mb);
  const early = at(0.2, 0.3);
  const late = at(0.75, 1);
  const all = at(0.2, 1);
  if (!early.length || !late.length) return undefined;
  return {
    articles: articles.length,
    growth: Math.max(...late) - Math.max(...early),
    range: Math.max(...all) - Math.min(...all),
  };
}

export const suite: BenchSuite = {
  name: 'store',
  async run({ shared, quick }) {
    let articles = readJsonl<Bbc>(path.join(shared, 'corpus/bbc.jsonl'));
    if (quick) articles = articles.slice(0, 400);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-'));
    const store: LedeStore = await openStore({ db: path.join(dir, 'bench.db') });
    const pool = createAnalyzerPool();
    // Warm the workers (module and model loading, JIT) so it is not charged to throughput: a quick
    // run is too short to amortise it, a real corpus ingest is not.
    const warm = articles.slice(-16 * pool.threads);
    await Promise.all(Array.from({ length: pool.threads }, (_, i) => pool.analyze(warm.slice(i * 16, i * 16 + 16).map((a) => ({ id: `warm-${a.id}`, text: a.text })))));

    const rss: Array<{ done: number; mb: number }> = [];
    let done = 0;
    const timer = setInterval(() => rss.push({ done, mb: process.memoryUsage().rss / 2 ** 20 }), 50);
    const heapAt = (frac: number) => rss.find((r) => r.done >= articles.length * frac)?.mb ?? 0;
    const t0 = performance.now();
    // CPU of every thread (workers + writer): unlike wall time it does not drop when other
    // processes share the cores, so it shows what the ingest itself costs.
    const cpu0 = process.cpuUsage();
    // Main-thread heap after a full GC at 20% and at the end: what the writer itself holds (RSS also
    // counts the worker threads' heaps, which V8 grows lazily).
    const gc = (globalThis as { gc?: () => void }).gc;
    let heap20 = 0;
    const first = await ingestCorpus(store, items(articles), {
      pool,
      onProgress: (p) => {
        done = p.done;
        if (!heap20 && done >= articles.length / 5 && gc) {
          gc();
          heap20 = process.memoryUsage().heapUsed / 2 ** 20;
        }
      },
    });
    gc?.();
    const heapEnd = process.memoryUsage().heapUsed / 2 ** 20;
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuMsPerArticle = (cpu.user + cpu.system) / 1000 / articles.length;
    clearInterval(timer);
    // Flat memory: RSS once a fifth is in vs at the end (model loads and caches are in by then).
    const after = rss.filter((r) => r.done >= articles.length / 5);
    const growth = after.length ? Math.max(...after.map((r) => r.mb)) - after[0]!.mb : 0;

    const t1 = performance.now();
    const again = await ingestCorpus(store, items(articles), { pool });
    const reSeconds = (performance.now() - t1) / 1000;
    const steady = await steadyStateGrowth(shared, dir, pool, quick);
    await pool.destroy();

    // Every exact duplicate pair must end up linked: one copy points at the other.
    const groups = (JSON.parse(fs.readFileSync(path.join(shared, 'corpus/bbc_duplicates.json'), 'utf8')) as { exact_duplicate_groups: string[][] })
      .exact_duplicate_groups.filter((g) => g.every((id) => articles.some((a) => a.id === id)));
    const byId = new Map((await store.list({ limit: 10_000 })).items.map((a) => [a.id, a]));
    let found = 0;
    for (const g of groups) {
      const members = g.map((id) => byId.get(id));
      const roots = new Set(members.map((m) => m?.duplicateOf ?? m?.id));
      if (members.every(Boolean) && roots.size === 1 && members.some((m) => m?.duplicateOf)) found++;
    }
    const stats = await store.stats();

    const words = ['economy', 'election', 'champions league', 'oil prices', 'mobile phone', 'film', 'tax', 'music', 'China', 'growth*'];
    const themes = (await store.themeTimeline({ by: 'month' })).map((t) => t.theme);
    const theme = themes[0] ?? 'economy, business and finance';
    const topEntity = (await store.topEntities({ limit: 1 }))[0]?.name ?? 'Google';
    const topSpeaker = (await store.topSpeakers({ limit: 1 }))[0]?.name ?? 'Tony Blair';
    const runs = quick ? 30 : 100;
    let wi = 0;
    const queries: Array<[string, () => Promise<unknown>]> = [
      ['search (articles+quotes)', () => store.search(words[wi++ % words.length]!, { limit: 20 })],
      ['quotes by speaker', () => store.quotes({ speaker: topSpeaker, limit: 50 })],
      ['top speakers per theme', () => store.topSpeakers({ theme, limit: 20 })],
      ['top entities per theme', () => store.topEntities({ theme, limit: 20 })],
      ['top entities (all)', () => store.topEntities({ limit: 20 })],
      ['co-occurrence graph', () => store.cooccurrence({ limit: 50 })],
      ['co-occurrence around entity', () => store.cooccurrence({ entity: topEntity, limit: 50 })],
      ['theme timeline (month)', () => store.themeTimeline({ by: 'month' })],
      ['entity tone (month)', () => store.entityTone(topEntity, { by: 'month' })],
      ['list by theme, page 2', () => store.list({ theme, limit: 50, offset: 50, sort: 'quotes' })],
    ];
    const rows: BenchRow[] = [
      { metric: `ingest with analysis (${articles.length}, ${os.availableParallelism()} cores)`, value: articles.length / seconds, unit: 'articles/s', min: 200 },
      { metric: 'ingest: CPU per article (all threads)', value: cpuMsPerArticle, unit: 'ms' },
      { metric: `ingest: CPU-bound rate on ${os.availableParallelism()} idle cores`, value: (os.availableParallelism() * 1000) / cpuMsPerArticle, unit: 'articles/s' },
      { metric: 'ingest: added', value: first.added + first.duplicate, unit: 'articles', min: articles.length },
      { metric: 'ingest: failed', value: first.failed, unit: 'articles', max: 0 },
      // Over the BBC run alone RSS still includes warm-up (V8 sizing each thread's heap, caches
      // filling); flat memory is judged on the steady state that follows.
      { metric: 'ingest: RSS growth after first 20%', value: growth, unit: 'MiB' },
      ...(steady ? [
        { metric: `ingest: RSS growth over ${steady.articles} more articles (AG News, steady state)`, value: steady.growth, unit: 'MiB', max: 64 },
        { metric: 'ingest: RSS range over that run', value: steady.range, unit: 'MiB' },
      ] : []),
      { metric: 'ingest: main-thread heap growth after 20%', value: heapEnd - heap20, unit: 'MiB', max: 16 },
      { metric: 'ingest: RSS at 20%', value: heapAt(0.2), unit: 'MiB' },
      { metric: 'ingest: RSS at 60%', value: heapAt(0.6), unit: 'MiB' },
      { metric: 'ingest: RSS at 100%', value: rss.at(-1)?.mb ?? 0, unit: 'MiB' },
      { metric: 're-add: added', value: again.added + again.updated + again.duplicate, unit: 'articles', max: 0 },
      { metric: 're-add: articles/s', value: articles.length / reSeconds, unit: 'articles/s' },
      { metric: `exact duplicate pairs linked (of ${groups.length})`, value: found, unit: 'pairs', min: groups.length },
      { metric: 'articles flagged duplicate', value: stats.duplicates, unit: 'articles' },
      { metric: 'quotes stored', value: stats.quotes, unit: 'quotes' },
      { metric: 'entities stored', value: stats.entities, unit: 'entities' },
    ];
    // p50 beside p95: on a loaded machine p95 mostly measures scheduler stalls.
    for (const [name, fn] of queries) {
      const t = await latency(fn, runs);
      rows.push({ metric: `p95 ${name}`, value: quantile(t, 0.95), unit: 'ms', max: 20 });
      rows.push({ metric: `p50 ${name}`, value: quantile(t, 0.5), unit: 'ms' });
    }
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
    return rows;
  },
};
