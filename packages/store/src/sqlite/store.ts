import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { OPENING_CHARS, openingWords } from '@lede/core/base';
import type { Analysis, EntityType, QuoteForm, SpeakerKind } from '@lede/core/model';
import { countableSpeakerSql, quoteFilterSql, quoteFilters } from '../statements.js';
import { dayOption, intOption, periodOption, searchKind, storeError, listPaging } from '../errors.js';
import { normaliseName, prepareArticle, restoreAnalysis, type PreparedArticle } from '../prepare.js';
import type {
  AddResult, ArticleSummary, FacetQuery, SearchCount, SpeakerQuery, ThemeCountQuery, LedeStore, ListQuery, Page, QuoteQuery, QuoteRow, SearchHit, SearchQuery,
} from '../types.js';
import { toFtsQuery } from './fts-query.js';
import { migrateSqlite, sqliteMigrations } from './migrations.js';
import { SearchCache } from './search-cache.js';
import { plainThemeOnly, themeConditions } from '../theme-filter.js';
import {
  addDates, addThemes, articleFilter, entityIdsSql, entityParams, facetScope, outletMatch, outletParam, scopedFacet, speakerMatch, speakerParams, themeMatch, themeParams,
} from './filter-sql.js';
import { createWriter } from './write.js';
import { createEntityLinker } from './entity-links.js';
import { createSqliteSources } from './sources.js';
import type { SourceStore } from '../sources.js';
import { runPendingTasks } from './pending-tasks.js';
import { queryTypes } from '../entity-links.js';
import { clearWriter, currentWriter, describeWriter, recordWriter } from './write-lock.js';

type Row = Record<string, unknown>;
type Period = 'day' | 'week' | 'month';

/** SQL for the period an ISO day falls in; weeks are named by their Monday (as PostgreSQL's date_trunc). */
const periodSql = (col: string, by: Period): string =>
  by === 'day' ? col : by === 'month' ? `substr(${col}, 1, 7)` : `date(${col}, '-' || ((strftime('%w', ${col}) + 6) % 7) || ' days')`;

const SORTS: Record<NonNullable<ListQuery['sort']>, string> = {
  date: 'a.published_day',
  title: 'a.title COLLATE NOCASE',
  quotes: 'a.quote_count',
  tone: 'a.tone',
  added: 'a.rowid',
};

const NULLABLE = new Set(['date', 'title', 'tone']);

/** How a writer waits for another process's write lock. */
export interface LockWait {
  /** Give up after this many ms (default 60 000). */
  lockTimeout?: number | undefined;
  /** Called once per wait, with who holds the lock ("pid 4242 (lede add …, since …)"). */
  onLockWait?: ((holder: string) => void) | undefined;
}

/** Open (creating and migrating) a SQLite store. */
export function openSqliteStore(file: string, searchCache = 256, readOnly = false, wait: LockWait = {}): LedeStore {
  if (!Number.isInteger(searchCache) || searchCache < 0) throw storeError('searchCache must be a whole number ≥ 0', 'searchCache');
  if (wait.lockTimeout !== undefined && !(Number.isInteger(wait.lockTimeout) && wait.lockTimeout >= 0)) throw storeError('lockTimeout must be a whole number of ms ≥ 0', 'lockTimeout');
  if (readOnly && file !== ':memory:') return new SqliteStore(openReadOnly(file), file, searchCache, wait);
  let db: Database.Database;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a process crash (kill -9); only an OS
    // crash can lose the last commits, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -16384'); // 16 MiB page cache: enough for the hot indexes, keeps ingest memory flat
    migrateSqlite(db);
  } catch (e) {
    if ((e as { code?: string }).code === 'STORE_ERROR') throw e;
    throw storeError(`cannot open SQLite database ${file}: ${(e as Error).message}`, 'db', e);
  }
  const store = new SqliteStore(db, file, searchCache, wait);
  store.runPendingTasks();
  return store;
}

