import type Database from 'better-sqlite3';
import { prepareArticle, restoreAnalysis, type PreparedArticle } from '../prepare.js';

type Linker = { linkBatch(items: readonly PreparedArticle[]): void };

/** Stored articles re-linked per transaction step: bounded memory on a large corpus. */
const CHUNK = 500;

/**
 * Run the tasks migrations left in `lede_tasks` (see migrations.ts, step 6). `entity-links`: a
 * store filled before corpus linking folds its surname-only entities now, reading every stored
 * original analysis as `lede add` would have prepared it. One transaction with the task row's
 * removal, so an interrupted run leaves the task pending and the next open starts it again.
 */
export function runPendingTasks(db: Database.Database, linker: Linker): void {
  const pending = new Set(db.prepare('SELECT name FROM lede_tasks').pluck().all() as string[]);
  if (!pending.has('entity-links')) return;
  const rows = db.prepare(
    `SELECT a.rowid AS rowid, an.json AS json, t.text AS text FROM articles a JOIN analyses an ON an.article = a.rowid
     JOIN article_texts t ON t.rowid = a.rowid WHERE a.duplicate_of IS NULL AND a.rowid > ? ORDER BY a.rowid LIMIT ${CHUNK}`,
  );
  db.transaction(() => {
    for (let after = 0; ; ) {
      const chunk = rows.all(after) as Array<{ rowid: number; json: string; text: string }>;
      if (!chunk.length) break;
      linker.linkBatch(chunk.map((r) => prepareArticle(restoreAnalysis(r.json, r.text))));
      after = chunk[chunk.length - 1]!.rowid;
    }
    db.prepare("DELETE FROM lede_tasks WHERE name = 'entity-links'").run();
  }).immediate();
}
