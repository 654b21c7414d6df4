import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIELD_ALIASES, parseInput, readInputs, type IngestResult } from '../src/index.js';

const fixture = fileURLToPath(new URL('./fixtures/faithful/records.jsonl', import.meta.url));

async function articles() {
  const out: IngestResult[] = [];
  for await (const r of readInputs([fixture])) out.push(r);
  return out.map((r) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.article;
  });
}

describe('records as users write them', () => {
  it('reads published/outlet/author/headline/body and keeps a month date with its precision', async () => {
    const [r1] = await articles();
    expect(r1).toMatchObject({
      id: 'r1',
      title: 'Budget vote delayed',
      publishedAt: '2025-03',
      datePrecision: 'month',
      source: 'Daily Example',
      authors: ['Ann Lee', 'Bo Park'],
      byline: 'Ann Lee, Bo Park',
      extra: { section: 'politics', wordcount: 12 },
    });
  });

  it('reads date/site/byline/content, a year-only date, a publisher object and link', async () => {
    const [, r2, r3] = await articles();
    expect(r2).toMatchObject({ publishedAt: '2024', datePrecision: 'year', source: 'Example Post', authors: ['Cara Diaz', 'Dev Rao'], text: 'The harbour reopened on Tuesday.\u00a0Boats returned.' });
    expect(r3).toMatchObject({ publishedAt: '2025-02-14T09:30:00.000Z', datePrecision: 'time', source: 'Example Wire', url: 'https://example.org/rates' });
    expect(r3!.extra).toBeUndefined();
  });

  it('names the aliased field in errors', () => {
    const [bad] = parseInput('{"body": "Text.", "published": "not a date"}', { format: 'json' });
    expect(bad!.ok).toBe(false);
    if (!bad!.ok) expect(bad!.error.field).toBe('published');
    const [month] = parseInput('{"text": "Text.", "date": "March 2025"}', { format: 'json' });
    expect(month!.ok && month!.article.publishedAt).toBe('2025-03');
  });

  it('documents every alias in the README table', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    for (const name of Object.values(FIELD_ALIASES).flat()) expect(readme).toContain(`\`${name}\``);
  });
});
