// Issue 15 item 10: a huge document's statements are tagged a window of sequences at a time
// (attribution/windows.ts). Windowed and whole taggings must give the same statements.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../src/index.js';
import { findStatements } from '../src/quotes/statements.js';

const seed = readFileSync(fileURLToPath(new URL('../../../seeds/china-two-sessions-tech.txt', import.meta.url)), 'utf8');
const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function expectSameAsWhole(text: string, windows: number[]): void {
  const doc = analyzeDoc({ id: 'w', text }, { stages: ['entities'] });
  const args = [doc.text, doc.tokens, doc.sentences, doc.entities, doc.article.paragraphs] as const;
  const whole = findStatements(...args, { from: Number.MAX_SAFE_INTEGER });
  expect(whole.length).toBeGreaterThan(5);
  for (const window of windows) expect(findStatements(...args, { from: 0, window })).toEqual(whole);
}

describe('windowed statement tagging', () => {
  it('gives the whole tagging of the seed, paragraphs grouped into small windows', () => {
    expectSameAsWhole(seed, [260, 600]);
  });

  it('gives the whole tagging of the seed repeated as one paragraph (cut into sequences)', () => {
    expectSameAsWhole(Array.from({ length: 12 }, () => flat(seed)).join(' '), [260, 5000]);
  });
});

const bbcFile = fileURLToPath(new URL('../../../../shared/corpus/bbc.jsonl', import.meta.url));
describe.skipIf(!existsSync(bbcFile))('BBC corpus (../shared)', () => {
  const texts = existsSync(bbcFile) ? readFileSync(bbcFile, 'utf8').trim().split('\n').slice(0, 120).map((l) => (JSON.parse(l) as { text: string }).text) : [];
  it('gives the whole tagging of 120 articles run together in one paragraph', () => {
    expectSameAsWhole(texts.map(flat).join(' '), [260, 9000]);
  });
  it('gives the whole tagging of 120 articles with their paragraphs', () => {
    expectSameAsWhole(texts.join('\n\n'), [300, 3000]);
  });
});
