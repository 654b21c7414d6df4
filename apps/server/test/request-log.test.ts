import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { expect, it } from 'vitest';
import { shortArticle, testApp } from './helpers.js';

/** A pino logger whose lines land in an array, parsed. */
function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
}

it('logs one line per API request with its id and status, never headers or credentials', async () => {
  const { lines, logger } = capture();
  const { app } = await testApp({ logger });
  const res = await request(app).post('/v1/analyze').set('X-Request-Id', 'trace-42').set('Authorization', 'Bearer s3cret-token').send({ text: shortArticle });
  expect(res.status).toBe(200);
  expect(res.headers['x-request-id']).toBe('trace-42');
  await request(app).get('/v1/search?q=flooding&kind=nonsense');
  await new Promise((r) => setImmediate(r));

  const ok = lines.find((l) => l.reqId === 'trace-42');
  expect(ok).toMatchObject({ method: 'POST', url: '/v1/analyze', status: 200, level: 30, msg: 'request completed' });
  expect(typeof ok!.ms).toBe('number');
  const bad = lines.find((l) => String(l.url).startsWith('/v1/search'));
  expect(bad).toMatchObject({ status: 400, level: 40 });
  expect(bad!.reqId).toMatch(/^[0-9a-f-]{36}$/); // generated when the client sends none
  expect(JSON.stringify(lines)).not.toContain('s3cret-token');
});

it('keeps health checks out of the log and ignores malformed request ids', async () => {
  const { lines, logger } = capture();
  const { app } = await testApp({ logger });
  expect((await request(app).get('/healthz')).status).toBe(200);
  const res = await request(app).get('/v1/stats').set('X-Request-Id', 'bad id\twith spaces');
  expect(res.headers['x-request-id']).not.toBe('bad id\twith spaces');
  await new Promise((r) => setImmediate(r));
  expect(lines.map((l) => l.url)).toEqual(['/v1/stats']);
});
