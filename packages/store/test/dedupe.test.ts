import { describe, expect, it } from 'vitest';
import { bandKeys, contentHash, minhash, similarity, toFtsQuery } from '../src/index.js';

const story =
  'Shares in Rolls-Royce rose 8% on Thursday after the engine maker raised its profit forecast for the second time this year, ' +
  'citing strong demand for long-haul flights and a recovery in its defence business. Chief executive Tufan Erginbilgic said ' +
  'the company was on track to meet its mid-term targets two years early, and analysts at Jefferies lifted their price target.';

describe('content hash', () => {
  it('ignores case, whitespace and quote styles but not wording', () => {
    const base = contentHash('Rolls-Royce raises forecast', story);
    expect(contentHash('ROLLS-ROYCE  raises forecast', story.replace(/ /g, '  \n'))).toBe(base);
    expect(contentHash('Rolls-Royce raises forecast', story.replace('8%', '9%'))).not.toBe(base);
    expect(contentHash('Rolls-Royce cuts forecast', story)).not.toBe(base);
  });
});

describe('MinHash', () => {
  it('estimates high similarity for a lightly edited copy and low for a different story', () => {
    const copy = story.replace('on Thursday', 'on Thursday morning').replace('Jefferies', 'Jefferies and Barclays');
    const other = 'The Met Office issued an amber warning for heavy rain across Wales and south-west England, with up to 80mm expected on high ground and disruption likely on roads and railways over the weekend.';
    expect(similarity(minhash(story), minhash(story))).toBe(1);
    expect(similarity(minhash(story), minhash(copy))).toBeGreaterThan(0.6);
    expect(similarity(minhash(story), minhash(other))).toBeLessThan(0.1);
  });

  it('gives a copy a shared LSH band and unrelated text none', () => {
    const copy = story.replace('Chief executive', 'Boss');
    const a = new Set(bandKeys(minhash(story)));
    expect(bandKeys(minhash(copy)).some((k) => a.has(k))).toBe(true);
    expect(bandKeys(minhash('Completely different words about football transfers and the January window.')).some((k) => a.has(k))).toBe(false);
    for (const k of a) expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
  });

  it('handles empty and tiny texts', () => {
    expect(minhash('').length).toBe(128);
    expect(similarity(minhash('Yes.'), minhash('Yes.'))).toBe(1);
  });
});

describe('toFtsQuery', () => {
  it('quotes every term so FTS5 syntax in input is inert', () => {
    expect(toFtsQuery('oil prices')).toBe('"oil" "prices"');
    expect(toFtsQuery('"interest rates" OR inflation')).toBe('"interest rates" OR "inflation"');
    expect(toFtsQuery('econom*')).toBe('"econom"*');
    expect(toFtsQuery('title:budget NEAR(a b)')).toBe('"title budget" "NEAR a" "b"');
    expect(toFtsQuery('U.S. covid-19')).toBe('"U S" "covid 19"');
    expect(toFtsQuery('OR OR')).toBeNull();
    expect(toFtsQuery('((( ***')).toBeNull();
  });
});
