import type { Token } from '../model/layers.js';

/** Word units inside a token or a term: letters/digits joined by . ' ’ & ("U.S", "AT&T", "e" "commerce"). */
const UNIT = /[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*/gu;
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

/** The text as a flat stream of word keys with offsets; '' marks a phrase break (punctuation). */
export interface WordStream {
  keys: string[];
  raw: string[];
  starts: number[];
  ends: number[];
  /** Number of words (breaks excluded), for length normalisation. */
  words: number;
}

const BREAK_FREE = new Set(['-', '‐', "'s", '’s', "'", '’']);

/**
 * Word stream over the segmenter's tokens: hyphenated tokens split into their parts ("e-commerce" ->
 * e, commerce) so "high-tech" and "high tech" match alike; punctuation other than hyphens breaks phrases.
 */
export function wordStream(tokens: readonly Token[]): WordStream {
  const s: WordStream = { keys: [], raw: [], starts: [], ends: [], words: 0 };
  for (const t of tokens) {
    if (BREAK_FREE.has(t.text)) continue;
    let found = false;
    for (const m of t.text.matchAll(UNIT)) {
      found = true;
      s.keys.push(wordKey(m[0]));
      s.raw.push(m[0]);
      s.starts.push(t.start + m.index);
      s.ends.push(t.start + m.index + m[0].length);
      s.words++;
    }
    if (!found && s.keys[s.keys.length - 1] !== '') {
      s.keys.push('');
      s.raw.push('');
      s.starts.push(t.start);
      s.ends.push(t.end);
    }
  }
  return s;
}
