import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, EntityType } from '@lede/core';
import { openStore } from '../src/index.js';
import { prepareArticle } from '../src/prepare.js';
import { sqliteMigrations } from '../src/sqlite/migrations.js';
import { createWriter } from '../src/sqlite/write.js';
import { postgresMigrations } from '../src/postgres/migrations.js';
import { addOne } from '../src/postgres/store.js';
import { freshSchema, pgUrl } from './pg-schema.js';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

// A store filled before corpus linking existed (schema 4, surname-only "Blair" stored apart from
// "Tony Blair") is linked once when a newer lede first opens it for writing.
const articles = [
  { id: 'speech', publishedAt: '2005-02-03', text: 'Mr Blair told teachers in Birmingham that every school should specialise. "We have to raise standards," Mr Blair said.' },
  { id: 'election', publishedAt: '2005-03-10', text: 'Tony Blair is expected to call a general election for May. "The public will decide," Blair said on Thursday.' },
  { id: 'visit', publishedAt: '2005-03-22', text: 'Tony Blair visited a hospital in Leeds on Tuesday. Blair praised the nurses.' },
];

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Schema 4 and the writer of that time: articles, entities and quotes, no linking tables. */
function preLinkingStore(file: string): void {
  const db = new Database(file);
  for (let v = 0; v < 4; v++) db.exec(sqliteMigrations[v]!);
  db.pragma('user_version = 4');
  // Today's writer on schema 4 plus the one column it now also reads (added by step 5).
  db.exec('ALTER TABLE entities ADD COLUMN merged_into INTEGER');
  const writer = createWriter(db);
  db.transaction(() => {
    for (const a of articles) writer.addOne(prepareArticle(analyze(a)));
    writer.flush();
  })();
  db.exec('ALTER TABLE entities DROP COLUMN merged_into');
  db.close();
}

describe('sqlite: linking a store filled before corpus linking', () => {
  it('folds stored surname-only entities on the first writable open, and only then', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-backfill-'));
    const file = path.join(dir, 'old.db');
    preLinkingStore(file);
    // Reading does not write: the read-only open asks for a migrating one.
    await expect(openStore({ db: file, readOnly: true })).rejects.toThrow(/needs migrating/);
    const store = await openStore({ db: file });
    const people = await store.topEntities({ type: 'PERSON' });
    expect(people.find((p) => p.name === 'Tony Blair')).toMatchObject({ articles: 3 });
    expect(people.map((p) => p.name)).not.toContain('Blair');
    expect((await store.topSpeakers()).filter((s) => /Blair/.test(s.name)).map((s) => s.name)).toEqual(['Tony Blair']);
    await store.close();
    const again = await openStore({ db: file, readOnly: true });
    expect((await again.stats()).entities).toBe((await again.topEntities({ types: EntityType.options, limit: 1000 })).length);
    await again.close();
  });
});

describe.skipIf(!pgUrl)('postgres: linking a store filled before corpus linking', () => {
  it('folds stored surname-only entities when a newer lede opens it', async () => {
    const url = await freshSchema('lede_test_backfill');
    // Schema 5 with articles written but never linked: what a store filled before linking becomes.
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
    await sql.raw(`CREATE TABLE lede_schema (version INTEGER NOT NULL); INSERT INTO lede_schema VALUES (5); ${postgresMigrations.slice(0, 5).join(';\n')}`).execute(db);
    await db.transaction().execute(async (tx) => {
      for (const a of articles) await addOne(tx, prepareArticle(analyze(a)));
    });
    await db.destroy();
    const store = await openStore({ db: url });
    const people = await store.topEntities({ type: 'PERSON' });
    expect(people.find((p) => p.name === 'Tony Blair')).toMatchObject({ articles: 3 });
    expect(people.map((p) => p.name)).not.toContain('Blair');
    await store.close();
  });
});
