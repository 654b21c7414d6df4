import { analyze } from '@lede/core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../src/index.js';
import { defaults } from '../src/app.js';
import { resolveConfig } from '../src/config.js';
import { defaultParseInput } from '../src/input/default-parser.js';
import { parseTask } from '../src/input/to-article.js';
import { readerCsp } from '../src/web/router.js';
import { shortArticle, testApp } from './helpers.js';
import { dom } from './web-helpers.js';

/** An analyzer that records which path ran: analyzeTask is the worker pool's off-loop path. */
function recordingAnalyzer() {
  const calls: string[] = [];
  const analyzer: Analyzer = {
    async analyze(input) {
      calls.push('analyze');
      return analyze(input);
    },
    async analyzeTask(task) {
      calls.push('analyzeTask');
      return analyze(parseTask(defaultParseInput, task));
    },
    async close() {},
  };
  return { analyzer, calls };
}

const post = (app: Parameters<typeof request>[0]) => request(app).post('/analyse').type('form').send({ text: shortArticle, format: 'text' });

describe('analyse page limits and threads', () => {
  it('limits analyses per client: over the limit, a 429 page with Retry-After and no analysis', async () => {
    const { analyzer, calls } = recordingAnalyzer();
    const { app, store } = await testApp({ analyzer, analyseRateLimit: { limit: 2, windowMs: 60_000 } });
    await post(app).expect(200);
    await post(app).expect(200);
    const res = await post(app).expect(429).expect('Content-Type', /text\/html/);
    const wait = Number(res.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(res.headers['content-security-policy']).toBe(readerCsp);
    const doc = dom(res.text);
    expect(doc.querySelector('main#main h1')?.textContent).toBe('Too many analyses');
    expect(doc.querySelector('[role="alert"]')?.textContent).toContain(`Try again in ${wait} seconds`);
    expect(calls).toHaveLength(2);
    // Reading pages is not limited, nor is the form itself.
    await request(app).get('/analyse').expect(200);
    await request(app).get('/').expect(200);
    await store.close();
  });

  it('is on by default (30 a minute, LEDE_ANALYSE_RATE_LIMIT / --analyse-rate-limit) and can be turned off', async () => {
    expect(defaults.analyseRateLimit).toEqual({ limit: 30, windowMs: 60_000 });
    expect(resolveConfig({}, {}).analyseRateLimit).toBe(30);
    expect(resolveConfig({}, { LEDE_ANALYSE_RATE_LIMIT: '5' }).analyseRateLimit).toBe(5);
    expect(resolveConfig({ analyseRateLimit: '0' }, { LEDE_ANALYSE_RATE_LIMIT: '5' }).analyseRateLimit).toBe(0);
    const { app, store } = await testApp({ analyseRateLimit: false });
    for (let i = 0; i < 3; i++) await post(app).expect(200);
    await store.close();
  });

  it('analyses on the worker pool\'s path (parse and analysis in one off-loop task), as POST /v1/analyze does', async () => {
    const { analyzer, calls } = recordingAnalyzer();
    const { app, store } = await testApp({ analyzer });
    await post(app).expect(200);
    await request(app).post('/analyse').type('form').send({ text: `<p>${shortArticle}</p>`, format: 'html' }).expect(200);
    await request(app).post('/v1/analyze').send({ text: shortArticle }).expect(200);
    expect(calls).toEqual(['analyzeTask', 'analyzeTask', 'analyzeTask']);
    await store.close();
  });
});