/** Read-only: never creates, migrates or switches the journal (those are writes; issue #15). */
function openReadOnly(file: string): Database.Database {
  if (!fs.existsSync(file)) throw storeError(`no store at ${file}: reading never creates one (check --db)`, 'db');
  let db: Database.Database;
  let version: number;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    // Reading the header is where a file that is not SQLite fails: name it like any unusable --db.
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    throw storeError(`cannot open SQLite database ${file}: ${(e as Error).message}`, 'db', e);
  }
  if (version !== sqliteMigrations.length) {
    db.close();
    throw storeError(
      version > sqliteMigrations.length
        ? `database schema version ${version} is newer than this lede (${sqliteMigrations.length}); upgrade lede`
        : `database schema version ${version} needs migrating to ${sqliteMigrations.length}: run a write command (lede add) once`,
      'db',
    );
  }
  // Work migrations left for a writable open (pending-tasks.ts) is a migration still to finish.
  if ((db.prepare('SELECT count(*) FROM lede_tasks').pluck().get() as number) > 0) {
    db.close();
    throw storeError(`database schema version ${version} needs migrating (stored articles to link): run a write command (lede add) once`, 'db');
  }
  return db;
}

class SqliteStore implements LedeStore {
  readonly dialect = 'sqlite' as const;
  private readonly writer;
  private readonly linker;
  private closed = false;
  /** Recent search results; cleared on every write (see search-cache.ts for why this is safe). */
  private readonly searchCache: SearchCache;
  /** SQLite's data_version when the cache was last validated: it changes when another connection commits. */
  private seenDataVersion: unknown;
  /** The collector's feeds and fetches (#17). */
  readonly sources: SourceStore;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    searchCacheSize: number,
    private readonly wait: LockWait = {},
  ) {
    this.writer = createWriter(db);
    this.linker = createEntityLinker(db);
    this.searchCache = new SearchCache(searchCacheSize);
    this.sources = createSqliteSources(db, (what, fn) => this.run(what, fn));
  }

  /** Work left by migrations (pending-tasks.ts); a failure names the store like any open error. */
  runPendingTasks(): void {
    try {
      runPendingTasks(this.db, this.linker);
    } catch (e) {
      this.db.close();
      throw storeError(`cannot finish migrating SQLite database ${this.location}: ${(e as Error).message}`, 'db', e);
    }
  }

  private run<T>(what: string, fn: () => T): Promise<T> {
    if (this.closed) return Promise.reject(storeError('the store is closed', 'db'));
    try {
      return Promise.resolve(fn());
    } catch (e) {
      if ((e as { code?: string }).code === 'STORE_ERROR') return Promise.reject(e);
      return Promise.reject(storeError(`${what} failed: ${(e as Error).message}`, 'db', e));
    }
  }

  /**
   * One write transaction (BEGIN IMMEDIATE). While another process holds the write lock this
   * polls for it (the event loop stays free, unlike a long busy_timeout), says once who holds it
   * (write-lock.ts), and gives up after lockTimeout naming the holder. Holding the lock, it records
   * this process as the writer, so a waiting one can name it.
   */
  private async write<T>(what: string, fn: () => T): Promise<T> {
    if (this.closed) throw storeError('the store is closed', 'db');
    const file = this.location === ':memory:' ? undefined : this.location;
    const timeout = this.wait.lockTimeout ?? 60_000;
    const started = Date.now();
    let told = false;
    for (let pause = 25; ; pause = Math.min(250, pause * 2)) {
      let locked = false;
      try {
        this.db.pragma('busy_timeout = 0');
        return await this.run(what, () =>
          this.db.transaction(() => {
            locked = true;
            if (file) recordWriter(file);
            return fn();
          }).immediate(),
        );
      } catch (e) {
        if (locked) this.writer.forgetCache(); // rolled back: the writer's cached rows may not exist
        const busy = /^SQLITE_BUSY/.test(String((e as { cause?: { code?: unknown } }).cause?.code ?? ''));
        if (!busy || locked) throw e;
      } finally {
        if (locked) {
          if (file) clearWriter(file);
          this.searchCache.invalidate(); // committed or rolled back: either way, drop cached results
        }
        if (this.db.open) this.db.pragma('busy_timeout = 5000');
      }
      const holder = describeWriter(file ? currentWriter(file) : undefined);
      if (Date.now() - started >= timeout) {
        throw storeError(`${what}: the store is locked by ${holder}; gave up after ${Math.round(timeout / 100) / 10} s`, 'db');
      }
      if (!told) this.wait.onLockWait?.(holder);
      told = true;
      await new Promise((r) => setTimeout(r, pause));
    }
  }

  add(analysis: Analysis): Promise<AddResult> {
    return this.addMany([prepareArticle(analysis)]).then((r) => r[0]!);
  }

  addMany(items: readonly PreparedArticle[]): Promise<AddResult[]> {
    // IMMEDIATE (in write()): take the write lock before the first read, so a second writer waits
    // instead of failing when its read snapshot goes stale ("database is locked").
    return this.write('add', () => {
      const results = items.map((p) => this.writer.addOne(p));
      this.writer.flush();
      this.linker.linkBatch(items.filter((_, i) => results[i]!.status === 'added' || results[i]!.status === 'updated'));
      return results;
    });
  }

  has(id: string, contentHash?: string, metaHash?: string): Promise<boolean> {
    return this.run('has', () => {
      const row = this.stmt('SELECT content_hash, meta_hash FROM articles WHERE id = ?').get(id) as Row | undefined;
      return row !== undefined && (contentHash === undefined || row.content_hash === contentHash) && (metaHash === undefined || row.meta_hash === metaHash);
    });
  }

  remove(ids: readonly string[]): Promise<string[]> {
    return this.write('remove', () => {
      const removed: string[] = [];
      const refiled: PreparedArticle[] = [];
      for (const id of ids) {
        const copies = this.writer.removeById(id, (json, text) => prepareArticle(restoreAnalysis(json, text)));
        if (copies) removed.push(id), refiled.push(...copies);
      }
      this.writer.flush();
      // A copy that became the original brings its surname evidence, as if it had been added.
      this.linker.linkBatch(refiled);
      return removed;
    });
  }

  get(id: string): Promise<Analysis | undefined> {
    return this.run('get', () => {
      const row = this.stmt('SELECT an.json, t.text FROM articles a JOIN analyses an ON an.article = a.rowid JOIN article_texts t ON t.rowid = a.rowid WHERE a.id = ?')
      .get(id) as Row | undefined;
      return row ? restoreAnalysis(row.json as string, row.text as string) : undefined;
    });
  }

  list(query: ListQuery = {}): Promise<Page<ArticleSummary>> {
    return this.run('list', () => {
      const { limit, offset, sort, order } = listPaging(query);
      const { where, params } = articleFilter(query);
      const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (this.stmt(`SELECT count(*) AS n FROM articles a ${w}`).get(...params) as Row).n as number;
      const rows = this.stmt(
          `SELECT a.id, a.title, a.source, a.published_at, a.top_themes, a.quote_count, a.tone, a.duplicate_of,
                  CASE WHEN a.title IS NULL THEN (SELECT substr(t.text, 1, ${OPENING_CHARS + 40}) FROM article_texts t WHERE t.rowid = a.rowid) END AS opening
           FROM articles a ${w}
           ORDER BY ${NULLABLE.has(sort) ? `${SORTS[sort]} IS NULL, ` : ''}${SORTS[sort]} ${order}, a.rowid ${order} LIMIT ? OFFSET ?`,
      ).all(...params, limit, offset) as Row[];
      return {
        total,
        items: rows.map((r) => ({
          id: r.id as string,
          ...(r.title !== null && { title: r.title as string }),
          ...(typeof r.opening === 'string' && { opening: openingWords(r.opening) }),
          ...(r.source !== null && { source: r.source as string }),
          ...(r.published_at !== null && { publishedAt: r.published_at as string }),
          topThemes: JSON.parse(r.top_themes as string) as string[],
          quoteCount: r.quote_count as number,
          tone: r.tone as number | null,
          ...(r.duplicate_of !== null && { duplicateOf: r.duplicate_of as string }),
        })),
      };
    });
  }

  search(q: string, query: SearchQuery = {}): Promise<SearchHit[]> {
    return this.run('search', () => {
      const limit = intOption(query.limit, 'limit', 20, 1000);
      const kind = searchKind(query.kind);
      const match = toFtsQuery(q);
      if (!match) return [];
      const version = this.stmt('PRAGMA data_version').pluck().get();
      if (version !== this.seenDataVersion) {
        this.searchCache.invalidate();
        this.seenDataVersion = version;
      }
      const filter = articleFilter(query);
      const and = filter.where.map((c) => ` AND ${c}`).join('');
      const key = SearchCache.key(match, kind, limit, JSON.stringify(filter.params) + and);
      const cached = this.searchCache.get(key);
      if (cached) return cached;
      const hits: SearchHit[] = [];
      if (kind !== 'quotes') {
        const rows = this.stmt(
          // ORDER BY rank (bm25 weights set in the schema) lets FTS5 sort first and build snippets for the page only.
          `SELECT a.id, a.title, snippet(articles_fts, -1, '[', ']', '…', 20) AS snippet, articles_fts.rank AS score
           FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
           WHERE articles_fts MATCH ?${and} ORDER BY articles_fts.rank LIMIT ?`,
        ).all(match, ...filter.params, limit) as Row[];
        for (const r of rows) {
          hits.push({ kind: 'article', articleId: r.id as string, ...(r.title !== null && { title: r.title as string }), snippet: r.snippet as string, rank: -(r.score as number) });
        }
      }
      if (kind !== 'articles') {
        const rows = this.stmt(
          `SELECT a.id, a.title, q.quote_id, q.speaker, snippet(quotes_fts, -1, '[', ']', '…', 24) AS snippet, quotes_fts.rank AS score
           FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.rowid = q.article
           WHERE quotes_fts MATCH ?${and} ORDER BY quotes_fts.rank LIMIT ?`,
        ).all(match, ...filter.params, limit) as Row[];
        for (const r of rows) {
          hits.push({
            kind: 'quote',
            articleId: r.id as string,
            ...(r.title !== null && { title: r.title as string }),
            snippet: r.snippet as string,
            rank: -(r.score as number),
            quoteId: r.quote_id as string,
            ...(r.speaker !== null && { speaker: r.speaker as string }),
          });
        }
      }
      // bm25 is higher-is-worse; rank is its negation, so higher is better.
      const page = hits.sort((x, y) => y.rank - x.rank).slice(0, limit);
      this.searchCache.set(key, page);
      return page;
    });
  }

  searchCount(q: string, query: SearchQuery = {}): Promise<SearchCount> {
    return this.run('searchCount', () => {
      const kind = searchKind(query.kind);
      const match = toFtsQuery(q);
      if (!match) return { hits: 0, articles: 0 };
      const filter = articleFilter(query);
      const and = filter.where.map((c) => ` AND ${c}`).join('');
      // The hits the search ranks (same joins and filters), counted instead of ranked.
      const parts: string[] = [];
      const params: unknown[] = [];
      if (kind !== 'quotes') {
        parts.push(`SELECT a.rowid AS article FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?${and}`);
        params.push(match, ...filter.params);
      }
      if (kind !== 'articles') {
        parts.push(`SELECT a.rowid AS article FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.rowid = q.article WHERE quotes_fts MATCH ?${and}`);
        params.push(match, ...filter.params);
      }
      const r = this.stmt(`WITH h AS MATERIALIZED (${parts.join(' UNION ALL ')}) SELECT (SELECT count(*) FROM h) AS hits, (SELECT count(DISTINCT article) FROM h) AS articles`).get(...params) as Row;
      return { hits: r.hits as number, articles: r.articles as number };
    });
  }

  quotes(query: QuoteQuery = {}): Promise<Page<QuoteRow>> {
    return this.run('quotes', () => {
      const limit = intOption(query.limit, 'limit', 50);
      const offset = intOption(query.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.speaker) {
        where.push(speakerMatch('q'));
        params.push(...speakerParams(query.speaker));
      }
      addThemes(where, params, 'q.article', query);
      if (query.source) {
        where.push(`q.article IN (SELECT o.rowid FROM articles o WHERE ${outletMatch('o')})`);
        params.push(outletParam(query.source));
      }
      addDates(where, params, 'q.published_day', query);
      const filters = quoteFilterSql('q', quoteFilters(query));
      where.push(...filters.where);
      params.push(...filters.params);
      const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (this.stmt(`SELECT count(*) AS n FROM quotes q ${w}`).get(...params) as Row).n as number;
      const rows = this.stmt(
        `SELECT q.*, a.id AS article_id, a.title, a.published_at FROM quotes q JOIN articles a ON a.rowid = q.article ${w}
         ORDER BY q.published_day IS NULL, q.published_day DESC, q.article DESC, q.start LIMIT ? OFFSET ?`,
      ).all(...params, limit, offset) as Row[];
      return {
        total,
        items: rows.map((r) => ({
          articleId: r.article_id as string,
          ...(r.title !== null && { articleTitle: r.title as string }),
          ...(r.published_at !== null && { publishedAt: r.published_at as string }),
          quoteId: r.quote_id as string,
          text: r.text as string,
          form: r.form as QuoteForm,
          speaker: r.speaker as string | null,
          ...(r.role !== null && { role: r.role as string }),
          start: r.start as number,
          end: r.end as number,
          statement: r.statement as string,
          ...(r.confidence !== null && { confidence: r.confidence as number }),
          ...(r.speaker_kind !== null && { speakerKind: r.speaker_kind as SpeakerKind }),
        })),
      };
    });
  }

  topSpeakers(query: SpeakerQuery = {}) {
    return this.run('topSpeakers', () => {
      const limit = intOption(query.limit, 'limit', 20);
      // The rollups hold countable speakers only; `all` (descriptions too) aggregates exactly.
      const all = query.all === true;
      const toRow = (r: Row) => ({
        name: r.name as string,
        ...(!(r.key as string).startsWith('name:') && { entityId: r.key as string }),
        quotes: r.quotes as number,
        articles: r.articles as number,
      });
      const rollup = all ? false : this.rollupTheme(query);
      if (rollup === null) return [];
      if (rollup === undefined) {
        return (this.stmt('SELECT key, name, quotes, articles FROM speakers ORDER BY quotes DESC, articles DESC, name LIMIT ?').all(limit) as Row[]).map(toRow);
      }
      if (typeof rollup === 'string') {
        return (this.stmt('SELECT key, name, quotes, articles FROM speaker_themes WHERE theme_id = ? ORDER BY quotes DESC, articles DESC, name LIMIT ?').all(rollup, limit) as Row[]).map(toRow);
      }
      const where = [all ? 'q.speaker_key IS NOT NULL' : countableSpeakerSql('q')];
      const params: unknown[] = [];
      addThemes(where, params, 'q.article', query);
      addDates(where, params, 'q.published_day', query);
      addScope(where, params, 'q.article', query);
      const rows = this.stmt(
        `SELECT q.speaker_key AS key, max(q.speaker) AS name, count(DISTINCT q.article || ':' || q.statement) AS quotes, count(DISTINCT q.article) AS articles
         FROM quotes q WHERE ${where.join(' AND ')} GROUP BY q.speaker_key ORDER BY quotes DESC, articles DESC, name LIMIT ?`,
      ).all(...params, limit) as Row[];
      return rows.map(toRow);
    });
  }

  /**
   * Whether a facet query can read the rollup tables: undefined = the corpus-wide rollup (no
   * filters), a theme id = that theme's rollup, null = the theme is unknown (no results), false =
   * aggregate exactly (date, entity, speaker, outlet or search filters, or a theme filter matching
   * several theme ids).
   */
  private rollupTheme(query: FacetQuery): string | undefined | null | false {
    dayOption(query.from, 'from');
    dayOption(query.to, 'to');
    if (query.from || query.to || scopedFacet(query)) return false;
    const conds = themeConditions(query);
    if (!conds.length) return undefined;
    if (!plainThemeOnly(query)) return false;
    const ids = this.stmt('SELECT theme_id FROM themes WHERE theme_id = ? OR top_level = ? OR label_key = ? LIMIT 2').all(...themeParams(query.theme!)) as Row[];
    if (ids.length === 0) return null;
    return ids.length === 1 ? (ids[0]!.theme_id as string) : false;
  }

  topEntities(query: FacetQuery & { type?: EntityType; types?: readonly EntityType[] } = {}) {
    return this.run('topEntities', () => {
      const limit = intOption(query.limit, 'limit', 20);
      const types = queryTypes(query);
      const toRow = (r: Row) => ({ name: r.name as string, type: r.type as EntityType, mentions: r.mentions as number, articles: r.articles as number });
      const rollup = this.rollupTheme(query);
      if (rollup === null) return [];
      const typeWhere = `AND e.type IN (${types.map(() => '?').join(', ')})`;
      const typeParams = [...types];
      if (rollup === undefined) {
        // Several types: walk entities_top in order and filter by type ("+" keeps the planner off the
        // type index, which would sort every entity of those types first: 6 ms against 0.03 on BBC).
        const anyOf = types.length > 1 ? typeWhere.replace('e.type', '+e.type') : typeWhere;
        return (this.stmt(`SELECT e.name, e.type, e.mentions, e.articles FROM entities e WHERE e.articles > 0 ${anyOf} ORDER BY e.articles DESC, e.mentions DESC, e.name LIMIT ?`).all(...typeParams, limit) as Row[]).map(toRow);
      }
      if (typeof rollup === 'string') {
        return (this.stmt(
          `SELECT e.name, e.type, et.mentions, et.articles FROM entity_themes et JOIN entities e ON e.rowid = et.entity
           WHERE et.theme_id = ? ${typeWhere} ORDER BY et.articles DESC, et.mentions DESC, e.name LIMIT ?`,
        ).all(rollup, ...typeParams, limit) as Row[]).map(toRow);
      }
      const where: string[] = [];
      const params: unknown[] = [];
      where.push(`e.type IN (${types.map(() => '?').join(', ')})`);
      params.push(...types);
      const themed = themeConditions(query).length > 0 || scopedFacet(query);
      addThemes(where, params, 'ae.article', query);
      addDates(where, params, 'ae.published_day', query);
      addScope(where, params, 'ae.article', query);
      // With a theme or a scope, drive the join from its articles (CROSS JOIN fixes SQLite's join order): the
      // planner otherwise walks every entity of the types and probes each article, 100× slower.
      const rows = this.stmt(
        `SELECT e.name, e.type, sum(ae.mentions) AS mentions, count(*) AS articles
         FROM article_entities ae ${themed ? 'CROSS JOIN' : 'JOIN'} entities e ON e.rowid = ae.entity ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         GROUP BY ae.entity ORDER BY articles DESC, mentions DESC, e.name LIMIT ?`,
      ).all(...params, limit) as Row[];
      return rows.map(toRow);
    });
  }

  cooccurrence(query: { entity?: string; limit?: number; minArticles?: number } = {}) {
    return this.run('cooccurrence', () => {
      const limit = intOption(query.limit, 'limit', 50);
      const min = intOption(query.minArticles, 'minArticles', 1, Number.MAX_SAFE_INTEGER);
      let rows: Row[];
      if (query.entity) {
        // Around one entity: its edges in the same materialised graph (each article's most salient named entities).
        // Ties are broken by entity id, so only the page's names are looked up.
        rows = this.stmt(
          `WITH target AS (${entityIdsSql}),
                edges AS (SELECT p.b AS other, p.articles FROM entity_pairs p WHERE p.a IN target
                          UNION ALL SELECT p.a, p.articles FROM entity_pairs p WHERE p.b IN target),
                counts AS (SELECT other, sum(articles) AS articles FROM edges WHERE other NOT IN target GROUP BY other HAVING sum(articles) >= ?
                           ORDER BY articles DESC, other LIMIT ?)
           SELECT (SELECT e.name FROM entities e WHERE e.rowid IN target ORDER BY e.articles DESC LIMIT 1) AS a, e.name AS b, c.articles
           FROM counts c JOIN entities e ON e.rowid = c.other ORDER BY c.articles DESC, c.other`,
        ).all(...entityParams(query.entity), min, limit) as Row[];
      } else {
        rows = this.stmt(
          `SELECT ea.name AS a, eb.name AS b, p.articles FROM entity_pairs p
           JOIN entities ea ON ea.rowid = p.a JOIN entities eb ON eb.rowid = p.b
           WHERE p.articles >= ? ORDER BY p.articles DESC, a, b LIMIT ?`,
        ).all(min, limit) as Row[];
      }
      return rows.map((r) => {
        const [a, b] = [r.a as string, r.b as string];
        // Global pairs are unordered: name them alphabetically so every dialect agrees.
        return query.entity || a <= b ? { a, b, articles: r.articles as number } : { a: b, b: a, articles: r.articles as number };
      });
    });
  }

  themeTimeline(query: { theme?: string; by?: Period } = {}) {
    return this.run('themeTimeline', () => {
      const by = periodOption(query.by);
      const where = ['t.published_day IS NOT NULL'];
      const params: unknown[] = [];
      if (query.theme) {
        where.push(themeMatch('t'));
        params.push(...themeParams(query.theme));
      }
      const rows = this.stmt(
        `SELECT ${periodSql('t.published_day', by)} AS period, max(t.label) AS theme, count(*) AS articles
         FROM article_themes t WHERE ${where.join(' AND ')} GROUP BY period, t.theme_id ORDER BY period, articles DESC, theme`,
      ).all(...params) as Row[];
      return rows.map((r) => ({ period: r.period as string, theme: r.theme as string, articles: r.articles as number }));
    });
  }

  themeCounts(query: ThemeCountQuery = {}) {
    return this.run('themeCounts', () => {
      const limit = intOption(query.limit, 'limit', 50);
      const where: string[] = [];
      const params: unknown[] = [];
      addThemes(where, params, 't.article', query);
      addDates(where, params, 't.published_day', query);
      addScope(where, params, 't.article', query);
      const rows = this.stmt(
        `SELECT t.theme_id, max(t.label) AS label, max(t.top_level) AS top_level, count(*) AS articles, sum(t.is_primary) AS primary_articles
         FROM article_themes t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         GROUP BY t.theme_id ORDER BY articles DESC, primary_articles DESC, label LIMIT ?`,
      ).all(...params, limit) as Row[];
      return rows.map((r) => ({
        themeId: r.theme_id as string, label: r.label as string, topLevel: r.top_level as string,
        articles: r.articles as number, primary: r.primary_articles as number,
      }));
    });
  }

  sourceCounts(query: FacetQuery = {}) {
    return this.run('sourceCounts', () => {
      const limit = intOption(query.limit, 'limit', 20);
      const where = ['a.source IS NOT NULL'];
      const params: unknown[] = [];
      addThemes(where, params, 'a.rowid', query);
      addDates(where, params, 'a.published_day', query);
      addScope(where, params, 'a.rowid', query);
      const rows = this.stmt(
        `SELECT a.source, count(*) AS articles FROM articles a WHERE ${where.join(' AND ')} GROUP BY a.source ORDER BY articles DESC, a.source LIMIT ?`,
      ).all(...params, limit) as Row[];
      return rows.map((r) => ({ source: r.source as string, articles: r.articles as number }));
    });
  }

  entityTone(entity: string, query: { by?: Period } = {}) {
    return this.run('entityTone', () => {
      if (typeof entity !== 'string' || !entity.trim()) throw storeError('entity must be a non-empty name', 'entity');
      const by = periodOption(query.by);
      const rows = this.stmt(
        `SELECT ${periodSql('ae.published_day', by)} AS period, avg(ae.tone) AS tone, count(*) AS articles
         FROM article_entities ae WHERE ae.entity IN (${entityIdsSql}) AND ae.tone IS NOT NULL AND ae.published_day IS NOT NULL
         GROUP BY period ORDER BY period`,
      ).all(...entityParams(entity)) as Row[];
      return rows.map((r) => ({ period: r.period as string, tone: r.tone as number, articles: r.articles as number }));
    });
  }

  entity(name: string) {
    return this.run('entity', () => {
      if (typeof name !== 'string' || !name.trim()) throw storeError('entity must be a non-empty name', 'entity');
      return this.linker.explain(name, normaliseName(name));
    });
  }

  stats() {
    return this.run('stats', () => {
      const r = this.stmt(
        `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM (SELECT DISTINCT article, statement FROM quotes)) AS quotes,
                (SELECT count(*) FROM entities WHERE merged_into IS NULL AND articles > 0) AS entities, (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates`,
      ).get() as Row;
      return { articles: r.articles as number, quotes: r.quotes as number, entities: r.entities as number, duplicates: r.duplicates as number };
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  // Statements are compiled once per SQL text (better-sqlite3 preparation is the costly part).
  private readonly cache = new Map<string, Database.Statement>();
  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }
}

/** Append a facet query's entity, speaker, outlet and search-text conditions (filter-sql.ts). */
function addScope(where: string[], params: unknown[], column: string, query: FacetQuery): void {
  const scope = facetScope(column, query);
  where.push(...scope.where);
  params.push(...scope.params);
}
