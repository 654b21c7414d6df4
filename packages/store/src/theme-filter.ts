import { normaliseName } from './prepare.js';
import { storeError } from './errors.js';

/** The theme conditions a list, search, quote or facet query may carry (ANDed). */
export interface ThemeQuery {
  /** Articles tagged with this theme (label, IPTC or lede id): the primary topic, or a theme at/above the threshold. */
  theme?: string;
  /** Articles whose primary top-level topic is this one. */
  primary?: string;
  /** With `theme`: only articles whose score for it is at least this (0..1). */
  minScore?: number;
}

/** One condition on an article_themes row: which rows match and with what parameters. */
export interface ThemeCondition { themeId: string; labelKey: string; primary: boolean; minScore?: number }

/**
 * Validate the theme part of a query and turn it into row conditions, one per subquery; shared by
 * the SQLite and PostgreSQL stores so both read `primary` and `minScore` the same way.
 */
export function themeConditions(query: ThemeQuery): ThemeCondition[] {
  const out: ThemeCondition[] = [];
  const name = (v: unknown, field: string): string => {
    if (typeof v !== 'string' || !v.trim()) throw storeError(`${field} must be a non-empty theme label or id`, field);
    return v;
  };
  let minScore: number | undefined;
  if (query.minScore !== undefined) {
    const s = query.minScore;
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 1) throw storeError('minScore must be a number between 0 and 1', 'minScore');
    if (!query.theme) throw storeError('minScore needs a theme to apply to', 'minScore');
    minScore = s;
  }
  if (query.theme !== undefined && query.theme !== '') {
    const t = name(query.theme, 'theme');
    out.push({ themeId: t, labelKey: normaliseName(t), primary: false, ...(minScore !== undefined && { minScore }) });
  }
  if (query.primary !== undefined && query.primary !== '') {
    const t = name(query.primary, 'primary');
    out.push({ themeId: t, labelKey: normaliseName(t), primary: true });
  }
  return out;
}

/** Whether a query's theme part can be answered from the per-theme rollups (a plain `theme`). */
export const plainThemeOnly = (query: ThemeQuery): boolean => query.primary === undefined && query.minScore === undefined;

/** SQLite: `article IN (...)` subqueries for the conditions, on the given article column. */
export function sqliteThemeWhere(column: string, conds: readonly ThemeCondition[]): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const c of conds) {
    // A primary is a top level, so it is found by its own id or label; a theme filter also takes a
    // top-level id for "anything under it".
    const match = c.primary ? '(t.theme_id = ? OR t.label_key = ?) AND t.is_primary = 1' : '(t.theme_id = ? OR t.top_level = ? OR t.label_key = ?)';
    const score = c.minScore !== undefined ? ' AND t.score >= ?' : '';
    where.push(`${column} IN (SELECT t.article FROM article_themes t WHERE ${match}${score})`);
    params.push(...(c.primary ? [c.themeId, c.labelKey] : [c.themeId, c.themeId, c.labelKey]));
    if (c.minScore !== undefined) params.push(c.minScore);
  }
  return { where, params };
}
