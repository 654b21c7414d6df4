import { createHash } from 'node:crypto';
import type { Article, ArticleInput } from '@lede/core';

/**
 * sha-256 of the metadata the content hash leaves out (date, source, authors, url, extra, ...):
 * re-adding an article with the same text but a corrected date is an update, not "unchanged".
 */
export function metaHash(a: Article | ArticleInput): string {
  const meta = [a.byline, a.authors, a.publishedAt, a.datePrecision, a.source, a.url, a.language, a.textSource, a.extra];
  return createHash('sha256').update(JSON.stringify(meta, (_k, v: unknown) => (v === undefined ? null : v))).digest('hex');
}
