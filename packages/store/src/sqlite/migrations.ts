import type Database from 'better-sqlite3';
import { storeError } from '../errors.js';

/**
 * Versioned schema: migration i brings the database from user_version i to i + 1. Append only;
 * never edit a shipped migration (databases in the wild have already run it).
 *
 * Duplicates keep their article row and analysis (so users see and can open them) but get no
 * quote/entity/theme/FTS rows: syndicated copies must not inflate "who is quoted most".
 */
export const sqliteMigrations: string[] = [
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT, source TEXT, url TEXT, byline TEXT, language TEXT,
    published_at TEXT, published_day TEXT,
    content_hash TEXT NOT NULL,
    duplicate_of TEXT,
    similarity REAL,
    tone REAL,
    quote_count INTEGER NOT NULL DEFAULT 0,
    top_themes TEXT NOT NULL DEFAULT '[]',
    added_at TEXT NOT NULL
  );
  CREATE INDEX articles_hash ON articles(content_hash);
  CREATE INDEX articles_day ON articles(published_day);
  CREATE INDEX articles_dup ON articles(duplicate_of);

  -- Bodies live apart from the article rows, so list/sort scans stay small; also the FTS content table.
  CREATE TABLE article_texts (rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE, title TEXT, text TEXT NOT NULL);
  CREATE TABLE analyses (article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE, json TEXT NOT NULL);

  -- MinHash signatures of originals only (duplicates are never candidates), apart to keep article rows small.
  CREATE TABLE signatures (article INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE, signature BLOB NOT NULL);
  CREATE TABLE lsh_bands (band INTEGER NOT NULL, article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE);
  CREATE INDEX lsh_bands_band ON lsh_bands(band);
  CREATE INDEX lsh_bands_article ON lsh_bands(article);

  CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    quote_id TEXT NOT NULL,
    text TEXT NOT NULL,
    form TEXT NOT NULL,
    speaker TEXT, speaker_key TEXT, speaker_norm TEXT, role TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    published_day TEXT
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_speaker ON quotes(speaker_key, published_day);
  CREATE INDEX quotes_speaker_norm ON quotes(speaker_norm);
  CREATE INDEX quotes_day ON quotes(published_day);

  -- articles/mentions are rollups kept by the writer, so "top entities" is an index walk.
  CREATE TABLE entities (
    rowid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL, name_key TEXT NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_name ON entities(name_key);
  CREATE INDEX entities_top ON entities(articles DESC, mentions DESC);
  CREATE INDEX entities_type_top ON entities(type, articles DESC, mentions DESC);

  -- Rollups per theme (exact while a theme filter resolves to one theme id; see themeIds()).
  CREATE TABLE themes (theme_id TEXT PRIMARY KEY, label TEXT NOT NULL, label_key TEXT NOT NULL, top_level TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX themes_label ON themes(label_key);
  CREATE INDEX themes_top ON themes(top_level);
  CREATE TABLE entity_themes (
    theme_id TEXT NOT NULL, entity INTEGER NOT NULL, articles INTEGER NOT NULL, mentions INTEGER NOT NULL,
    PRIMARY KEY (theme_id, entity)
  ) WITHOUT ROWID;
  CREATE INDEX entity_themes_top ON entity_themes(theme_id, articles DESC, mentions DESC);
  CREATE TABLE speakers (key TEXT PRIMARY KEY, name TEXT NOT NULL, quotes INTEGER NOT NULL, articles INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX speakers_top ON speakers(quotes DESC, articles DESC);
  CREATE TABLE speaker_themes (
    theme_id TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, quotes INTEGER NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (theme_id, key)
  ) WITHOUT ROWID;
  CREATE INDEX speaker_themes_top ON speaker_themes(theme_id, quotes DESC, articles DESC);

  CREATE TABLE article_entities (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    entity INTEGER NOT NULL REFERENCES entities(rowid),
    mentions INTEGER NOT NULL, salience REAL NOT NULL, tone REAL,
    rank INTEGER NOT NULL,
    pair_rank INTEGER, -- rank among named entities (PAIR_TYPES), null for dates and amounts
    published_day TEXT,
    PRIMARY KEY (article, entity)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_entity ON article_entities(entity, published_day);

  -- Materialised co-occurrence graph over each article's PAIR_TOP most salient named entities (a < b;
  -- dates, money, percentages and quantities are left out: they co-occur with everything),
  -- so the global graph is a scan of counters instead of a self-join over every mention.
  CREATE TABLE entity_pairs (a INTEGER NOT NULL, b INTEGER NOT NULL, articles INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
  CREATE INDEX entity_pairs_top ON entity_pairs(articles DESC);
  CREATE INDEX entity_pairs_b ON entity_pairs(b);

  CREATE TABLE article_themes (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    theme_id TEXT NOT NULL, label TEXT NOT NULL, label_key TEXT NOT NULL, top_level TEXT NOT NULL, score REAL NOT NULL,
    published_day TEXT,
    PRIMARY KEY (article, theme_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_themes_id ON article_themes(theme_id);
  CREATE INDEX article_themes_label ON article_themes(label_key);
  CREATE INDEX article_themes_top ON article_themes(top_level);
  CREATE INDEX article_themes_day ON article_themes(published_day);

  CREATE TABLE keyphrases (article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE, text TEXT NOT NULL, score REAL NOT NULL);
  CREATE INDEX keyphrases_article ON keyphrases(article);
  CREATE INDEX keyphrases_text ON keyphrases(text);

  -- External-content FTS5: the text lives once, in articles/quotes; we insert and delete index rows ourselves.
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='article_texts', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
  CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2');
  INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0)');
  `,
  // 2: the article's primary topic is flagged, so `--primary X` and the theme facet's primary counts
  // are one indexed lookup; existing rows are backfilled from the stored analysis.
  `
  ALTER TABLE article_themes ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 0;
  UPDATE article_themes SET is_primary = 1 WHERE EXISTS (
    SELECT 1 FROM analyses an, json_each(an.json, '$.themes') j
    WHERE an.article = article_themes.article AND json_extract(j.value, '$.id') = article_themes.theme_id
      AND json_extract(j.value, '$.primary') = 1
  );
  CREATE INDEX article_themes_primary ON article_themes(top_level, is_primary);
  `,
  // 3 (#14): metadata hash (same text, corrected date/source = an update) and the analyzer version of each
  // article. Rows from before have NULLs: their next re-add is treated as changed, once.
  `
  ALTER TABLE articles ADD COLUMN meta_hash TEXT;
  ALTER TABLE articles ADD COLUMN analyzer_version TEXT;
  `,
  // 4 (attribution): quotes carry their speaker's kind, statement id and confidence, backfilled from
  // the stored analysis. Counts move to statements (fragments of one statement once), and the
  // speaker rollups are rebuilt to hold only countable speakers (see statements.ts, countableSpeakerSql).
  `
  ALTER TABLE quotes ADD COLUMN speaker_kind TEXT;
  ALTER TABLE quotes ADD COLUMN statement TEXT;
  ALTER TABLE quotes ADD COLUMN confidence REAL;
  -- Each analysis JSON is parsed once (into a temp table), not once per quote row.
  CREATE TEMP TABLE attribution_backfill AS
    SELECT an.article, json_extract(j.value, '$.id') AS quote_id, json_extract(j.value, '$.speaker.kind') AS kind,
      coalesce(json_extract(j.value, '$.statement'), json_extract(j.value, '$.id')) AS statement, json_extract(j.value, '$.confidence') AS confidence
    FROM analyses an, json_each(an.json, '$.quotes') j;
  CREATE INDEX temp.attribution_backfill_quote ON attribution_backfill(article, quote_id);
  UPDATE quotes SET speaker_kind = b.kind, statement = b.statement, confidence = b.confidence
    FROM attribution_backfill b WHERE b.article = quotes.article AND b.quote_id = quotes.quote_id;
  UPDATE quotes SET statement = quote_id WHERE statement IS NULL;
  UPDATE articles SET quote_count = coalesce((SELECT count(DISTINCT b.statement) FROM attribution_backfill b WHERE b.article = articles.rowid), 0)
    WHERE EXISTS (SELECT 1 FROM analyses an WHERE an.article = articles.rowid);
  DROP TABLE attribution_backfill;
  DELETE FROM speakers;
  INSERT INTO speakers (key, name, quotes, articles)
    SELECT q.speaker_key, max(q.speaker), count(DISTINCT q.article || ':' || q.statement), count(DISTINCT q.article) FROM quotes q
    WHERE q.speaker_key IS NOT NULL AND (q.speaker_kind IS NULL OR q.speaker_kind IN ('named', 'resolved')
      OR (q.speaker_kind = 'organisation' AND q.speaker_key NOT LIKE 'name:%'))
    GROUP BY q.speaker_key;
  DELETE FROM speaker_themes;
  INSERT INTO speaker_themes (theme_id, key, name, quotes, articles)
    SELECT t.theme_id, q.speaker_key, max(q.speaker), count(DISTINCT q.article || ':' || q.statement), count(DISTINCT q.article)
    FROM quotes q JOIN article_themes t ON t.article = q.article
    WHERE q.speaker_key IS NOT NULL AND (q.speaker_kind IS NULL OR q.speaker_kind IN ('named', 'resolved')
      OR (q.speaker_kind = 'organisation' AND q.speaker_key NOT LIKE 'name:%'))
    GROUP BY t.theme_id, q.speaker_key;
  `,
  // 5: corpus entity linking (see entity-links.ts): a surname-only PERSON entity is folded into the
  // full name its same-article evidence points to; merged_into keeps the old key resolvable.
  `
  ALTER TABLE entities ADD COLUMN merged_into INTEGER;
  CREATE TABLE entity_surnames (
    surname TEXT NOT NULL, entity INTEGER NOT NULL, article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (surname, entity, article)
  ) WITHOUT ROWID;
  CREATE INDEX entity_surnames_article ON entity_surnames(article);
  CREATE INDEX entity_surnames_entity ON entity_surnames(entity);
  CREATE TABLE entity_merges (
    entity INTEGER NOT NULL, source INTEGER NOT NULL, article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (entity, source, article)
  ) WITHOUT ROWID;
  CREATE INDEX entity_merges_article ON entity_merges(article);
  CREATE INDEX entities_merged ON entities(merged_into);
  `,
  // 6: work a migration cannot do in SQL, run by the next writable open (pending-tasks.ts). A store
  // filled before corpus linking existed gets its stored articles linked once.
  `
  CREATE TABLE lede_tasks (name TEXT PRIMARY KEY) WITHOUT ROWID;
  INSERT INTO lede_tasks (name) SELECT 'entity-links' WHERE EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM entity_surnames);
  `,
  // 7 (collect, #17): feeds the collector polls, with their health and conditional-GET validators, and one
  // row per article URL fetched (fetch time, HTTP status, error, attempts): what makes an item collected once.
  `
  CREATE TABLE sources (
    url TEXT PRIMARY KEY, name TEXT, collection TEXT,
    etag TEXT, last_modified TEXT, last_poll TEXT,
    status TEXT NOT NULL DEFAULT 'new', last_error TEXT,
    error_count INTEGER NOT NULL DEFAULT 0, failing_since TEXT,
    items_seen INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX sources_collection ON sources(collection);
  CREATE TABLE fetches (
    url TEXT PRIMARY KEY, source TEXT, article_id TEXT, fetched_at TEXT NOT NULL,
    http_status INTEGER, error TEXT, attempts INTEGER NOT NULL DEFAULT 1
  ) WITHOUT ROWID;
  CREATE INDEX fetches_article ON fetches(article_id);
  CREATE INDEX fetches_source ON fetches(source, fetched_at);
  `,
];

/** Bring a database to the newest schema, one transaction per step. */
export function migrateSqlite(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > sqliteMigrations.length) {
    throw storeError(`database schema version ${current} is newer than this lede (${sqliteMigrations.length}); upgrade lede`, 'db');
  }
  for (let v = current; v < sqliteMigrations.length; v++) {
    db.transaction(() => {
      db.exec(sqliteMigrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
