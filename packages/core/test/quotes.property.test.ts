import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes, splitParagraphs } from '../src/index.js';

// Text rich in the characters quote finding cares about: marks, apostrophes, dashes, cues, names.
const newsish = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', ' – ', ' said ', ' he said', 'Sen. Ann Ortiz', ', according to ', '\n', '\n\n', '. ', ', ', ':', '(', ')'),
      fc.lorem({ maxCount: 4 }),
    ),
    { maxLength: 50 },
  )
  .map((parts) => parts.join(''));

describe('quote properties', () => {
  it('never throws; quote, cue and speaker spans stay in bounds and match the text', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const quotes = extractQuotes({ text, paragraphs: splitParagraphs(text) });
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.end).toBeGreaterThan(q.start);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
          if (q.speaker?.start !== undefined) expect(q.speaker.end!).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
