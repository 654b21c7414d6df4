import type Database from 'better-sqlite3';
import { dominant, surnameOnly, type EntityExplanation } from '../entity-links.js';
import { PAIR_TOP, type PreparedArticle } from '../prepare.js';
import { countableSpeakerSql } from '../statements.js';

type Row = Record<string, unknown>;

/**
 * Corpus linking on SQLite (see ../entity-links.ts): after a batch is written, record its surname
 * evidence and fold surname-only PERSON entities into the full name the evidence points to.
 * Folding re-points the article rows and quotes, then recomputes the folded entity's rollups
 * (counts, theme rollups, co-occurrence edges, speaker rows), so every facet sees one person.
 * Runs inside the batch's transaction, after the writer's flush.
 */
export function createEntityLinker(db: Database.Database) {
  const s = {
    article: db.prepare('SELECT rowid FROM articles WHERE id = ? AND duplicate_of IS NULL'),
    entity: db.prepare('SELECT rowid, merged_into FROM entities WHERE key = ?'),
    addEvidence: db.prepare('INSERT OR IGNORE INTO entity_surnames (surname, entity, article) VALUES (?, ?, ?)'),
    evidence: db.prepare('SELECT entity, count(*) AS n FROM entity_surnames WHERE surname = ? GROUP BY entity ORDER BY n DESC LIMIT 2'),
    sources: db.prepare("SELECT rowid, key FROM entities WHERE name_key = ? AND type = 'PERSON' AND rowid <> ? AND key NOT LIKE 'wikidata:%'"),
    hasRows: db.prepare('SELECT EXISTS (SELECT 1 FROM article_entities WHERE entity = ?) OR EXISTS (SELECT 1 FROM quotes WHERE speaker_key = ?) AS x'),
    target: db.prepare('SELECT rowid, key, name, merged_into FROM entities WHERE rowid = ?'),
  };
  const merge = db.transaction((src: number, srcKey: string, dst: number, dstKey: string, dstName: string) => {
    db.prepare('INSERT OR IGNORE INTO entity_merges (entity, source, article) SELECT ?, ?, article FROM article_entities WHERE entity = ?').run(dst, src, src);
    // Articles holding both: add the surname rows' mentions to the full name's, then drop them.
    db.prepare(
      `UPDATE article_entities SET mentions = mentions + (SELECT x.mentions FROM article_entities x WHERE x.article = article_entities.article AND x.entity = ?),
         pair_rank = min(pair_rank, (SELECT x.pair_rank FROM article_entities x WHERE x.article = article_entities.article AND x.entity = ?))
       WHERE entity = ? AND article IN (SELECT article FROM article_entities WHERE entity = ?)`,
    ).run(src, src, dst, src);
    db.prepare('DELETE FROM article_entities WHERE entity = ? AND article IN (SELECT article FROM article_entities WHERE entity = ?)').run(src, dst);
    db.prepare('UPDATE article_entities SET entity = ? WHERE entity = ?').run(dst, src);
    db.prepare(
      `UPDATE entities SET articles = (SELECT count(*) FROM article_entities WHERE entity = ?),
         mentions = (SELECT coalesce(sum(mentions), 0) FROM article_entities WHERE entity = ?) WHERE rowid = ?`,
    ).run(dst, dst, dst);
    db.prepare('UPDATE entities SET articles = 0, mentions = 0, merged_into = ? WHERE rowid = ?').run(dst, src);
    db.prepare('DELETE FROM entity_themes WHERE entity IN (?, ?)').run(src, dst);
    db.prepare(
      `INSERT INTO entity_themes (theme_id, entity, articles, mentions)
       SELECT t.theme_id, ?, count(*), sum(ae.mentions) FROM article_entities ae JOIN article_themes t ON t.article = ae.article WHERE ae.entity = ? GROUP BY t.theme_id`,
    ).run(dst, dst);
    db.prepare('DELETE FROM entity_pairs WHERE a IN (?, ?) OR b IN (?, ?)').run(src, dst, src, dst);
    db.prepare(
      `INSERT INTO entity_pairs (a, b, articles)
       SELECT min(x.entity, y.entity), max(x.entity, y.entity), count(*) FROM article_entities x
       JOIN article_entities y ON y.article = x.article AND y.entity <> x.entity
       WHERE x.entity = ? AND x.pair_rank < ${PAIR_TOP} AND y.pair_rank < ${PAIR_TOP} GROUP BY y.entity`,
    ).run(dst);
    // Quotes: only the grouping key moves (the speaker text is indexed by FTS and stays as written).
    db.prepare('UPDATE quotes SET speaker_key = ? WHERE speaker_key = ?').run(dstKey, srcKey);
    db.prepare('DELETE FROM speakers WHERE key IN (?, ?)').run(srcKey, dstKey);
    // As the writer counts them: countable speakers only, a statement once (see ../statements.ts).
    db.prepare(
      `INSERT INTO speakers (key, name, quotes, articles)
       SELECT ?, ?, count(DISTINCT q.article || ':' || q.statement), count(DISTINCT q.article) FROM quotes q
       WHERE q.speaker_key = ? AND ${countableSpeakerSql('q')} HAVING count(*) > 0`,
    ).run(dstKey, dstName, dstKey);
    db.prepare('DELETE FROM speaker_themes WHERE key IN (?, ?)').run(srcKey, dstKey);
    db.prepare(
      `INSERT INTO speaker_themes (theme_id, key, name, quotes, articles)
       SELECT t.theme_id, ?, ?, count(DISTINCT q.article || ':' || q.statement), count(DISTINCT q.article) FROM quotes q
       JOIN article_themes t ON t.article = q.article WHERE q.speaker_key = ? AND ${countableSpeakerSql('q')} GROUP BY t.theme_id`,
    ).run(dstKey, dstName, dstKey);
  });

  /** Link the entities of a written batch (originals that were added or replaced). */
  const linkBatch = (items: readonly PreparedArticle[]): void => {
    const surnames = new Set<string>();
    for (const p of items) {
      let article: number | undefined;
      for (const e of p.entities) {
        const only = surnameOnly(e);
        if (only) surnames.add(only);
        if (!e.surnames?.length) continue;
        article ??= (s.article.get(p.id) as Row | undefined)?.rowid as number | undefined;
        if (article === undefined) break; // a duplicate: no entity rows of its own
        const row = s.entity.get(e.key) as Row | undefined;
        if (!row) continue;
        const id = (row.merged_into as number | null) ?? (row.rowid as number);
        for (const sn of e.surnames) {
          s.addEvidence.run(sn, id, article);
          surnames.add(sn);
        }
      }
    }
    for (const sn of surnames) {
      const dst = dominant(s.evidence.all(sn) as Array<{ entity: number; n: number }>);
      if (dst === undefined) continue;
      const t = s.target.get(dst) as Row | undefined;
      if (!t || t.merged_into !== null) continue;
      for (const src of s.sources.all(sn, dst) as Row[]) {
        if (!(s.hasRows.get(src.rowid, src.key) as Row).x) continue;
        merge(src.rowid as number, src.key as string, dst, t.key as string, t.name as string);
      }
    }
  };

  /** The corpus entity a name or key resolves to, and what was merged into it. */
  const explain = (name: string, normalised: string): EntityExplanation | undefined => {
    const hit = db
      .prepare('SELECT t.rowid AS id FROM entities e JOIN entities t ON t.rowid = coalesce(e.merged_into, e.rowid) WHERE e.key = ? OR e.name_key = ? ORDER BY t.articles DESC LIMIT 1')
      .get(name, normalised) as Row | undefined;
    if (!hit) return undefined;
    const id = hit.id as number;
    const e = db.prepare('SELECT key, name, type, articles, mentions FROM entities WHERE rowid = ?').get(id) as Row;
    const ids = (sql: string, ...args: unknown[]) => (db.prepare(sql).all(...args) as Row[]).map((r) => r.id as string);
    const merged = (db.prepare('SELECT rowid, key, name FROM entities WHERE merged_into = ? ORDER BY name').all(id) as Row[]).map((m) => ({
      name: m.name as string,
      key: m.key as string,
      articles: ids('SELECT a.id FROM entity_merges m JOIN articles a ON a.rowid = m.article WHERE m.entity = ? AND m.source = ? ORDER BY a.id', id, m.rowid),
    }));
    const surnames = (db.prepare('SELECT DISTINCT surname FROM entity_surnames WHERE entity = ? ORDER BY surname').all(id) as Row[]).map((r) => ({
      surname: r.surname as string,
      articles: ids('SELECT a.id FROM entity_surnames s JOIN articles a ON a.rowid = s.article WHERE s.entity = ? AND s.surname = ? ORDER BY a.id', id, r.surname),
    }));
    const topArticles = (db
      .prepare('SELECT a.id, a.title FROM article_entities ae JOIN articles a ON a.rowid = ae.article WHERE ae.entity = ? ORDER BY ae.salience DESC, a.id LIMIT 10')
      .all(id) as Row[]).map((r) => ({ id: r.id as string, ...(r.title != null && { title: r.title as string }) }));
    return { key: e.key as string, name: e.name as string, type: e.type as string, articles: e.articles as number, mentions: e.mentions as number, mergedNames: merged, surnames, topArticles };
  };

  return { linkBatch, explain };
}
