import type { Column, Row } from './columns.js';

/**
 * Rows -> a Parquet file (hyparquet-writer: pure JS, maintained, writes row groups as the rows
 * stream in). Loaded only when asked for, so other exports never pay for it.
 */
export async function writeParquet(path: string, columns: readonly Column[], rows: AsyncIterable<Row>): Promise<number> {
  const { parquetWriteRows, fileWriter } = await import('hyparquet-writer');
  let count = 0;
  async function* counted(): AsyncIterable<Row> {
    for await (const r of rows) {
      count++;
      yield r;
    }
  }
  await parquetWriteRows({
    writer: fileWriter(path),
    rows: counted(),
    columns: columns.map((c) => ({ name: c.name, type: c.type, nullable: true })),
    rowGroupSize: 50_000,
  });
  return count;
}
