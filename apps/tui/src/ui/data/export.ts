/**
 * `e` in the browser: write what the reader is looking at (the article list with its filter and
 * sort, or search hits; a speaker's quotes) to a CSV or JSONL file, paging through the store so a
 * large corpus is never held in memory. The extension picks the format.
 */
import fs from 'node:fs';
import type { ArticleSummary, CorpusStore, ListQuery, QuoteQuery, QuoteRow, SearchHit } from '@lede/store';

const PAGE = 500;

export type ExportFormat = 'csv' | 'jsonl';
export const formatOf = (path: string): ExportFormat => (/\.jsonl?$/i.test(path) ? 'jsonl' : 'csv');

/** RFC 4180: quote fields holding a comma, quote or line break; double inner quotes. */
export function csvField(v: unknown): string {
  const s = v == null ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Columns<T> = ReadonlyArray<readonly [string, (row: T) => unknown]>;

const articleColumns: Columns<ArticleSummary> = [
  ['id', (a) => a.id], ['title', (a) => a.title], ['source', (a) => a.source], ['published_at', (a) => a.publishedAt],
  ['top_themes', (a) => a.topThemes], ['quote_count', (a) => a.quoteCount], ['tone', (a) => a.tone], ['duplicate_of', (a) => a.duplicateOf],
];
const hitColumns: Columns<SearchHit> = [
  ['article_id', (h) => h.articleId], ['title', (h) => h.title], ['rank', (h) => h.rank], ['snippet', (h) => h.snippet],
];
const quoteColumns: Columns<QuoteRow> = [
  ['article_id', (q) => q.articleId], ['article_title', (q) => q.articleTitle], ['published_at', (q) => q.publishedAt], ['quote_id', (q) => q.quoteId],
  ['speaker', (q) => q.speaker], ['role', (q) => q.role], ['form', (q) => q.form], ['start', (q) => q.start], ['end', (q) => q.end], ['text', (q) => q.text],
  ['statement', (q) => q.statement], ['speaker_kind', (q) => q.speakerKind], ['confidence', (q) => q.confidence],
];

async function writeRows<T>(path: string, columns: Columns<T>, pages: AsyncIterable<T[]>): Promise<number> {
  const format = formatOf(path);
  const out = fs.createWriteStream(path, { flags: 'wx' }); // never overwrite a file the reader has
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  const opened = new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', reject);
  });
  await opened;
  let n = 0;
  try {
    if (format === 'csv') await write(columns.map(([name]) => name).join(',') + '\r\n');
    for await (const page of pages) {
      let chunk = '';
      for (const row of page) {
        chunk += format === 'csv'
          ? columns.map(([, get]) => csvField(get(row))).join(',') + '\r\n'
          : JSON.stringify(Object.fromEntries(columns.map(([name, get]) => [name, get(row) ?? null]))) + '\n';
      }
      n += page.length;
      await write(chunk);
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
  return n;
}

async function* pagesOf<T>(fetch: (offset: number, limit: number) => Promise<{ items: T[]; total: number }>): AsyncIterable<T[]> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch(offset, PAGE);
    if (page.items.length) yield page.items;
    if (page.items.length < PAGE || offset + PAGE >= page.total) return;
  }
}

export function exportArticles(store: CorpusStore, query: ListQuery, path: string): Promise<number> {
  return writeRows(path, articleColumns, pagesOf((offset, limit) => store.list({ ...query, offset, limit })));
}

export async function exportHits(hits: readonly SearchHit[], path: string): Promise<number> {
  return writeRows(path, hitColumns, (async function* () { yield [...hits]; })());
}

export function exportQuotes(store: CorpusStore, query: QuoteQuery, path: string): Promise<number> {
  return writeRows(path, quoteColumns, pagesOf((offset, limit) => store.quotes({ ...query, offset, limit })));
}

/** A fresh file name in the working directory: lede-<what>-<UTC timestamp>.csv */
export function defaultExportPath(what: string, now = new Date()): string {
  return `lede-${what}-${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.csv`;
}
