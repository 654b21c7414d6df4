// `lede export`: CSV, JSONL and Parquet of a real store, read back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lede, repo } from './run-cli.js';
import { exportTables } from '../src/export/columns.js';

const records = path.join(repo, 'packages/ingest/test/fixtures/faithful/records.jsonl');
const crlf = path.join(repo, 'packages/ingest/test/fixtures/faithful/crlf.txt');

/** RFC 4180 reader for the check (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-export-'));
  const add = await lede(dir, 'add', records, crlf, '--threads', '1');
  expect(add.stdout).toMatch(/^added 4/);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lede export', () => {
  it('writes quotes as CSV with the documented columns, spans indexing the stored text', async () => {
    const r = await lede(dir, 'export', 'quotes', '--format', 'csv');
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(exportTables.quotes.map((c) => c.name));
    expect(rows.length).toBeGreaterThan(0);
    const show = JSON.parse((await lede(dir, 'show', rows[0]![0]!, '--format', 'json')).stdout);
    const [start, end, text] = [Number(rows[0]![7]), Number(rows[0]![8]), rows[0]![9]];
    expect(show.article.text.slice(start, end)).toBe(text);
  }, 60_000);

  it('writes articles as JSONL with metadata and extra, and filters by date', async () => {
    const r = await lede(dir, 'export', 'articles', '--format', 'jsonl', '--from', '2025-01-01');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id).sort()).toEqual(['r1', 'r3']);
    expect(Object.keys(rows[0])).toEqual(exportTables.articles.map((c) => c.name));
    expect(rows.find((x) => x.id === 'r1')).toMatchObject({ source: 'Daily Example', published_at: '2025-03', date_precision: 'month', authors: 'Ann Lee; Bo Park', extra: '{"section":"politics","wordcount":12}' });
  }, 60_000);

  it('writes entity mentions as Parquet that reads back with hyparquet', async () => {
    const file = path.join(dir, 'mentions.parquet');
    const r = await lede(dir, 'export', 'mentions', '--format', 'parquet', '--output', file);
    expect(r.code).toBe(0);
    const buf = fs.readFileSync(file);
    const rows = (await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) })) as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)).toEqual(exportTables.mentions.map((c) => c.name));
    expect(rows.some((m) => m.text === 'Ann Lee' && typeof m.start === 'number')).toBe(true);
    expect((await lede(dir, 'export', 'themes', '--format', 'parquet')).code).toBe(2);
  }, 60_000);

  // What researchers open it with: DuckDB's own Parquet reader (the engine pandas users reach for too).
  it('writes Parquet that DuckDB reads with the documented columns and types', async () => {
    const file = path.join(dir, 'articles.parquet');
    expect((await lede(dir, 'export', 'articles', '--format', 'parquet', '--output', file)).code).toBe(0);
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const schema = (await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjects();
    expect(schema.map((r) => r.column_name)).toEqual(exportTables.articles.map((col) => col.name));
    expect(schema.find((r) => r.column_name === 'quote_count')?.column_type).toBe('INTEGER');
    expect(schema.find((r) => r.column_name === 'tone')?.column_type).toBe('DOUBLE');
    const rows = (await c.runAndReadAll(`SELECT id, published_at, date_precision, authors FROM read_parquet('${file}') ORDER BY id`)).getRowObjects();
    expect(rows.find((r) => r.id === 'r1')).toMatchObject({ published_at: '2025-03', date_precision: 'month', authors: 'Ann Lee; Bo Park' });
    c.closeSync();
  }, 60_000);
});
