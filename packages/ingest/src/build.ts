import { LedeError, isLedeError, type ArticleInput } from '@lede/core';
import { contentId } from './article-id.js';
import { authorList } from './authors.js';
import { readDate } from './dates.js';
import type { RawArticle } from './formats/fields.js';
import { normalizeText } from './normalize.js';
import type { IngestResult } from './types.js';

/**
 * Fill the id and date, drop empty fields: the one place articles are made. Text the user gave
 * (plain text, a record's "text") is kept exactly, so offsets index the user's own string; text
 * derived from markup is normalised and marked "extracted".
 */
export function buildArticle(raw: RawArticle, record: string, keepOffsets = false): IngestResult {
  const given = !raw.markup;
  const { text, map } = given ? identity(raw.text) : normalizeText(raw.text, { collapseSpaces: true, collapseBlankLines: true });
  if (!text.trim()) throw new LedeError('EMPTY_INPUT', 'the article has no text', { record, field: 'text' });
  let date;
  if (raw.publishedAt !== undefined && raw.publishedAt !== '') {
    date = readDate(raw.publishedAt);
    if (!date && raw.strictDate) {
      const field = raw.dateField ?? 'publishedAt';
      throw new LedeError('INVALID_RECORD', `"${field}" is not a date (expected a year, year-month or full date): ${JSON.stringify(String(raw.publishedAt).slice(0, 60))}`, { record, field });
    }
  }
  // The id hashes whitespace-normalised text: re-adding a file whose spacing changed keeps its id.
  const article: ArticleInput = { id: raw.id || contentId(given ? normalizeText(text).text : text), text, textSource: given ? 'given' : 'extracted' };
  const authors = raw.authors ?? (raw.byline ? authorList(raw.byline) : undefined);
  const optional = {
    title: raw.title,
    byline: raw.byline,
    authors: authors?.length ? authors : undefined,
    publishedAt: date?.publishedAt,
    datePrecision: date?.datePrecision,
    source: raw.source,
    url: raw.url,
    language: raw.language,
    extra: raw.extra,
  };
  for (const [k, v] of Object.entries(optional)) if (v) (article as Record<string, unknown>)[k] = v;
  return keepOffsets ? { ok: true, record, article, offsets: map } : { ok: true, record, article };
}

function identity(text: string): { text: string; map: Uint32Array } {
  const map = new Uint32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
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
