import type { Column, Row } from './columns.js';
import { csvHeader, csvLine } from './csv.js';

/** The text formats of `lede export` (Parquet is binary: export/parquet.ts). */
export type TextFormat = 'csv' | 'jsonl';

/** One JSON object per line, with every column present (missing values null) in column order. */
export const jsonlLine = (columns: readonly Column[], row: Row): string =>
  JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))) + '\n';

export const encodeHeader = (format: TextFormat, columns: readonly Column[]): string => (format === 'csv' ? csvHeader(columns) : '');
export const encodeLine = (format: TextFormat, columns: readonly Column[], row: Row): string =>
  format === 'csv' ? csvLine(columns, row) : jsonlLine(columns, row);
