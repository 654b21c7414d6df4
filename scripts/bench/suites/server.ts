// HTTP throughput of `lede serve` on loopback (autocannon, bounded): POST /v1/analyze on a ~5 KB
// article and GET /v1/search over a store filled from the BBC corpus. The server runs as a child
// process (the real CLI) so the load generator does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '@lede/core';
import { openStore } from '@lede/store';
import { autoWorkers } from '../../../apps/server/src/config.js';
import { readJsonl, repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

// autocannon is a dependency of @lede/server, not of the workspace root; these are the parts we use.
interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  timeout?: number;
  requests?: Array<{ method: 'GET'; setupRequest: (req: { path?: string }) => { path: string } }>;
}
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
const autocannon = createRequire(path.join(repoRoot, 'apps/server/package.json'))('autocannon') as (o: LoadOptions) => Promise<LoadResult>;

const searchTerms = ['government', 'profit', 'election', 'music', 'football', 'technology', 'oil prices', 'minister', 'film', 'mobile phone', 'economy', 'champion', 'court', 'internet', 'labour', 'shares'];

interface Article { id: string; title?: string; text: string }

export const suite: BenchSuite = {
  name: 'server',
  async run({ shared, quick }) {
    const corpus = readJsonl<Article>(path.join(shared, 'corpus/bbc.jsonl'));
    // The article whose size is closest to 5 KB.
    const article = corpus.reduce((best, a) => (Math.abs(Buffer.byteLength(a.text) - 5000) < Math.abs(Buffer.byteLength(best.text) - 5000) ? a : best));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-server-'));
    const db = path.join(dir, 'bench.db');
    const stored = quick ? corpus.slice(0, 300) : corpus;
    const store = await openStore({ db });
    for (const a of stored) await store.add(analyze({ id: a.id, text: a.text, ...(a.title && { title: a.title }) }));
    // The same work without HTTP, in this process: what the server adds is the difference.
    const rows: BenchRow[] = [
      { metric: 'analyze() CPU per article, no HTTP', value: cpuPerCall(() => analyze({ id: article.id, text: article.text }), 30), unit: 'ms' },
      { metric: 'store.search CPU per query, no HTTP (16 repeating queries: result cache)', value: await cpuPerCallAsync((i) => store.search(searchTerms[i % searchTerms.length]!, { limit: 10 }), 300), unit: 'ms' },
    ];
    await store.close();
    const uncached = await openStore({ db, searchCache: 0 }); // what a query the cache has not seen costs
    rows.push({ metric: 'store.search CPU per query, no HTTP, uncached', value: await cpuPerCallAsync((i) => uncached.search(searchTerms[i % searchTerms.length]!, { limit: 10 }), 300), unit: 'ms' });
    await uncached.close();

    const duration = quick ? 5 : 10;
    // The default configuration (`--workers auto`: one worker per core on 2+ cores) carries the bars;
    // the main-thread analyzer (`--workers 0`) is measured beside it for comparison.
    const auto = autoWorkers();
    for (const workers of auto > 0 ? [auto, 0] : [0]) {
      const isDefault = workers === auto;
      const server = await startServer(db, workers);
      try {
        const body = JSON.stringify({ id: article.id, title: article.title, text: article.text });
        await load({ url: `${server.url}/v1/analyze`, method: 'POST', body, connections: 4, duration: workers > 0 ? 5 : 2 }); // warm-up (JIT; worker threads warm slower)
        const a = await measure(server.child.pid!, { url: `${server.url}/v1/analyze`, method: 'POST', body, connections: 10, duration });
        const tag = `workers=${workers}${isDefault ? ', default' : ''}`;
        rows.push(
          { metric: `analyze ${(Buffer.byteLength(article.text) / 1024).toFixed(1)} KB: req/s (${tag})`, value: a.requests.average, unit: 'req/s', ...(isDefault && { min: 300 }) },
          { metric: `analyze: p50 latency (${tag})`, value: a.latency.p50, unit: 'ms' },
          { metric: `analyze: p99 latency (${tag})`, value: a.latency.p99, unit: 'ms', ...(isDefault && { max: 100 }) },
          { metric: `analyze: server CPU per request (${tag})`, value: a.cpuPerRequest, unit: 'ms' },
          { metric: `analyze: non-2xx + errors (${tag})`, value: a.non2xx + a.errors + a.timeouts, unit: 'responses', max: 0 },
        );
        if (isDefault) {
          // The HTTP stack alone (helmet, logging, routing): the ceiling any route can reach.
          const h = await measure(server.child.pid!, { url: `${server.url}/healthz`, connections: 20, duration: quick ? 3 : 5 });
          rows.push(
            { metric: 'healthz: req/s (HTTP overhead only)', value: h.requests.average, unit: 'req/s' },
            { metric: 'healthz: server CPU per request', value: h.cpuPerRequest, unit: 'ms' },
          );
          let i = 0;
          const setup = (req: { path?: string }) => ({ ...req, path: `/v1/search?q=${encodeURIComponent(searchTerms[i++ % searchTerms.length]!)}&limit=10` });
          await load({ url: `${server.url}/v1/search?q=warm`, connections: 4, duration: 2 });
          const s = await measure(server.child.pid!, { url: `${server.url}/v1/search?q=x`, connections: 20, duration, requests: [{ method: 'GET', setupRequest: setup }] });
          rows.push(
            { metric: `search (${stored.length} articles): req/s`, value: s.requests.average, unit: 'req/s', min: 2000 },
            { metric: 'search: p99 latency', value: s.latency.p99, unit: 'ms' },
            { metric: 'search: server CPU per request', value: s.cpuPerRequest, unit: 'ms' },
            { metric: 'search: non-2xx + errors', value: s.non2xx + s.errors + s.timeouts, unit: 'responses', max: 0 },
          );
        }
      } finally {
        await stop(server.child);
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    return rows;
  },
};

function cpuPerCall(f: () => unknown, n: number): number {
  for (let i = 0; i < 5; i++) f();
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000 / n;
}

async function cpuPerCallAsync(f: (i: number) => Promise<unknown>, n: number): Promise<number> {
  for (let i = 0; i < 20; i++) await f(i);
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) await f(i);
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000 / n;
}

/** CPU time (user + system) the server process has used, in ms: robust to other load on the box. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
}

/** One bounded autocannon run, with the server's CPU ms per request alongside. */
async function measure(pid: number, opts: LoadOptions): Promise<LoadResult & { cpuPerRequest: number }> {
  const before = cpuMs(pid);
  const r = await load(opts);
  return { ...r, cpuPerRequest: (cpuMs(pid) - before) / Math.max(1, r.requests.total) };
}

function load(opts: LoadOptions): Promise<LoadResult> {
  return autocannon({ headers: { 'content-type': 'application/json' }, timeout: 10, ...opts });
}

/** `lede serve` on an ephemeral loopback port; resolves with its URL from the "listening" log line. */
function startServer(db: string, workers: number): Promise<{ url: string; child: ChildProcess }> {
  // The built CLI (what users run; run.ts builds first) unless `pnpm bench --source`.
  const fromSource = process.env.LEDE_BENCH_SOURCE === '1';
  const cli = path.join(repoRoot, fromSource ? 'apps/tui/src/cli.ts' : 'apps/tui/dist/cli.js');
  const loader = fromSource ? ['--import', 'tsx', '--conditions=source'] : [];
  const args = [...loader, cli, 'serve', '--host', '127.0.0.1', '--port', '0', '--db', db, '--rate-limit', '0', '--workers', String(workers)];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('lede serve did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`lede serve exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (buffered === null) return; // request logs: read and dropped, as a log shipper would
      buffered += chunk.toString('utf8');
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(buffered);
      if (m) {
        clearTimeout(timer);
        buffered = null as unknown as string;
        resolve({ url: m[1]!, child });
      }
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
