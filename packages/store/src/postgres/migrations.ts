import { sql, type Kysely } from 'kysely';
import { storeError } from '../errors.js';

/**
 * PostgreSQL schema, versioned like the SQLite one (append only). Differences that matter:
 * full text is tsvector + GIN (weighted title A, body B) instead of FTS5, and facets are
 * aggregated at query time: with many concurrent writers, rollup counters would be hot rows.
 */
export const postgresMigrations: string[] = [
  `
  CREATE TABLE articles (
    pk BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT, source TEXT, url TEXT, byline TEXT, language TEXT,
    published_at TEXT, published_day TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    duplicate_of TEXT,
    similarity DOUBLE PRECISION,
    signature BYTEA NOT NULL,
    tone DOUBLE PRECISION,
    quote_count INTEGER NOT NULL DEFAULT 0,
    top_themes TEXT NOT NULL DEFAULT '[]',
    added_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    fts TSVECTOR
  );
  CREATE INDEX articles_hash ON articles(content_hash);
  CREATE INDEX articles_day ON articles(published_day);
  CREATE INDEX articles_fts ON articles USING GIN (fts);
  CREATE TABLE analyses (article BIGINT PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE, json TEXT NOT NULL);
  CREATE TABLE lsh_bands (band BIGINT NOT NULL, article BIGINT NOT NULL REFERENCES articles(pk) ON DELETE CASCADE);
  CREATE INDEX lsh_bands_band ON lsh_bands(band);
  CREATE INDEX lsh_bands_article ON lsh_bands(article);
  CREATE TABLE quotes (
    pk BIGSERIAL PRIMARY KEY,
    article BIGINT NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    quote_id TEXT NOT NULL, text TEXT NOT NULL, form TEXT NOT NULL,
    speaker TEXT, speaker_key TEXT, speaker_norm TEXT, role TEXT,
    start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
    published_day TEXT,
    fts TSVECTOR GENERATED ALWAYS AS (setweight(to_tsvector('english', text), 'A') || setweight(to_tsvector('english', coalesce(speaker, '')), 'B')) STORED
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_speaker ON quotes(speaker_key);
  CREATE INDEX quotes_speaker_norm ON quotes(speaker_norm);
  CREATE INDEX quotes_fts ON quotes USING GIN (fts);
  CREATE TABLE entities (pk BIGSERIAL PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL, name_key TEXT NOT NULL);
  CREATE INDEX entities_name ON entities(name_key);
  CREATE TABLE article_entities (
    article BIGINT NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    entity BIGINT NOT NULL REFERENCES entities(pk),
    mentions INTEGER NOT NULL, salience DOUBLE PRECISION NOT NULL, tone DOUBLE PRECISION, rank INTEGER NOT NULL, pair_rank INTEGER,
    published_day TEXT,
    PRIMARY KEY (article, entity)
  );
  CREATE INDEX article_entities_entity ON article_entities(entity, published_day);
  CREATE TABLE article_themes (
    article BIGINT NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    theme_id TEXT NOT NULL, label TEXT NOT NULL, label_key TEXT NOT NULL, top_level TEXT NOT NULL, score DOUBLE PRECISION NOT NULL,
    published_day TEXT,
    PRIMARY KEY (article, theme_id)
  );
  CREATE INDEX article_themes_id ON article_themes(theme_id);
  CREATE INDEX article_themes_label ON article_themes(label_key);
  CREATE INDEX article_themes_top ON article_themes(top_level);
  CREATE TABLE keyphrases (article BIGINT NOT NULL REFERENCES articles(pk) ON DELETE CASCADE, text TEXT NOT NULL, score DOUBLE PRECISION NOT NULL);
  CREATE INDEX keyphrases_article ON keyphrases(article);
  `,
  // 2: the article's primary topic is flagged (see the SQLite migration 2).
  `
  ALTER TABLE article_themes ADD COLUMN is_primary BOOLEAN NOT NULL DEFAULT false;
  UPDATE article_themes t SET is_primary = true FROM analyses an, jsonb_array_elements(an.json::jsonb -> 'themes') j
    WHERE an.article = t.article AND j ->> 'id' = t.theme_id AND (j ->> 'primary')::boolean IS TRUE;
  CREATE INDEX article_themes_primary ON article_themes(top_level, is_primary);
  `,
  // 3 (#14): metadata hash and analyzer version (see the SQLite migration of the same purpose).
  `
  ALTER TABLE articles ADD COLUMN meta_hash TEXT;
  ALTER TABLE articles ADD COLUMN analyzer_version TEXT;
  `,
  // 4 (attribution): speaker kind, statement id and confidence per quote (see the SQLite migration 4);
  // no rollups to rebuild here, facets aggregate at query time.
  `
  ALTER TABLE quotes ADD COLUMN speaker_kind TEXT, ADD COLUMN statement TEXT, ADD COLUMN confidence DOUBLE PRECISION;
  UPDATE quotes q SET speaker_kind = j -> 'speaker' ->> 'kind', statement = j ->> 'statement', confidence = (j ->> 'confidence')::double precision
    FROM analyses an, jsonb_array_elements(an.json::jsonb -> 'quotes') j
    WHERE an.article = q.article AND j ->> 'id' = q.quote_id;
  UPDATE quotes SET statement = quote_id WHERE statement IS NULL;
  UPDATE articles a SET quote_count = s.n FROM (
    SELECT an.article, count(DISTINCT coalesce(j ->> 'statement', j ->> 'id'))::int AS n
    FROM analyses an, jsonb_array_elements(an.json::jsonb -> 'quotes') j GROUP BY an.article
  ) s WHERE s.article = a.pk;
  `,
  // 5: corpus entity linking (see the SQLite migration of the same name and entity-links.ts).
  `
  ALTER TABLE entities ADD COLUMN merged_into BIGINT;
  CREATE INDEX entities_merged ON entities(merged_into);
  CREATE TABLE entity_surnames (
    surname TEXT NOT NULL, entity BIGINT NOT NULL, article BIGINT NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    PRIMARY KEY (surname, entity, article)
  );
  CREATE INDEX entity_surnames_article ON entity_surnames(article);
  CREATE INDEX entity_surnames_entity ON entity_surnames(entity);
  CREATE TABLE entity_merges (
    entity BIGINT NOT NULL, source BIGINT NOT NULL, article BIGINT NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    PRIMARY KEY (entity, source, article)
  );
  CREATE INDEX entity_merges_article ON entity_merges(article);
  `,
  // 6: work a migration cannot do in SQL, run right after migrating (pending-tasks.ts). A store
  // filled before corpus linking existed gets its stored articles linked once.
  `
  CREATE TABLE lede_tasks (name TEXT PRIMARY KEY);
  INSERT INTO lede_tasks (name) SELECT 'entity-links' WHERE EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM entity_surnames);
  `,
  // 7 (collect, #17): sources and fetches (see the SQLite migration of the same purpose).
  `
  CREATE TABLE sources (
    url TEXT PRIMARY KEY, name TEXT, collection TEXT,
    etag TEXT, last_modified TEXT, last_poll TIMESTAMPTZ,
    status TEXT NOT NULL DEFAULT 'new', last_error TEXT,
    error_count INTEGER NOT NULL DEFAULT 0, failing_since TIMESTAMPTZ,
    items_seen INTEGER NOT NULL DEFAULT 0, added_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE INDEX sources_collection ON sources(collection);
  CREATE TABLE fetches (
    url TEXT PRIMARY KEY, source TEXT, article_id TEXT, fetched_at TIMESTAMPTZ NOT NULL,
    http_status INTEGER, error TEXT, attempts INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX fetches_article ON fetches(article_id);
  CREATE INDEX fetches_source ON fetches(source, fetched_at);
  `,
];

/** Migrate under an advisory lock, so several workers starting at once do not race. */
export async function migratePostgres(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(7461626)`.execute(tx);
    await sql`CREATE TABLE IF NOT EXISTS lede_schema (version INTEGER NOT NULL)`.execute(tx);
    const row = (await sql<{ version: number }>`SELECT version FROM lede_schema`.execute(tx)).rows[0];
    let version = row?.version ?? 0;
    if (!row) await sql`INSERT INTO lede_schema (version) VALUES (0)`.execute(tx);
    if (version > postgresMigrations.length) {
      throw storeError(`database schema version ${version} is newer than this lede (${postgresMigrations.length}); upgrade lede`, 'db');
    }
    for (; version < postgresMigrations.length; version++) {
      await sql.raw(postgresMigrations[version]!).execute(tx);
      await sql`UPDATE lede_schema SET version = ${version + 1}`.execute(tx);
    }
  });
}
