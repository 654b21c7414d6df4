import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openStore } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');

it('loses nothing committed and leaves no half-written article when killed mid-batch', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-crash-'));
  const db = path.join(dir, 'crash.db');
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', path.join(here, 'crash-child.ts'), db], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let committed = -1;
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      for (const m of d.toString().matchAll(/committed (\d+)/g)) committed = Number(m[1]);
      // Kill a little after the third commit: inside the next transaction.
      if (committed >= 2 && !child.killed) setTimeout(() => child.kill('SIGKILL'), 15);
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
  expect(stderr).toBe('');
  expect(committed).toBeGreaterThanOrEqual(2);

  const raw = new Database(db);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  // Whole batches only: every committed batch is there, the interrupted one is not half there.
  const n = (raw.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  expect(n % 100).toBe(0);
  expect(n / 100).toBeGreaterThanOrEqual(committed + 1);
  expect((raw.prepare('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL').get() as { n: number }).n).toBe(0);
  // Every stored article has all its rows.
  const incomplete = raw.prepare(
    `SELECT a.id FROM articles a LEFT JOIN analyses an ON an.article = a.rowid
     WHERE an.article IS NULL
        OR a.quote_count <> (SELECT count(*) FROM quotes q WHERE q.article = a.rowid)
        OR (SELECT count(*) FROM articles_fts f WHERE f.rowid = a.rowid) = 0
        OR json_array_length(an.json, '$.entities') > 0 AND NOT EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article = a.rowid)`,
  ).all();
  expect(incomplete).toEqual([]);
  raw.close();

  // And the store still opens and answers.
  const store = await openStore({ db });
  expect((await store.stats()).articles).toBe(n);
  expect((await store.search('premature')).length).toBeGreaterThan(0);
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
