import { Kysely, PostgresDialect, sql, type RawBuilder, type Transaction } from 'kysely';
import pg from 'pg';
import { OPENING_CHARS, openingWords } from '@lede/core/base';
import type { Analysis, EntityType, QuoteForm, SpeakerKind } from '@lede/core/model';
import { countableSpeakerSql, quoteFilters } from '../statements.js';
import { NEAR_DUPLICATE_THRESHOLD, signatureFromBuffer, signatureToBuffer, similarity } from '../dedupe/minhash.js';
import { intOption, periodOption, searchKind, storeError, listPaging } from '../errors.js';
import { normaliseName, PAIR_TOP, PAIR_TYPES, prepareArticle, restoreAnalysis, type PreparedArticle } from '../prepare.js';
import { redactUrl } from '../open.js';
import type { AddResult, ArticleSummary, FacetQuery, SearchCount, SpeakerQuery, LedeStore, ListQuery, Page, QuoteQuery, QuoteRow, SearchHit, SearchQuery, ThemeCountQuery } from '../types.js';
import { and, andAlso, articleFilter, dates, entityIds, facetScope, outletMatch, speakerMatch, themeMatch, themeWhere, tsQuery } from './filter-sql.js';
import { migratePostgres } from './migrations.js';
import { runPendingTasks } from './pending-tasks.js';
import { explainEntity, linkBatch } from './entity-links.js';
import { queryTypes } from '../entity-links.js';
import { createPostgresSources } from './sources.js';
import type { SourceStore } from '../sources.js';

type Row = Record<string, any>;
type Period = 'day' | 'week' | 'month';
type Db = Kysely<any> | Transaction<any>;

// COUNT and BIGINT come back as strings from pg; facets are far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

const periodSql = (col: string, by: Period) =>
  sql.raw(by === 'day' ? col : by === 'month' ? `substr(${col}, 1, 7)` : `to_char(date_trunc('week', ${col}::date), 'YYYY-MM-DD')`);

/** The advisory lock key that serialises batch writes (any fixed bigint; 'lede' in ASCII). */
const WRITE_LOCK = 0x6c656465;

const SORTS: Record<NonNullable<ListQuery['sort']>, string> = {
  date: 'a.published_day', title: 'lower(a.title)', quotes: 'a.quote_count', tone: 'a.tone', added: 'a.pk',
};

/** Open a PostgreSQL store (Kysely over node-postgres), creating the schema on first use. */
export async function openPostgresStore(url: string): Promise<LedeStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migratePostgres(db);
    await runPendingTasks(db);
  } catch (e) {
    await db.destroy().catch(() => {});
    if ((e as { code?: string }).code === 'STORE_ERROR') throw e;
    throw storeError(`cannot open PostgreSQL database ${redactUrl(url)}: ${(e as Error).message}`, 'db', e);
  }
  return new PostgresStore(db, redactUrl(url));
}

class PostgresStore implements LedeStore {
  readonly dialect = 'postgres' as const;
  /** The collector's feeds and fetches (#17). */
  readonly sources: SourceStore;
  constructor(private readonly db: Kysely<any>, readonly location: string) {
    this.sources = createPostgresSources(db, (what, fn) => this.run(what, fn));
  }

