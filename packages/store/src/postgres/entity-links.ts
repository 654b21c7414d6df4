import { sql, type Kysely, type Transaction } from 'kysely';
import { dominant, surnameOnly, type EntityExplanation } from '../entity-links.js';
import type { PreparedArticle } from '../prepare.js';

type Row = Record<string, any>;
type Db = Kysely<any> | Transaction<any>;

/**
 * Corpus linking on PostgreSQL (see ../entity-links.ts). Facets here aggregate at query time, so
 * folding a surname-only entity is re-pointing its article rows and quotes; no rollups to redo.
 * Runs in the batch's transaction; a per-surname advisory lock keeps concurrent writers apart.
 */
export async function linkBatch(tx: Db, items: readonly PreparedArticle[]): Promise<void> {
  const surnames = new Set<string>();
  for (const p of items) {
    let article: number | undefined;
    for (const e of p.entities) {
      const only = surnameOnly(e);
      if (only) surnames.add(only);
      if (!e.surnames?.length) continue;
      article ??= (await sql<Row>`SELECT pk FROM articles WHERE id = ${p.id} AND duplicate_of IS NULL`.execute(tx)).rows[0]?.pk;
      if (article === undefined) break;
      const row = (await sql<Row>`SELECT pk, merged_into FROM entities WHERE key = ${e.key}`.execute(tx)).rows[0];
      if (!row) continue;
      for (const sn of e.surnames) {
        await sql`INSERT INTO entity_surnames (surname, entity, article) VALUES (${sn}, ${row.merged_into ?? row.pk}, ${article}) ON CONFLICT DO NOTHING`.execute(tx);
        surnames.add(sn);
      }
    }
  }
  for (const sn of [...surnames].sort()) {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`lede-surname:${sn}`}))`.execute(tx);
    const ev = (await sql<Row>`SELECT entity, count(*)::int AS n FROM entity_surnames WHERE surname = ${sn} GROUP BY entity ORDER BY n DESC LIMIT 2`.execute(tx)).rows;
    const dst = dominant(ev.map((r) => ({ entity: Number(r.entity), n: r.n })));
    if (dst === undefined) continue;
    const t = (await sql<Row>`SELECT pk, key, merged_into FROM entities WHERE pk = ${dst}`.execute(tx)).rows[0];
    if (!t || t.merged_into !== null) continue;
    const srcs = (await sql<Row>`SELECT pk, key FROM entities WHERE name_key = ${sn} AND type = 'PERSON' AND pk <> ${dst} AND key NOT LIKE 'wikidata:%'`.execute(tx)).rows;
    for (const src of srcs) await merge(tx, Number(src.pk), src.key, dst, t.key);
  }
}

async function merge(tx: Db, src: number, srcKey: string, dst: number, dstKey: string): Promise<void> {
  await sql`INSERT INTO entity_merges (entity, source, article) SELECT ${dst}, ${src}, article FROM article_entities WHERE entity = ${src} ON CONFLICT DO NOTHING`.execute(tx);
  await sql`UPDATE article_entities d SET mentions = d.mentions + x.mentions, pair_rank = least(d.pair_rank, x.pair_rank)
    FROM article_entities x WHERE x.article = d.article AND x.entity = ${src} AND d.entity = ${dst}`.execute(tx);
  await sql`DELETE FROM article_entities x USING article_entities d WHERE x.entity = ${src} AND d.entity = ${dst} AND d.article = x.article`.execute(tx);
  await sql`UPDATE article_entities SET entity = ${dst} WHERE entity = ${src}`.execute(tx);
  await sql`UPDATE entities SET merged_into = ${dst} WHERE pk = ${src}`.execute(tx);
  await sql`UPDATE quotes SET speaker_key = ${dstKey} WHERE speaker_key = ${srcKey}`.execute(tx);
}

/** The corpus entity a name or key resolves to, and what was merged into it. */
export async function explainEntity(db: Db, name: string, normalised: string): Promise<EntityExplanation | undefined> {
  const hit = (
    await sql<Row>`SELECT t.pk FROM entities e JOIN entities t ON t.pk = coalesce(e.merged_into, e.pk)
      WHERE e.key = ${name} OR e.name_key = ${normalised}
      ORDER BY (SELECT count(*) FROM article_entities ae WHERE ae.entity = t.pk) DESC LIMIT 1`.execute(db)
  ).rows[0];
  if (!hit) return undefined;
  const id = Number(hit.pk);
  const e = (
    await sql<Row>`SELECT key, name, type, (SELECT count(*)::int FROM article_entities WHERE entity = ${id}) AS articles,
      (SELECT coalesce(sum(mentions), 0)::int FROM article_entities WHERE entity = ${id}) AS mentions FROM entities WHERE pk = ${id}`.execute(db)
  ).rows[0]!;
  const merged = [];
  for (const m of (await sql<Row>`SELECT pk, key, name FROM entities WHERE merged_into = ${id} ORDER BY name`.execute(db)).rows) {
    const arts = (await sql<Row>`SELECT a.id FROM entity_merges m JOIN articles a ON a.pk = m.article WHERE m.entity = ${id} AND m.source = ${m.pk} ORDER BY a.id`.execute(db)).rows;
    merged.push({ name: m.name as string, key: m.key as string, articles: arts.map((r) => r.id as string) });
  }
  const surnames = [];
  for (const r of (await sql<Row>`SELECT DISTINCT surname FROM entity_surnames WHERE entity = ${id} ORDER BY surname`.execute(db)).rows) {
    const arts = (await sql<Row>`SELECT a.id FROM entity_surnames s JOIN articles a ON a.pk = s.article WHERE s.entity = ${id} AND s.surname = ${r.surname} ORDER BY a.id`.execute(db)).rows;
    surnames.push({ surname: r.surname as string, articles: arts.map((x) => x.id as string) });
  }
  const top = (await sql<Row>`SELECT a.id, a.title FROM article_entities ae JOIN articles a ON a.pk = ae.article WHERE ae.entity = ${id} ORDER BY ae.salience DESC, a.id LIMIT 10`.execute(db)).rows;
  return {
    key: e.key, name: e.name, type: e.type, articles: e.articles, mentions: e.mentions, mergedNames: merged, surnames,
    topArticles: top.map((r) => ({ id: r.id as string, ...(r.title != null && { title: r.title as string }) })),
  };
}
