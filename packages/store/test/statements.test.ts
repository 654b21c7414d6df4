import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type LedeStore } from '../src/index.js';
import { sqliteMigrations } from '../src/sqlite/migrations.js';
import { postgresMigrations } from '../src/postgres/migrations.js';
import { countStatements, countsAsSpeaker, formLabel } from '../src/statements.js';
import { ratesAnalysis, seedAnalysis } from './statement-fixtures.js';
import { freshSchema as freshSchemaOf, pgUrl } from './pg-schema.js';

describe('statements', () => {
  it('counts a statement reported in fragments once', () => {
    expect(ratesAnalysis().quotes).toHaveLength(6);
    expect(countStatements(ratesAnalysis().quotes)).toBe(5);
    expect(countStatements(seedAnalysis().quotes)).toBe(6);
  });

  it('counts named, resolved and linked organisations as speakers, not descriptions', () => {
    expect(countsAsSpeaker({ speakerKind: 'named', speakerKey: 'name:liu dongshu' })).toBe(true);
    expect(countsAsSpeaker({ speakerKind: 'resolved', speakerKey: 'PERSON:erik thedéen' })).toBe(true);
    expect(countsAsSpeaker({ speakerKind: 'organisation', speakerKey: 'wikidata:Q1337823' })).toBe(true);
    expect(countsAsSpeaker({ speakerKind: 'organisation', speakerKey: 'name:the finance ministry' })).toBe(false);
    expect(countsAsSpeaker({ speakerKind: 'description', speakerKey: 'name:analysts' })).toBe(false);
    expect(countsAsSpeaker({ speakerKind: null, speakerKey: null })).toBe(false);
  });

  it('labels partial quotes as mixed', () => {
    expect(seedAnalysis().quotes.map((q) => formLabel(q.form))).toEqual(['mixed', 'direct', 'direct', 'direct', 'direct', 'direct']);
  });
});

/** The attribution surfaces every dialect must share. */
function attributionContract(name: string, open: () => Promise<LedeStore>) {
  describe(`${name}: statements, forms, confidence and speaker kinds`, () => {
    let store: LedeStore;
    beforeEach(async () => {
      store = await open();
      await store.add(ratesAnalysis());
      await store.add(seedAnalysis());
    });
    afterEach(async () => store.close());

    it('counts statements in quote counts and stats', async () => {
      expect((await store.stats()).quotes).toBe(5 + 6);
      const listed = await store.list({ sort: 'date', order: 'asc' });
      expect(listed.items.map((a) => [a.id, a.quoteCount])).toEqual([['riksbank-hold', 5], ['china-two-sessions', 6]]);
    });

    it('returns statement, confidence and speaker kind with each quote', async () => {
      const page = await store.quotes({ speaker: 'Erik Thedéen' });
      expect(page.items.map((q) => [q.text, q.form, q.statement, q.confidence, q.speakerKind])).toEqual([
        ['We are not yet where we need to be,', 'direct', 's0', 0.96, 'named'],
        ['and we will not cut before the summer.', 'direct', 's0', 0.93, 'named'],
        ['wage growth remained too strong', 'indirect', 'q4', 0.64, 'resolved'],
      ]);
    });

    it('filters quotes by form, minimum confidence and named speakers', async () => {
      const texts = async (q: Parameters<LedeStore['quotes']>[0]) => (await store.quotes({ ...q, limit: 50 })).items.map((r) => r.text);
      expect(await texts({ form: 'mixed' })).toEqual(['face difficulties head-on and strengthen confidence']);
      expect((await store.quotes({ form: 'direct' })).total).toBe(5 + 2);
      expect(await texts({ form: 'indirect' })).toEqual([
        'the decision had been widely expected',
        'inflation would fall back to its target next year',
        'wage growth remained too strong',
        'it would not comment on monetary policy',
      ]);
      expect(await texts({ form: 'indirect', minConfidence: 0.8 })).toEqual(['inflation would fall back to its target next year']);
      expect(await texts({ named: true, form: 'indirect' })).toEqual(['wage growth remained too strong']);
      expect((await store.quotes({ named: true, speaker: 'Liu Dongshu' })).total).toBe(2);
    });

    it('ranks named and resolved speakers and linked organisations; all adds descriptions', async () => {
      const top = await store.topSpeakers();
      expect(top.map((s) => [s.name, s.quotes, s.articles])).toEqual([
        ['Erik Thedéen', 2, 1],
        ['Liu Dongshu', 2, 1],
        ['Xi Jinping', 2, 1],
        ['Nis Grünberg', 1, 1],
        ['Riksbank', 1, 1],
        ['Victor Shih', 1, 1],
      ]);
      const all = await store.topSpeakers({ all: true });
      expect(all.map((s) => s.name)).toEqual(['Erik Thedéen', 'Liu Dongshu', 'Xi Jinping', 'Analysts', 'Nis Grünberg', 'Riksbank', 'The finance ministry', 'Victor Shih']);
      // Exact aggregation (a date filter) agrees with the rollups.
      expect(await store.topSpeakers({ from: '2000-01-01' })).toEqual(top);
    });

    it('keeps speaker counts right when an article is replaced', async () => {
      const changed = ratesAnalysis();
      changed.article.text = changed.article.text.replace('Thursday', 'Wednesday');
      expect((await store.add(changed)).status).toBe('updated');
      expect((await store.topSpeakers())[0]).toMatchObject({ name: 'Erik Thedéen', quotes: 2, articles: 1 });
      expect((await store.stats()).quotes).toBe(11);
    });

    it('rejects bad filters with typed errors naming the field', async () => {
      await expect(store.quotes({ form: 'partial' as never })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'form' });
      await expect(store.quotes({ minConfidence: 1.5 })).rejects.toMatchObject({ code: 'STORE_ERROR', field: 'minConfidence' });
      await expect(store.quotes({ minConfidence: Number.NaN })).rejects.toMatchObject({ field: 'minConfidence' });
    });
  });
}

