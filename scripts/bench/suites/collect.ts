// `pnpm bench --suite collect`: the collector end to end on loopback: 1,000 generated article pages
// on 10 hosts (10 feeds of 100 items), fetched politely, extracted, analysed on every core and
// stored in SQLite; pages/s over the whole round. The per-host limits are checked where a site
// operator would see them: arrival times and requests in flight, logged by the servers.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectRound, createClient, localSink, type IngestSink } from '@lede/collect';
import { createAnalyzerPool, openStore } from '@lede/store';
import { repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

const HOSTS = 10;
const PER_HOST = 2;
const INTERVAL_MS = 20;

interface HostLog { arrivals: number[]; inFlight: number; maxInFlight: number }

/** The sites, in a child process (see collect-sites.mjs). */
async function startSites(hosts: number, pages: number): Promise<{ origins: string[]; report: () => Promise<HostLog[]> }> {
  const child = fork(path.join(repoRoot, 'scripts/bench/collect-sites.mjs'), [String(hosts), String(pages)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const origins = await new Promise<string[]>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { origins: string[] }).origins));
    child.once('exit', (code) => reject(new Error(`the bench sites exited (${code})`)));
  });
  return {
    origins,
    report: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve((m as { logs: HostLog[] }).logs));
        child.send('report');
      }),
  };
}

/** Arrival gaps of one host's log, sorted. */
const gapsOf = (logs: HostLog[]) => logs.flatMap((l) => l.arrivals.slice(1).map((t, i) => t - l.arrivals[i]!)).sort((a, b) => a - b);
const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

/** Takes every page as stored without analysing it: the fetch side alone, for the rate-limit check. */
const fetchOnlySink: IngestSink = {
  async ingest(items, settled) {
    for await (const item of items) settled(item, { ok: true, id: item.article.id!, status: 'added' });
    return {};
  },
  async close() {},
};

export const suite: BenchSuite = {
  name: 'collect',
  async run({ quick }) {
    const rows: BenchRow[] = [];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-collect-'));
    try {
      rows.push(...(await endToEnd(dir, quick ? 20 : 100)));
      rows.push(...(await hostLimit(dir, quick ? 30 : 80)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

/** 1,000 pages on 10 hosts through fetch, extraction, analysis (all cores) and the SQLite store. */
async function endToEnd(dir: string, perHostPages: number): Promise<BenchRow[]> {
  const sites = await startSites(HOSTS, perHostPages);
  const store = await openStore({ db: path.join(dir, 'collect.db') });
  const pool = createAnalyzerPool();
  try {
    // Warm the analysis workers (models, JIT) as a running collector would have them.
    await Promise.all(Array.from({ length: pool.threads }, (_, i) => pool.analyze([{ id: `warm-${i}`, text: 'The council approved the budget on Monday. "It is a fair plan," said the mayor.' }])));
    await store.sources.add(sites.origins.map((o) => ({ url: `${o}/feed.xml` })));
    const client = createClient({ timeoutMs: 30_000, policy: { intervalMs: INTERVAL_MS, perHost: PER_HOST, total: 16 } });
    const t0 = performance.now();
    const report = await collectRound({ store, client, sink: localSink(store, { pool }), intervalMs: 60_000, all: true });
    const seconds = (performance.now() - t0) / 1000;
    const logs = await sites.report();
    const stored = report.pages.added + report.pages.duplicate + report.pages.updated;
    const total = HOSTS * perHostPages;
    process.stderr.write(`collect: ${stored}/${total} pages stored (${report.pages.duplicate} linked as duplicates), ${report.pages.failed} failed, ${seconds.toFixed(1)} s\n`);
    for (const e of report.errors.slice(0, 5)) process.stderr.write(`collect: ${e.url}: ${e.code}: ${e.message}\n`);
    return [
      { metric: `pages/s end to end (${total} pages, ${HOSTS} hosts)`, value: stored / seconds, unit: 'pages/s' },
      { metric: 'pages stored', value: stored, unit: 'pages', min: total },
      { metric: `end to end: max in flight per host (limit ${PER_HOST})`, value: Math.max(...logs.map((l) => l.maxInFlight)), unit: 'requests', max: PER_HOST },
    ];
  } finally {
    await pool.destroy();
    await store.close();
  }
}

/**
 * The per-host limit where it binds: one host, fetching only (no analysis to slow it down), so the
 * collector would go as fast as the host allows. The server's log says whether it kept to the rate.
 */
async function hostLimit(dir: string, pages: number): Promise<BenchRow[]> {
  const interval = 100;
  const sites = await startSites(1, pages);
  const store = await openStore({ db: path.join(dir, 'limit.db') });
  try {
    await store.sources.add([{ url: `${sites.origins[0]}/feed.xml` }]);
    const client = createClient({ timeoutMs: 30_000, policy: { intervalMs: interval, perHost: PER_HOST, total: 16 } });
    await collectRound({ store, client, sink: fetchOnlySink, intervalMs: 60_000, all: true });
    const logs = await sites.report();
    const arrivals = logs[0]!.arrivals;
    const gaps = gapsOf(logs);
    const rate = ((arrivals.length - 1) * 1000) / (arrivals.at(-1)! - arrivals[0]!);
    return [
      { metric: `one host: requests/s (limit ${1000 / interval}/s)`, value: rate, unit: 'requests/s', max: 1000 / interval },
      { metric: `one host: gap median (interval ${interval} ms)`, value: at(gaps, 0.5), unit: 'ms', min: interval * 0.9 },
      { metric: 'one host: gap p5', value: at(gaps, 0.05), unit: 'ms', min: interval * 0.9 },
      { metric: `one host: max in flight (limit ${PER_HOST})`, value: logs[0]!.maxInFlight, unit: 'requests', max: PER_HOST },
    ];
  } finally {
    await store.close();
  }
}
