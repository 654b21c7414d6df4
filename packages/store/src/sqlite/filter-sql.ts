/**
 * SQL fragments for the SQLite store's filters: which articles, quotes and facet rows a query's
 * theme, entity, speaker, outlet, date and search-text conditions select (ANDed).
 */
import { dayOption, searchKind, type SearchKind } from '../errors.js';
import { normaliseName } from '../prepare.js';
import { sqliteThemeWhere, themeConditions, type ThemeQuery } from '../theme-filter.js';
import type { ArticleFilter, FacetQuery } from '../types.js';
import { toFtsQuery } from './fts-query.js';

/** SQL conditions on articles `a` for the filters a list and a search share. */
export function articleFilter(query: ArticleFilter): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  addThemes(where, params, 'a.rowid', query);
  if (query.entity) {
    where.push(`a.rowid IN (SELECT ae.article FROM article_entities ae WHERE ae.entity IN (${entityIdsSql}))`);
    params.push(...entityParams(query.entity));
  }
  if (query.speaker) {
    where.push(`a.rowid IN (SELECT q.article FROM quotes q WHERE ${speakerMatch('q')})`);
    params.push(...speakerParams(query.speaker));
  }
  if (query.source) {
    where.push(`${outletMatch('a')}`);
    params.push(outletParam(query.source));
  }
  addDates(where, params, 'a.published_day', query);
  return { where, params };
}


/** Append the theme conditions of a query (theme, primary, minScore) on an article column. */
export function addThemes(where: string[], params: unknown[], column: string, query: ThemeQuery): void {
  const th = sqliteThemeWhere(column, themeConditions(query));
  where.push(...th.where);
  params.push(...th.params);
}

// A theme filter matches the theme id, the IPTC top-level id or the label (case-insensitive).
export const themeMatch = (t: string) => `(${t}.theme_id = ? OR ${t}.top_level = ? OR ${t}.label_key = ?)`;
export const themeParams = (theme: string) => [theme, theme, normaliseName(theme)];

// An entity filter matches its global key (e.g. "wikidata:Q148", "PERSON:xi jinping") or its name.
// A name folded into another entity by corpus linking resolves to that entity.
export const entityIdsSql = 'SELECT coalesce(merged_into, rowid) FROM entities WHERE key = ? OR name_key = ?';
export const entityParams = (entity: string) => [entity, normaliseName(entity)];

// A speaker matches by key, by the name as quoted, or by any name of its corpus entity ("Blair" folded into "Tony Blair").
export const speakerMatch = (q: string) =>
  `(${q}.speaker_key = ? OR ${q}.speaker_norm = ? OR ${q}.speaker_key IN (SELECT t.key FROM entities e JOIN entities t ON t.rowid = coalesce(e.merged_into, e.rowid) WHERE e.name_key = ?))`;
// An outlet is the article's source, matched whole and case-insensitively ("reuters" finds "Reuters");
// both sides go through SQLite's lower(), so they fold alike.
export const outletMatch = (a: string) => `lower(trim(${a}.source)) = lower(?)`;
export const outletParam = (outlet: string) => outlet.trim();
export const speakerParams = (speaker: string) => [speaker, normaliseName(speaker), normaliseName(speaker)];

export function addDates(where: string[], params: unknown[], col: string, q: { from?: string; to?: string }): void {
  const from = dayOption(q.from, 'from');
  const to = dayOption(q.to, 'to');
  if (from) {
    where.push(`${col} >= ?`);
    params.push(from);
  }
  if (to) {
    where.push(`${col} <= ?`);
    params.push(to);
  }
}

/**
 * `column IN (...)`: the articles a search text matches, in their text (title and body) or in a
 * quote, as `kind` says; the same articles a search would return hits in. Null when the text has
 * no searchable word (a search then finds nothing).
 */
export function searchScope(column: string, q: string, kind: SearchKind = 'all'): { where: string; params: unknown[] } | null {
  const match = toFtsQuery(q);
  if (!match) return null;
  const parts: string[] = [];
  if (kind !== 'quotes') parts.push('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?');
  if (kind !== 'articles') parts.push('SELECT sq.article FROM quotes_fts JOIN quotes sq ON sq.rowid = quotes_fts.rowid WHERE quotes_fts MATCH ?');
  return { where: `${column} IN (${parts.join(' UNION ')})`, params: parts.map(() => match) };
}

/** Whether a facet query narrows by more than theme and date (so no rollup table can answer it). */
export const scopedFacet = (query: FacetQuery): boolean => Boolean(query.entity || query.speaker || query.source || query.q !== undefined);

/**
 * The conditions a facet query adds beyond its theme and date (which each facet applies on its
 * own table): entity, speaker, outlet and search text, as `column IN (...)` on an article column.
 * A facet then counts within the same articles the list or search shows.
 */
export function facetScope(column: string, query: FacetQuery): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.entity) {
    where.push(`${column} IN (SELECT fe.article FROM article_entities fe WHERE fe.entity IN (${entityIdsSql}))`);
    params.push(...entityParams(query.entity));
  }
  if (query.speaker) {
    where.push(`${column} IN (SELECT fq.article FROM quotes fq WHERE ${speakerMatch('fq')})`);
    params.push(...speakerParams(query.speaker));
  }
  if (query.source) {
    where.push(`${column} IN (SELECT fo.rowid FROM articles fo WHERE ${outletMatch('fo')})`);
    params.push(outletParam(query.source));
  }
  if (query.q !== undefined) {
    const s = searchScope(column, String(query.q), searchKind(query.kind));
    where.push(s ? s.where : '0');
    if (s) params.push(...s.params);
  }
  return { where, params };
}
