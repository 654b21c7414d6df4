/**
 * What the collector keeps in the store (#17): the feeds it polls and one row per article URL it
 * fetched. Both engines implement SourceStore; times are ISO 8601 strings.
 */
export interface SourceInput {
  url: string;
  name?: string;
  collection?: string;
}

export type SourceStatus = 'new' | 'ok' | 'failing';

export interface SourceRow {
  url: string;
  name?: string;
  collection?: string;
  etag?: string;
  lastModified?: string;
  lastPoll?: string;
  status: SourceStatus;
  lastError?: string;
  errorCount: number;
  failingSince?: string;
  itemsSeen: number;
  addedAt: string;
  /** Articles fetched from this feed per day, over the last 7 days (or since it was added, if later). */
  itemsPerDay: number;
}

/** The outcome of one poll of a feed. */
export type SourcePoll =
  | { url: string; at: string; ok: true; newItems: number; etag?: string; lastModified?: string; notModified?: boolean }
  | { url: string; at: string; ok: false; error: string };

/** One fetch of an article page (upserted by URL; `attempts` counts them). */
export interface FetchRecord {
  url: string;
  source?: string;
  articleId?: string;
  fetchedAt: string;
  httpStatus?: number;
  /** Error code and message when no article came of it. */
  error?: string;
}

export interface FetchState {
  url: string;
  articleId?: string;
  httpStatus?: number;
  error?: string;
  attempts: number;
  fetchedAt: string;
}

export interface SourceStore {
  /** Add feeds; ones already there keep their state (name and collection are updated when given). */
  add(list: readonly SourceInput[]): Promise<{ added: string[]; existing: string[] }>;
  remove(urls: readonly string[]): Promise<string[]>;
  list(query?: { collection?: string }): Promise<SourceRow[]>;
  recordPoll(poll: SourcePoll): Promise<void>;
  /** The stored fetch rows of these URLs (absent: never fetched). */
  fetchStates(urls: readonly string[]): Promise<Map<string, FetchState>>;
  recordFetch(record: FetchRecord): Promise<void>;
}

/** Days the items-per-day rate is averaged over: the last 7, or fewer for a feed added since. */
export function rateDays(addedAt: string, now = Date.now()): number {
  const age = (now - Date.parse(addedAt)) / 86_400_000;
  return Math.min(7, Math.max(1, Number.isFinite(age) ? age : 7));
}

/** Drop null and undefined fields of a row object (optional fields are absent, not null). */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) if (o[k] === null || o[k] === undefined) delete o[k];
  return o;
}
