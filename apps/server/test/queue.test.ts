// `lede serve --queue`: POST /v1/articles enqueues for `lede worker`, bad lines keep their typed
// errors, and /readyz reports the queue (503 when it does not answer). Needs LEDE_REDIS_URL.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { destroyQueue, openQueue, parseQueueUrl, queueStatus } from '@lede/queue';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { openArticleQueue } from '../src/queue.js';
import { shortArticle, testApp } from './helpers.js';

const redisUrl = process.env.LEDE_REDIS_URL;
if (!redisUrl) console.warn('server queue tests skipped: set LEDE_REDIS_URL (.ci/run starts redis-server)');

describe.skipIf(!redisUrl)('POST /v1/articles with a queue', () => {
  const u = new URL(redisUrl ?? 'redis://127.0.0.1');
  u.searchParams.set('prefix', `queue-test-${randomBytes(4).toString('hex')}`);
  const url = u.toString();
  const target = parseQueueUrl(url);
  afterAll(async () => {
    const q = openQueue(target);
    await destroyQueue(q, target);
    await q.close();
  });

  it('enqueues instead of analysing, reports bad lines as without a queue, and /readyz shows the counts', async () => {
    const queue = openArticleQueue(url);
    const { app, store } = await testApp({ queue });
    const plain = await testApp();
    try {
      const one = await request(app).post('/v1/articles').send({ id: 'flood', text: shortArticle }).expect(202);
      expect(one.body).toMatchObject({ queued: 1, alreadyQueued: 0, id: 'flood' });
      expect((await store.stats()).articles).toBe(0); // nothing analysed in the request
      // The same body again is the same job.
      expect((await request(app).post('/v1/articles').send({ id: 'flood', text: shortArticle }).expect(202)).body).toMatchObject({ queued: 0, alreadyQueued: 1 });

      const lines = [JSON.stringify({ id: 'nd-1', text: shortArticle }), '{"id": "cut', JSON.stringify({ id: 'nd-3', text: 7 })].join('\n');
      const nd = await request(app).post('/v1/articles').set('Content-Type', 'application/x-ndjson').send(lines).expect(202);
      const local = await request(plain.app).post('/v1/articles').set('Content-Type', 'application/x-ndjson').send(lines).expect(201);
      expect(nd.body).toMatchObject({ queued: 1, failed: 2 });
      expect(nd.body.results).toEqual(local.body.results.filter((r: { error?: unknown }) => r.error));

      await request(app).post('/v1/articles').send({ id: 'empty', text: '   ' }).expect(422);

      const ready = await request(app).get('/readyz').expect(200);
      expect(ready.body).toEqual({ status: 'ready', queue: { waiting: 2, active: 0, delayed: 0, failed: 0 } });
      const admin = openQueue(target);
      expect((await queueStatus(admin, target)).waiting).toBe(2);
      await admin.close();
    } finally {
      await queue.close();
      await store.close();
      await plain.store.close();
    }
  });

  it('answers 503 on /readyz when the queue does not answer', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const queue = openArticleQueue(`redis://127.0.0.1:${port}?prefix=queue-test-down`);
    const { app, store } = await testApp({ queue });
    try {
      const res = await request(app).get('/readyz').expect(503);
      expect(res.body.detail).toBe('the queue does not answer');
    } finally {
      await store.close();
      void queue.close().catch(() => {});
    }
  });
});
