import type { Analysis, EntityType, QuoteForm, SpeakerKind } from '@lede/core';
import type { PreparedArticle } from './prepare.js';
import type { ThemeQuery } from './theme-filter.js';
import type { EntityExplanation } from './entity-links.js';
import type { SourceStore } from './sources.js';

export type { ThemeQuery } from './theme-filter.js';
export type { EntityExplanation } from './entity-links.js';
export type { SourceInput, SourceRow, SourceStatus, SourcePoll, FetchRecord, FetchState, SourceStore } from './sources.js';

/**
 * The corpus store contract: one interface over SQLite (embedded default) and PostgreSQL.
 * Async throughout so the PostgreSQL adapter fits; the TUI and server code against this only.
 */
export interface CorpusStore {
  /** Store an analysed article; idempotent by content hash. */
  add(analysis: Analysis): Promise<AddResult>;
  get(id: string): Promise<Analysis | undefined>;
  /** Remove articles and everything derived from them; resolves to the ids that were stored. */
  remove(ids: readonly string[]): Promise<string[]>;
  list(query?: ListQuery): Promise<Page<ArticleSummary>>;
  /** Full-text search (ranked, with snippets) over articles and quotes. */
  search(q: string, query?: SearchQuery): Promise<SearchHit[]>;
  /** How many hits a search has in all (articles plus quotes, as `kind` says) and in how many articles; `limit` is ignored. */
  searchCount(q: string, query?: SearchQuery): Promise<SearchCount>;
  quotes(query?: QuoteQuery): Promise<Page<QuoteRow>>;
  /** Quotes count statements (fragments of one statement once); descriptions only with `all`. */
  topSpeakers(query?: SpeakerQuery): Promise<Array<{ name: string; entityId?: string; quotes: number; articles: number }>>;
  /** Named types (PERSON, ORG, GPE, LOC, NORP, EVENT, PRODUCT) unless `type` or `types` asks for others. */
  topEntities(query?: FacetQuery & { type?: EntityType; types?: readonly EntityType[] }): Promise<Array<{ name: string; type: EntityType; mentions: number; articles: number }>>;
  cooccurrence(query?: { entity?: string; limit?: number; minArticles?: number }): Promise<Array<{ a: string; b: string; articles: number }>>;
  /** The theme facet: per theme, how many articles carry it and how many have it as primary topic (within the query's filters). */
  themeCounts(query?: ThemeCountQuery): Promise<ThemeCount[]>;
  /** The outlet facet: stored articles per source (outlet), most first, within the query's filters. */
  sourceCounts(query?: FacetQuery): Promise<Array<{ source: string; articles: number }>>;
  themeTimeline(query?: { theme?: string; by?: 'day' | 'week' | 'month' }): Promise<Array<{ period: string; theme: string; articles: number }>>;
  entityTone(entity: string, query?: { by?: 'day' | 'week' | 'month' }): Promise<Array<{ period: string; tone: number; articles: number }>>;
  /** One corpus entity by name or key, with the names merged into it and the evidence (corpus linking). */
  entity(name: string): Promise<EntityExplanation | undefined>;
  /** `quotes` counts statements (see statements.ts). */
  stats(): Promise<{ articles: number; quotes: number; entities: number; duplicates: number }>;
  close(): Promise<void>;
}

export interface AddResult {
  id: string;
  /** 'updated': the id was stored with different content or metadata, which replaced it. */
  status: 'added' | 'unchanged' | 'duplicate' | 'updated';
  /** For near-duplicates (syndicated copies): the id of the article this one copies. */
  duplicateOf?: string;
  /** For duplicates: estimated Jaccard similarity to the original (1 for exact copies). */
  similarity?: number;
}

export interface Page<T> { items: T[]; total: number }

export interface ListQuery extends ThemeQuery {
  limit?: number;
  offset?: number;
  sort?: 'date' | 'title' | 'quotes' | 'tone' | 'added';
  order?: 'asc' | 'desc';
  entity?: string;
  speaker?: string;
  /** Only articles from this outlet (article.source, e.g. "Reuters": the whole name, in any case). */
  source?: string;
  from?: string;
  to?: string;
}

