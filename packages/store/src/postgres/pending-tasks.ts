import { sql, type Kysely } from 'kysely';
import { prepareArticle, restoreAnalysis } from '../prepare.js';
import { linkBatch } from './entity-links.js';

type Row = Record<string, any>;

/** Stored articles re-linked per query: bounded memory on a large corpus. */
const CHUNK = 500;

/**
 * Run the tasks migrations left in `lede_tasks` (see migrations.ts, step 6); the SQLite store's
 * pending-tasks.ts does the same. `entity-links`: a store filled before corpus linking folds its
 * surname-only entities now. One transaction with the task row's removal, under the migration
 * lock, so concurrent openers run it once and an interrupted run is retried by the next open.
 */
export async function runPendingTasks(db: Kysely<any>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(7461626)`.execute(tx);
    const task = (await sql<Row>`SELECT name FROM lede_tasks WHERE name = 'entity-links' FOR UPDATE`.execute(tx)).rows[0];
    if (!task) return;
    for (let after = 0; ; ) {
      const chunk = (
        await sql<Row>`SELECT a.pk, an.json, a.text FROM articles a JOIN analyses an ON an.article = a.pk
          WHERE a.duplicate_of IS NULL AND a.pk > ${after} ORDER BY a.pk LIMIT ${CHUNK}`.execute(tx)
      ).rows;
      if (!chunk.length) break;
      await linkBatch(tx, chunk.map((r) => prepareArticle(restoreAnalysis(r.json, r.text))));
      after = Number(chunk[chunk.length - 1]!.pk);
    }
    await sql`DELETE FROM lede_tasks WHERE name = 'entity-links'`.execute(tx);
  });
}
