// A Redis outage while a worker runs (issue 20): a private redis-server (never the shared one) is
// stopped and restarted mid-drain; the worker backs off, reconnects and finishes, losing nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '@lede/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueue, parseQueueUrl, whenIdle } from '../src/index.js';
import { cliBuilt, lede, spawnLede, until } from './cli.js';
import { generatedCorpus } from './corpus.js';
import { freshSchema, pgUrl } from './env.js';

const redisServer = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => fs.existsSync(p));
const skip = !pgUrl ? 'outage test skipped: set LEDE_PG_URL' : !redisServer ? 'outage test skipped: no redis-server binary' : !cliBuilt ? 'outage test skipped: build the CLI first' : '';
if (skip) console.warn(skip);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

describe.skipIf(!!skip)('queue: Redis stopped and restarted while a worker runs', () => {
  let dir: string;
  let port: number;
  let redis: ChildProcess | undefined;
  let db: Awaited<ReturnType<typeof freshSchema>>;
  // Append-only file, fsync per write: what a deployment runs (docker-compose.yml), so a restart keeps the queue.
  const startRedis = async () => {
    redis = spawn(redisServer!, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''], { stdio: 'ignore' });
    await until(() => new Promise<boolean>((r) => net.connect(port, '127.0.0.1').on('connect', function (this: net.Socket) { this.end(); r(true); }).on('error', () => r(false))), 10_000, 'redis-server to listen');
  };
  const stopRedis = async () => {
    const r = redis;
    redis = undefined;
    if (!r || r.exitCode !== null) return;
    const exited = new Promise((res) => r.once('exit', res));
    r.kill('SIGTERM');
    await exited;
  };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-queue-outage-'));
    port = await freePort();
    await startRedis();
    db = await freshSchema(`outage_${port}`);
    fs.writeFileSync(path.join(dir, 'corpus.jsonl'), generatedCorpus(80).slice(0, 80).map((a) => JSON.stringify(a)).join('\n') + '\n');
  });
  afterAll(async () => {
    await stopRedis();
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the worker reconnects and every article is stored once', async () => {
    const url = `redis://127.0.0.1:${port}?prefix=queue-test-outage`;
    const produced = await lede(['add', 'corpus.jsonl', '--queue', url, '--batch', '4'], { cwd: dir });
    expect(produced.stdout).toContain('queued 80 in 20 jobs');
    const worker = spawnLede(['worker', '--queue', url, '--db', db.url, '--concurrency', '1'], { cwd: dir });
    await until(() => (worker.out.stdout.match(/^job /gm) ?? []).length >= 3, 120_000, 'three finished jobs');
    await stopRedis();
    await until(() => /queue connection: .*\(retrying\)/.test(worker.out.stderr), 30_000, 'the worker to notice the outage');
    const doneDuringOutage = (worker.out.stdout.match(/^job /gm) ?? []).length;
    await startRedis();

    const queue = openQueue(parseQueueUrl(url));
    try {
      await whenIdle(queue);
      expect(await queue.getJobCounts('completed', 'failed')).toEqual({ completed: 20, failed: 0 });
    } finally {
      await queue.close();
    }
    expect((worker.out.stdout.match(/^job /gm) ?? []).length).toBeGreaterThan(doneDuringOutage);
    worker.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(0);
    const store = await openStore({ db: db.url });
    try {
      expect((await store.stats()).articles).toBe(80);
      expect((await store.list({ limit: 100 })).items.map((a) => a.id).sort()).toEqual(generatedCorpus(80).slice(0, 80).map((a) => a.id).sort());
    } finally {
      await store.close();
    }
  }, 240_000);
});
