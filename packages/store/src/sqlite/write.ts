import type Database from 'better-sqlite3';
import { NEAR_DUPLICATE_THRESHOLD, signatureFromBuffer, signatureToBuffer, similarity } from '../dedupe/minhash.js';
import { normaliseName, PAIR_TOP, PAIR_TYPES, type PreparedArticle } from '../prepare.js';
import type { AddResult } from '../types.js';
import { countableSpeakerSql, countsAsSpeaker } from '../statements.js';



type Row = Record<string, unknown>;

/** One article's contribution to the rollup tables. */
interface Facts {
  entities: Array<{ id: number; mentions: number }>;
  themes: string[];
  speakers: Array<{ key: string; name: string; quotes: number }>;
}

/**
 * The write path of the SQLite store: prepared statements, one article at a time, inside a
 * transaction the caller opens (so a batch commits whole or not at all).
 */
export function createWriter(db: Database.Database) {
  const s = {
    byId: db.prepare('SELECT a.rowid, a.id, a.content_hash, a.meta_hash, a.duplicate_of, a.similarity, t.title, t.text FROM articles a JOIN article_texts t ON t.rowid = a.rowid WHERE a.id = ?'),
    byHash: db.prepare('SELECT id, duplicate_of FROM articles WHERE content_hash = ? AND id <> ? ORDER BY rowid LIMIT 1'),
    bandCandidates: db.prepare(
      `SELECT DISTINCT a.rowid, a.id, sg.signature FROM lsh_bands b JOIN articles a ON a.rowid = b.article JOIN signatures sg ON sg.article = a.rowid
       WHERE b.band IN (${Array(16).fill('?').join(',')}) AND a.id <> ? LIMIT 200`,
    ),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, title, source, url, byline, language, published_at, published_day, content_hash,
         duplicate_of, similarity, tone, quote_count, top_themes, added_at, meta_hash, analyzer_version)
       VALUES (@id, @title, @source, @url, @byline, @language, @publishedAt, @publishedDay, @contentHash,
         @duplicateOf, @similarity, @tone, @quoteCount, @topThemes, @addedAt, @metaHash, @analyzerVersion)`,
    ),
    insertAnalysis: db.prepare('INSERT INTO analyses (article, json) VALUES (?, ?)'),
    insertText: db.prepare('INSERT INTO article_texts (rowid, title, text) VALUES (?, ?, ?)'),
    insertBand: db.prepare('INSERT INTO lsh_bands (band, article) VALUES (?, ?)'),
    insertSignature: db.prepare('INSERT INTO signatures (article, signature) VALUES (?, ?)'),
    insertArticleFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    deleteArticleFts: db.prepare("INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)"),
    insertQuote: db.prepare(
      `INSERT INTO quotes (article, quote_id, text, form, speaker, speaker_key, speaker_norm, role, start, "end", published_day, speaker_kind, statement, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
    quotesOf: db.prepare('SELECT rowid, text, speaker FROM quotes WHERE article = ?'),
    deleteQuoteFts: db.prepare("INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', ?, ?, ?)"),
    upsertEntity: db.prepare(
      `INSERT INTO entities (key, name, type, name_key) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING rowid`,
    ),
    insertArticleEntity: db.prepare(
      'INSERT INTO article_entities (article, entity, mentions, salience, tone, rank, pair_rank, published_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    topEntitiesOf: db.prepare(`SELECT entity FROM article_entities WHERE article = ? AND pair_rank < ${PAIR_TOP}`),
    bumpPair: db.prepare(
      'INSERT INTO entity_pairs (a, b, articles) VALUES (?, ?, ?) ON CONFLICT(a, b) DO UPDATE SET articles = articles + excluded.articles',
    ),
    insertTheme: db.prepare(
      'INSERT OR IGNORE INTO article_themes (article, theme_id, label, label_key, top_level, score, published_day, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertKeyphrase: db.prepare('INSERT INTO keyphrases (article, text, score) VALUES (?, ?, ?)'),
    deleteArticle: db.prepare('DELETE FROM articles WHERE rowid = ?'),
    duplicatesOf: db.prepare('SELECT a.rowid, an.json, t.text FROM articles a JOIN analyses an ON an.article = a.rowid JOIN article_texts t ON t.rowid = a.rowid WHERE a.duplicate_of = ? ORDER BY a.rowid'),
    upsertThemeDict: db.prepare(
      'INSERT INTO themes (theme_id, label, label_key, top_level) VALUES (?, ?, ?, ?) ON CONFLICT(theme_id) DO UPDATE SET label = excluded.label, label_key = excluded.label_key, top_level = excluded.top_level',
    ),
    bumpEntity: db.prepare('UPDATE entities SET articles = articles + ?, mentions = mentions + ? WHERE rowid = ?'),
    bumpEntityTheme: db.prepare(
      'INSERT INTO entity_themes (theme_id, entity, articles, mentions) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions',
    ),
    bumpSpeaker: db.prepare(
      'INSERT INTO speakers (key, name, quotes, articles) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + excluded.articles',
    ),
    bumpSpeakerTheme: db.prepare(
      'INSERT INTO speaker_themes (theme_id, key, name, quotes, articles) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + excluded.articles',
    ),
    factsEntities: db.prepare('SELECT entity, mentions FROM article_entities WHERE article = ?'),
    factsThemes: db.prepare('SELECT theme_id FROM article_themes WHERE article = ?'),
    // Mirrors insert(): countable speakers only, statements counted once.
    factsSpeakers: db.prepare(
      `SELECT q.speaker_key AS key, max(q.speaker) AS name, count(DISTINCT q.statement) AS quotes FROM quotes q
       WHERE q.article = ? AND ${countableSpeakerSql('q')} GROUP BY q.speaker_key`,
    ),
    dropPair: db.prepare('DELETE FROM entity_pairs WHERE a = ? AND b = ? AND articles <= 0'),
    dropEntityTheme: db.prepare('DELETE FROM entity_themes WHERE theme_id = ? AND entity = ? AND articles <= 0'),
    dropSpeaker: db.prepare('DELETE FROM speakers WHERE key = ? AND articles <= 0'),
    dropSpeakerTheme: db.prepare('DELETE FROM speaker_themes WHERE theme_id = ? AND key = ? AND articles <= 0'),
  };

  // Entity key -> rowid, to skip the upsert round trip for entities seen before. Cleared when a
  // transaction fails, since rolled-back rowids would be stale.
  const entityIds = new Map<string, number>();

  // Rollup deltas of the open transaction, summed per key and written once by flush(): an entity
  // or speaker met in several articles of a batch costs one upsert, not one per article (the
  // per-article upserts were over half of the writer's time on BBC).
  const deltas = createRollupDeltas();

  /** Add (+1) or remove (-1) one article's contribution to the facet rollups (applied at flush). */
  const bumpRollups = (f: Facts, sign: 1 | -1): void => {
    for (const e of f.entities) {
      deltas.bump(deltas.entity, e.id, e.id, sign, sign * e.mentions);
      for (const t of f.themes) deltas.bump(deltas.entityTheme, `${t}\u0000${e.id}`, [t, e.id], sign, sign * e.mentions);
    }
    for (const sp of f.speakers) {
      deltas.bump(deltas.speaker, sp.key, [sp.key, sp.name], sign, sign * sp.quotes);
      for (const t of f.themes) deltas.bump(deltas.speakerTheme, `${t}\u0000${sp.key}`, [t, sp.key, sp.name], sign, sign * sp.quotes);
    }
  };

  const bumpPairs = (entities: number[], delta: number): void => {
    const sorted = [...entities].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) deltas.bump(deltas.pair, `${sorted[i]},${sorted[j]}`, [sorted[i]!, sorted[j]!], delta, 0);
    }
  };

  /**
   * Write the summed rollup deltas; rows whose count fell to zero are dropped. Inside the
   * transaction. Deltas go in key order, so consecutive upserts land on the same B-tree pages.
   */
  const flush = (): void => {
    for (const d of sorted(deltas.entity)) if (d.articles || d.amount) s.bumpEntity.run(d.articles, d.amount, d.key);
    for (const d of sorted(deltas.entityTheme)) {
      if (!d.articles && !d.amount) continue;
      const [t, id] = d.key;
      s.bumpEntityTheme.run(t, id, d.articles, d.amount);
      if (d.articles < 0) s.dropEntityTheme.run(t, id);
    }
    for (const d of sorted(deltas.speaker)) {
      if (!d.articles && !d.amount) continue;
      const [key, name] = d.key;
      s.bumpSpeaker.run(key, name, d.amount, d.articles);
      if (d.articles < 0) s.dropSpeaker.run(key);
    }
    for (const d of sorted(deltas.speakerTheme)) {
      if (!d.articles && !d.amount) continue;
      const [t, key, name] = d.key;
      s.bumpSpeakerTheme.run(t, key, name, d.amount, d.articles);
      if (d.articles < 0) s.dropSpeakerTheme.run(t, key);
    }
    for (const d of sorted(deltas.pair)) {
      if (!d.articles) continue;
      const [a, b] = d.key;
      s.bumpPair.run(a, b, d.articles);
      if (d.articles < 0) s.dropPair.run(a, b);
    }
    deltas.clear();
  };

  /** Remove an article and every row derived from it (FTS rows and graph counters by hand). */
  const remove = (old: Row): void => {
    const rowid = old.rowid as number;
    if (old.duplicate_of === null) {
      s.deleteArticleFts.run(rowid, old.title, old.text);
      for (const q of s.quotesOf.all(rowid) as Row[]) s.deleteQuoteFts.run(q.rowid, q.text, q.speaker);
      bumpPairs((s.topEntitiesOf.all(rowid) as Row[]).map((r) => r.entity as number), -1);
      bumpRollups(
        {
          entities: (s.factsEntities.all(rowid) as Row[]).map((r) => ({ id: r.entity as number, mentions: r.mentions as number })),
          themes: (s.factsThemes.all(rowid) as Row[]).map((r) => r.theme_id as string),
          speakers: s.factsSpeakers.all(rowid) as Facts['speakers'],
        },
        -1,
      );
    }
    s.deleteArticle.run(rowid);
  };

  /** The original this article copies: exact content hash first, then MinHash/LSH candidates. */
  const findOriginal = (p: PreparedArticle): { id: string; similarity: number } | null => {
    const exact = s.byHash.get(p.contentHash, p.id) as Row | undefined;
    if (exact) return { id: (exact.duplicate_of as string | null) ?? (exact.id as string), similarity: 1 };
    let best: { id: string; similarity: number } | null = null;
    for (const c of s.bandCandidates.all(...p.bands, p.id) as Row[]) {
      const sim = similarity(p.signature, signatureFromBuffer(c.signature as Buffer));
      if (sim >= NEAR_DUPLICATE_THRESHOLD && (!best || sim > best.similarity)) best = { id: c.id as string, similarity: sim };
    }
    return best;
  };

  const insert = (p: PreparedArticle, original: { id: string; similarity: number } | null): void => {
    const { signature, replace: _replace, ...row } = p;
    const info = s.insertArticle.run({
      ...row,
      duplicateOf: original?.id ?? null,
      similarity: original?.similarity ?? null,
      quoteCount: p.quoteCount,
      topThemes: JSON.stringify(p.topThemes),
      addedAt: new Date().toISOString(),
    });
    const rowid = Number(info.lastInsertRowid);
    s.insertAnalysis.run(rowid, p.json);
    s.insertText.run(rowid, p.title, p.text);
    if (original) return; // duplicates: stored and linked, but not counted twice in search or facets
    s.insertSignature.run(rowid, signatureToBuffer(signature));
    for (const band of p.bands) s.insertBand.run(band, rowid);
    s.insertArticleFts.run(rowid, p.title, p.text);
    for (const q of p.quotes) {
      const norm = q.speaker === null ? null : normaliseName(q.speaker);
      const qi = s.insertQuote.run(rowid, q.quoteId, q.text, q.form, q.speaker, q.speakerKey, norm, q.role, q.start, q.end, p.publishedDay, q.speakerKind, q.statement, q.confidence);
      s.insertQuoteFts.run(Number(qi.lastInsertRowid), q.text, q.speaker);
    }
    const ranked = [...p.entities].sort((x, y) => y.salience - x.salience || y.mentions - x.mentions);
    const top: number[] = [];
    let named = 0;
    const facts: Facts = { entities: [], themes: [...new Set(p.themes.map((t) => t.themeId))], speakers: [] };
    ranked.forEach((e, rank) => {
      let id = entityIds.get(e.key);
      if (id === undefined) {
        id = (s.upsertEntity.get(e.key, e.name, e.type, normaliseName(e.name)) as Row).rowid as number;
        if (entityIds.size > 200_000) entityIds.clear();
        entityIds.set(e.key, id);
      }
      const pairRank = PAIR_TYPES.has(e.type) ? named++ : null;
      s.insertArticleEntity.run(rowid, id, e.mentions, e.salience, e.tone, rank, pairRank, p.publishedDay);
      if (pairRank !== null && pairRank < PAIR_TOP) top.push(id);
      facts.entities.push({ id, mentions: e.mentions });
    });
    bumpPairs(top, 1);
    for (const t of p.themes) {
      s.insertTheme.run(rowid, t.themeId, t.label, normaliseName(t.label), t.topLevel, t.score, p.publishedDay, t.primary ? 1 : 0);
      s.upsertThemeDict.run(t.themeId, t.label, normaliseName(t.label), t.topLevel);
    }
    // Speaker rollups: countable speakers only (no unresolved descriptions), one per statement.
    const speakers = new Map<string, Facts['speakers'][number] & { statements: Set<string> }>();
    for (const q of p.quotes) {
      if (!q.speakerKey || q.speaker === null || !countsAsSpeaker(q)) continue;
      const sp = speakers.get(q.speakerKey);
      if (sp) sp.statements.add(q.statement);
      else speakers.set(q.speakerKey, { key: q.speakerKey, name: q.speaker, quotes: 0, statements: new Set([q.statement]) });
    }
    facts.speakers = [...speakers.values()].map((sp) => ({ key: sp.key, name: sp.name, quotes: sp.statements.size }));
    bumpRollups(facts, 1);
    for (const k of p.keyphrases) s.insertKeyphrase.run(rowid, k.text, k.score);
  };

  /** Store one prepared article; must run inside a transaction. */
  const addOne = (p: PreparedArticle): AddResult => {
    const old = s.byId.get(p.id) as Row | undefined;
    if (old && old.content_hash === p.contentHash && old.meta_hash === p.metaHash && !p.replace) {
      const dup = old.duplicate_of as string | null;
      return { id: p.id, status: 'unchanged', ...(dup && { duplicateOf: dup, similarity: old.similarity as number }) };
    }
    if (old) remove(old);
    const original = findOriginal(p);
    insert(p, original);
    if (original) return { id: p.id, status: old ? 'updated' : 'duplicate', duplicateOf: original.id, similarity: original.similarity };
    return { id: p.id, status: old ? 'updated' : 'added' };
  };

  /** Remove a stored article and its aggregates; its duplicates are re-filed (the first becomes the original). */
  /** Remove one article; its copies are re-filed (the first becomes the original). Returns the
   *  re-filed copies (for corpus linking after the flush), or null when no article has the id. */
  const removeById = (id: string, restore: (json: string, text: string) => PreparedArticle): PreparedArticle[] | null => {
    const old = s.byId.get(id) as Row | undefined;
    if (!old) return null;
    remove(old);
    if (old.duplicate_of !== null) return [];
    // All copies leave first, so none is matched against a row still pointing at the removed id.
    const copies = (s.duplicatesOf.all(id) as Row[]).map((d) => {
      s.deleteArticle.run(d.rowid);
      return restore(d.json as string, d.text as string);
    });
    for (const p of copies) insert(p, findOriginal(p));
    return copies;
  };

  return {
    addOne,
    removeById,
    flush,
    /** After a rollback: cached rowids and pending deltas belong to undone work. */
    forgetCache: () => {
      entityIds.clear();
      deltas.clear();
    },
  };
}

/** One summed rollup change: `articles` (+1/-1 per article) and `amount` (mentions or quotes). */
interface Delta<K> {
  key: K;
  articles: number;
  amount: number;
}

/** Per-table maps of pending rollup deltas (insertion order kept, so a new row gets its first name). */
function createRollupDeltas() {
  const maps = {
    entity: new Map<number, Delta<number>>(),
    entityTheme: new Map<string, Delta<[string, number]>>(),
    speaker: new Map<string, Delta<[string, string]>>(),
    speakerTheme: new Map<string, Delta<[string, string, string]>>(),
    pair: new Map<string, Delta<[number, number]>>(),
  };
  return {
    ...maps,
    bump<M, K>(map: Map<M, Delta<K>>, id: M, key: K, articles: number, amount: number): void {
      const d = map.get(id);
      if (d) {
        d.articles += articles;
        d.amount += amount;
      } else map.set(id, { key, articles, amount });
    },
    clear(): void {
      for (const m of Object.values(maps)) m.clear();
    },
  };
}

/** Map entries in key order (numbers numerically, strings by code unit). */
function sorted<M extends number | string, V>(map: Map<M, V>): V[] {
  const keys = [...map.keys()];
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((k) => map.get(k)!);
}
