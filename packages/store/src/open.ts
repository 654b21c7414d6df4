import path from 'node:path';
import { storeError } from './errors.js';
import { openSqliteStore } from './sqlite/store.js';
import type { LedeStore, OpenStoreOptions } from './types.js';

/** The default store: `.lede/lede.db` under the working directory. */
export const DEFAULT_DB = path.join('.lede', 'lede.db');

/**
 * Open a corpus store: no `db` -> `.lede/lede.db` (created), a path -> that SQLite file,
 * ':memory:' -> in-memory SQLite, `postgres://…` -> PostgreSQL (schema created on first use).
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<LedeStore> {
  const db = opts.db ?? DEFAULT_DB;
  if (typeof db !== 'string' || !db.trim()) throw storeError('db must be a file path, ":memory:" or a postgres:// URL', 'db');
  if (/^postgres(ql)?:\/\//i.test(db)) {
    const { openPostgresStore } = await import('./postgres/store.js');
    return openPostgresStore(db);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(db)) throw storeError(`unsupported database URL scheme in "${redactUrl(db)}"; use a file path or postgres://`, 'db');
  return openSqliteStore(db, opts.searchCache, opts.readOnly ?? false, { lockTimeout: opts.lockTimeout, onLockWait: opts.onLockWait });
}

/** A URL safe to print: the password replaced. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
