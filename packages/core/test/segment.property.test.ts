import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, textProblem } from '../src/index.js';

// Text that mixes arbitrary Unicode with the characters segmentation cares about.
const newsish = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('. ', '? ', '!', '\n', '\n\n', '"', '“', '”', '‘', '’', "'", 'U.S. ', 'Mr. ', '3.5', ' – ', '…', '\u00a0', '\u200b'),
      fc.lorem({ maxCount: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))
  // NUL and lone surrogates are rejected up front (valid-text.ts), not analysed.
  .filter((t) => textProblem(t) === undefined);

describe('segmentation properties', () => {
  it('never throws; sentences and tokens stay inside the text, in order, without overlap', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const a = analyze({ id: 'p', text }, { stages: ['segment'], tokens: true });
        let lastSentenceEnd = 0;
        for (const s of a.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(lastSentenceEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          let lastTokenEnd = s.start;
          for (const t of s.tokens ?? []) {
            expect(t.start).toBeGreaterThanOrEqual(lastTokenEnd);
            expect(t.end).toBeLessThanOrEqual(s.end);
            expect(text.slice(t.start, t.end)).toBe(t.text);
            lastTokenEnd = t.end;
          }
          lastSentenceEnd = s.end;
        }
        for (const p of a.article.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
      }),
      { numRuns: 300 },
    );
  });
});
