// Graceful shutdown of `lede worker` (issue 20): SIGTERM mid-job finishes the job in hand, takes no
// new one and exits 0; what is left waits on the queue for the next worker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '@lede/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueue, parseQueueUrl } from '../src/index.js';
import { cliBuilt, lede, spawnLede, until } from './cli.js';
import { generatedCorpus } from './corpus.js';
import { dropPrefix, freshSchema, queueUrl, redisUrl, skipReason } from './env.js';

const skip = skipReason || (!cliBuilt && 'worker shutdown test skipped: build the CLI first (pnpm build)');
if (skip) console.warn(skip);

describe.skipIf(!!skip)('lede worker on SIGTERM', () => {
  const { url, prefix } = queueUrl();
  let dir: string;
  let db: Awaited<ReturnType<typeof freshSchema>>;
  const articles = generatedCorpus(40).slice(0, 40);
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-queue-term-'));
    fs.writeFileSync(path.join(dir, 'corpus.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    db = await freshSchema(`${prefix.slice('queue-test-'.length)}_term`);
  });
  afterAll(async () => {
    await dropPrefix(redisUrl!, prefix);
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the job in hand, takes no new one and exits 0', async () => {
    expect((await lede(['add', 'corpus.jsonl', '--queue', url, '--batch', '4'], { cwd: dir })).stdout).toContain('queued 40 in 10 jobs');
    const worker = spawnLede(['worker', '--queue', url, '--db', db.url, '--concurrency', '1'], { cwd: dir });
    await until(() => /^job /m.test(worker.out.stdout), 120_000, 'the first finished job');
    // Finishing a job takes the next one in the same step (BullMQ moveToFinished): the worker is inside it now.
    const before = (worker.out.stdout.match(/^job /gm) ?? []).length;
    worker.child.kill('SIGTERM');
    const run = await worker.exited;
    expect(run.code).toBe(0);
    const done = (run.stdout.match(/^job /gm) ?? []).length;
    expect(done).toBe(before + 1); // the job in hand, and no other

    const queue = openQueue(parseQueueUrl(url));
    try {
      const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed');
      expect(counts).toEqual({ waiting: 10 - done, active: 0, completed: done, failed: 0 });
    } finally {
      await queue.close();
    }
    const store = await openStore({ db: db.url });
    expect((await store.stats()).articles).toBe(done * 4);
    await store.close();

    // What is left, as `lede queue` shows it; drain removes it.
    const status = await lede(['queue', 'status', '--queue', url, '--json'], { cwd: dir });
    expect(JSON.parse(status.stdout)).toMatchObject({ waiting: 10 - done, active: 0, completed: done, failed: 0, failedJobs: [], rejected: [] });
    expect((await lede(['queue', 'retry', '--queue', url], { cwd: dir })).stdout).toBe('retried 0 failed jobs\n');
    expect((await lede(['queue', 'drain', '--queue', url], { cwd: dir })).stdout).toBe(`removed ${10 - done} waiting jobs\n`);
    expect((await lede(['queue', 'status', '--queue', url], { cwd: dir })).stdout).toContain(`waiting 0, active 0, delayed 0 (retrying), completed ${done}, failed 0`);
  }, 180_000);
});
