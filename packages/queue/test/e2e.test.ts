// Scale-out end to end (issue 20): a producer enqueues a corpus, two `lede worker` processes drain
// it into PostgreSQL and one is SIGKILLed mid-batch. Every article is stored once, the duplicate
// pairs are linked and the facets equal those of a local `lede add` into SQLite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type LedeStore } from '@lede/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueue, parseQueueUrl, whenIdle } from '../src/index.js';
import { cliBuilt, errorLines, lede, spawnLede, until } from './cli.js';
import { BAD_LINES, corpusLines, corpusSource } from './corpus.js';
import { dropPrefix, freshSchema, queueUrl, redisUrl, skipReason } from './env.js';

const skip = skipReason || (!cliBuilt && 'queue e2e skipped: build the CLI first (pnpm build)');
if (skip) console.warn(skip);

/** Every stored article's id and what it duplicates, as unordered pairs for the links. */
async function corpusView(store: LedeStore) {
  const ids: string[] = [];
  const pairs: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.list({ limit: 500, offset, sort: 'added', order: 'asc' });
    for (const a of page.items) {
      ids.push(a.id);
      if (a.duplicateOf) pairs.push([a.id, a.duplicateOf].sort().join(' = '));
    }
    if (offset + 500 >= page.total) break;
  }
  return {
    ids: ids.sort(),
    pairs: pairs.sort(),
    speakers: await store.topSpeakers({ limit: 25 }),
    entities: await store.topEntities({ limit: 25 }),
    timeline: await store.themeTimeline({ by: 'month' }),
    stats: await store.stats(),
  };
}

describe.skipIf(!!skip)(`queue end to end: two workers, one killed (${corpusSource()})`, () => {
  const { url, prefix } = queueUrl();
  let dir: string;
  let db: Awaited<ReturnType<typeof freshSchema>>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-queue-e2e-'));
    fs.writeFileSync(path.join(dir, 'corpus.jsonl'), corpusLines().join('\n') + '\n');
    db = await freshSchema(prefix.slice('queue-test-'.length));
  });
  afterAll(async () => {
    await dropPrefix(redisUrl!, prefix);
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores every article exactly once, links the same duplicates and answers as a local add does', async () => {
    const local = await lede(['add', 'corpus.jsonl', '--db', 'local.db'], { cwd: dir });
    expect(local.code).toBe(1); // the bad lines

    const produced = await lede(['add', 'corpus.jsonl', '--queue', url, '--batch', '8'], { cwd: dir });
    expect(produced.code).toBe(1);
    const records = corpusLines().length - BAD_LINES.length;
    expect(produced.stdout).toContain(`queued ${records} in ${Math.ceil(records / 8)} jobs, already queued 0, already stored 0, failed ${BAD_LINES.length}`);
    // Bad input: the same typed per-record errors as the local add.
    expect(errorLines(produced.stderr)).toEqual(errorLines(local.stderr));
    expect(errorLines(produced.stderr)).toHaveLength(BAD_LINES.length);

    // Short locks so the killed worker's job is recovered within seconds.
    const env = { LEDE_QUEUE_LOCK_MS: '2000' };
    const args = ['worker', '--queue', url, '--db', db.url, '--concurrency', '1'];
    const a = spawnLede(args, { cwd: dir, env });
    const b = spawnLede(args, { cwd: dir, env });
    // A has finished two jobs and, with jobs waiting, is inside its third: kill it there.
    await until(() => (a.out.stdout.match(/^job /gm) ?? []).length >= 2, 120_000, 'worker A to finish two jobs');
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');

    const queue = openQueue(parseQueueUrl(url));
    try {
      await whenIdle(queue);
      const counts = await queue.getJobCounts('completed', 'failed');
      expect(counts).toEqual({ completed: Math.ceil(records / 8), failed: 0 });
      // The job A died in came back from the stalled set and was finished by B.
      const completed = await queue.getJobs(['completed'], 0, -1);
      expect(completed.some((j) => j.stalledCounter > 0)).toBe(true);
    } finally {
      await queue.close();
    }
    b.child.kill('SIGTERM');
    const bDone = await b.exited;
    expect(bDone.code).toBe(0);
    expect(bDone.stderr).toContain('SIGTERM: finishing the current jobs');

    const [pgStore, sqliteStore] = await Promise.all([openStore({ db: db.url }), openStore({ db: path.join(dir, 'local.db') })]);
    try {
      const [pgView, sqliteView] = await Promise.all([corpusView(pgStore), corpusView(sqliteStore)]);
      expect(pgView.ids).toHaveLength(records);
      expect(new Set(pgView.ids).size).toBe(records);
      expect(pgView.ids).toEqual(sqliteView.ids);
      expect(pgView.pairs.length).toBeGreaterThan(0);
      expect(pgView.pairs).toEqual(sqliteView.pairs);
      expect(pgView.stats).toEqual(sqliteView.stats);
      expect(pgView.speakers).toEqual(sqliteView.speakers);
      expect(pgView.entities).toEqual(sqliteView.entities);
      expect(pgView.timeline).toEqual(sqliteView.timeline);
    } finally {
      await Promise.all([pgStore.close(), sqliteStore.close()]);
    }

    // Producing again adds nothing: the batches are known by id, and with --db the articles are known as stored.
    const again = await lede(['add', 'corpus.jsonl', '--queue', url, '--batch', '8', '--db', db.url], { cwd: dir });
    expect(again.stdout).toContain(`queued 0 in 0 jobs, already queued 0, already stored ${records}, failed ${BAD_LINES.length}`);
  }, 300_000);
});
