import { BREAK, NO_WORD, SKIP, WORD_MAX, hashRange, lookupText, rememberText, spellingId } from './vocab.js';
import { UNIT, wordKey, type WordStream } from './words.js';

/** Tokens that join words rather than break a phrase: hyphens, a possessive's "'s". */
const BREAK_FREE = new Set(['-', '‐', "'s", '’s', "'", '’']);

/** Growable parallel arrays of one stream, in one buffer. */
class StreamBuilder {
  n = 0;
  words = 0;
  cap = 0;
  buf = new Int32Array(0);
  spellings = new Int32Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  extraKeys: string[] = [];
  extraSpellings: string[] = [];

  reset(capacity: number): this {
    Object.assign(this, { n: 0, words: 0, extraKeys: [], extraSpellings: [] });
    if (capacity > this.cap) this.alloc(capacity);
    return this;
  }

  private alloc(cap: number): void {
    const buf = new Int32Array(3 * cap);
    if (this.n > 0) {
      buf.set(this.spellings.subarray(0, this.n));
      buf.set(this.starts.subarray(0, this.n), cap);
      buf.set(this.ends.subarray(0, this.n), 2 * cap);
    }
    Object.assign(this, { cap, buf, spellings: buf.subarray(0, cap), starts: buf.subarray(cap, 2 * cap), ends: buf.subarray(2 * cap) });
  }

  push(spelling: number, start: number, end: number): void {
    if (this.n === this.cap) this.alloc(2 * this.cap + 16);
    const i = this.n++;
    this.spellings[i] = spelling;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  word(spelling: string, start: number): void {
    const id = spellingId(spelling, wordKey);
    this.words++;
    if (id >= 0) return this.push(id, start, start + spelling.length);
    const own = -2 - this.extraKeys.length;
    this.extraKeys.push(wordKey(spelling));
    this.extraSpellings.push(spelling);
    this.push(own, start, start + spelling.length);
  }

  done(): WordStream {
    const { n } = this;
    return {
      spellings: this.spellings.subarray(0, n),
      starts: this.starts.subarray(0, n),
      ends: this.ends.subarray(0, n),
      extraKeys: this.extraKeys,
      extraSpellings: this.extraSpellings,
      words: this.words,
    };
  }
}

/** A document's body stream is built in this one builder: no new buffers per document. A huge
 *  document's stream gets its own, so the shared buffer stays small. */
const shared = new StreamBuilder();
const SHARED_MAX = 1 << 16;

/** True when text[from, to) is ASCII letters/digits only: one word unit, no regex needed (most tokens). */
function isPlainWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return to > from;
}

/**
 * Word stream over tokens given as offsets into `text` (the segment stage's token table): hyphenated
 * tokens split into their parts ("e-commerce" -> e, commerce) so "high-tech" and "high tech" match
 * alike; punctuation other than hyphens breaks phrases. A token met before is found by its characters
 * in place (vocab.ts): no string, no regex. With `reuse`, the stream lives in a buffer the next
 * reusing call overwrites (a document's body). Call vocab's beginDocument() before a document's streams.
 */
export function wordStream(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, count: number, reuse = false): WordStream {
  const b = reuse && count <= SHARED_MAX ? shared.reset(count + 16) : new StreamBuilder().reset(count + 16);
  for (let t = 0; t < count; t++) {
    const from = starts[t]!;
    const to = ends[t]!;
    let code = to - from <= WORD_MAX ? lookupText(text, from, to, hashRange(text, from, to)) : undefined;
    if (code === undefined) {
      const tok = text.slice(from, to);
      if (isPlainWord(text, from, to)) {
        b.word(tok, from);
        continue;
      }
      if (BREAK_FREE.has(tok)) code = SKIP;
      else {
        const before = b.n;
        for (const m of tok.matchAll(UNIT)) b.word(m[0], from + m.index);
        if (b.n > before) continue; // several words (or one inside punctuation): not remembered
        code = NO_WORD;
      }
      rememberText(tok, code);
    }
    // A known spelling is one whole word unit (UNIT matches it entirely).
    if (code >= 0) {
      b.words++;
      b.push(code, from, to);
    } else if (code === NO_WORD && (b.n === 0 || b.spellings[b.n - 1] !== BREAK)) b.push(BREAK, from, to);
  }
  return b.done();
}
