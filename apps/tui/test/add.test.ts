// `lede add` and the store query commands (list, stats, search, quotes), run as a user would: the CLI in a fresh directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lede, repo } from './run-cli.js';

const strike = {
  id: 'port-strike',
  title: 'Dock workers walk out over pay',
  publishedAt: '2024-08-21',
  text:
    'Dock workers at the port of Felixstowe began an eight-day strike on Wednesday.\n\n' +
    '"We have been left with no choice," said Sharon Graham, general secretary of Unite. ' +
    'The port operator said it was disappointed by the walkout.',
};
const library = {
  id: 'library-closures',
  title: 'Council votes to close four libraries',
  publishedAt: '2024-09-03',
  text:
    'Birmingham City Council voted on Tuesday to close four branch libraries to save money.\n\n' +
    '"These are painful decisions," council leader John Cotton told the meeting.',
};

describe('lede add and store queries', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-add-'));
    const lines = [strike, library, { ...strike, id: 'port-strike-syndicated' }].map((a) => JSON.stringify(a));
    fs.writeFileSync(path.join(dir, 'news.jsonl'), lines.join('\n') + '\n{"id": "broken", "text": \n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates .lede/lede.db, stores articles, links the copy and reports the broken record', async () => {
    const r = await lede(dir, 'add', 'news.jsonl', '--threads', '1');
    expect(r.stdout).toContain('added 2, updated 0, unchanged 0, duplicate 1, failed 1');
    expect(r.stderr).toMatch(/news\.jsonl:4: INVALID_JSON/);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, '.lede/lede.db'))).toBe(true);
  }, 180_000);

  it('adds nothing on a second run', async () => {
    const r = await lede(dir, 'add', 'news.jsonl', '--threads', '1', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 3, duplicate: 0, failed: 1 });
  }, 180_000);

  it('answers stats, search and quotes from the store', async () => {
    const stats = JSON.parse((await lede(dir, 'stats', '--json')).stdout);
    expect(stats).toMatchObject({ articles: 3, duplicates: 1 });
    const list = JSON.parse((await lede(dir, 'list', '--sort', 'date', '--json')).stdout) as { items: Array<{ id: string; duplicateOf?: string }> };
    expect(list!.items.map((a) => [a.id, a.duplicateOf])).toEqual([
      ['library-closures', undefined],
      ['port-strike-syndicated', 'port-strike'],
      ['port-strike', undefined],
    ]);
    const hits = JSON.parse((await lede(dir, 'search', 'libraries', '--json')).stdout) as Array<{ articleId: string; snippet: string }>;
    expect(hits.map((h) => h.articleId)).toEqual(['library-closures']);
    expect(hits[0]!.snippet).toContain('[libraries]');
    const quotes = JSON.parse((await lede(dir, 'quotes', '--from', '2024-09-01', '--json')).stdout) as { items: Array<{ articleId: string }> };
    expect(quotes.items.every((q) => q.articleId === 'library-closures')).toBe(true);
  }, 180_000);

  it('counts primary topics in the theme facet and filters by --primary and --min-score', async () => {
    const counts = JSON.parse((await lede(dir, 'themes', '--counts', '--json')).stdout) as Array<{ label: string; articles: number; primary: number }>;
    // Every stored original has exactly one primary topic; the syndicated copy has no theme rows.
    expect(counts.reduce((n, c) => n + c.primary, 0)).toBe(2);
    const top = counts.find((c) => c.primary > 0)!;
    expect(top.articles).toBeGreaterThanOrEqual(top.primary);
    const page = JSON.parse((await lede(dir, 'list', '--primary', top.label, '--json')).stdout) as { total: number };
    expect(page!.total).toBe(top.primary);
    const all = JSON.parse((await lede(dir, 'list', '--theme', top.label, '--min-score', '0', '--json')).stdout) as { total: number };
    expect(all!.total).toBe(top.articles);
    const bad = await lede(dir, 'list', '--theme', top.label, '--min-score', '2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('INVALID_OPTION (min-score)');
  }, 180_000);

  it('--themes reaches the analysis workers: stored articles carry the user\'s theme', async () => {
    fs.writeFileSync(path.join(dir, 'themes.json'), JSON.stringify([{ id: 'my:ports', label: 'ports and docks', topLevel: 'medtop:04000000', terms: ['dock workers', 'port'] }]));
    fs.writeFileSync(path.join(dir, 'more.jsonl'), JSON.stringify({ id: 'ferry-strike', title: 'Ferry crews strike', publishedAt: '2024-10-01', text: 'Dock workers and ferry crews at the port of Dover stopped work on Tuesday over pay.' }) + '\n');
    const r = await lede(dir, 'add', 'more.jsonl', '--threads', '1', '--themes', 'themes.json', '--db', 'themed.db');
    expect(r.code).toBe(0);
    const page = JSON.parse((await lede(dir, 'list', '--theme', 'ports and docks', '--db', 'themed.db', '--json')).stdout) as { items: Array<{ id: string }> };
    expect(page!.items.map((a) => a.id)).toEqual(['ferry-strike']);
    const bad = await lede(dir, 'add', 'more.jsonl', '--themes', 'missing.json', '--db', 'themed.db');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/NOT_FOUND \(themes\).*missing\.json/);
  }, 180_000);

  it('fails with a typed error for a bad date and for an unusable --db', async () => {
    const bad = await lede(dir, 'quotes', '--from', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('INVALID_OPTION (--from)');
    fs.writeFileSync(path.join(dir, 'not-a-db'), 'plain text, not SQLite');
    const r = await lede(dir, 'stats', '--db', 'not-a-db');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/STORE_ERROR \(db\)/);
  }, 180_000);
});
