// The queue path in one process: producer counts and typed errors, a worker draining into
// PostgreSQL, idempotent re-runs, and the failed set with records and errors (real Redis + PostgreSQL).
import { LedeError } from '@lede/core';
import { ingestCorpus, openStore, type IngestItem, type LedeStore } from '@lede/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueRecords, openQueue, parseQueueUrl, queueStatus, retryFailed, startWorker, whenIdle, type BatchQueue } from '../src/index.js';
import { dropPrefix, freshSchema, queueUrl, redisUrl, skipReason } from './env.js';

const strike = {
  id: 'port-strike',
  title: 'Dock workers walk out over pay',
  publishedAt: '2024-08-21',
  text: 'Dock workers at the port of Felixstowe began an eight-day strike on Wednesday.\n\n"We have been left with no choice," said Sharon Graham, general secretary of Unite.',
};
const library = {
  id: 'library-closures',
  title: 'Council votes to close four libraries',
  publishedAt: '2024-09-03',
  text: 'Birmingham City Council voted on Tuesday to close four branch libraries.\n\n"These are painful decisions," council leader John Cotton told the meeting.',
};
const items = (): IngestItem[] => [
  { ok: true, record: 'news.jsonl:1', article: strike },
  { ok: false, record: 'news.jsonl:2', error: new LedeError('INVALID_JSON', 'Unexpected end of JSON input', { record: 'news.jsonl:2' }) },
  { ok: true, record: 'news.jsonl:3', article: { id: 'no-text', text: 42 as unknown as string } },
  { ok: true, record: 'news.jsonl:4', article: library },
  { ok: true, record: 'news.jsonl:5', article: { ...strike, id: 'port-strike-copy' } },
];

if (skipReason) console.warn(skipReason);

