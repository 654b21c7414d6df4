/**
 * What the store commands share: the --db/--json options, opening the store, printing rows,
 * and turning a typed error into `lede: CODE (field): message` with exit code 1.
 */
import { existsSync } from 'node:fs';
import { isLedeError, LedeError } from '@lede/core/base';
import type { LedeStore } from '@lede/store';
import { Option, type Command } from 'commander';
import { csvField } from '../export/csv.js';

export interface StoreCliOptions { db?: string; json?: boolean; format?: string; /** Only `add` creates a store; other commands need one. */ create?: boolean; /** The command changes the store (`add`, `rm`); the rest open it read-only. */ write?: boolean }

export const tableFormats = ['table', 'json', 'jsonl', 'csv'] as const;
export type TableFormat = (typeof tableFormats)[number];

export function storeOptions(cmd: Command): Command {
  return cmd
    .option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)')
    .addOption(new Option('--format <format>', 'output: table, json, jsonl or csv').choices([...tableFormats]).default('table'))
    .option('--json', 'same as --format json');
}

/** The output format a store command's options ask for. */
export function formatOf(opts: { json?: boolean; format?: string } | boolean | undefined): TableFormat {
  if (typeof opts === 'boolean' || opts === undefined) return opts ? 'json' : 'table';
  return opts.json ? 'json' : ((opts.format as TableFormat | undefined) ?? 'table');
}

/** Open the store, run `fn`, close; resolves to the exit code (errors are printed, not thrown). */
export async function withStore(opts: StoreCliOptions, fn: (store: LedeStore) => Promise<void>): Promise<number> {
  let store: LedeStore | undefined;
  try {
    const { openStore, DEFAULT_DB } = await import('@lede/store/read');
    const file = opts.db ?? DEFAULT_DB;
    if (!opts.create && isSqliteFile(file) && !existsSync(file)) {
      throw new LedeError('NOT_FOUND', `no store at ${file}; \`lede add\` creates one`, { field: 'db' });
    }
    store = await openForCommand(openStore, opts, file);
    await fn(store);
    return 0;
  } catch (e) {
    // The store names the option it rejected (from, sort, order, limit, …): a usage error, exit 2, naming the flag.
    if (isLedeError(e) && e.code === 'STORE_ERROR' && e.field !== undefined && !['db', 'threads'].includes(e.field)) {
      process.stderr.write(`lede: INVALID_OPTION (--${e.field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}): ${e.message}\n`);
      return 2;
    }
    printError(e);
    return 1;
  } finally {
    await store?.close().catch(() => {});
  }
}

export function printError(e: unknown): void {
  const msg = isLedeError(e)
    ? `${e.code}${e.field ? ` (${e.field})` : ''}: ${e.message}`
    : e instanceof Error ? e.message : String(e);
  process.stderr.write(`lede: ${msg}\n`);
}

/** Print rows as JSON, JSON lines, CSV (the table's columns, values unclipped) or an aligned table. */
export function printRows<T extends object>(rows: T[], columns: Array<[header: string, get: (r: T) => unknown]>, fmt?: { json?: boolean; format?: string } | boolean): void {
  const format = formatOf(fmt);
  if (format === 'json') {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return;
  }
  if (format === 'jsonl') {
    process.stdout.write(rows.map((r) => JSON.stringify(r) + '\n').join(''));
    return;
  }
  if (format === 'csv') {
    const cols = columns.filter(([h]) => h);
    const value = (v: unknown) => csvField(v === undefined || v === null ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v));
    process.stdout.write([cols.map(([h]) => h).join(','), ...rows.map((r) => cols.map(([, get]) => value(get(r))).join(','))].map((l) => l + '\r\n').join(''));
    return;
  }
  if (!rows.length) {
    process.stdout.write('(no results)\n');
    return;
  }
  const cells = rows.map((r) => columns.map(([, get]) => cell(get(r))));
  const widths = columns.map(([h], i) => Math.min(60, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const line = (vals: string[]) => vals.map((v, i) => (i === vals.length - 1 ? v : clip(v, widths[i]!).padEnd(widths[i]!))).join('  ').trimEnd();
  process.stdout.write([bold(line(columns.map(([h]) => h))), ...cells.map(line)].join('\n') + '\n');
}

/** Headers in bold on a terminal; never when piped or when NO_COLOR is set (https://no-color.org). */
function bold(s: string): string {
  const colour = process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return colour ? `\u001b[1m${s}\u001b[22m` : s;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  return String(v).replace(/\s+/g, ' ');
}

const clip = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s);

/** Parse a positive integer option with a typed error naming it. */
export function intArg(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
      process.stderr.write(`lede: INVALID_OPTION (${name}): expected a whole number, got "${value}"\n`);
      process.exit(2);
    }
    return n;
  };
}

/**
 * A writer waiting for another process's write lock says whose it is, once (issue #15 item 7);
 * LEDE_LOCK_TIMEOUT_MS bounds the wait (the store's default: 60 s).
 */
function lockWait(): { lockTimeout?: number; onLockWait: (holder: string) => void } {
  const ms = process.env.LEDE_LOCK_TIMEOUT_MS;
  return {
    ...(ms !== undefined && /^\d+$/.test(ms) && { lockTimeout: Number(ms) }),
    onLockWait: (holder) => process.stderr.write(`lede: waiting for the store lock held by ${holder}\n`),
  };
}

/** A SQLite file path, not `:memory:` or a server URL (postgres://…). */
const isSqliteFile = (file: string) => file !== ':memory:' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(file);

/**
 * Read commands open a SQLite store read-only (a read never migrates, switches journal mode or
 * creates anything, so read-only files and snapshots can be read). A store from an older lede
 * needs its migrations once: then, and for writers and PostgreSQL, the normal open.
 */
async function openForCommand(openStore: typeof import('@lede/store/read').openStore, opts: StoreCliOptions, file: string): Promise<LedeStore> {
  const target = opts.db === undefined ? {} : { db: opts.db };
  if (opts.write || opts.create || !isSqliteFile(file)) return openStore({ ...target, ...lockWait() });
  try {
    return await openStore({ ...target, readOnly: true });
  } catch (e) {
    if (isLedeError(e) && /needs migrating/.test(e.message)) return openStore(target);
    throw e;
  }
}
