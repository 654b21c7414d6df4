/**
 * `e` in the browser: write what the reader is looking at (the article list with its filter and
 * sort, or search hits; a speaker's quotes) to a CSV or JSONL file. The rows and columns are
 * `lede export`'s (export/rows.ts, export/columns.ts) and so is the encoding; only search hits,
 * which `lede export` has no table for, get columns of their own. The extension picks the format.
 */
import fs from 'node:fs';
import type { CorpusStore, ListQuery, SearchHit } from '@lede/store';
import { exportTables, type Column, type Row } from '../../export/columns.js';
import { encodeHeader, encodeLine, type TextFormat } from '../../export/encode.js';
import { exportRows, type ExportFilter } from '../../export/rows.js';

export type ExportFormat = TextFormat;
export const formatOf = (path: string): ExportFormat => (/\.jsonl?$/i.test(path) ? 'jsonl' : 'csv');

const hitColumns: Column[] = [
  { name: 'article_id', type: 'STRING' }, { name: 'title', type: 'STRING' }, { name: 'rank', type: 'DOUBLE' }, { name: 'snippet', type: 'STRING' },
];

async function writeRows(path: string, columns: readonly Column[], rows: AsyncIterable<Row>): Promise<number> {
  const format = formatOf(path);
  const out = fs.createWriteStream(path, { flags: 'wx' }); // never overwrite a file the reader has
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', reject);
  });
  let n = 0;
  try {
    let buf = encodeHeader(format, columns);
    for await (const row of rows) {
      buf += encodeLine(format, columns, row);
      n++;
      if (buf.length > 65_536) {
        await write(buf);
        buf = '';
      }
    }
    if (buf) await write(buf);
  } finally {
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
  return n;
}

const filterOf = ({ theme, primary, minScore, entity, speaker, source, from, to }: ListQuery): ExportFilter => ({
  ...(theme !== undefined && { theme }), ...(primary !== undefined && { primary }), ...(minScore !== undefined && { minScore }),
  ...(entity !== undefined && { entity }), ...(speaker !== undefined && { speaker }), ...(source !== undefined && { source }), ...(from !== undefined && { from }), ...(to !== undefined && { to }),
});

/** The article list as filtered and sorted on screen: `lede export articles` rows. */
export function exportArticles(store: CorpusStore, query: ListQuery, path: string): Promise<number> {
  return writeRows(path, exportTables.articles, exportRows(store, 'articles', filterOf(query), { ...(query.sort && { sort: query.sort }), ...(query.order && { order: query.order }) }));
}

export async function exportHits(hits: readonly SearchHit[], path: string): Promise<number> {
  return writeRows(path, hitColumns, (async function* () {
    for (const h of hits) yield { article_id: h.articleId, title: h.title ?? null, rank: h.rank, snippet: h.snippet };
  })());
}

/** A speaker's quotes: `lede export quotes --speaker` rows. */
export function exportQuotes(store: CorpusStore, query: { speaker: string }, path: string): Promise<number> {
  return writeRows(path, exportTables.quotes, exportRows(store, 'quotes', { speaker: query.speaker }));
}

/** A fresh file name in the working directory: lede-<what>-<UTC timestamp>.csv */
export function defaultExportPath(what: string, now = new Date()): string {
  return `lede-${what}-${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.csv`;
}
