import { sql, type Kysely } from 'kysely';
import { compact, rateDays, type FetchState, type SourceRow, type SourceStore } from '../sources.js';

type Row = Record<string, any>;
const iso = (v: unknown): string | undefined => (v instanceof Date ? v.toISOString() : (v as string | undefined) ?? undefined);

/** SourceStore over PostgreSQL (see sqlite/sources.ts for the semantics). */
export function createPostgresSources(db: Kysely<any>, run: <T>(what: string, fn: () => Promise<T>) => Promise<T>): SourceStore {
  return {
    add(list) {
      return run('sources add', () =>
        db.transaction().execute(async (tx) => {
          const added: string[] = [];
          const existing: string[] = [];
          for (const s of list) {
            const r = await sql<Row>`INSERT INTO sources (url, name, collection) VALUES (${s.url}, ${s.name ?? null}, ${s.collection ?? null})
              ON CONFLICT (url) DO UPDATE SET name = coalesce(excluded.name, sources.name), collection = coalesce(excluded.collection, sources.collection)
              RETURNING (xmax = 0) AS inserted`.execute(tx);
            (r.rows[0]?.inserted ? added : existing).push(s.url);
          }
          return { added, existing };
        }),
      );
    },
    remove(urls) {
      return run('sources rm', async () => {
        if (!urls.length) return [];
        const r = await sql<Row>`DELETE FROM sources WHERE url = ANY(${[...urls]}) RETURNING url`.execute(db);
        const gone = new Set(r.rows.map((x) => x.url as string));
        return urls.filter((u) => gone.has(u));
      });
    },
    list(query = {}) {
      return run('sources list', async () => {
        const where = query.collection !== undefined ? sql`WHERE s.collection = ${query.collection}` : sql``;
        const r = await sql<Row>`SELECT s.*, (SELECT count(*) FROM fetches f WHERE f.source = s.url AND f.article_id IS NOT NULL
            AND f.fetched_at >= now() - interval '7 days') AS recent
          FROM sources s ${where} ORDER BY s.collection NULLS FIRST, s.url`.execute(db);
        return r.rows.map(toSource);
      });
    },
    recordPoll(p) {
      return run('sources poll', async () => {
        if (p.ok) {
          const keep = !!p.notModified;
          await sql`UPDATE sources SET last_poll = ${p.at}, status = 'ok', last_error = NULL, error_count = 0, failing_since = NULL,
              items_seen = items_seen + ${p.newItems},
              etag = CASE WHEN ${keep} THEN etag ELSE ${p.etag ?? null} END,
              last_modified = CASE WHEN ${keep} THEN last_modified ELSE ${p.lastModified ?? null} END
            WHERE url = ${p.url}`.execute(db);
        } else {
          await sql`UPDATE sources SET last_poll = ${p.at}, status = 'failing', last_error = ${p.error}, error_count = error_count + 1,
              failing_since = coalesce(failing_since, ${p.at}::timestamptz) WHERE url = ${p.url}`.execute(db);
        }
      });
    },
    fetchStates(urls) {
      return run('fetch states', async () => {
        const out = new Map<string, FetchState>();
        if (!urls.length) return out;
        const r = await sql<Row>`SELECT * FROM fetches WHERE url = ANY(${[...urls]})`.execute(db);
        for (const row of r.rows) out.set(row.url, toFetch(row));
        return out;
      });
    },
    recordFetch(f) {
      return run('record fetch', async () => {
        await sql`INSERT INTO fetches (url, source, article_id, fetched_at, http_status, error, attempts)
            VALUES (${f.url}, ${f.source ?? null}, ${f.articleId ?? null}, ${f.fetchedAt}, ${f.httpStatus ?? null}, ${f.error ?? null}, 1)
          ON CONFLICT (url) DO UPDATE SET source = coalesce(excluded.source, fetches.source), article_id = coalesce(excluded.article_id, fetches.article_id),
            fetched_at = excluded.fetched_at, http_status = excluded.http_status, error = excluded.error, attempts = fetches.attempts + 1`.execute(db);
      });
    },
  };
}

function toSource(r: Row): SourceRow {
  const addedAt = iso(r.added_at)!;
  return compact({
    url: r.url,
    name: r.name,
    collection: r.collection,
    etag: r.etag,
    lastModified: r.last_modified,
    lastPoll: iso(r.last_poll),
    status: r.status,
    lastError: r.last_error,
    errorCount: r.error_count,
    failingSince: iso(r.failing_since),
    itemsSeen: r.items_seen,
    addedAt,
    itemsPerDay: Number(r.recent) / rateDays(addedAt),
  });
}

function toFetch(r: Row): FetchState {
  return compact({ url: r.url, articleId: r.article_id, httpStatus: r.http_status, error: r.error, attempts: r.attempts, fetchedAt: iso(r.fetched_at)! });
}
