import { LedeError } from '@lede/core/model';

/** Where a queue lives: the Redis connection, the key prefix and the queue name. */
export interface QueueTarget {
  connection: { host: string; port: number; db: number; username?: string; password?: string; tls?: object; maxRetriesPerRequest: null };
  /** Redis key prefix (`?prefix=`, default `lede`): several corpora or test runs can share one Redis. */
  prefix: string;
  /** BullMQ queue name (`?name=`, default `ingest`). */
  name: string;
  /** The URL without its password, for messages. */
  location: string;
}

const SAFE = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * Parse `redis://[user:pass@]host[:port][/db][?prefix=…&name=…]` (or rediss:// for TLS).
 * maxRetriesPerRequest: null is what BullMQ workers need: a command waits out a Redis outage
 * (ioredis reconnects with backoff) instead of failing the job it belongs to.
 */
export function parseQueueUrl(url: string): QueueTarget {
  const bad = (message: string) => new LedeError('INVALID_OPTION', `--queue: ${message}`, { field: 'queue' });
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw bad(`"${url}" is not a URL; expected redis://HOST:PORT`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw bad(`unsupported scheme "${u.protocol}"; expected redis:// or rediss://`);
  if (!u.hostname) throw bad('the URL names no host');
  const port = u.port ? Number(u.port) : 6379;
  const dbPath = u.pathname.replace(/^\//, '');
  if (dbPath && !/^\d{1,2}$/.test(dbPath)) throw bad(`"/${dbPath}" is not a Redis database number`);
  const prefix = u.searchParams.get('prefix') ?? 'lede';
  const name = u.searchParams.get('name') ?? 'ingest';
  for (const [k, v] of [['prefix', prefix], ['name', name]] as const) if (!SAFE.test(v)) throw bad(`${k} "${v}" may only hold letters, digits, _ . -`);
  const redacted = new URL(u.toString());
  if (redacted.password) redacted.password = '***';
  return {
    connection: {
      host: u.hostname.replace(/^\[|\]$/g, ''),
      port,
      db: dbPath ? Number(dbPath) : 0,
      ...(u.username && { username: decodeURIComponent(u.username) }),
      ...(u.password && { password: decodeURIComponent(u.password) }),
      ...(u.protocol === 'rediss:' && { tls: {} }),
      maxRetriesPerRequest: null,
    },
    prefix,
    name,
    location: redacted.toString(),
  };
}