  private async run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if ((e as { code?: string }).code === 'STORE_ERROR') throw e;
      throw storeError(`${what} failed: ${(e as Error).message}`, 'db', e);
    }
  }

  add(analysis: Analysis): Promise<AddResult> {
    return this.addMany([prepareArticle(analysis)]).then((r) => r[0]!);
  }

  addMany(items: readonly PreparedArticle[]): Promise<AddResult[]> {
    return this.run('add', () =>
      this.db.transaction().execute(async (tx) => {
        // One writer at a time: near-duplicate detection reads the LSH bands of stored articles, and
        // two transactions writing copies of one story at once would each miss the other. Analysis
        // (the costly part) stays parallel; a batch write is milliseconds.
        await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(tx);
        const out: AddResult[] = [];
        for (const p of items) out.push(await addOne(tx, p));
        await linkBatch(tx, items.filter((_, i) => out[i]!.status === 'added' || out[i]!.status === 'updated'));
        return out;
      }),
    );
  }

  has(id: string, contentHash?: string, metaHash?: string): Promise<boolean> {
    return this.run('has', async () => {
      const row = await this.db.selectFrom('articles').select(['content_hash', 'meta_hash']).where('id', '=', id).executeTakeFirst();
      return row !== undefined && (contentHash === undefined || row.content_hash === contentHash) && (metaHash === undefined || row.meta_hash === metaHash);
    });
  }

  remove(ids: readonly string[]): Promise<string[]> {
    return this.run('remove', () =>
      this.db.transaction().execute(async (tx) => {
        await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(tx); // re-filed copies look for originals, as addMany does
        const removed: string[] = [];
        for (const id of ids) {
          await sql`SELECT pg_advisory_xact_lock(hashtext(${id}))`.execute(tx);
          const old = await tx.deleteFrom('articles').where('id', '=', id).returning(['duplicate_of']).executeTakeFirst();
          if (!old) continue;
          removed.push(id);
          if (old.duplicate_of !== null) continue;
          // Its copies are re-filed: the first becomes the original (facets are aggregated at query time).
          const copies = (
            await sql<Row>`SELECT a.pk, a.text, an.json FROM articles a JOIN analyses an ON an.article = a.pk WHERE a.duplicate_of = ${id} ORDER BY a.pk`.execute(tx)
          ).rows;
          if (!copies.length) continue;
          await tx.deleteFrom('articles').where('duplicate_of', '=', id).execute();
          const refiled = copies.map((c) => prepareArticle(restoreAnalysis(c.json as string, c.text as string)));
          for (const p of refiled) await addOne(tx, p);
          // A copy that became the original brings its surname evidence, as if it had been added.
          await linkBatch(tx, refiled);
        }
        return removed;
      }),
    );
  }

  get(id: string): Promise<Analysis | undefined> {
    return this.run('get', async () => {
      const row = await sql<Row>`SELECT an.json, a.text FROM articles a JOIN analyses an ON an.article = a.pk WHERE a.id = ${id}`.execute(this.db);
      const r = row.rows[0];
      return r ? restoreAnalysis(r.json, r.text) : undefined;
    });
  }

  list(query: ListQuery = {}): Promise<Page<ArticleSummary>> {
    return this.run('list', async () => {
      const { limit, offset, sort, order } = listPaging(query);
      const where = articleFilter(query);
      const total = (await sql<Row>`SELECT count(*) AS n FROM articles a ${and(where)}`.execute(this.db)).rows[0]!.n as number;
      const col = sql.raw(SORTS[sort]);
      const dir = sql.raw(order);
      const rows = (
        await sql<Row>`SELECT a.id, a.title, a.source, a.published_at, a.top_themes, a.quote_count, a.tone, a.duplicate_of,
            CASE WHEN a.title IS NULL THEN substr(a.text, 1, ${OPENING_CHARS + 40}) END AS opening
          FROM articles a ${and(where)}
          ORDER BY ${col} IS NULL, ${col} ${dir}, a.pk ${dir} LIMIT ${limit} OFFSET ${offset}`.execute(this.db)
      ).rows;
      return {
        total,
        items: rows.map((r) => ({
          id: r.id,
          ...(r.title !== null && { title: r.title }),
          ...(typeof r.opening === 'string' && { opening: openingWords(r.opening) }),
          ...(r.source !== null && { source: r.source }),
          ...(r.published_at !== null && { publishedAt: r.published_at }),
          topThemes: JSON.parse(r.top_themes),
          quoteCount: r.quote_count,
          tone: r.tone,
          ...(r.duplicate_of !== null && { duplicateOf: r.duplicate_of }),
        })),
      };
    });
  }

  search(q: string, query: SearchQuery = {}): Promise<SearchHit[]> {
    return this.run('search', async () => {
      const limit = intOption(query.limit, 'limit', 20, 1000);
      const kind = searchKind(query.kind);
      const tsq = tsQuery(q);
      if (!tsq) return [];
      const opts = 'StartSel=[, StopSel=], MaxWords=35, MinWords=15, MaxFragments=1, FragmentDelimiter=…';
      const filter = articleFilter(query);
      const hits: SearchHit[] = [];
      if (kind !== 'quotes') {
        // Rank first, then build snippets for the page only (ts_headline re-parses the text).
        const rows = (
          await sql<Row>`WITH top AS (SELECT a.pk, ts_rank_cd(a.fts, ${tsq}) AS score FROM articles a WHERE a.fts @@ ${tsq} ${andAlso(filter)} ORDER BY score DESC, a.pk LIMIT ${limit})
            SELECT a.id, a.title, top.score, ts_headline('english', coalesce(a.title, '') || ' — ' || a.text, ${tsq}, ${opts}) AS snippet
            FROM top JOIN articles a ON a.pk = top.pk ORDER BY top.score DESC, a.pk`.execute(this.db)
        ).rows;
        for (const r of rows) hits.push({ kind: 'article', articleId: r.id, ...(r.title !== null && { title: r.title }), snippet: r.snippet, rank: r.score });
      }
      if (kind !== 'articles') {
        const rows = (
          await sql<Row>`WITH top AS (SELECT qq.pk, ts_rank_cd(qq.fts, ${tsq}) AS score FROM quotes qq JOIN articles a ON a.pk = qq.article
              WHERE qq.fts @@ ${tsq} ${andAlso(filter)} ORDER BY score DESC, qq.pk LIMIT ${limit})
            SELECT a.id, a.title, q.quote_id, q.speaker, top.score, ts_headline('english', q.text, ${tsq}, ${opts}) AS snippet
            FROM top JOIN quotes q ON q.pk = top.pk JOIN articles a ON a.pk = q.article ORDER BY top.score DESC, q.pk`.execute(this.db)
        ).rows;
        for (const r of rows) {
          hits.push({
            kind: 'quote', articleId: r.id, ...(r.title !== null && { title: r.title }), snippet: r.snippet, rank: r.score,
            quoteId: r.quote_id, ...(r.speaker !== null && { speaker: r.speaker }),
          });
        }
      }
      return hits.sort((x, y) => y.rank - x.rank).slice(0, limit);
    });
  }

  searchCount(q: string, query: SearchQuery = {}): Promise<SearchCount> {
    return this.run('searchCount', async () => {
      const kind = searchKind(query.kind);
      const tsq = tsQuery(q);
      if (!tsq) return { hits: 0, articles: 0 };
      const filter = articleFilter(query);
      // The hits the search ranks (same joins and filters), counted instead of ranked.
      const parts: RawBuilder<unknown>[] = [];
      if (kind !== 'quotes') parts.push(sql`SELECT a.pk AS article FROM articles a WHERE a.fts @@ ${tsq} ${andAlso(filter)}`);
      if (kind !== 'articles') parts.push(sql`SELECT a.pk AS article FROM quotes qq JOIN articles a ON a.pk = qq.article WHERE qq.fts @@ ${tsq} ${andAlso(filter)}`);
      const r = (await sql<Row>`WITH h AS (${sql.join(parts, sql` UNION ALL `)}) SELECT count(*)::int AS hits, count(DISTINCT article)::int AS articles FROM h`.execute(this.db)).rows[0]!;
      return { hits: r.hits as number, articles: r.articles as number };
    });
  }

  quotes(query: QuoteQuery = {}): Promise<Page<QuoteRow>> {
    return this.run('quotes', async () => {
      const limit = intOption(query.limit, 'limit', 50);
      const offset = intOption(query.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      const where: RawBuilder<unknown>[] = [];
      if (query.speaker) where.push(speakerMatch(query.speaker));
      where.push(...themeWhere(sql`q.article`, query));
      if (query.source) where.push(sql`EXISTS (SELECT 1 FROM articles o WHERE o.pk = q.article AND ${outletMatch(sql`o.source`, query.source)})`);
      where.push(...dates('q.published_day', query));
      const f = quoteFilters(query);
      if (f.forms) where.push(sql`q.form IN (${sql.join([...f.forms])})`);
      // A quote without a confidence (stored before quotes had one) is not known to pass.
      if (f.minConfidence !== undefined) where.push(sql`q.confidence >= ${f.minConfidence}`);
      if (f.named) where.push(sql`q.speaker_kind IN ('named', 'resolved')`);
      const total = (await sql<Row>`SELECT count(*) AS n FROM quotes q ${and(where)}`.execute(this.db)).rows[0]!.n as number;
      const rows = (
        await sql<Row>`SELECT q.*, a.id AS article_id, a.title, a.published_at FROM quotes q JOIN articles a ON a.pk = q.article ${and(where)}
          ORDER BY q.published_day IS NULL, q.published_day DESC, q.article DESC, q.start_offset LIMIT ${limit} OFFSET ${offset}`.execute(this.db)
      ).rows;
      return {
        total,
        items: rows.map((r) => ({
          articleId: r.article_id,
          ...(r.title !== null && { articleTitle: r.title }),
          ...(r.published_at !== null && { publishedAt: r.published_at }),
          quoteId: r.quote_id,
          text: r.text,
          form: r.form as QuoteForm,
          speaker: r.speaker,
          ...(r.role !== null && { role: r.role }),
          start: r.start_offset,
          end: r.end_offset,
          statement: r.statement,
          ...(r.confidence !== null && { confidence: r.confidence }),
          ...(r.speaker_kind !== null && { speakerKind: r.speaker_kind as SpeakerKind }),
        })),
      };
    });
  }

  topSpeakers(query: SpeakerQuery = {}) {
    return this.run('topSpeakers', async () => {
      const limit = intOption(query.limit, 'limit', 20);
      // By default only countable speakers (statements.ts); `all` adds unresolved descriptions.
      const who = query.all === true ? sql`q.speaker_key IS NOT NULL` : sql.raw(countableSpeakerSql('q'));
      const where: RawBuilder<unknown>[] = [who, ...dates('q.published_day', query)];
      where.push(...themeWhere(sql`q.article`, query));
      where.push(...facetScope(sql`q.article`, query));
      const rows = (
        await sql<Row>`SELECT q.speaker_key AS key, coalesce((SELECT e.name FROM entities e WHERE e.key = q.speaker_key), max(q.speaker)) AS name, count(DISTINCT (q.article, q.statement)) AS quotes, count(DISTINCT q.article) AS articles
          FROM quotes q ${and(where)} GROUP BY q.speaker_key ORDER BY quotes DESC, articles DESC, name LIMIT ${limit}`.execute(this.db)
      ).rows;
      return rows.map((r) => ({ name: r.name, ...(!String(r.key).startsWith('name:') && { entityId: r.key }), quotes: r.quotes, articles: r.articles }));
    });
  }

  topEntities(query: FacetQuery & { type?: EntityType; types?: readonly EntityType[] } = {}) {
    return this.run('topEntities', async () => {
      const limit = intOption(query.limit, 'limit', 20);
      const types = queryTypes(query);
      const where: RawBuilder<unknown>[] = [...dates('ae.published_day', query)];
      where.push(sql`e.type = ANY(${[...types]}::text[])`);
      where.push(...themeWhere(sql`ae.article`, query));
      where.push(...facetScope(sql`ae.article`, query));
      const rows = (
        await sql<Row>`SELECT e.name, e.type, sum(ae.mentions)::int AS mentions, count(*)::int AS articles
          FROM article_entities ae JOIN entities e ON e.pk = ae.entity ${and(where)}
          GROUP BY e.pk ORDER BY articles DESC, mentions DESC, e.name LIMIT ${limit}`.execute(this.db)
      ).rows;
      return rows.map((r) => ({ name: r.name, type: r.type as EntityType, mentions: r.mentions, articles: r.articles }));
    });
  }

  cooccurrence(query: { entity?: string; limit?: number; minArticles?: number } = {}) {
    return this.run('cooccurrence', async () => {
      const limit = intOption(query.limit, 'limit', 50);
      const min = intOption(query.minArticles, 'minArticles', 1, Number.MAX_SAFE_INTEGER);
      if (query.entity) {
        const target = entityIds(query.entity);
        const rows = (
          await sql<Row>`SELECT (SELECT name FROM entities WHERE pk = x.entity) AS a, e.name AS b, count(DISTINCT x.article)::int AS articles
            FROM article_entities x JOIN article_entities y ON y.article = x.article AND y.entity <> x.entity
            JOIN entities e ON e.pk = y.entity
            WHERE x.entity IN ${target} AND y.entity NOT IN ${target} AND x.pair_rank < ${PAIR_TOP} AND y.pair_rank < ${PAIR_TOP}
            GROUP BY x.entity, y.entity, e.name HAVING count(DISTINCT x.article) >= ${min} ORDER BY articles DESC, b LIMIT ${limit}`.execute(this.db)
        ).rows;
        return rows.map((r) => ({ a: r.a, b: r.b, articles: r.articles }));
      }
      // Same definition as the SQLite graph: pairs among each article's PAIR_TOP most salient named entities.
      const rows = (
        await sql<Row>`SELECT least(ea.name, eb.name) AS a, greatest(ea.name, eb.name) AS b, count(*)::int AS articles
          FROM article_entities x JOIN article_entities y ON y.article = x.article AND y.entity > x.entity
          JOIN entities ea ON ea.pk = x.entity JOIN entities eb ON eb.pk = y.entity
          WHERE x.pair_rank < ${PAIR_TOP} AND y.pair_rank < ${PAIR_TOP}
          GROUP BY x.entity, y.entity, ea.name, eb.name HAVING count(*) >= ${min} ORDER BY articles DESC, a, b LIMIT ${limit}`.execute(this.db)
      ).rows;
      return rows.map((r) => ({ a: r.a, b: r.b, articles: r.articles }));
    });
  }

  themeTimeline(query: { theme?: string; by?: Period } = {}) {
    return this.run('themeTimeline', async () => {
      const by = periodOption(query.by);
      const where: RawBuilder<unknown>[] = [sql`t.published_day IS NOT NULL`];
      if (query.theme) where.push(themeMatch('t', query.theme));
      const p = periodSql('t.published_day', by);
      const rows = (
        await sql<Row>`SELECT ${p} AS period, max(t.label) AS theme, count(*)::int AS articles FROM article_themes t ${and(where)}
          GROUP BY ${p}, t.theme_id ORDER BY period, articles DESC, theme`.execute(this.db)
      ).rows;
      return rows.map((r) => ({ period: r.period, theme: r.theme, articles: r.articles }));
    });
  }

  themeCounts(query: ThemeCountQuery = {}) {
    return this.run('themeCounts', async () => {
      const limit = intOption(query.limit, 'limit', 50);
      const rows = (
        await sql<Row>`SELECT t.theme_id, max(t.label) AS label, max(t.top_level) AS top_level, count(*)::int AS articles,
            count(*) FILTER (WHERE t.is_primary)::int AS primary_articles
          FROM article_themes t ${and([...themeWhere(sql`t.article`, query), ...dates('t.published_day', query), ...facetScope(sql`t.article`, query)])}
          GROUP BY t.theme_id ORDER BY articles DESC, primary_articles DESC, label LIMIT ${limit}`.execute(this.db)
      ).rows;
      return rows.map((r) => ({ themeId: r.theme_id, label: r.label, topLevel: r.top_level, articles: r.articles, primary: r.primary_articles }));
    });
  }

  sourceCounts(query: FacetQuery = {}) {
    return this.run('sourceCounts', async () => {
      const limit = intOption(query.limit, 'limit', 20);
      const where = [sql`a.source IS NOT NULL`, ...themeWhere(sql`a.pk`, query), ...dates('a.published_day', query), ...facetScope(sql`a.pk`, query)];
      const rows = (
        await sql<Row>`SELECT a.source, count(*)::int AS articles FROM articles a ${and(where)}
          GROUP BY a.source ORDER BY articles DESC, a.source LIMIT ${limit}`.execute(this.db)
      ).rows;
      return rows.map((r) => ({ source: r.source as string, articles: r.articles as number }));
    });
  }

  entityTone(entity: string, query: { by?: Period } = {}) {
    return this.run('entityTone', async () => {
      if (typeof entity !== 'string' || !entity.trim()) throw storeError('entity must be a non-empty name', 'entity');
      const p = periodSql('ae.published_day', periodOption(query.by));
      const rows = (
        await sql<Row>`SELECT ${p} AS period, avg(ae.tone) AS tone, count(*)::int AS articles FROM article_entities ae
          WHERE ae.entity IN ${entityIds(entity)} AND ae.tone IS NOT NULL AND ae.published_day IS NOT NULL GROUP BY ${p} ORDER BY period`.execute(this.db)
      ).rows;
      return rows.map((r) => ({ period: r.period, tone: Number(r.tone), articles: r.articles }));
    });
  }

  stats() {
    return this.run('stats', async () => {
      const r = (
        await sql<Row>`SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM (SELECT DISTINCT article, statement FROM quotes) s)::int AS quotes,
          (SELECT count(DISTINCT coalesce(e.merged_into, e.pk)) FROM article_entities ae JOIN entities e ON e.pk = ae.entity)::int AS entities, (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)::int AS duplicates`.execute(this.db)
      ).rows[0]!;
      return { articles: r.articles, quotes: r.quotes, entities: r.entities, duplicates: r.duplicates };
    });
  }

  entity(name: string) {
    return this.run('entity', async () => {
      if (typeof name !== 'string' || !name.trim()) throw storeError('entity must be a non-empty name', 'entity');
      return explainEntity(this.db, name, normaliseName(name));
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/**
 * Write one prepared article inside the caller's transaction (mirrors sqlite/write.ts), without
 * corpus linking: addMany links the batch after. Exported for the migration tests.
 */
export async function addOne(tx: Db, p: PreparedArticle): Promise<AddResult> {
  // Serialise writers of the same id or content across machines; the lock ends with the transaction.
  await sql`SELECT pg_advisory_xact_lock(hashtext(${p.id})), pg_advisory_xact_lock(hashtext(${p.contentHash}))`.execute(tx);
  const old = await tx.selectFrom('articles').select(['pk', 'content_hash', 'meta_hash', 'duplicate_of', 'similarity']).where('id', '=', p.id).executeTakeFirst();
  if (old && old.content_hash === p.contentHash && old.meta_hash === p.metaHash && !p.replace) {
    return { id: p.id, status: 'unchanged', ...(old.duplicate_of && { duplicateOf: old.duplicate_of, similarity: old.similarity }) };
  }
  if (old) await tx.deleteFrom('articles').where('pk', '=', old.pk).execute();

  let original: { id: string; similarity: number } | null = null;
  const exact = await tx.selectFrom('articles').select(['id', 'duplicate_of']).where('content_hash', '=', p.contentHash).where('id', '<>', p.id).orderBy('pk').limit(1).executeTakeFirst();
  if (exact) original = { id: exact.duplicate_of ?? exact.id, similarity: 1 };
  else {
    const cands = (
      await sql<Row>`SELECT DISTINCT a.pk, a.id, a.signature FROM lsh_bands b JOIN articles a ON a.pk = b.article
        WHERE b.band = ANY(${p.bands}::bigint[]) AND a.id <> ${p.id} LIMIT 200`.execute(tx)
    ).rows;
    for (const c of cands) {
      const sim = similarity(p.signature, signatureFromBuffer(c.signature));
      if (sim >= NEAR_DUPLICATE_THRESHOLD && (!original || sim > original.similarity)) original = { id: c.id, similarity: sim };
    }
  }

  const dup = original !== null;
  const inserted = await sql<Row>`INSERT INTO articles (id, title, source, url, byline, language, published_at, published_day, text, content_hash,
      duplicate_of, similarity, signature, tone, quote_count, top_themes, meta_hash, analyzer_version, fts)
    VALUES (${p.id}, ${p.title}, ${p.source}, ${p.url}, ${p.byline}, ${p.language}, ${p.publishedAt}, ${p.publishedDay}, ${p.text}, ${p.contentHash},
      ${original?.id ?? null}, ${original?.similarity ?? null}, ${signatureToBuffer(p.signature)}, ${p.tone}, ${p.quoteCount}, ${JSON.stringify(p.topThemes)}, ${p.metaHash}, ${p.analyzerVersion},
      ${dup ? null : sql`setweight(to_tsvector('english', coalesce(${p.title}::text, '')), 'A') || setweight(to_tsvector('english', ${p.text}::text), 'B')`})
    RETURNING pk`.execute(tx);
  const pk = inserted.rows[0]!.pk as number;
  await tx.insertInto('analyses').values({ article: pk, json: p.json }).execute();
  if (!dup) {
    await tx.insertInto('lsh_bands').values(p.bands.map((band) => ({ band, article: pk }))).execute();
    if (p.quotes.length) {
      await tx.insertInto('quotes').values(p.quotes.map((q) => ({
        article: pk, quote_id: q.quoteId, text: q.text, form: q.form, speaker: q.speaker, speaker_key: q.speakerKey,
        speaker_norm: q.speaker === null ? null : normaliseName(q.speaker), role: q.role, start_offset: q.start, end_offset: q.end, published_day: p.publishedDay,
        speaker_kind: q.speakerKind, statement: q.statement, confidence: q.confidence,
      }))).execute();
    }
    const ranked = [...p.entities].sort((x, y) => y.salience - x.salience || y.mentions - x.mentions);
    if (ranked.length) {
      const ids = await tx
        .insertInto('entities')
        .values(ranked.map((e) => ({ key: e.key, name: e.name, type: e.type, name_key: normaliseName(e.name) })))
        .onConflict((oc) => oc.column('key').doUpdateSet({ key: sql`excluded.key` }))
        .returning(['pk', 'key'])
        .execute();
      const pkOf = new Map(ids.map((r) => [r.key, r.pk]));
      let named = 0;
      await tx.insertInto('article_entities').values(ranked.map((e, rank) => ({
        article: pk, entity: pkOf.get(e.key), mentions: e.mentions, salience: e.salience, tone: e.tone, rank,
        pair_rank: PAIR_TYPES.has(e.type) ? named++ : null, published_day: p.publishedDay,
      }))).execute();
    }
    const themes = [...new Map(p.themes.map((t) => [t.themeId, t])).values()];
    if (themes.length) {
      await tx.insertInto('article_themes').values(themes.map((t) => ({
        article: pk, theme_id: t.themeId, label: t.label, label_key: normaliseName(t.label), top_level: t.topLevel, score: t.score, published_day: p.publishedDay, is_primary: t.primary,
      }))).execute();
    }
    if (p.keyphrases.length) await tx.insertInto('keyphrases').values(p.keyphrases.map((k) => ({ article: pk, text: k.text, score: k.score }))).execute();
  }
  if (original) return { id: p.id, status: old ? 'updated' : 'duplicate', duplicateOf: original.id, similarity: original.similarity };
  return { id: p.id, status: old ? 'updated' : 'added' };
}