attributionContract('sqlite', () => openStore({ db: ':memory:' }));

const url = pgUrl;
const schema = 'lede_test_statements';
const pgSchema = (): Promise<string> => freshSchemaOf(schema);
describe.skipIf(!url)('postgres attribution', () => attributionContract('postgres', async () => openStore({ db: await pgSchema() })));

// The attribution migration, run over rows stored before it: the columns are dropped and the counts
// set back to what the old writer stored, then the migration's SQL must restore what the new writer stores.
const migrationOf = (list: string[]) => list.find((m) => m.includes('ADD COLUMN speaker_kind'))!;

describe('attribution migration', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-statements-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('sqlite: backfills kind, statement and confidence from the analysis and rebuilds the counts', async () => {
    const file = path.join(dir, 'lede.db');
    const store = await openStore({ db: file });
    await store.add(ratesAnalysis());
    await store.add(seedAnalysis());
    const expected = { quotes: await store.quotes({ limit: 50 }), top: await store.topSpeakers(), stats: await store.stats() };
    await store.close();

    const db = new Database(file);
    db.exec(`
      ALTER TABLE quotes DROP COLUMN speaker_kind; ALTER TABLE quotes DROP COLUMN statement; ALTER TABLE quotes DROP COLUMN confidence;
      UPDATE articles SET quote_count = (SELECT count(*) FROM quotes q WHERE q.article = articles.rowid);
      DELETE FROM speakers;
      INSERT INTO speakers SELECT speaker_key, max(speaker), count(*), count(DISTINCT article) FROM quotes WHERE speaker_key IS NOT NULL GROUP BY speaker_key;`);
    expect((db.prepare("SELECT quotes FROM speakers WHERE name = 'Analysts'").get() as { quotes: number }).quotes).toBe(1);
    db.transaction(() => db.exec(migrationOf(sqliteMigrations)))();
    db.close();

    const after = await openStore({ db: file });
    expect(await after.quotes({ limit: 50 })).toEqual(expected.quotes);
    expect(await after.topSpeakers()).toEqual(expected.top);
    expect(await after.stats()).toEqual(expected.stats);
    expect((await after.list({ sort: 'date', order: 'asc' })).items.map((a) => a.quoteCount)).toEqual([5, 6]);
    await after.close();
  });

  it.skipIf(!url)('postgres: backfills kind, statement and confidence from the analysis', async () => {
    const db = await pgSchema();
    const store = await openStore({ db });
    await store.add(ratesAnalysis());
    const expected = { quotes: await store.quotes({ limit: 50 }), top: await store.topSpeakers({ all: true }), stats: await store.stats() };
    await store.close();

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`SET search_path = ${schema}`);
    await client.query('ALTER TABLE quotes DROP COLUMN speaker_kind, DROP COLUMN statement, DROP COLUMN confidence');
    await client.query('UPDATE articles SET quote_count = 6');
    await client.query(`BEGIN; ${migrationOf(postgresMigrations)}; COMMIT`);
    await client.end();

    const after = await openStore({ db });
    expect(await after.quotes({ limit: 50 })).toEqual(expected.quotes);
    expect(await after.topSpeakers({ all: true })).toEqual(expected.top);
    expect(await after.stats()).toEqual(expected.stats);
    expect((await after.list()).items[0]!.quoteCount).toBe(5);
    await after.close();
  });
});
