import { BREAK, keyOfSpelling, keyString, spellingString } from './vocab.js';

/** Word units inside a token or a term: letters/digits joined by . ' ’ & ("U.S", "AT&T", "e" "commerce"). */
export const UNIT = /[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*/gu;
/** Plural endings that keep their stem: "news", "analysis", "virus", "class". */
const KEEP_S = /(?:ss|us|is|ws|ics)$/;

/**
 * The matching key of a word: lowercase, possessive dropped, regular plurals folded to the singular
 * ("tariffs" -> "tariff", "companies" -> "company", "taxes" -> "tax"). Applied to terms and text alike,
 * so both sides agree even where the fold is not a real lemma.
 */
export function wordKey(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:xes|ches|shes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !KEEP_S.test(w)) return w.slice(0, -1);
  return w;
}

/** The word units of a phrase, as written. */
export function phraseWords(phrase: string): string[] {
  return phrase.match(UNIT) ?? [];
}

/**
 * The text as a flat stream of words, each a spelling id (vocab.ts) with its offsets; BREAK marks
 * a phrase break (punctuation). Ids <= -2 are the stream's own words (long or past the vocabulary's
 * bound): key and spelling at `extraKeys[-2 - id]`, `extraSpellings[-2 - id]`.
 */
export interface WordStream {
  spellings: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  extraKeys: string[];
  extraSpellings: string[];
  /** Number of words (breaks excluded), for length normalisation. */
  words: number;
}

/** The folded key at stream position i ('' for a break). */
export function keyAt(s: WordStream, i: number): string {
  const id = s.spellings[i]!;
  return id >= 0 ? keyString(keyOfSpelling(id)) : id === BREAK ? '' : s.extraKeys[-2 - id]!;
}

/** The word as written at stream position i ('' for a break). */
export function spellingAt(s: WordStream, i: number): string {
  const id = s.spellings[i]!;
  return id >= 0 ? spellingString(id) : id === BREAK ? '' : s.extraSpellings[-2 - id]!;
}
