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

// Words repeat heavily across news text, so each distinct spelling is folded once. The cache is
// bounded (cleared when full, long words not kept) so unique junk tokens cannot grow memory without limit.
const KEY_CACHE_MAX = 200_000;
const KEY_CACHE_WORD_MAX = 40;
const keyCache = new Map<string, string>();

/** wordKey, memoised per spelling; also interns the key so trie lookups hash it only once. */
export function cachedWordKey(word: string): string {
  if (word.length > KEY_CACHE_WORD_MAX) return wordKey(word);
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    key = wordKey(word);
    keyCache.set(word, key);
  }
  return key;
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

/** True when the token is ASCII letters/digits only: one word unit, no regex needed (most tokens). */
function isPlainWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return t.length > 0;
}

/**
 * Word stream over the segmenter's tokens: hyphenated tokens split into their parts ("e-commerce" ->
 * e, commerce) so "high-tech" and "high tech" match alike; punctuation other than hyphens breaks phrases.
 */
export function wordStream(tokens: readonly Token[]): WordStream {
  const s: WordStream = { keys: [], raw: [], starts: [], ends: [], words: 0 };
  // One string per spelling: a huge document's tokens are made on access, and a fresh string per
  // word held in `raw` was ~40 bytes a word.
  const spellings = new Map<string, string>();
  const push = (raw: string, start: number) => {
    s.keys.push(cachedWordKey(raw));
    let shared = spellings.get(raw);
    if (shared === undefined) {
      if (spellings.size >= KEY_CACHE_MAX) spellings.clear();
      spellings.set(raw, (shared = raw));
    }
    s.raw.push(shared);
    s.starts.push(start);
    s.ends.push(start + raw.length);
    s.words++;
  };
  for (const t of tokens) {
    const text = t.text;
    if (isPlainWord(text)) {
      push(text, t.start);
      continue;
    }
    if (BREAK_FREE.has(text)) continue;
    let found = false;
    for (const m of text.matchAll(UNIT)) {
      found = true;
      push(m[0], t.start + m.index);
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
