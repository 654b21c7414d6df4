import { describe, expect, it } from 'vitest';
import { autoWorkers } from '../src/config.js';
import { resolveConfig } from '../src/index.js';

describe('resolveConfig', () => {
  it('has safe defaults: loopback, rate limit on, 1 MiB bodies', () => {
    const c = resolveConfig({}, {});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, rateLimit: 600, bodyLimit: 1 << 20, workers: autoWorkers() });
    expect(c.db).toBeUndefined();
  });

  it('workers: auto is one per core on 2+ cores, none on one core; numbers and "auto" are accepted', () => {
    expect(autoWorkers(1)).toBe(0);
    expect(autoWorkers(2)).toBe(2);
    expect(autoWorkers(8)).toBe(8);
    expect(resolveConfig({ workers: '0' }, {}).workers).toBe(0);
    expect(resolveConfig({}, { LEDE_WORKERS: '1' }).workers).toBe(1);
    expect(resolveConfig({ workers: 'auto' }, {}).workers).toBe(autoWorkers());
    expect(() => resolveConfig({ workers: 'many' }, {})).toThrow(/workers/);
  });

  it('reads PORT and LEDE_DB, and flags win over the environment', () => {
    const env = { PORT: '8080', LEDE_DB: '/tmp/corpus.db', LEDE_BODY_LIMIT: '512kb' };
    expect(resolveConfig({}, env)).toMatchObject({ port: 8080, db: '/tmp/corpus.db', bodyLimit: 512 * 1024 });
    expect(resolveConfig({ port: '9000', db: ':memory:' }, env)).toMatchObject({ port: 9000, db: ':memory:' });
  });

  it('names the bad setting and its variable', () => {
    expect(() => resolveConfig({}, { PORT: 'eighty' })).toThrow(/port \(PORT\)/);
    expect(() => resolveConfig({ bodyLimit: '1 gallon' }, {})).toThrow(/bodyLimit/);
    expect(() => resolveConfig({ logLevel: 'loud' }, {})).toThrow(/logLevel/);
    try {
      resolveConfig({ workers: -1 }, {});
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'INVALID_OPTION', field: 'workers' });
    }
  });
});

describe('serve', () => {
  it('opens the configured store, listens on an ephemeral loopback port and closes cleanly', async () => {
    const { serve } = await import('../src/index.js');
    const running = await serve(resolveConfig({ port: '0', db: ':memory:', logLevel: 'silent' }, {}));
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${running.url}/readyz`);
    expect(res.status).toBe(200);
    const listeners = process.listenerCount('SIGTERM');
    await running.close();
    expect(process.listenerCount('SIGTERM')).toBe(listeners - 1);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });
});
