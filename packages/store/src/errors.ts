import { LedeError } from '@lede/core/base';

/** The one error type the store throws: STORE_ERROR naming the offending field. */
export function storeError(message: string, field?: string, cause?: unknown): LedeError {
  return new LedeError('STORE_ERROR', message, { ...(field && { field }), ...(cause !== undefined && { cause }) });
}

/** Validate a positive integer option (limit, offset) with a typed error. */
export function intOption(value: number | undefined, field: string, fallback: number, max = 10_000): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) throw storeError(`${field} must be an integer between 0 and ${max}`, field);
  return value;
}

/** Validate a from/to date filter: YYYY-MM-DD (a date-time is cut to its day). */
export function dayOption(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  // Date.parse rolls 2024-02-30 over to March: a real day must survive the round trip.
  if (!m || Number.isNaN(Date.parse(m[1]!)) || new Date(m[1]!).toISOString().slice(0, 10) !== m[1]) throw storeError(`${field} must be an ISO date (YYYY-MM-DD), got "${value.slice(0, 40)}"`, field);
  return m[1];
}

export function periodOption(value: string | undefined): 'day' | 'week' | 'month' {
  if (value === undefined) return 'month';
  if (value === 'day' || value === 'week' || value === 'month') return value;
  throw storeError(`by must be day, week or month, got "${String(value).slice(0, 20)}"`, 'by');
}

const LIST_SORTS = ['date', 'title', 'quotes', 'tone', 'added'] as const;
type ListSort = (typeof LIST_SORTS)[number];

/** Validate the paging and ordering of a list query (shared by the SQLite and PostgreSQL stores). */
export function listPaging(query: { limit?: number; offset?: number; sort?: string; order?: string }): {
  limit: number;
  offset: number;
  sort: ListSort;
  order: 'asc' | 'desc';
} {
  const limit = intOption(query.limit, 'limit', 50);
  const offset = intOption(query.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const sort = query.sort ?? 'added';
  if (!(LIST_SORTS as readonly string[]).includes(sort)) throw storeError(`sort must be one of ${LIST_SORTS.join(', ')}`, 'sort');
  const order = query.order ?? (sort === 'title' ? 'asc' : 'desc');
  if (order !== 'asc' && order !== 'desc') throw storeError('order must be asc or desc', 'order');
  return { limit, offset, sort: sort as ListSort, order };
}

/** The search kinds a query may ask for: hits in article text, in quotes, or both (default). */
export type SearchKind = 'articles' | 'quotes' | 'all';

export function searchKind(kind: unknown): SearchKind {
  const k = kind ?? 'all';
  if (k !== 'articles' && k !== 'quotes' && k !== 'all') throw storeError('kind must be articles, quotes or all', 'kind');
  return k;
}
