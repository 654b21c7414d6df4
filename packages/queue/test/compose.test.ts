// docker-compose.yml, rehearsed without Docker (this project's CI has no container engine): the file's
// services are checked for what a deployment relies on, and the worker and server commands run exactly
// as written, with only the container host names (and the server's port and bind address, since tests
// listen on loopback) pointed at the test's Redis and PostgreSQL. A POST with the token is enqueued by the
// server, analysed by the worker and read back through the same server.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliBuilt, spawnLede, until } from './cli.js';
import { dropPrefix, freshSchema, queueUrl, redisUrl, skipReason } from './env.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
interface Service { build?: string; image?: string; command?: string[]; ports?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown; stop_grace_period?: string }
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };
const { services } = compose;

describe('docker-compose.yml', () => {
  it('runs Redis, PostgreSQL, workers and the server from the repository image, published on loopback only', () => {
    expect(Object.keys(services).sort()).toEqual(['postgres', 'redis', 'server', 'worker']);
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "\/app\/apps\/tui\/dist\/cli\.js"\]$/m);
    expect(dockerfile).toMatch(/^FROM node:20-/m);
    for (const name of ['worker', 'server']) {
      expect(services[name]!.build).toBe('.');
      expect(services[name]!.depends_on).toEqual({ redis: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' } });
    }
    expect(services.redis!.healthcheck && services.postgres!.healthcheck).toBeTruthy();
    for (const s of Object.values(services)) for (const p of s.ports ?? []) expect(p).toMatch(/^127\.0\.0\.1:/);
    // Off loopback the server refuses to start without a token; compose makes the user set one.
    expect(services.server!.environment?.LEDE_TOKEN).toMatch(/^\$\{LEDE_TOKEN:\?/);
    expect(services.worker!.stop_grace_period).toBeTruthy();
  });
});

const skip = skipReason || (!cliBuilt && 'compose rehearsal skipped: build the CLI first (pnpm build)');
if (skip) console.warn(skip);

/** A service's command with the compose network's host names replaced by the test's own services. */
function rehearse(command: string[], swap: Record<string, string>): string[] {
  return command.map((a) => swap[a] ?? a);
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

describe.skipIf(!!skip)('docker-compose.yml commands, run as written', () => {
  const { url: queue, prefix } = queueUrl();
  let dir: string;
  let db: Awaited<ReturnType<typeof freshSchema>>;
  const children: Array<ReturnType<typeof spawnLede>> = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-compose-'));
    db = await freshSchema(`compose_${prefix.slice('queue-test-'.length)}`);
  });
  afterAll(async () => {
    for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGTERM');
    await Promise.all(children.map((c) => c.exited));
    await dropPrefix(redisUrl!, prefix);
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the server enqueues a POST, a worker stores it, the server reads it back', async () => {
    const port = await freePort();
    const token = 'compose-rehearsal-token-0123456789';
    const swap: Record<string, string> = {
      'redis://redis:6379': queue,
      'postgres://lede:lede@postgres:5432/lede': db.url,
      '0.0.0.0': '127.0.0.1',
      '3000': String(port),
    };
    const workerArgs = rehearse(services.worker!.command!, swap);
    const serverArgs = rehearse(services.server!.command!, swap);
    // Every host name of the compose network was replaced: nothing still points at a container.
    expect([...workerArgs, ...serverArgs].filter((a) => /redis:6379|@postgres:|0\.0\.0\.0/.test(a))).toEqual([]);
    const server = spawnLede(serverArgs, { cwd: dir, env: { LEDE_TOKEN: token } });
    const worker = spawnLede(workerArgs, { cwd: dir });
    children.push(server, worker);
    const base = `http://127.0.0.1:${port}`;
    const up = async () => (await fetch(`${base}/readyz`).catch(() => null))?.status === 200;
    await until(up, 30_000, `the server on ${base} (stderr: ${server.out.stderr.slice(-400)})`);
    expect(((await (await fetch(`${base}/readyz`)).json()) as { queue: unknown }).queue).toMatchObject({ failed: 0 });

    const text = 'The port will reopen on Monday, the harbour master said. "We are ready," Ana Ruiz, who runs the terminal, told reporters.';
    const post = (auth?: string) => fetch(`${base}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth && { authorization: `Bearer ${auth}` }) }, body: JSON.stringify({ id: 'compose-1', text }) });
    expect((await post()).status).toBe(401);
    const queued = await post(token);
    expect(queued.status).toBe(202);
    expect(await queued.json()).toMatchObject({ queued: 1 });

    const stored = async () => (await fetch(`${base}/v1/articles/compose-1`)).status === 200;
    await until(stored, 60_000, `the worker to store the article (worker stderr: ${worker.out.stderr.slice(-400)})`);
    const article = (await (await fetch(`${base}/v1/articles/compose-1`)).json()) as { article: { text: string }; quotes: Array<{ speaker?: { name?: string } }> };
    expect(article.article.text).toBe(text);
    expect(article.quotes.map((q) => q.speaker?.name)).toContain('Ana Ruiz');

    // SIGTERM, as `docker compose stop` sends it: both finish and exit cleanly.
    worker.child.kill('SIGTERM');
    server.child.kill('SIGTERM');
    expect((await worker.exited).code).toBe(0);
    expect((await server.exited).code).toBe(0);
  });
});
