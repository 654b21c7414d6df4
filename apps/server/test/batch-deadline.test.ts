// Large NDJSON batches (issue #15 item 8): the answer comes before the request timeout and names,
// per line, what was stored and what was not reached; nothing is stored behind the client's back.
import { analyze } from '@lede/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../src/index.js';
import { shortArticle, testApp } from './helpers.js';

// An analyzer that takes 60 ms a record, one record at a time (a single busy worker), so 20
// records overrun a 500 ms request timeout however fast the machine and however many the server
// sends at once.
let busy: Promise<unknown> = Promise.resolve();
const slow: Analyzer = {
  analyze(input, options) {
    const run = busy.then(() => new Promise((r) => setTimeout(r, 60))).then(() => analyze(input, { tokens: options.tokens ?? false }));
    busy = run.catch(() => undefined);
    return run;
  },
  async close() {},
};

describe('NDJSON batch deadline', () => {
  it('answers per line before the timeout: stored lines and NOT_PROCESSED ones, matching the store', async () => {
    const { app, store } = await testApp({ analyzer: slow, timeoutMs: 500 });
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `flood-${i}`, text: `${shortArticle}\n\nUpdate ${i}.` })).join('\n');
    const res = await request(app).post('/v1/articles').set('Content-Type', 'application/x-ndjson').send(lines);
    expect(res.status).toBe(201);
    expect(res.body.results).toHaveLength(20);
    const skipped = res.body.results.filter((r: { error?: { code: string } }) => r.error?.code === 'NOT_PROCESSED');
    expect(skipped.length).toBeGreaterThan(0);
    // Every line is stored or NOT_PROCESSED, and the store agrees line by line.
    for (const [i, r] of (res.body.results as Array<{ error?: { code: string } }>).entries()) {
      if (r.error) expect(r.error.code).toBe('NOT_PROCESSED');
      expect(await store.get(`flood-${i}`), `line ${i}`).toEqual(r.error ? undefined : expect.anything());
    }
    await store.close();
  });
});
