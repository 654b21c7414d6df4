import type { Token } from '../model/layers.js';
import { STOPWORDS } from '../keyphrases/stopwords.js';
import { stem as stemOf } from '../keyphrases/units.js';

/** A sparse term vector: term id -> weight, with its Euclidean norm. */
export interface SentenceVector {
  terms: Map<number, number>;
  norm: number;
  /** Words (letter/digit tokens) in the sentence. */
  words: number;
}

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const TERM_LIMIT = 100_000;
const terms = new Map<string, string | null>();

/**
 * What a token text adds to a sentence vector, memoised per spelling (stemming every token was
 * most of the stage): null = not a word (punctuation), '' = a word but no term (stopword, too
 * long), else its stem.
 */
function termOf(text: string): string | null {
  let term = terms.get(text);
  if (term === undefined) {
    if (!HAS_WORD_CHAR.test(text)) term = null;
    else {
      const lower = text.toLowerCase();
      term = STOPWORDS.has(lower) || lower.length > 40 ? '' : stemOf(lower);
    }
    if (text.length <= 40) {
      if (terms.size >= TERM_LIMIT) terms.clear();
      terms.set(text, term);
    }
  }
  return term;
}

/**
 * One TF-ISF vector per sentence over content-word stems: a term used in few sentences of this
 * article weighs more (inverse sentence frequency), so no background corpus is needed.
 */
export function sentenceVectors(tokens: readonly Token[], sentenceTokens: ReadonlyArray<readonly [number, number]>): SentenceVector[] {
  const ids = new Map<string, number>();
  const counts: Array<Map<number, number>> = [];
  const words: number[] = [];
  for (const [a, b] of sentenceTokens) {
    const tf = new Map<number, number>();
    let w = 0;
    for (let i = a; i < b; i++) {
      const t = tokens[i]!;
      const term = termOf(t.text);
      if (term === null) continue;
      w++;
      if (term === '' || !CONTENT.has(t.pos)) continue;
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    counts.push(tf);
    words.push(w);
  }
  const sf = new Float64Array(ids.size);
  for (const tf of counts) for (const id of tf.keys()) sf[id]!++;
  const n = counts.length;
  // Counts become weights in place (same keys, same order): a second map per sentence doubled the
  // stage's memory on a huge document.
  return counts.map((terms, s) => {
    let sq = 0;
    for (const [id, c] of terms) {
      const w = c * Math.log(1 + n / sf[id]!);
      terms.set(id, w);
      sq += w * w;
    }
    return { terms, norm: Math.sqrt(sq), words: words[s]! };
  });
}

export function cosine(a: SentenceVector, b: SentenceVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [id, w] of small.terms) {
    const v = large.terms.get(id);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** The article's centroid: the sum of its sentence vectors. */
export function centroid(vectors: readonly SentenceVector[]): SentenceVector {
  const terms = new Map<number, number>();
  for (const v of vectors) for (const [id, w] of v.terms) terms.set(id, (terms.get(id) ?? 0) + w);
  let sq = 0;
  for (const w of terms.values()) sq += w * w;
  return { terms, norm: Math.sqrt(sq), words: 0 };
}
