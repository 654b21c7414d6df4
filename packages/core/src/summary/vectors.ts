import type { Token } from '../model/layers.js';
import { STOPWORDS } from '../keyphrases/stopwords.js';
import { stem as stemOf } from '../keyphrases/units.js';

/**
 * Every sentence's sparse term vector in flat typed arrays: sentence s has the terms
 * `ids[offsets[s] .. offsets[s + 1])` (in order of first use in the sentence) with their
 * `weights`. A Map per sentence cost ~400 bytes a sentence, most of a huge document's summary
 * stage; these cost 12 bytes a term.
 */
export interface SentenceVectors {
  count: number;
  /** Distinct terms in the article (term ids are 0 .. terms - 1, in order of first use). */
  terms: number;
  offsets: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  norms: Float64Array;
  /** Words (letter/digit tokens) in each sentence. */
  words: Int32Array;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const TERM_LIMIT = 100_000;
const termMemo = new Map<string, string | null>();

/**
 * What a token text adds to a sentence vector, memoised per spelling (stemming every token was
 * most of the stage): null = not a word (punctuation), '' = a word but no term (stopword, too
 * long), else its stem.
 */
function termOf(text: string): string | null {
  let term = termMemo.get(text);
  if (term === undefined) {
    if (!HAS_WORD_CHAR.test(text)) term = null;
    else {
      const lower = text.toLowerCase();
      term = STOPWORDS.has(lower) || lower.length > 40 ? '' : stemOf(lower);
    }
    if (text.length <= 40) {
      if (termMemo.size >= TERM_LIMIT) termMemo.clear();
      termMemo.set(text, term);
    }
  }
  return term;
}

/**
 * One TF-ISF vector per sentence over content-word stems: a term used in few sentences of this
 * article weighs more (inverse sentence frequency), so no background corpus is needed.
 */
export function sentenceVectors(tokens: readonly Token[], sentenceTokens: ReadonlyArray<readonly [number, number]>): SentenceVectors {
  const count = sentenceTokens.length;
  const termIds = new Map<string, number>();
  const tf = new Map<number, number>(); // one sentence's counts, in order of first use
  const offsets = new Int32Array(count + 1);
  const words = new Int32Array(count);
  let ids = new Int32Array(1024);
  let weights = new Float64Array(1024);
  let n = 0;
  for (let s = 0; s < count; s++) {
    const [a, b] = sentenceTokens[s]!;
    tf.clear();
    let w = 0;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      const term = termOf(t.text);
      if (term === null) continue;
      w++;
      if (term === '' || !CONTENT.has(t.pos)) continue;
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    if (n + tf.size > ids.length) {
      // Doubling while small, then a quarter more at a time: a huge document's arrays never hold twice their room.
      const size = Math.max(ids.length < 1 << 20 ? ids.length * 2 : Math.ceil(ids.length * 1.25), n + tf.size);
      ids = grow(ids, new Int32Array(size));
      weights = grow(weights, new Float64Array(size));
    }
    for (const [id, c] of tf) {
      ids[n] = id;
      weights[n++] = c;
    }
    offsets[s + 1] = n;
    words[s] = w;
  }
  const terms = termIds.size;
  termIds.clear();
  const sf = new Float64Array(terms);
  for (let k = 0; k < n; k++) sf[ids[k]!]!++;
  // Counts become weights in place, each sentence's squares summed in its own term order.
  const norms = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    let sq = 0;
    for (let k = offsets[s]!; k < offsets[s + 1]!; k++) {
      const w = weights[k]! * Math.log(1 + count / sf[ids[k]!]!);
      weights[k] = w;
      sq += w * w;
    }
    norms[s] = Math.sqrt(sq);
  }
  return { count, terms, offsets, ids: ids.subarray(0, n), weights: weights.subarray(0, n), norms, words };
}

function grow<A extends Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

/** The article's centroid, the sum of its sentence vectors: dense weights by term id, and its norm. */
export function centroid(v: SentenceVectors): { weights: Float64Array; norm: number } {
  const weights = new Float64Array(v.terms);
  for (let k = 0; k < v.offsets[v.count]!; k++) weights[v.ids[k]!] = weights[v.ids[k]!]! + v.weights[k]!;
  // Term ids are numbered in order of first use, so this is the order a sum by first use takes.
  let sq = 0;
  for (let id = 0; id < v.terms; id++) sq += weights[id]! * weights[id]!;
  return { weights, norm: Math.sqrt(sq) };
}

/** Cosine of sentence s to the centroid (a sentence never has more terms than the centroid). */
export function cosineToCentroid(v: SentenceVectors, s: number, center: { weights: Float64Array; norm: number }): number {
  if (v.norms[s] === 0 || center.norm === 0) return 0;
  let dot = 0;
  for (let k = v.offsets[s]!; k < v.offsets[s + 1]!; k++) dot += v.weights[k]! * center.weights[v.ids[k]!]!;
  return dot / (v.norms[s]! * center.norm);
}

/**
 * Cosine of sentences a and b, summed over the terms of the one with fewer (a on a tie), in its
 * term order. `termsB` holds b's weights (`termMap`: made once for a sentence compared with
 * many); `scratch` is a zeroed dense array of `v.terms` entries, left zeroed.
 */
export function cosineBetween(v: SentenceVectors, a: number, b: number, termsB: ReadonlyMap<number, number>, scratch: Float64Array): number {
  if (v.norms[a] === 0 || v.norms[b] === 0) return 0;
  const { offsets, ids, weights } = v;
  let dot = 0;
  if (offsets[a + 1]! - offsets[a]! <= termsB.size) {
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) dot += weights[k]! * (termsB.get(ids[k]!) ?? 0);
  } else {
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) scratch[ids[k]!] = weights[k]!;
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++) dot += weights[k]! * scratch[ids[k]!]!;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) scratch[ids[k]!] = 0;
  }
  return dot / (v.norms[a]! * v.norms[b]!);
}

/** Sentence s's weights by term id. */
export function termMap(v: SentenceVectors, s: number): Map<number, number> {
  const m = new Map<number, number>();
  for (let k = v.offsets[s]!; k < v.offsets[s + 1]!; k++) m.set(v.ids[k]!, v.weights[k]!);
  return m;
}
