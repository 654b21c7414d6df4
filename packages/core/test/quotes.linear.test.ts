import { describe, expect, it } from 'vitest';
import { extractQuotes, splitParagraphs } from '../src/index.js';

/**
 * Work of the quote stage counted as string slices (every window and gap it reads is one), so
 * growth is measured without a clock: linear work doubles with the input, quadratic work
 * quadruples.
 */
function slicesFor(text: string): { slices: number; quotes: number } {
  const proto = String.prototype as { slice: (this: string, s?: number, e?: number) => string };
  const original = proto.slice;
  let slices = 0;
  proto.slice = function (this: string, s?: number, e?: number) {
    slices++;
    return original.call(this, s, e);
  };
  try {
    const quotes = extractQuotes({ text, paragraphs: splitParagraphs(text) }).length;
    return { slices, quotes };
  } finally {
    proto.slice = original;
  }
}

describe('quote stage stays linear on hostile input', () => {
  // Issue 15.3: `"he said` repeated on one line is one long run of same-sentence quotes, each
  // followed by a pronoun whose search starts at the run's first quote; walking back over the run
  // for every pronoun made this quadratic.
  it('a long line of `"he said` does twice the work for twice the input', () => {
    const small = slicesFor('"he said '.repeat(2000));
    const large = slicesFor('"he said '.repeat(4000));
    expect(small.quotes).toBeGreaterThan(500);
    expect(large.quotes).toBeGreaterThan(small.quotes * 1.9);
    expect(large.slices / small.slices).toBeLessThanOrEqual(2.5);
  });

  it('a long line of `“…,” she said, “…”` fragments does too', () => {
    const unit = '“Yes,” she said, “and no” ';
    const small = slicesFor(unit.repeat(1500));
    const large = slicesFor(unit.repeat(3000));
    expect(small.quotes).toBeGreaterThan(500);
    expect(large.slices / small.slices).toBeLessThanOrEqual(2.5);
  });
});
