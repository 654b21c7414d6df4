import { LedeError, isLedeError, type ArticleInput } from '@lede/core';
import { contentId } from './article-id.js';
import { toIsoDate } from './dates.js';
import type { RawArticle } from './formats/fields.js';
import { normalizeText } from './normalize.js';
import type { IngestResult } from './types.js';

/** Normalise the text, fill the id and date, drop empty fields: the one place articles are made. */
export function buildArticle(raw: RawArticle, record: string, keepOffsets = false): IngestResult {
  const { text, map } = normalizeText(raw.text, raw.markup ? { collapseSpaces: true, collapseBlankLines: true } : {});
  if (!text) throw new LedeError('EMPTY_INPUT', 'the article has no text', { record, field: 'text' });
  let publishedAt: string | undefined;
  if (raw.publishedAt !== undefined && raw.publishedAt !== '') {
    publishedAt = toIsoDate(raw.publishedAt);
    if (!publishedAt && raw.strictDate) {
      throw new LedeError('INVALID_RECORD', `"publishedAt" is not a date with year, month and day: ${JSON.stringify(String(raw.publishedAt).slice(0, 60))}`, { record, field: 'publishedAt' });
    }
  }
  const article: ArticleInput = { id: raw.id || contentId(text), text };
  const optional = { title: raw.title, byline: raw.byline, publishedAt, source: raw.source, url: raw.url, language: raw.language };
  for (const [k, v] of Object.entries(optional)) if (v) (article as Record<string, unknown>)[k] = v;
  return keepOffsets ? { ok: true, record, article, offsets: map } : { ok: true, record, article };
}

/** Any thrown value -> a failed result; non-Lede errors are bugs, but still reported per record. */
export function failure(record: string, e: unknown): IngestResult {
  const error = isLedeError(e)
    ? e.record === undefined ? new LedeError(e.code, e.message, { field: e.field, record, cause: e.cause }) : e
    : new LedeError('INVALID_RECORD', `could not read the record: ${(e as Error)?.message ?? String(e)}`, { record, cause: e });
  return { ok: false, record, error };
}

/** Run one record's parsing, turning its error into a result so a batch goes on. */
export function guarded(record: string, fn: () => IngestResult | IngestResult[]): IngestResult[] {
  try {
    const r = fn();
    return Array.isArray(r) ? r : [r];
  } catch (e) {
    return [failure(record, e)];
  }
}
