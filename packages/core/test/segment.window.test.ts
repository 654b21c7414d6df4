// Issue 15 item 10: wink reads a huge paragraph in windows that restart at a sentence opening.
// Windowed and whole readings must give the same tokens, tags and sentences.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../src/segment/paragraphs.js';
import { segment } from '../src/segment/segment.js';
import { analyze, checkSpans } from '../src/index.js';

const seed = readFileSync(fileURLToPath(new URL('../../../seeds/china-two-sessions-tech.txt', import.meta.url)), 'utf8');
const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function expectSameAsWhole(text: string, windows: number[]): void {
  const paragraphs = splitParagraphs(text);
  const whole = segment(text, paragraphs, Number.MAX_SAFE_INTEGER);
  expect(whole.sentences.length).toBeGreaterThan(10);
  for (const window of windows) {
    const windowed = segment(text, paragraphs, window);
    expect(windowed.tokens).toEqual(whole.tokens);
    expect(windowed.sentences).toEqual(whole.sentences);
    expect(windowed.sentenceTokens).toEqual(whole.sentenceTokens);
  }
}

describe('windowed segmentation of a huge paragraph', () => {
  it('gives the whole reading of the seed made one paragraph, for small windows', () => {
    expectSameAsWhole(Array.from({ length: 3 }, () => flat(seed)).join(' '), [400, 1500, 5000]);
  });

  it('gives the whole reading of adjacent paragraphs read as one block', () => {
    expectSameAsWhole(seed, [300, 2000]);
  });
});

const bbcFile = fileURLToPath(new URL('../../../../shared/corpus/bbc.jsonl', import.meta.url));
describe.skipIf(!existsSync(bbcFile))('BBC corpus (../shared)', () => {
  it('gives the whole reading of 100 articles run together in one paragraph', () => {
    const texts = readFileSync(bbcFile, 'utf8').trim().split('\n').slice(0, 100).map((l) => flat((JSON.parse(l) as { text: string }).text));
    expectSameAsWhole(texts.join(' '), [3000, 20000]);
  });
});

describe('compact tokens of a huge document', () => {
  it('give the same full analysis as token objects (seed run together, windows of 1,000 characters)', () => {
    const text = Array.from({ length: 3 }, () => flat(seed)).join(' ');
    const plain = analyze({ id: 'x', text }, { stageOptions: { segment: { compactFrom: Number.MAX_SAFE_INTEGER, window: Number.MAX_SAFE_INTEGER } } });
    const compact = analyze({ id: 'x', text }, { stageOptions: { segment: { compactFrom: 0, window: 1000 } } });
    expect(checkSpans(compact)).toEqual([]);
    expect(compact.quotes.length).toBeGreaterThan(5);
    expect(compact).toEqual(plain);
  });
});
