import http from 'node:http';
import { openStore, type CorpusStore } from '@lede/store';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/index.js';
import { silent } from './helpers.js';

function get(url: string, agent?: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('graceful shutdown', () => {
  it('finishes the in-flight request, then refuses new connections', async () => {
    const store = await openStore({ db: ':memory:' });
    // A search that answers only when the test says so: the "slow request".
    let release!: () => void;
    let started!: () => void;
    const searchStarted = new Promise<void>((r) => (started = r));
    const slow = Object.create(store) as CorpusStore;
    slow.search = async (q, opts) => {
      started();
      await new Promise<void>((r) => (release = r));
      return store.search(q, opts);
    };
    const running = await startServer({ store: slow, logger: silent, rateLimit: false, port: 0, host: '127.0.0.1' });
    const agent = new http.Agent({ keepAlive: true });

    const inFlight = get(`${running.url}/v1/search?q=budget`, agent);
    await searchStarted;
    const closed = running.close();
    expect(running.deps.state.draining).toBe(true);

    // The listener is closed at once: a new connection is refused while the old request runs.
    await expect(get(`${running.url}/healthz`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ items: [] });
    await closed; // resolves: the keep-alive connection did not hold the server open
    agent.destroy();
    await store.close();
  });

  it('readyz turns 503 while draining', async () => {
    const store = await openStore({ db: ':memory:' });
    const running = await startServer({ store, logger: silent, rateLimit: false, port: 0, host: '127.0.0.1' });
    expect((await get(`${running.url}/readyz`)).status).toBe(200);
    running.deps.state.draining = true;
    const res = await get(`${running.url}/readyz`);
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).code).toBe('UNAVAILABLE');
    await running.close();
    await store.close();
  });
});
