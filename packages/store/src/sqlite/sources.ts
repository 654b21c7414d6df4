import type Database from 'better-sqlite3';
import { compact, rateDays, type FetchState, type SourceRow, type SourceStore } from '../sources.js';

type Row = Record<string, unknown>;
const CHUNK = 500;

/** SourceStore over the SQLite connection; `run` is the store's guard (closed check, typed errors). */
export function createSqliteSources(db: Database.Database, run: <T>(what: string, fn: () => T) => Promise<T>): SourceStore {
  return {
    add(list) {
      return run('sources add', () =>
        db.transaction(() => {
          const added: string[] = [];
          const existing: string[] = [];
          const now = new Date().toISOString();
          const insert = db.prepare('INSERT INTO sources (url, name, collection, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING');
          const update = db.prepare('UPDATE sources SET name = coalesce(?, name), collection = coalesce(?, collection) WHERE url = ?');
          for (const s of list) {
            if (insert.run(s.url, s.name ?? null, s.collection ?? null, now).changes) added.push(s.url);
            else {
              update.run(s.name ?? null, s.collection ?? null, s.url);
              existing.push(s.url);
            }
          }
          return { added, existing };
        }).immediate(),
      );
    },
    remove(urls) {
      return run('sources rm', () => {
        const del = db.prepare('DELETE FROM sources WHERE url = ?');
        return db.transaction(() => urls.filter((u) => del.run(u).changes > 0))();
      });
    },
    list(query = {}) {
      return run('sources list', () => {
        const since = new Date(Date.now() - 7 * 86_400_000).toISOString();
        const rows = db
          .prepare(
            `SELECT s.*, (SELECT count(*) FROM fetches f WHERE f.source = s.url AND f.article_id IS NOT NULL AND f.fetched_at >= ?) AS recent
             FROM sources s ${query.collection !== undefined ? 'WHERE s.collection = ?' : ''} ORDER BY s.collection, s.url`,
          )
          .all(...(query.collection !== undefined ? [since, query.collection] : [since])) as Row[];
        return rows.map(toSource);
      });
    },
    recordPoll(p) {
      return run('sources poll', () => {
        if (p.ok) {
          db.prepare(
            `UPDATE sources SET last_poll = ?, status = 'ok', last_error = NULL, error_count = 0, failing_since = NULL,
               items_seen = items_seen + ?, etag = CASE WHEN ? THEN etag ELSE ? END, last_modified = CASE WHEN ? THEN last_modified ELSE ? END
             WHERE url = ?`,
          ).run(p.at, p.newItems, p.notModified ? 1 : 0, p.etag ?? null, p.notModified ? 1 : 0, p.lastModified ?? null, p.url);
        } else {
          db.prepare(
            `UPDATE sources SET last_poll = ?, status = 'failing', last_error = ?, error_count = error_count + 1,
               failing_since = coalesce(failing_since, ?) WHERE url = ?`,
          ).run(p.at, p.error, p.at, p.url);
        }
      });
    },
    fetchStates(urls) {
      return run('fetch states', () => {
        const out = new Map<string, FetchState>();
        for (let i = 0; i < urls.length; i += CHUNK) {
          const part = urls.slice(i, i + CHUNK);
          const rows = db.prepare(`SELECT * FROM fetches WHERE url IN (${part.map(() => '?').join(',')})`).all(...part) as Row[];
          for (const r of rows) out.set(r.url as string, toFetch(r));
        }
        return out;
      });
    },
    recordFetch(f) {
      return run('record fetch', () => {
        db.prepare(
          `INSERT INTO fetches (url, source, article_id, fetched_at, http_status, error, attempts) VALUES (?, ?, ?, ?, ?, ?, 1)
           ON CONFLICT (url) DO UPDATE SET source = coalesce(excluded.source, source), article_id = coalesce(excluded.article_id, article_id),
             fetched_at = excluded.fetched_at, http_status = excluded.http_status, error = excluded.error, attempts = attempts + 1`,
        ).run(f.url, f.source ?? null, f.articleId ?? null, f.fetchedAt, f.httpStatus ?? null, f.error ?? null);
      });
    },
  };
}

function toSource(r: Row): SourceRow {
  const addedAt = r.added_at as string;
  return compact({
    url: r.url as string,
    name: r.name as string | undefined,
    collection: r.collection as string | undefined,
    etag: r.etag as string | undefined,
    lastModified: r.last_modified as string | undefined,
    lastPoll: r.last_poll as string | undefined,
    status: r.status as SourceRow['status'],
    lastError: r.last_error as string | undefined,
    errorCount: r.error_count as number,
    failingSince: r.failing_since as string | undefined,
    itemsSeen: r.items_seen as number,
    addedAt,
    itemsPerDay: (r.recent as number) / rateDays(addedAt),
  });
}

function toFetch(r: Row): FetchState {
  return compact({
    url: r.url as string,
    articleId: r.article_id as string | undefined,
    httpStatus: r.http_status as number | undefined,
    error: r.error as string | undefined,
    attempts: r.attempts as number,
    fetchedAt: r.fetched_at as string,
  });
}
