import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, LedeError } from '@lede/core';
import { describe, expect, it } from 'vitest';
import { createAnalyzerPool, ingestCorpus, openStore, type IngestItem } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

const articles = [
  {
    id: 'port-strike',
    title: 'Dock workers walk out over pay',
    text:
      'Dock workers at the port of Felixstowe began a week-long strike on Monday.\n\n' +
      '"We have been left with no choice," said Sharon Graham, general secretary of Unite. ' +
      'The port operator, Hutchison Ports, said it was disappointed.',
  },
  {
    id: 'library-closures',
    title: 'Council votes to close four libraries',
    text:
      'Birmingham City Council voted on Tuesday to close four branch libraries to save money.\n\n' +
      '"These are painful decisions," council leader John Cotton told the meeting.',
  },
];
const items = (): IngestItem[] => [
  ...articles.map((a) => ({ ok: true as const, record: `feed.jsonl:${a.id}`, article: a })),
  { ok: false, record: 'feed.jsonl:3', error: new LedeError('INVALID_JSON', 'Unexpected token', { record: 'feed.jsonl:3' }) },
  { ok: true, record: 'feed.jsonl:4', article: { id: 'empty', text: 42 as unknown as string } },
];

describe('ingestCorpus (worker threads)', () => {
  it('analyses on worker threads from source and stores what analyze() returns', async () => {
    const store = await openStore({ db: ':memory:' });
    const pool = createAnalyzerPool({ threads: 2 });
    try {
      const progress: number[] = [];
      const sum = await ingestCorpus(store, items(), { pool, batchSize: 1, onProgress: (p) => progress.push(p.done) });
      expect(sum).toMatchObject({ added: 2, unchanged: 0, duplicate: 0, failed: 2 });
      expect(sum.errors.map((e) => [e.record, e.error.code])).toEqual([
        ['feed.jsonl:3', 'INVALID_JSON'],
        ['feed.jsonl:4', 'INVALID_RECORD'],
      ]);
      expect(sum.errors[1]!.error.field).toBe('text');
      expect(progress.at(-1)).toBe(4);
      for (const a of articles) expect(await store.get(a.id)).toEqual(analyze(a));

      // Idempotent: the second run skips both before analysis.
      const again = await ingestCorpus(store, items(), { pool });
      expect(again).toMatchObject({ added: 0, unchanged: 2, failed: 2 });
    } finally {
      await pool.destroy();
      await store.close();
    }
  });

  it('rejects a bad thread count with a typed error', () => {
    expect(() => createAnalyzerPool({ threads: 0 })).toThrow(expect.objectContaining({ code: 'STORE_ERROR', field: 'threads' }));
  });

  // The built package runs its worker from dist/analyze-worker.js (what users of `lede` get).
  const dist = path.resolve(here, '../dist/index.js');
  it.skipIf(!fs.existsSync(dist))('analyses on worker threads from the built dist', () => {
    const script = `
      const { openStore, ingestCorpus } = await import(${JSON.stringify(dist)});
      const store = await openStore({ db: ':memory:' });
      const sum = await ingestCorpus(store, ${JSON.stringify(articles.map((a) => ({ ok: true, record: a.id, article: a })))}, { threads: 1 });
      const a = await store.get('port-strike');
      console.log(JSON.stringify({ added: sum.added, failed: sum.failed, text: a.article.text.length, sentences: a.sentences.length }));
      await store.close();`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ added: 2, failed: 0, text: articles[0]!.text.length, sentences: analyze(articles[0]!).sentences.length });
  });
});
