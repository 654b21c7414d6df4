/**
 * Tables of the reader: one declaration renders as an HTML table and downloads as CSV (the
 * export's quoting rules), so what a reader sees and what they download are the same rows.
 */
import { csvField, csvHeader, csvLine, exportRows, exportTables, type Cell, type CorpusStore, type ExportFilter, type ExportRow, type ExportTable } from '@lede/store';
import type { Response } from 'express';
import { html, qs, type Html } from './html.js';

export interface TableColumn<R> {
  /** CSV header and the row value read for the CSV cell. */
  key: string;
  label: string;
  value(row: R): Cell;
  /** HTML cell content; default: the value as text. */
  cell?(row: R): Html | string | number;
  numeric?: boolean;
}

export interface Table<R> {
  id: string;
  caption: string;
  columns: Array<TableColumn<R>>;
  rows: readonly R[];
}

/** The table with a caption and a CSV link: `csvHref` is this page's URL asking for this table as CSV. */
export function renderTable<R>(t: Table<R>, csvHref: string): Html {
  if (!t.rows.length) return html`<p class="empty">${t.caption}: none.</p>`;
  return html`<div class="table-wrap"><table id="t-${t.id}">
<caption>${t.caption} <a class="csv" href="${csvHref}" download>CSV</a></caption>
<thead><tr>${t.columns.map((c) => html`<th scope="col"${c.numeric ? html` class="num"` : ''}>${c.label}</th>`)}</tr></thead>
<tbody>${t.rows.map((r) => html`<tr>${t.columns.map((c) => html`<td${c.numeric ? html` class="num"` : ''}>${c.cell ? c.cell(r) : c.value(r) ?? ''}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

/** The page's own query plus `format=csv&table=ID`: the link that downloads one of its tables. */
export function csvLink(query: object, path: string, id: string): string {
  return `${path}${qs({ ...(query as Record<string, string | undefined>), page: undefined, format: 'csv', table: id })}`;
}

export function sendTableCsv<R>(res: Response, t: Table<R>, filename: string): void {
  const head = t.columns.map((c) => csvField(c.key)).join(',') + '\r\n';
  const body = t.rows.map((r) => t.columns.map((c) => csvField(c.value(r))).join(',') + '\r\n').join('');
  csvHeaders(res, filename).send(head + body);
}

/** An export table (articles, quotes, …) for the articles a filter selects, streamed as `lede export` writes it. */
export async function sendExportCsv(res: Response, store: CorpusStore, table: ExportTable, filter: ExportFilter, filename: string): Promise<void> {
  const columns = exportTables[table];
  csvHeaders(res, filename);
  res.write(csvHeader(columns));
  let buf = '';
  for await (const row of exportRows(store, table, filter)) {
    buf += csvLine(columns, row);
    if (buf.length > 65536) {
      if (!res.write(buf)) await new Promise((r) => res.once('drain', r));
      buf = '';
    }
  }
  res.end(buf);
}

/** Rows already in memory (one article's tables) as export CSV. */
export function sendRowsCsv(res: Response, table: ExportTable, rows: Iterable<ExportRow>, filename: string): void {
  const columns = exportTables[table];
  let out = csvHeader(columns);
  for (const r of rows) out += csvLine(columns, r);
  csvHeaders(res, filename).send(out);
}

function csvHeaders(res: Response, filename: string): Response {
  const safe = filename.replace(/[^\w.-]+/g, '-').slice(0, 120) || 'table.csv';
  return res.status(200).set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${safe}"` });
}