export interface ArticleSummary {
  id: string;
  title?: string;
  /** Without a title: the article's opening words (first line, at most ~120 characters). */
  opening?: string;
  source?: string;
  publishedAt?: string;
  topThemes: string[];
  quoteCount: number;
  tone: number | null;
  duplicateOf?: string;
}

/** The article filters a list and a search share: theme, entity, speaker and date range (ANDed). */
export type ArticleFilter = Pick<ListQuery, 'theme' | 'primary' | 'minScore' | 'entity' | 'speaker' | 'source' | 'from' | 'to'>;

/** A search may carry the list's filters: hits are then only in articles that pass all of them. */
export interface SearchQuery extends ArticleFilter { limit?: number; kind?: 'articles' | 'quotes' | 'all' }
export interface SearchCount { hits: number; articles: number }
export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  title?: string;
  /** Snippet with matches wrapped in [ and ]. */
  snippet: string;
  rank: number;
  quoteId?: string;
  speaker?: string;
}

export interface QuoteQuery extends ThemeQuery {
  speaker?: string;
  /** Only quotes in articles from this outlet (article.source: the whole name, in any case). */
  source?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  /** direct (direct and block quotes), mixed (partial) or indirect (reported speech). */
  form?: 'direct' | 'mixed' | 'indirect';
  /** Only quotes with a confidence at or above this (0–1); quotes without one are left out. */
  minConfidence?: number;
  /** Only quotes whose speaker is named or resolved to a named entity. */
  named?: boolean;
}
export interface QuoteRow {
  articleId: string;
  articleTitle?: string;
  publishedAt?: string;
  quoteId: string;
  text: string;
  form: QuoteForm;
  speaker: string | null;
  role?: string;
  start: number;
  end: number;
  /** Statement id: fragments of one statement share it (a lone quote's own id). */
  statement: string;
  confidence?: number;
  speakerKind?: SpeakerKind;
}

/**
 * What a facet counts within: the article filters (theme, primary, entity, speaker, outlet, dates;
 * ANDed) and, with `q`, only the articles that search text finds (in their text or quotes, as
 * `kind` says). A faceted view passes every active filter but the facet's own.
 */
export interface FacetQuery extends ArticleFilter { q?: string; kind?: 'articles' | 'quotes' | 'all'; limit?: number }

/** Top speakers: named and resolved speakers and linked organisations; `all` adds descriptions ("analysts"). */
export interface SpeakerQuery extends FacetQuery { all?: boolean }

export type ThemeCountQuery = FacetQuery;
export interface ThemeCount {
  themeId: string;
  label: string;
  topLevel: string;
  /** Articles tagged with the theme (primary, or at/above the threshold). */
  articles: number;
  /** Of those, articles whose primary topic it is. */
  primary: number;
}

/**
 * What openStore returns: the contract plus the batch-ingest path. Kept apart from CorpusStore
 * so test doubles of CorpusStore need not implement it.
 */
export interface LedeStore extends CorpusStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where the data lives: a file path, ':memory:' or a postgres URL without its password. */
  readonly location: string;
  /** Store prepared articles (see prepareArticle) in one transaction, in order; all or nothing. */
  addMany(items: readonly PreparedArticle[]): Promise<AddResult[]>;
  /** The collector's feeds and per-URL fetch records (`lede sources`, `lede collect`). */
  readonly sources: SourceStore;
  /** Whether an article with this id is stored (with this content hash, when given); cheap, no JSON parse. */
  has(id: string, contentHash?: string, metaHash?: string): Promise<boolean>;
}

export interface OpenStoreOptions {
  /** A SQLite file path, ':memory:', or a postgres:// URL; default `.lede/lede.db` under the cwd. */
  db?: string;
  /** SQLite: how many recent search results to keep (LRU, dropped on every write); default 256, 0 turns it off. */
  searchCache?: number;
  /**
   * SQLite: open for reading only (what read commands use): the file must exist, nothing is
   * migrated or switched to WAL, and a read-only file can be read. Default false.
   */
  readOnly?: boolean;
  /**
   * SQLite: how long a write waits for another process's write lock before giving up, in ms
   * (default 60 000). The error, and `onLockWait`, name the holder: pid, command and since when.
   */
  lockTimeout?: number;
  /** SQLite: called once when a write starts waiting for the lock, with who holds it. */
  onLockWait?: (holder: string) => void;
}
