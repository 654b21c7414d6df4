/**
 * SQL fragments for the PostgreSQL store's filters: which articles, quotes and facet rows a query's
 * theme, entity, speaker, outlet, date and search-text conditions select (ANDed).
 */
import { sql, type RawBuilder } from 'kysely';
import { dayOption, searchKind } from '../errors.js';
import { normaliseName } from '../prepare.js';
import { themeConditions, type ThemeQuery } from '../theme-filter.js';
import type { ArticleFilter, FacetQuery } from '../types.js';

export const themeMatch = (alias: string, theme: string) =>
  sql`(${sql.ref(`${alias}.theme_id`)} = ${theme} OR ${sql.ref(`${alias}.top_level`)} = ${theme} OR ${sql.ref(`${alias}.label_key`)} = ${normaliseName(theme)})`;
/** `article IN (...)` conditions for a query's theme, primary and minScore (see theme-filter.ts). */
export function themeWhere(column: RawBuilder<unknown>, query: ThemeQuery): RawBuilder<unknown>[] {
  return themeConditions(query).map((c) => {
    const match = c.primary
      ? sql`(t.theme_id = ${c.themeId} OR t.label_key = ${c.labelKey}) AND t.is_primary`
      : sql`(t.theme_id = ${c.themeId} OR t.top_level = ${c.themeId} OR t.label_key = ${c.labelKey})`;
    const score = c.minScore !== undefined ? sql` AND t.score >= ${c.minScore}` : sql``;
    return sql`${column} IN (SELECT t.article FROM article_themes t WHERE ${match}${score})`;
  });
}
// A name folded into another entity by corpus linking resolves to that entity.
export const entityIds = (entity: string) => sql`(SELECT coalesce(merged_into, pk) FROM entities WHERE key = ${entity} OR name_key = ${normaliseName(entity)})`;
// A speaker matches by key, by the name as quoted, or by any name of its corpus entity ("Blair" folded into "Tony Blair").
export const speakerMatch = (speaker: string) =>
  sql`(q.speaker_key = ${speaker} OR q.speaker_norm = ${normaliseName(speaker)} OR q.speaker_key IN (SELECT t.key FROM entities e JOIN entities t ON t.pk = coalesce(e.merged_into, e.pk) WHERE e.name_key = ${normaliseName(speaker)}))`;
export const and = (parts: RawBuilder<unknown>[]) => (parts.length ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``);
export const andAlso = (parts: RawBuilder<unknown>[]) => (parts.length ? sql`AND ${sql.join(parts, sql` AND `)}` : sql``);

/** Conditions on articles `a` for the filters a list and a search share. */
export function articleFilter(query: ArticleFilter): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  where.push(...themeWhere(sql`a.pk`, query));
  if (query.entity) where.push(sql`EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article = a.pk AND ae.entity IN ${entityIds(query.entity)})`);
  if (query.speaker) where.push(sql`EXISTS (SELECT 1 FROM quotes q WHERE q.article = a.pk AND ${speakerMatch(query.speaker)})`);
  if (query.source) where.push(outletMatch(sql`a.source`, query.source));
  where.push(...dates('a.published_day', query));
  return where;
}

/** An outlet is the article's source, matched whole and case-insensitively ("reuters" finds "Reuters"). */
export const outletMatch = (col: RawBuilder<unknown>, outlet: string) => sql`lower(trim(${col})) = lower(${outlet.trim()})`;

export function dates(col: string, q: { from?: string; to?: string }): RawBuilder<unknown>[] {
  const out: RawBuilder<unknown>[] = [];
  const from = dayOption(q.from, 'from');
  const to = dayOption(q.to, 'to');
  if (from) out.push(sql`${sql.ref(col)} >= ${from}`);
  if (to) out.push(sql`${sql.ref(col)} <= ${to}`);
  return out;
}


/** The search text as a tsquery, or null when it has no searchable word (a search then finds nothing). */
export function tsQuery(q: string): RawBuilder<unknown> | null {
  const text = String(q).slice(0, 1000);
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  return sql`websearch_to_tsquery('english', ${text})`;
}

/**
 * The conditions a facet query adds beyond its theme and date (which each facet applies on its
 * own table): entity, speaker, outlet and search text (in the article or a quote, as `kind`
 * says), as `column IN (...)` on an article column.
 */
export function facetScope(column: RawBuilder<unknown>, query: FacetQuery): RawBuilder<unknown>[] {
  const kind = searchKind(query.kind);
  const out: RawBuilder<unknown>[] = [];
  if (query.entity) out.push(sql`${column} IN (SELECT fe.article FROM article_entities fe WHERE fe.entity IN ${entityIds(query.entity)})`);
  if (query.speaker) out.push(sql`${column} IN (SELECT q.article FROM quotes q WHERE ${speakerMatch(query.speaker)})`);
  if (query.source) out.push(sql`${column} IN (SELECT fo.pk FROM articles fo WHERE ${outletMatch(sql`fo.source`, query.source)})`);
  if (query.q !== undefined) {
    const tsq = tsQuery(query.q);
    if (!tsq) out.push(sql`false`);
    else {
      const parts: RawBuilder<unknown>[] = [];
      if (kind !== 'quotes') parts.push(sql`SELECT fa.pk FROM articles fa WHERE fa.fts @@ ${tsq}`);
      if (kind !== 'articles') parts.push(sql`SELECT fq.article FROM quotes fq WHERE fq.fts @@ ${tsq}`);
      out.push(sql`${column} IN (${sql.join(parts, sql` UNION `)})`);
    }
  }
  return out;
}
