import type { Sentence, SummarySentence, Token } from '../model/layers.js';
import { centroid, cosineBetween, cosineToCentroid, sentenceVectors, termMap } from './vectors.js';

export interface SummaryOptions {
  /** How many sentences (default 3). */
  sentences?: number;
}

export interface SummaryInput {
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
}

/**
 * Tuned on the BBC dev set (scripts/eval/areas/summarization.ts); results were flat for
 * redundancy 0.1-0.3 and for minWords 8-12, so these are not knife-edge choices.
 */
const params = {
  /** Share of a sentence's score that does not depend on position (the rest is the lead prior). */
  centralityShare: 0.85,
  /** How fast the lead prior decays with sentence index. */
  positionDecay: 1,
  /** MMR: how much similarity to an already chosen sentence costs. */
  redundancy: 0.3,
  /** Sentences shorter than this many words are scaled down (datelines, bylines, fragments). */
  minWords: 8,
  /** Cosine above which a sentence counts as a restatement of a chosen one and is skipped outright. */
  duplicate: 0.6,
};

/**
 * Extractive summary: the N sentences that best combine centrality (cosine to the article's
 * TF-ISF centroid) with the news lead prior, chosen greedily with maximal marginal relevance so
 * a sentence that repeats a chosen one loses to one that adds something. Returned in text order.
 */
export function summarize(input: SummaryInput, options: SummaryOptions = {}): SummarySentence[] {
  const n = options.sentences ?? 3;
  const sents = input.sentences;
  if (sents.length <= n) return sents.map(toSummary);
  const vectors = sentenceVectors(input.tokens, input.sentenceTokens);
  const center = centroid(vectors);
  const { centralityShare: a, positionDecay, redundancy, minWords, duplicate } = params;
  const base = new Float64Array(vectors.count);
  for (let i = 0; i < vectors.count; i++) {
    const central = cosineToCentroid(vectors, i, center);
    const lead = 1 / (1 + i) ** positionDecay;
    const length = Math.min(1, vectors.words[i]! / minWords);
    base[i] = (a * central + (1 - a) * lead) * length;
  }
  // Relevance on a 0-1 scale, so the redundancy weight means the same in every article.
  // A fold, not Math.max(...base): a 50 MB text has more sentences than a call has room for arguments.
  const top = base.reduce((m, x) => Math.max(m, x), -Infinity) || 1;
  for (let i = 0; i < base.length; i++) base[i] = base[i]! / top;
  const chosen: number[] = [];
  const chosenTerms: Array<Map<number, number>> = [];
  const scratch = new Float64Array(vectors.terms);
  while (chosen.length < n) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < vectors.count; i++) {
      if (chosen.includes(i)) continue;
      let overlap = 0;
      for (let c = 0; c < chosen.length; c++) overlap = Math.max(overlap, cosineBetween(vectors, i, chosen[c]!, chosenTerms[c]!, scratch));
      // A restatement is taken only when nothing else is left.
      const s = base[i]! - redundancy * overlap - (overlap > duplicate ? 2 : 0);
      if (s > bestScore) { bestScore = s; best = i; }
    }
    chosen.push(best);
    chosenTerms.push(termMap(vectors, best));
  }
  return chosen.sort((x, y) => x - y).map((i) => toSummary(sents[i]!));
}

const toSummary = (s: Sentence): SummarySentence => ({ start: s.start, end: s.end, text: s.text, index: s.index });
