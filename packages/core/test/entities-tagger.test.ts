import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../src/index.js';
import { extractFeatures, FEATURE_MASK, FEATURES, newScratch } from '../src/entities/features.js';
import { L, rowOf } from '../src/entities/model.js';
import { defaultGazetteer, defaultModel } from '../src/entities/resources.js';
import { docFlagsOfIds, internTokens, newTaggerScratch, tagSentence, viterbi } from '../src/entities/tagger.js';
import { docFlags } from '../src/entities/doc-flags.js';
import { keepRecentWords } from '../src/entities/tagger-trim.js';
import { foldWord } from '../src/entities/typography.js';

const seedText = fs.readFileSync(path.resolve(__dirname, '../../../seeds/china-two-sessions-tech.txt'), 'utf8');

/** The tagger without any cache: every template of every token looked up, as training decodes. */
function reference(words: readonly string[], from: number, to: number, doc?: ArrayLike<number>): { emit: Float32Array; tags: Int32Array } {
  const model = defaultModel();
  const n = to - from;
  const s = extractFeatures(words, from, to, defaultGazetteer(), newScratch(), doc);
  const emit = new Float32Array(n * L);
  for (let t = 0; t < n; t++) {
    for (let f = 0; f < FEATURES; f++) {
      const r = rowOf(model, s.out[t * FEATURES + f]! & FEATURE_MASK);
      if (r >= 0) for (let k = 0; k < L; k++) emit[t * L + k]! += model.weights[r * L + k]!;
    }
  }
  const out = new Int32Array(n);
  viterbi(emit, model.start, model.trans, n, new Float32Array(n * L), new Int32Array(n * L), out, 0);
  return { emit, tags: out };
}

describe('entity tagger caches', () => {
  it('scores and tags exactly as the uncached reference (seed article, its headline in capitals, twice over)', () => {
    const texts = [seedText, seedText.split('\n')[0]!.toUpperCase(), 'Xi Jinping met Elon Musk in Beijing.', seedText];
    const scratch = newTaggerScratch();
    let entities = 0;
    for (const text of texts) {
      const doc = analyzeDoc({ id: 't', text }, { stages: ['segment'] });
      const words = doc.tokens.map((t) => t.text);
      const labels = new Int32Array(words.length);
      for (const [a, b] of doc.sentenceTokens) {
        if (b <= a) continue;
        tagSentence(defaultModel(), defaultGazetteer(), words, a, b, scratch, labels);
        const ref = reference(words, a, b);
        // Emission scores (left in the scratch) are sums of int8 weights: exact, so equal, not close.
        expect(Array.from(scratch.emit.subarray(0, (b - a) * L))).toEqual(Array.from(ref.emit));
        expect(Array.from(labels.subarray(a, b))).toEqual(Array.from(ref.tags));
      }
      entities += labels.filter((y) => y !== 0).length;
    }
    expect(entities).toBeGreaterThan(20);
  });

  it('interned tokens with document flags score as the reference (curly typography, ALL CAPS, repeated articles, after trims)', () => {
    const curly = seedText.replace(/'/g, '\u2019');
    const texts = [seedText, curly, seedText.toUpperCase(), seedText, 'Xi Jinping met Elon Musk in Beijing.', seedText];
    const scratch = newTaggerScratch();
    const model = defaultModel();
    const gaz = defaultGazetteer();
    for (const [i, text] of texts.entries()) {
      // Before the last two texts, trim the cache to the words of the latest article, then to 20.
      if (i === 4) keepRecentWords(scratch, 200);
      if (i === 5) {
        keepRecentWords(scratch, 20);
        expect(scratch.words.length).toBeLessThanOrEqual(20);
        expect(scratch.words.length).toBeGreaterThan(0);
      }
      const doc = analyzeDoc({ id: 't', text }, { stages: ['segment'] });
      const words: string[] = new Array(doc.tokens.length);
      const ids = new Int32Array(doc.tokens.length);
      internTokens(scratch, model, gaz, text, doc.tokens, words, ids);
      expect(words).toEqual(doc.tokens.map((t) => foldWord(t.text)));
      const flags = docFlagsOfIds(scratch, ids, doc.sentenceTokens);
      expect(Array.from(flags)).toEqual(Array.from(docFlags(words, doc.sentenceTokens)));
      const labels = new Int32Array(words.length);
      for (const [a, b] of doc.sentenceTokens) {
        if (b <= a) continue;
        tagSentence(model, gaz, words, a, b, scratch, labels, flags, ids);
        const ref = reference(words, a, b, flags);
        expect(Array.from(scratch.emit.subarray(0, (b - a) * L))).toEqual(Array.from(ref.emit));
        expect(Array.from(labels.subarray(a, b))).toEqual(Array.from(ref.tags));
      }
    }
  });
});
