import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type IngestResult } from '../src/index.js';
import { markdownArticle, newsPage, rssFeed, seedLike } from './fixtures/samples.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-ingest-'));
  fs.mkdirSync(path.join(dir, 'nested'));
  fs.mkdirSync(path.join(dir, '.cache'));
  fs.writeFileSync(path.join(dir, 'a-brief.txt'), seedLike);
  fs.writeFileSync(path.join(dir, 'b-olives.md'), markdownArticle);
  fs.writeFileSync(path.join(dir, 'nested', 'c-page.html'), newsPage);
  fs.writeFileSync(path.join(dir, 'nested', 'd-gazette.rss'), rssFeed);
  fs.writeFileSync(path.join(dir, 'a-brief.gold.json'), '{"quotes":[]}'); // annotations, not an article
  fs.writeFileSync(path.join(dir, '.hidden.txt'), 'secret');
  fs.writeFileSync(path.join(dir, '.cache', 'x.txt'), 'cached');
  fs.writeFileSync(path.join(dir, 'notes.pdf.tmp'), 'ignored: not an article extension');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect(it: AsyncIterable<IngestResult>): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

async function* chunks(parts: Array<string | Uint8Array>): AsyncIterable<Uint8Array> {
  for (const p of parts) yield typeof p === 'string' ? new TextEncoder().encode(p) : p;
}

describe('readInputs', () => {
  it('walks a directory recursively in name order, skipping hidden and annotation files', async () => {
    const results = await collect(readInputs([dir]));
    const rel = (r: IngestResult) => path.relative(dir, r.record);
    expect(results.map(rel)).toEqual(['a-brief.txt', 'b-olives.md', path.join('nested', 'c-page.html'), ...[0, 1, 2].map((i) => path.join('nested', `d-gazette.rss[${i}]`))]);
    expect(results.filter((r) => r.ok)).toHaveLength(5); // the third feed item is empty
  });

  it('reports a missing path and goes on', async () => {
    const results = await collect(readInputs([path.join(dir, 'missing.txt'), path.join(dir, 'a-brief.txt')]));
    expect(results[0]).toMatchObject({ ok: false });
    expect(!results[0]!.ok && results[0]!.error.code).toBe('NOT_FOUND');
    expect(results[1]!.ok && results[1]!.article.text).toBe(seedLike);
  });

  it('streams JSONL with records split across chunk borders', async () => {
    const text = '{"id":"s1","text":"Alpha."}\n{"id":"s2","text":"Beta."}\n{oops}\n{"id":"s3","text":"Gamma."}\n';
    const cut = [5, 30, 31, 60, text.length];
    const parts = cut.map((c, i) => text.slice(i ? cut[i - 1] : 0, c));
    const results = await collect(readInputs(['-'], { stdin: chunks(parts) }));
    expect(results.map((r) => [r.record, r.ok ? r.article.id : r.error.code])).toEqual([
      ['stdin:1', 's1'], ['stdin:2', 's2'], ['stdin:3', 'INVALID_JSON'], ['stdin:4', 's3'],
    ]);
  });

  it('skips an over-long JSONL line without buffering it and keeps reading', async () => {
    const huge = '{"id":"h","text":"' + 'z'.repeat(5000) + '"}';
    const parts = ['{"id":"k1","text":"Kept."}\n', huge.slice(0, 2000), huge.slice(2000, 4000), huge.slice(4000) + '\n{"id":"k2","text":"Also kept."}'];
    const results = await collect(readInputs(['-'], { stdin: chunks(parts), format: 'jsonl', maxBytes: 1000 }));
    expect(results.map((r) => (r.ok ? r.article.id : `${r.record} ${r.error.code}`))).toEqual(['k1', 'stdin:2 TOO_LARGE', 'k2']);
  });

  it('stops reading a whole document at the size limit', async () => {
    const results = await collect(readInputs(['-'], { stdin: chunks(['word '.repeat(3000), 'word '.repeat(3000)]), maxBytes: 20_000 }));
    expect(results).toHaveLength(1);
    expect(!results[0]!.ok && results[0]!.error.code).toBe('TOO_LARGE');
  });

  it('reads a large JSONL file line by line', async () => {
    const file = path.join(dir, 'big.jsonl');
    const line = (i: number) => JSON.stringify({ id: `r${i}`, text: `Story number ${i}. ` + 'Filler sentence for size. '.repeat(40) });
    fs.writeFileSync(file, Array.from({ length: 3000 }, (_, i) => line(i)).join('\n'));
    let count = 0;
    let last = '';
    for await (const r of readInputs([file])) {
      if (!r.ok) throw new Error(r.error.message);
      count++;
      last = r.record;
    }
    expect(count).toBe(3000);
    expect(last).toBe(`${file}:3000`);
    fs.rmSync(file);
  });

  it('reports empty stdin', async () => {
    const results = await collect(readInputs(['-'], { stdin: chunks([]) }));
    expect(!results[0]!.ok && results[0]!.error.code).toBe('EMPTY_INPUT');
  });
});
