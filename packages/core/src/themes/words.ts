import type { Token } from '../model/layers.js';
import { BREAK, keyOfSpelling, keyString, knownSpelling, spellingId, spellingString } from './vocab.js';

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

/**
 * The text as a flat stream of words, each a key id (vocab.ts) with its spelling id and offsets;
 * BREAK marks a phrase break (punctuation). Ids <= -2 are the stream's own words (long or past the
 * vocabulary's bound): key and spelling at `extraKeys[-2 - id]`, `extraSpellings[-2 - id]`.
 */
export interface WordStream {
  ids: Int32Array;
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
  const id = s.ids[i]!;
  return id >= 0 ? keyString(id) : id === BREAK ? '' : s.extraKeys[-2 - id]!;
}

/** The word as written at stream position i ('' for a break). */
export function spellingAt(s: WordStream, i: number): string {
  const id = s.spellings[i]!;
  return id >= 0 ? spellingString(id) : id === BREAK ? '' : s.extraSpellings[-2 - id]!;
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

/** Growable parallel arrays of one stream. */
class StreamBuilder {
  n = 0;
  words = 0;
  ids: Int32Array;
  spellings: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  extraKeys: string[] = [];
  extraSpellings: string[] = [];

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.spellings = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(key: number, spelling: number, start: number, end: number): void {
    if (this.n === this.ids.length) this.grow();
    const i = this.n++;
    this.ids[i] = key;
    this.spellings[i] = spelling;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  word(spelling: string, start: number): void {
    const id = spellingId(spelling, wordKey);
    this.words++;
    if (id >= 0) return this.push(keyOfSpelling(id), id, start, start + spelling.length);
    const own = -2 - this.extraKeys.length;
    this.extraKeys.push(wordKey(spelling));
    this.extraSpellings.push(spelling);
    this.push(own, own, start, start + spelling.length);
  }

  private grow(): void {
    const n = this.ids.length * 2;
    for (const k of ['ids', 'spellings', 'starts', 'ends'] as const) {
      const a = new Int32Array(n);
      a.set(this[k]);
      this[k] = a;
    }
  }

  done(): WordStream {
    const { n } = this;
    return {
      ids: this.ids.subarray(0, n),
      spellings: this.spellings.subarray(0, n),
      starts: this.starts.subarray(0, n),
      ends: this.ends.subarray(0, n),
      extraKeys: this.extraKeys,
      extraSpellings: this.extraSpellings,
      words: this.words,
    };
  }
}

/**
 * Word stream over the segmenter's tokens: hyphenated tokens split into their parts ("e-commerce" ->
 * e, commerce) so "high-tech" and "high tech" match alike; punctuation other than hyphens breaks phrases.
 * A token spelled like a word met before costs one Map lookup and no string. Call vocab's
 * beginDocument() before a document's streams.
 */
export function wordStream(tokens: readonly Token[]): WordStream {
  const b = new StreamBuilder(tokens.length + 16);
  for (const t of tokens) {
    const text = t.text;
    // A known spelling is one whole word unit (UNIT matches it entirely), so no regex is needed.
    const known = knownSpelling(text);
    if (known !== undefined) {
      b.words++;
      b.push(keyOfSpelling(known), known, t.start, t.start + text.length);
      continue;
    }
    if (isPlainWord(text)) {
      b.word(text, t.start);
      continue;
    }
    if (BREAK_FREE.has(text)) continue;
    let found = false;
    for (const m of text.matchAll(UNIT)) {
      found = true;
      b.word(m[0], t.start + m.index);
    }
    if (!found && (b.n === 0 || b.ids[b.n - 1] !== BREAK)) b.push(BREAK, BREAK, t.start, t.end);
  }
  return b.done();
}
