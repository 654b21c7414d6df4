import type { Doc } from '../pipeline/doc.js';
import type { Tone } from '../model/layers.js';
import { valenceLexicon } from './lexicon.js';
import { normalizeValence, valenceSum, type Lookup } from './vader.js';
import { NEWS_RULES, type ToneRules } from './vader-rules.js';
import { toneInput } from './words.js';
import { isNamedType } from '../entities/named.js';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Lookup in the VADER lexicon plus our news additions. */
export function lexiconLookup(): Lookup {
  const lex = valenceLexicon();
  return (w) => lex.get(w);
}

/** Tone of each sentence in -1..1, in sentence order. */
export function sentenceTones(doc: Doc, rules: ToneRules = NEWS_RULES, lookup: Lookup = lexiconLookup()): number[] {
  return doc.sentenceTokens.map(([a, b]) => normalizeValence(valenceSum(toneInput(doc.tokens, a, b, lookup), lookup, rules)));
}

/** The index of the sentence holding offset `at` (sentences are sorted and disjoint); -1 if none. */
function sentenceAt(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);

/** Mean weighted by sentence length in tokens, so a stray one-token "sentence" barely counts. */
function weightedMean(scores: readonly number[], spans: ReadonlyArray<readonly [number, number]>): number {
  let sum = 0;
  let weight = 0;
  scores.forEach((s, i) => {
    const [a, b] = spans[i]!;
    sum += s * (b - a);
    weight += b - a;
  });
  return weight === 0 ? 0 : sum / weight;
}

/**
 * Document, sentence and entity tone. The document's tone is the length-weighted mean of its sentence
 * tones (a long article's summed valence would saturate at ±1); an entity's tone is the mean tone of
 * the sentences its mentions fall in (named types only: see NAMED_ENTITY_TYPES).
 */
export function computeTone(doc: Doc, rules: ToneRules = NEWS_RULES): Tone {
  const scores = sentenceTones(doc, rules);
  // Tone toward an entity is for named things: a date or an amount has no one to be kind to.
  const entities = doc.entities.filter((e) => isNamedType(e.type)).map((e) => {
    const sentences = [...new Set(e.mentions.map((m) => sentenceAt(doc, m.start)).filter((s) => s >= 0))].sort((x, y) => x - y);
    return { entityId: e.id, score: round(mean(sentences.map((s) => scores[s]!))), sentences };
  });
  return {
    document: round(weightedMean(scores, doc.sentenceTokens)),
    sentences: scores.map((score, index) => ({ index, score: round(score) })),
    entities,
  };
}
