// HTTP throughput of `lede serve` on loopback (autocannon, bounded): POST /v1/analyze on a ~5 KB
// article and GET /v1/search over a store filled from the BBC corpus. The server runs as a child
// process (the real CLI) so the load generator does not share its event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type autocannonType from 'autocannon';
import { analyze } from '@lede/core';
import { openStore } from '@lede/store';
import { readJsonl, repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';

// autocannon is a dependency of @lede/server, not of the workspace root.
const autocannon = createRequire(path.join(repoRoot, 'apps/server/package.json'))('autocannon') as typeof autocannonType;

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
    await store.close();

    const rows: BenchRow[] = [];
    const duration = quick ? 5 : 10;
    for (const workers of [0, 2]) {
      const server = await startServer(db, workers);
      try {
        const body = JSON.stringify({ id: article.id, title: article.title, text: article.text });
        await load({ url: `${server.url}/v1/analyze`, method: 'POST', body, connections: 4, duration: 2 }); // warm-up
        const a = await load({ url: `${server.url}/v1/analyze`, method: 'POST', body, connections: 10, duration });
        const tag = `workers=${workers}`;
        rows.push(
          { metric: `analyze ${(Buffer.byteLength(article.text) / 1024).toFixed(1)} KB: req/s (${tag})`, value: a.requests.average, unit: 'req/s', ...(workers === 0 && { min: 300 }) },
          { metric: `analyze: p50 latency (${tag})`, value: a.latency.p50, unit: 'ms' },
          { metric: `analyze: p99 latency (${tag})`, value: a.latency.p99, unit: 'ms', ...(workers === 0 && { max: 100 }) },
          { metric: `analyze: non-2xx + errors (${tag})`, value: a.non2xx + a.errors + a.timeouts, unit: 'responses', max: 0 },
        );
        if (workers === 0) {
          let i = 0;
          const setup = (req: { path?: string }) => ({ ...req, path: `/v1/search?q=${encodeURIComponent(searchTerms[i++ % searchTerms.length]!)}&limit=10` });
          await load({ url: `${server.url}/v1/search?q=warm`, connections: 4, duration: 2 });
          const s = await load({ url: `${server.url}/v1/search?q=x`, connections: 20, duration, requests: [{ method: 'GET', setupRequest: setup as never }] });
          rows.push(
            { metric: `search (${stored.length} articles): req/s`, value: s.requests.average, unit: 'req/s', min: 2000 },
            { metric: 'search: p99 latency', value: s.latency.p99, unit: 'ms' },
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

function load(opts: autocannonType.Options): Promise<autocannonType.Result> {
  return autocannon({ headers: { 'content-type': 'application/json' }, timeout: 10, ...opts });
}

/** `lede serve` on an ephemeral loopback port; resolves with its URL from the "listening" log line. */
function startServer(db: string, workers: number): Promise<{ url: string; child: ChildProcess }> {
  const cli = path.join(repoRoot, 'apps/tui/src/cli.ts');
  const args = ['--import', 'tsx', '--conditions=source', cli, 'serve', '--host', '127.0.0.1', '--port', '0', '--db', db, '--rate-limit', '0', '--workers', String(workers)];
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
