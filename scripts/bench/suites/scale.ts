// Scale-out (issue 20): BBC through the queue into PostgreSQL with 1 and 2 `lede worker` processes,
// next to local ingest (SQLite and PostgreSQL, one analysis thread each, as one worker has). The
// queue's own cost per article: enqueueing, timed, plus what the worker spends outside analysis
// and the write (jobs report both), measured in the same run so a loaded machine does not hide it.
// Needs LEDE_REDIS_URL and LEDE_PG_URL (skips with a message otherwise).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestCorpus, openStore, type IngestItem } from '@lede/store';
import { destroyQueue, enqueueRecords, openQueue, parseQueueUrl, whenIdle } from '@lede/queue';
import pg from 'pg';
import { readJsonl, repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

type Bbc = { id: string; title: string; text: string };
const cli = path.join(repoRoot, 'apps/tui/dist/cli.js');

function* items(articles: Bbc[]): Iterable<IngestItem> {
  for (const a of articles) yield { ok: true, record: a.id, article: { id: a.id, title: a.title, text: a.text } };
}

async function schema(name: string, drop = false): Promise<string> {
  const c = new pg.Client({ connectionString: process.env.LEDE_PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE${drop ? '' : `; CREATE SCHEMA ${name}`}`);
  await c.end();
  const u = new URL(process.env.LEDE_PG_URL!);
  u.searchParams.set('options', `-c search_path=${name}`);
  return u.toString();
}

/** Enqueue the corpus, then time `workers` worker processes draining it: articles/s. */
async function viaQueue(articles: Bbc[], workers: number, tag: string): Promise<{ perSecond: number; enqueueMs: number; overheadMs: number }> {
  const prefix = `queue-test-bench-${randomBytes(3).toString('hex')}`;
  const u = new URL(process.env.LEDE_REDIS_URL!);
  u.searchParams.set('prefix', prefix);
  const target = parseQueueUrl(u.toString());
  const queue = openQueue(target);
  const db = await schema(`lede_test_queue_bench_${tag}`);
  try {
    await (await openStore({ db })).close(); // create the tables before the clock starts
    const t0 = performance.now();
    await enqueueRecords(queue, items(articles));
    const enqueueMs = performance.now() - t0;
    const t1 = performance.now();
    const procs = Array.from({ length: workers }, () => spawn(process.execPath, [cli, 'worker', '--queue', u.toString(), '--db', db, '--concurrency', '1', '--quiet'], { stdio: 'ignore' }));
    await whenIdle(queue, 100);
    const seconds = (performance.now() - t1) / 1000;
    // The queue's own time: each job's time in the worker minus its analysis and write, plus the
    // gaps between jobs (dequeue), over the span from the first job taken to the last finished.
    const jobs = await queue.getJobs(['completed'], 0, -1);
    const span = Math.max(...jobs.map((j) => j.finishedOn!)) - Math.min(...jobs.map((j) => j.processedOn!));
    const work = jobs.reduce((s, j) => s + (j.returnvalue.ms?.analysis ?? 0) + (j.returnvalue.ms?.write ?? 0), 0) / workers;
    await Promise.all(procs.map((p) => new Promise((r) => { p.once('exit', r); p.kill('SIGTERM'); })));
    const stored = (await (async () => { const s = await openStore({ db }); const n = (await s.stats()).articles; await s.close(); return n; })());
    if (stored !== articles.length) throw new Error(`scale: ${stored} of ${articles.length} articles stored`);
    return { perSecond: articles.length / seconds, enqueueMs, overheadMs: (span - work) / articles.length };
  } finally {
    await destroyQueue(queue, target).catch(() => {});
    await queue.close();
    await schema(`lede_test_queue_bench_${tag}`, true);
  }
}

export const suite: BenchSuite = {
  name: 'scale',
  async run({ shared, quick }) {
    if (!process.env.LEDE_REDIS_URL || !process.env.LEDE_PG_URL) {
      process.stderr.write('scale: skipped — needs LEDE_REDIS_URL and LEDE_PG_URL (redis-server and PostgreSQL; .ci/run starts both)\n');
      return [];
    }
    if (!fs.existsSync(cli)) throw new Error('scale: build the CLI first (pnpm build)');
    let articles = readJsonl<Bbc>(path.join(shared, 'corpus/bbc.jsonl'));
    if (quick) articles = articles.slice(0, 300);
    const rows: BenchRow[] = [{ metric: 'articles', value: articles.length, unit: 'count' }];
    const tag = String(process.pid);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-scale-'));
    const local = async (db: string) => {
      const store = await openStore({ db });
      try {
        const sum = await ingestCorpus(store, items(articles), { threads: 1 });
        return articles.length / sum.seconds;
      } finally {
        await store.close();
      }
    };
    const sqlite = await local(path.join(dir, 'local.db'));
    fs.rmSync(dir, { recursive: true, force: true });
    rows.push({ metric: 'local ingest, SQLite, 1 thread', value: sqlite, unit: 'articles/s' });
    const pgDb = await schema(`lede_test_queue_bench_${tag}_local`);
    const postgres = await local(pgDb);
    await schema(`lede_test_queue_bench_${tag}_local`, true);
    rows.push({ metric: 'local ingest, PostgreSQL, 1 thread', value: postgres, unit: 'articles/s' });

    const one = await viaQueue(articles, 1, `${tag}_1`);
    rows.push({ metric: 'queue, 1 worker (1 thread)', value: one.perSecond, unit: 'articles/s' });
    const two = await viaQueue(articles, 2, `${tag}_2`);
    rows.push({ metric: 'queue, 2 workers (1 thread each)', value: two.perSecond, unit: 'articles/s' });
    rows.push({ metric: 'queue, 2 workers / 1 worker', value: two.perSecond / one.perSecond, unit: '×' });
    rows.push({ metric: 'enqueue (producer)', value: one.enqueueMs / articles.length, unit: 'ms/article' });
    rows.push({ metric: 'dequeue + bookkeeping (1 worker)', value: one.overheadMs, unit: 'ms/article' });
    rows.push({ metric: 'queue overhead: enqueue+dequeue+book', value: one.enqueueMs / articles.length + one.overheadMs, unit: 'ms/article' });
    rows.push({ metric: 'local ingest, PostgreSQL (for scale)', value: 1000 / postgres, unit: 'ms/article' });
    return rows;
  },
};
