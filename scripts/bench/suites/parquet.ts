// Which Parquet writer the export uses (#14: "pick by a benchmark"). The real `lede export quotes`
// rows of a BBC store (LEDE_BENCH_CLI_DB, or one built with `lede add`) are written in-process with
// hyparquet-writer (what the export uses), parquet-wasm (Rust via WebAssembly, from an Arrow table)
// and @dsnp/parquetjs, all Snappy-compressed; per writer: median write time, file size, and a
// read-back with hyparquet (row count and one row's text and start must match). A comparison, no
// issue bar; the result and the choice are in ARCHITECTURE.md (export).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportTables } from '@lede/store';
import { repoRoot } from '../../lib/shared.js';
import type { BenchRow, BenchSuite } from '../suite.js';
import { benchStore } from '../store-fixture.js';

type Row = Record<string, string | number | boolean | null>;
const cli = path.join(repoRoot, 'apps/tui/dist/cli.js');
const columns = exportTables.quotes;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function hyparquetWriter(file: string, rows: Row[]): Promise<void> {
  const { parquetWriteRows, fileWriter } = await import('hyparquet-writer');
  async function* gen(): AsyncIterable<Row> {
    yield* rows;
  }
  await parquetWriteRows({
    writer: fileWriter(file),
    rows: gen(),
    columns: columns.map((c) => ({ name: c.name, type: c.type, nullable: true })),
    rowGroupSize: 50_000,
  });
}

async function parquetWasm(file: string, rows: Row[]): Promise<void> {
  const arrow = await import('apache-arrow');
  const wasm = await import('parquet-wasm/node');
  const type = (t: string) => (t === 'STRING' ? new arrow.Utf8() : t === 'INT32' ? new arrow.Int32() : t === 'DOUBLE' ? new arrow.Float64() : new arrow.Bool());
  const vectors = Object.fromEntries(columns.map((c) => [c.name, arrow.vectorFromArray(rows.map((r) => r[c.name] ?? null), type(c.type) as never)]));
  const table = new arrow.Table(vectors);
  const props = new wasm.WriterPropertiesBuilder().setCompression(wasm.Compression.SNAPPY).build();
  const bytes = wasm.writeParquet(wasm.Table.fromIPCStream(arrow.tableToIPC(table, 'stream')), props);
  fs.writeFileSync(file, bytes);
}

async function dsnpParquetjs(file: string, rows: Row[]): Promise<void> {
  const parquet = (await import('@dsnp/parquetjs')).default;
  const type = (t: string) => (t === 'STRING' ? 'UTF8' : t);
  const schema = new parquet.ParquetSchema(Object.fromEntries(columns.map((c) => [c.name, { type: type(c.type), optional: true, compression: 'SNAPPY' }])) as never);
  const writer = await parquet.ParquetWriter.openFile(schema, file, { rowGroupSize: 50_000 } as never);
  for (const r of rows) {
    // parquetjs takes a missing optional field as undefined, not null.
    const o: Record<string, unknown> = {};
    for (const c of columns) if (r[c.name] !== null && r[c.name] !== undefined) o[c.name] = r[c.name];
    await writer.appendRow(o);
  }
  await writer.close();
}

const writers = { 'hyparquet-writer': hyparquetWriter, 'parquet-wasm': parquetWasm, '@dsnp/parquetjs': dsnpParquetjs };

export const suite: BenchSuite = {
  name: 'parquet',
  async run({ shared, quick }) {
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@lede/tui...', '--output-logs=errors-only'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-bench-parquet-'));
    try {
      const { db } = benchStore(cli, shared, dir, quick);
      const jsonl = execFileSync(process.execPath, [cli, 'export', 'quotes', '--format', 'jsonl', '--db', db], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const rows = jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
      const { parquetReadObjects } = await import('hyparquet');
      const out: BenchRow[] = [{ metric: 'quote rows written', value: rows.length, unit: 'rows' }];
      for (const [name, write] of Object.entries(writers)) {
        const file = path.join(dir, `${name.replace(/\W/g, '_')}.parquet`);
        const ms: number[] = [];
        for (let k = 0; k < (quick ? 2 : 3); k++) {
          fs.rmSync(file, { force: true });
          const t0 = performance.now();
          await write(file, rows);
          ms.push(performance.now() - t0);
        }
        const buf = fs.readFileSync(file);
        const back = (await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) })) as Row[];
        const mid = Math.floor(rows.length / 2);
        const ok = back.length === rows.length && back[mid]?.text === rows[mid]?.text && back[mid]?.start === rows[mid]?.start;
        if (!ok) throw new Error(`${name}: read back ${back.length} rows, differs from the ${rows.length} written`);
        out.push({ metric: `${name} write (median)`, value: median(ms), unit: 'ms' }, { metric: `${name} size`, value: buf.length / 1e6, unit: 'MB' });
      }
      return out;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