describe.skipIf(!!skipReason)('queue: producer, worker, admin', () => {
  const { url, prefix } = queueUrl();
  const target = parseQueueUrl(url);
  let queue: BatchQueue;
  let db: Awaited<ReturnType<typeof freshSchema>>;
  beforeAll(async () => {
    queue = openQueue(target, { attempts: 2, backoff: { type: 'fixed', delay: 50 } });
    db = await freshSchema(prefix.slice('queue-test-'.length));
  });
  afterAll(async () => {
    await queue?.close();
    await dropPrefix(redisUrl!, prefix);
    await db?.drop();
  });

  it('enqueues good records, reports bad ones with the errors of local ingest, and a worker stores them once', async () => {
    const sum = await enqueueRecords(queue, items(), { batchSize: 2 });
    expect(sum).toMatchObject({ queued: 3, alreadyQueued: 0, alreadyStored: 0, failed: 2, jobs: 2 });
    const local = await openStore({ db: ':memory:' });
    const localSum = await ingestCorpus(local, items(), { threads: 1 });
    await local.close();
    expect(sum.errors).toEqual(localSum.errors);
    expect(sum.errors.map((e) => [e.record, e.error.code, e.error.field])).toEqual([
      ['news.jsonl:2', 'INVALID_JSON', undefined],
      ['news.jsonl:3', 'INVALID_RECORD', 'text'],
    ]);

    const worker = startWorker(target, await openStore({ db: db.url }), { concurrency: 1 });
    await whenIdle(queue);
    await worker.close();
    const store = await openStore({ db: db.url });
    try {
      expect(await store.stats()).toMatchObject({ articles: 3, duplicates: 1 });
      expect((await store.list({})).items.find((a) => a.id === 'port-strike-copy')?.duplicateOf).toBe('port-strike');
      // The same records again: the batches are already on the queue by id; with the store, already stored.
      expect(await enqueueRecords(queue, items(), { batchSize: 2 })).toMatchObject({ queued: 0, alreadyQueued: 3, failed: 2 });
      expect(await enqueueRecords(queue, items(), { batchSize: 3, store })).toMatchObject({ queued: 0, alreadyStored: 3, failed: 2 });
      // Other batches of the same records (new job ids): the worker finds them stored and adds nothing.
      expect(await enqueueRecords(queue, items(), { batchSize: 3 })).toMatchObject({ queued: 3, jobs: 1 });
      const inner = await openStore({ db: db.url });
      let writes = 0;
      const counting = Object.assign(Object.create(inner) as LedeStore, {
        addMany: (p: Parameters<LedeStore['addMany']>[0]) => (writes++, inner.addMany(p)),
        close: () => inner.close(),
      });
      const rerun = startWorker(target, counting, { concurrency: 1 });
      await whenIdle(queue);
      await rerun.close();
      const [job] = await queue.getJobs(['completed'], 0, 0);
      expect(job?.returnvalue).toMatchObject({ added: 0, duplicate: 0, unchanged: 3 });
      expect(writes).toBe(0); // found stored before analysis: nothing analysed, nothing written
      const status = await queueStatus(queue, target);
      expect(status).toMatchObject({ waiting: 0, active: 0, completed: 3, failed: 0 });
      expect(status.articlesPerSecond).toBeGreaterThanOrEqual(0);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('keeps a batch the store keeps refusing in the failed set, with its records and the error, and retries it', async () => {
    const refusing = await openStore({ db: db.url });
    const broken = Object.assign(Object.create(refusing) as LedeStore, {
      addMany: async () => {
        throw new LedeError('STORE_ERROR', 'add failed: connection refused');
      },
    });
    const fresh = { id: 'river-flood', title: 'River bursts its banks', text: 'The River Severn burst its banks at Worcester on Sunday.\n\n"We have never seen it this high," said Mary Collins, who runs a cafe on the quay.' };
    await enqueueRecords(queue, [{ ok: true, record: 'flood.json', article: fresh }]);
    const failing = startWorker(target, broken, { concurrency: 1 });
    while ((await queueStatus(queue, target)).failed === 0) await new Promise((r) => setTimeout(r, 100));
    await failing.close();
    const status = await queueStatus(queue, target);
    expect(status.failedJobs).toEqual([expect.objectContaining({ records: ['flood.json'], error: 'add failed: connection refused', attempts: 2 })]);

    expect(await retryFailed(queue)).toBe(1);
    const worker = startWorker(target, await openStore({ db: db.url }), { concurrency: 1 });
    await whenIdle(queue);
    await worker.close();
    const store = await openStore({ db: db.url });
    expect((await store.get('river-flood'))?.article.title).toBe('River bursts its banks');
    await store.close();
    expect((await queueStatus(queue, target)).failed).toBe(0);
  }, 60_000);

  it('backs off while the store is away and resumes: the batch is stored once it answers', async () => {
    const real = await openStore({ db: db.url });
    let refusals = 0;
    const flaky = Object.assign(Object.create(real) as LedeStore, {
      addMany: async (items: Parameters<LedeStore['addMany']>[0]) => {
        if (refusals++ < 2) throw new LedeError('STORE_ERROR', 'add failed: the database system is starting up');
        return real.addMany(items);
      },
      close: () => real.close(),
    });
    const patient = openQueue(target, { attempts: 5, backoff: { type: 'exponential', delay: 50 } });
    const fresh = { id: 'bridge-repair', title: 'Bridge closed for repairs', text: 'The Tyne Bridge will close for six weeks from Monday.\n\n"We know this is disruptive," said Paul Hedley, the council engineer.' };
    await enqueueRecords(patient, [{ ok: true, record: 'bridge.json', article: fresh }]);
    const worker = startWorker(target, flaky, { concurrency: 1 });
    await whenIdle(patient);
    await worker.close();
    const [job] = await patient.getJobs(['completed'], 0, 0);
    expect(job?.attemptsMade).toBe(3);
    expect(job?.returnvalue).toMatchObject({ added: 1 });
    await patient.close();
    const store = await openStore({ db: db.url });
    expect((await store.get('bridge-repair'))?.article.title).toBe('Bridge closed for repairs');
    await store.close();
  }, 60_000);
});
