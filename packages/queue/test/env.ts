import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

/** The Redis and PostgreSQL the queue tests run against (.ci/run starts both); they skip without them. */
export const redisUrl = process.env.LEDE_REDIS_URL;
export const pgUrl = process.env.LEDE_PG_URL;
export const skipReason = !redisUrl || !pgUrl ? `queue tests skipped: set ${[!redisUrl && 'LEDE_REDIS_URL', !pgUrl && 'LEDE_PG_URL'].filter(Boolean).join(' and ')} (.ci/run starts redis-server and PostgreSQL)` : '';

/**
 * A queue URL on a prefix of its own (`queue-test-<random>`): test runs share the Redis without colliding.
 * A skipped describe still runs its body, so without LEDE_REDIS_URL this names a URL nobody connects to.
 */
export function queueUrl(base = redisUrl ?? 'redis://127.0.0.1:6379'): { url: string; prefix: string } {
  const prefix = `queue-test-${randomBytes(4).toString('hex')}`;
  const u = new URL(base);
  u.searchParams.set('prefix', prefix);
  return { url: u.toString(), prefix };
}

/** Delete every key under a test prefix (never FLUSHALL: the Redis is shared). */
export async function dropPrefix(base: string, prefix: string): Promise<void> {
  const r = new Redis(base, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, found] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (found.length) await r.del(...found);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

/** A PostgreSQL URL onto a fresh schema `lede_test_queue_<tag>` (dropped first). */
export async function freshSchema(tag: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `lede_test_queue_${tag}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await run(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  const u = new URL(pgUrl!);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { url: u.toString(), drop: () => run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}
