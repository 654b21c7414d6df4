// Issue 15 item 10: sentence vectors live in flat typed arrays (summary/vectors.ts) instead of a
// Map per sentence. The summary must pick exactly what the Map-based version picked: this test
// keeps that version as the reference and compares chosen sentences on real text.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../src/index.js';
import { STOPWORDS } from '../src/keyphrases/stopwords.js';
import { stem } from '../src/keyphrases/units.js';
import { summarize } from '../src/summary/summarize.js';
import type { Token } from '../src/model/layers.js';

interface Vec { terms: Map<number, number>; norm: number; words: number }
const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** The Map-per-sentence summary as it was before the typed arrays. */
function referenceSummary(tokens: readonly Token[], sentenceTokens: ReadonlyArray<readonly [number, number]>, n: number): number[] {
  if (sentenceTokens.length <= n) return sentenceTokens.map((_, i) => i);
  const ids = new Map<string, number>();
  const counts = sentenceTokens.map(([a, b]) => {
    const tf = new Map<number, number>();
    let w = 0;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      if (!/[\p{L}\p{N}]/u.test(t.text)) continue;
      w++;
      const lower = t.text.toLowerCase();
      if (STOPWORDS.has(lower) || lower.length > 40 || !CONTENT.has(t.pos)) continue;
      const term = stem(lower);
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return { tf, w };
  });
  const sf = new Float64Array(ids.size);
  for (const { tf } of counts) for (const id of tf.keys()) sf[id]!++;
  const vecs: Vec[] = counts.map(({ tf, w }) => {
    let sq = 0;
    for (const [id, c] of tf) {
      const x = c * Math.log(1 + counts.length / sf[id]!);
      tf.set(id, x);
      sq += x * x;
    }
    return { terms: tf, norm: Math.sqrt(sq), words: w };
  });
  const cosine = (a: Vec, b: Vec): number => {
    if (a.norm === 0 || b.norm === 0) return 0;
    const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [id, w] of small.terms) {
      const v = large.terms.get(id);
      if (v !== undefined) dot += w * v;
    }
    return dot / (a.norm * b.norm);
  };
  const center: Vec = { terms: new Map(), norm: 0, words: 0 };
  for (const v of vecs) for (const [id, w] of v.terms) center.terms.set(id, (center.terms.get(id) ?? 0) + w);
  let sq = 0;
  for (const w of center.terms.values()) sq += w * w;
  center.norm = Math.sqrt(sq);
  const base = vecs.map((v, i) => (0.85 * cosine(v, center) + 0.15 / (1 + i)) * Math.min(1, v.words / 8));
  const top = base.reduce((m, x) => Math.max(m, x), -Infinity) || 1;
  for (let i = 0; i < base.length; i++) base[i] = base[i]! / top;
  const chosen: number[] = [];
  while (chosen.length < n) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < vecs.length; i++) {
      if (chosen.includes(i)) continue;
      let overlap = 0;
      for (const j of chosen) overlap = Math.max(overlap, cosine(vecs[i]!, vecs[j]!));
      const s = base[i]! - 0.3 * overlap - (overlap > 0.6 ? 2 : 0);
      if (s > bestScore) { bestScore = s; best = i; }
    }
    chosen.push(best);
  }
  return chosen.sort((x, y) => x - y);
}

function expectSameAsReference(text: string): void {
  const doc = analyzeDoc({ id: 'x', text }, { stages: ['segment'] });
  for (const n of [1, 3, 8, 20]) {
    const got = summarize({ sentences: doc.sentences, tokens: doc.tokens, sentenceTokens: doc.sentenceTokens }, { sentences: n }).map((s) => s.index);
    expect(got).toEqual(referenceSummary(doc.tokens, doc.sentenceTokens, n));
  }
}

const seed = readFileSync(fileURLToPath(new URL('../../../seeds/china-two-sessions-tech.txt', import.meta.url)), 'utf8');

describe('summary over typed-array sentence vectors', () => {
  it('picks what the Map-based summary picked on the seed article', () => {
    expectSameAsReference(seed);
  });
});

const bbcFile = fileURLToPath(new URL('../../../../shared/corpus/bbc.jsonl', import.meta.url));
describe.skipIf(!existsSync(bbcFile))('BBC corpus (../shared)', () => {
  it('picks what the Map-based summary picked, article by article and for 200 articles run together', () => {
    const texts = readFileSync(bbcFile, 'utf8').trim().split('\n').slice(0, 200).map((l) => (JSON.parse(l) as { text: string }).text);
    for (const t of texts.slice(0, 60)) expectSameAsReference(t);
    expectSameAsReference(texts.join('\n\n'));
  });
});
