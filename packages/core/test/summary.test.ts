import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, checkSpans, LedeError } from '../src/index.js';
import { summarize } from '../src/summary/summarize.js';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../seeds/china-two-sessions-tech.txt'), 'utf8');
const summary = (text: string, opts?: Record<string, unknown>) =>
  analyze({ id: 't', text }, { stages: ['summary'], ...(opts && { stageOptions: { summary: opts } }) });

describe('summary on the seed article', () => {
  const a = summary(seed);

  it('returns three whole sentences of the article, in text order', () => {
    expect(a.summary).toHaveLength(3);
    const indices = a.summary.map((s) => s.index);
    expect(indices).toEqual([...indices].sort((x, y) => x - y));
    for (const s of a.summary) expect(s).toEqual({ start: a.sentences[s.index]!.start, end: a.sentences[s.index]!.end, text: a.sentences[s.index]!.text, index: s.index });
    expect(checkSpans(a)).toEqual([]);
  });

  it('opens with the lede and covers the article subject', () => {
    expect(a.summary[0]!.index).toBe(0);
    expect(a.summary.some((s) => /China/.test(s.text))).toBe(true);
  });

  it('takes the number of sentences from the stage options', () => {
    expect(summary(seed, { sentences: 5 }).summary).toHaveLength(5);
    expect(summary(seed, { sentences: 0 }).summary).toEqual([]);
    expect(() => summary(seed, { sentences: 2.5 })).toThrow(LedeError);
  });
});

describe('summary selection', () => {
  it('does not pick a sentence that repeats one already chosen', () => {
    const lede = 'The city council approved a new budget for public transport on Monday.';
    const text = [
      lede,
      'The city council approved the new public transport budget on Monday evening.',
      'Bus fares will fall by ten percent from March under the budget.',
      'Critics said the budget ignores cycling lanes and road repairs.',
      'The mayor praised the council for a quick vote.',
      'Weather was mild.',
    ].join(' ');
    const picked = summary(text).summary.map((s) => s.index);
    expect(picked).toContain(0);
    expect(picked).not.toContain(1);
  });

  it('returns every sentence of an article shorter than the summary', () => {
    const a = summary('Prices rose. Markets fell.');
    expect(a.summary.map((s) => s.text)).toEqual(['Prices rose.', 'Markets fell.']);
  });
});

describe('summary of a huge text', () => {
  it('summarises 300,000 sentences (Math.max over them overflowed the call stack)', () => {
    // Built directly, without segmentation: one short sentence of one word each.
    const n = 300_000;
    const text = 'Prices rose. '.repeat(n);
    const sentences = Array.from({ length: n }, (_, i) => ({ start: 13 * i, end: 13 * i + 12, text: 'Prices rose.', index: i, paragraph: 0 }));
    const tokens = Array.from({ length: n }, (_, i) => ({ start: 13 * i, end: 13 * i + 6, text: 'Prices', pos: 'NOUN' }));
    const sentenceTokens = Array.from({ length: n }, (_, i) => [i, i + 1] as const);
    const chosen = summarize({ sentences, tokens, sentenceTokens }, { sentences: 2 });
    expect(chosen).toHaveLength(2);
    for (const s of chosen) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
