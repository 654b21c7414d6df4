import type Database from 'better-sqlite3';
import { NEAR_DUPLICATE_THRESHOLD, signatureFromBuffer, signatureToBuffer, similarity } from '../dedupe/minhash.js';
import { normaliseName, type PreparedArticle } from '../prepare.js';
import type { AddResult } from '../types.js';

/** How many of an article's most salient entities feed the materialised co-occurrence graph. */
export const PAIR_TOP = 10;

type Row = Record<string, unknown>;

/**
 * The write path of the SQLite store: prepared statements, one article at a time, inside a
 * transaction the caller opens (so a batch commits whole or not at all).
 */
export function createWriter(db: Database.Database) {
  const s = {
    byId: db.prepare('SELECT rowid, content_hash, duplicate_of, similarity, title, text FROM articles WHERE id = ?'),
    byHash: db.prepare('SELECT id, duplicate_of FROM articles WHERE content_hash = ? AND id <> ? ORDER BY rowid LIMIT 1'),
    bandCandidates: db.prepare(
      `SELECT DISTINCT a.rowid, a.id, a.signature FROM lsh_bands b JOIN articles a ON a.rowid = b.article
       WHERE b.band IN (${Array(16).fill('?').join(',')}) AND a.id <> ? LIMIT 200`,
    ),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, title, source, url, byline, language, published_at, published_day, text, content_hash,
         duplicate_of, similarity, signature, tone, quote_count, top_themes, added_at)
       VALUES (@id, @title, @source, @url, @byline, @language, @publishedAt, @publishedDay, @text, @contentHash,
         @duplicateOf, @similarity, @signature, @tone, @quoteCount, @topThemes, @addedAt)`,
    ),
    insertAnalysis: db.prepare('INSERT INTO analyses (article, json) VALUES (?, ?)'),
    insertBand: db.prepare('INSERT INTO lsh_bands (band, article) VALUES (?, ?)'),
    insertArticleFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    deleteArticleFts: db.prepare("INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)"),
    insertQuote: db.prepare(
      `INSERT INTO quotes (article, quote_id, text, form, speaker, speaker_key, speaker_norm, role, start, "end", published_day)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
    quotesOf: db.prepare('SELECT rowid, text, speaker FROM quotes WHERE article = ?'),
    deleteQuoteFts: db.prepare("INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', ?, ?, ?)"),
    upsertEntity: db.prepare(
      `INSERT INTO entities (key, name, type, name_key) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING rowid`,
    ),
    insertArticleEntity: db.prepare(
      'INSERT INTO article_entities (article, entity, mentions, salience, tone, rank, published_day) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    topEntitiesOf: db.prepare(`SELECT entity FROM article_entities WHERE article = ? AND rank < ${PAIR_TOP} ORDER BY entity`),
    bumpPair: db.prepare(
      'INSERT INTO entity_pairs (a, b, articles) VALUES (?, ?, ?) ON CONFLICT(a, b) DO UPDATE SET articles = articles + excluded.articles',
    ),
    insertTheme: db.prepare(
      'INSERT OR IGNORE INTO article_themes (article, theme_id, label, label_key, top_level, score, published_day) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    insertKeyphrase: db.prepare('INSERT INTO keyphrases (article, text, score) VALUES (?, ?, ?)'),
    deleteArticle: db.prepare('DELETE FROM articles WHERE rowid = ?'),
    deletePairsZero: db.prepare('DELETE FROM entity_pairs WHERE articles <= 0'),
  };

  // Entity key -> rowid, to skip the upsert round trip for entities seen before. Cleared when a
  // transaction fails, since rolled-back rowids would be stale.
  const entityIds = new Map<string, number>();

  const bumpPairs = (entities: number[], delta: number): void => {
    const sorted = [...entities].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) s.bumpPair.run(sorted[i], sorted[j], delta);
  };

  /** Remove an article and every row derived from it (FTS rows and graph counters by hand). */
  const remove = (old: Row): void => {
    const rowid = old.rowid as number;
    if (old.duplicate_of === null) {
      s.deleteArticleFts.run(rowid, old.title, old.text);
      for (const q of s.quotesOf.all(rowid) as Row[]) s.deleteQuoteFts.run(q.rowid, q.text, q.speaker);
      bumpPairs((s.topEntitiesOf.all(rowid) as Row[]).map((r) => r.entity as number), -1);
      s.deletePairsZero.run();
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
    const info = s.insertArticle.run({
      ...p,
      signature: signatureToBuffer(p.signature),
      duplicateOf: original?.id ?? null,
      similarity: original?.similarity ?? null,
      quoteCount: p.quotes.length,
      topThemes: JSON.stringify(p.topThemes),
      addedAt: new Date().toISOString(),
    });
    const rowid = Number(info.lastInsertRowid);
    s.insertAnalysis.run(rowid, p.json);
    if (original) return; // duplicates: stored and linked, but not counted twice in search or facets
    for (const band of p.bands) s.insertBand.run(band, rowid);
    s.insertArticleFts.run(rowid, p.title, p.text);
    for (const q of p.quotes) {
      const norm = q.speaker === null ? null : normaliseName(q.speaker);
      const qi = s.insertQuote.run(rowid, q.quoteId, q.text, q.form, q.speaker, q.speakerKey, norm, q.role, q.start, q.end, p.publishedDay);
      s.insertQuoteFts.run(Number(qi.lastInsertRowid), q.text, q.speaker);
    }
    const ranked = [...p.entities].sort((x, y) => y.salience - x.salience || y.mentions - x.mentions);
    const top: number[] = [];
    ranked.forEach((e, rank) => {
      let id = entityIds.get(e.key);
      if (id === undefined) {
        id = (s.upsertEntity.get(e.key, e.name, e.type, normaliseName(e.name)) as Row).rowid as number;
        if (entityIds.size > 200_000) entityIds.clear();
        entityIds.set(e.key, id);
      }
      s.insertArticleEntity.run(rowid, id, e.mentions, e.salience, e.tone, rank, p.publishedDay);
      if (rank < PAIR_TOP) top.push(id);
    });
    bumpPairs(top, 1);
    for (const t of p.themes) s.insertTheme.run(rowid, t.themeId, t.label, normaliseName(t.label), t.topLevel, t.score, p.publishedDay);
    for (const k of p.keyphrases) s.insertKeyphrase.run(rowid, k.text, k.score);
  };

  /** Store one prepared article; must run inside a transaction. */
  const addOne = (p: PreparedArticle): AddResult => {
    const old = s.byId.get(p.id) as Row | undefined;
    if (old && old.content_hash === p.contentHash) {
      const dup = old.duplicate_of as string | null;
      return { id: p.id, status: 'unchanged', ...(dup && { duplicateOf: dup, similarity: old.similarity as number }) };
    }
    if (old) remove(old);
    const original = findOriginal(p);
    insert(p, original);
    if (original) return { id: p.id, status: old ? 'updated' : 'duplicate', duplicateOf: original.id, similarity: original.similarity };
    return { id: p.id, status: old ? 'updated' : 'added' };
  };

  return { addOne, forgetCache: () => entityIds.clear() };
}
