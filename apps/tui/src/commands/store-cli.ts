/**
 * What the store commands share: the --db/--json options, opening the store, printing rows,
 * and turning a typed error into `lede: CODE (field): message` with exit code 1.
 */
import { existsSync } from 'node:fs';
import { isLedeError, LedeError } from '@lede/core/model';
import type { LedeStore } from '@lede/store';
import type { Command } from 'commander';

export interface StoreCliOptions { db?: string; json?: boolean; /** Only `add` creates a store; other commands need one. */ create?: boolean }

export function storeOptions(cmd: Command): Command {
  return cmd
    .option('--db <db>', 'SQLite file, :memory: or postgres:// URL (default .lede/lede.db)')
    .option('--json', 'print JSON instead of a table');
}

/** Open the store, run `fn`, close; resolves to the exit code (errors are printed, not thrown). */
export async function withStore(opts: StoreCliOptions, fn: (store: LedeStore) => Promise<void>): Promise<number> {
  let store: LedeStore | undefined;
  try {
    const { openStore, DEFAULT_DB } = await import('@lede/store');
    const file = opts.db ?? DEFAULT_DB;
    if (!opts.create && file !== ':memory:' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(file) && !existsSync(file)) {
      throw new LedeError('NOT_FOUND', `no store at ${file}; \`lede add\` creates one`, { field: 'db' });
    }
    store = await openStore(opts.db === undefined ? {} : { db: opts.db });
    await fn(store);
    return 0;
  } catch (e) {
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

/** Print rows as JSON or as an aligned table of the given columns. */
export function printRows<T extends object>(rows: T[], columns: Array<[header: string, get: (r: T) => unknown]>, json = false): void {
  if (json) {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return;
  }
  if (!rows.length) {
    process.stdout.write('(no results)\n');
    return;
  }
  const cells = rows.map((r) => columns.map(([, get]) => cell(get(r))));
  const widths = columns.map(([h], i) => Math.min(60, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const line = (vals: string[]) => vals.map((v, i) => (i === vals.length - 1 ? v : clip(v, widths[i]!).padEnd(widths[i]!))).join('  ').trimEnd();
  process.stdout.write([line(columns.map(([h]) => h)), ...cells.map(line)].join('\n') + '\n');
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
