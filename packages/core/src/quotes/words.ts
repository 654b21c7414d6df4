import { isSpace } from '../segment/paragraphs.js';
import { firstStartingAt } from './search.js';
import { lazyList } from '../pipeline/lazy-list.js';

/** A word or punctuation token of a short window of text (attribution scans only look nearby). */
export interface Word {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, for lexicon look-ups. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Punctuation (a single character). */
  punct: boolean;
  /** Universal POS tag of the segmenter's token starting here, when tokens were given. */
  pos?: string;
}

/** The segmenter's tokens in text order: each window finds its first token once, then walks. */
export interface PosLookup {
  readonly tokens: ReadonlyArray<{ start: number; pos: string }>;
}

/** A POS index over tokens in text order (undefined when there are none). */
export function posLookup(tokens: ReadonlyArray<{ start: number; pos: string }>): PosLookup | undefined {
  return tokens.length === 0 ? undefined : { tokens };
}


/** End of the word starting at i: word characters, joined by inner apostrophes and hyphens ("it's", "co-op"). */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const d = text.charCodeAt(j);
    if (isWordChar(d)) j++;
    else if ((d === 39 || d === 0x2019 || d === 45 || d === 0x2010) && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c < 0x2000) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/**
 * Tokenise text[from, to): words keep inner apostrophes, hyphens and the periods of initials and
 * abbreviations ("Sen.", "G.K.", "U.S."), so names and titles come out whole. Linear.
 */
export function wordsIn(text: string, from: number, to: number, pos?: PosLookup, maxWords = Infinity): Word[] {
  const out: Word[] = [];
  let words = 0;
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  const tokens = pos?.tokens;
  let t = tokens ? firstStartingAt(tokens, i) : 0;
  while (i < end && words < maxWords) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      out.push(make(text, i, i + 1, true));
      i++;
      continue;
    }
    let j = wordEnd(text, i, end);
    // Keep the period of an abbreviation: a short capitalised word (Mr., Sen., Gov.) or initials (G.K., U.S.).
    if (j < end && text.charCodeAt(j) === 46 && j - i <= 8) {
      const w = text.slice(i, j);
      // Also a party-state tag: "(D-N.Y.)", "R-Ky.", "D-Calif.".
      if (ABBREVIATIONS.has(w.toLowerCase()) || /^[A-Z](\.[A-Z])*$/.test(w) || /^[A-Z]-[A-Z][a-z]{0,4}$/.test(w)) {
        j++;
        while (j + 1 < end && /[A-Z]/.test(text[j]!) && text.charCodeAt(j + 1) === 46) j += 2;
      }
    }
    let tag: string | undefined;
    if (tokens) {
      while (t < tokens.length && tokens[t]!.start < i) t++;
      if (t < tokens.length && tokens[t]!.start === i) tag = tokens[t]!.pos;
    }
    out.push(make(text, i, j, false, tag));
    words++;
    i = j;
  }
  return out;
}

/**
 * The capitalised words of a text, tokenised as wordsIn does (abbreviation periods kept).
 * Lower-case words are stepped over without being built, so scanning a whole article for names
 * stays cheap; callers tell adjacent words apart with `adjacent`. Linear.
 */
export function capitalWords(text: string, lazyFrom = LAZY_WORDS): Word[] {
  const out = new CapitalSpans();
  const end = text.length;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = wordEnd(text, i, end);
    // Upper case: ASCII A-Z, or a non-ASCII letter whose lower case differs.
    if ((c >= 65 && c <= 90) || (c > 127 && text[i]!.toLowerCase() !== text[i])) {
      if (j < end && text.charCodeAt(j) === 46 && j - i <= 8) {
        const w = text.slice(i, j);
        if (ABBREVIATIONS.has(w.toLowerCase()) || /^[A-Z](\.[A-Z])*$/.test(w) || /^[A-Z]-[A-Z][a-z]{0,4}$/.test(w)) {
          j++;
          while (j + 1 < end && /[A-Z]/.test(text[j]!) && text.charCodeAt(j + 1) === 46) j += 2;
        }
      }
      if (make(text, i, j, false).cap) out.push(i, j);
    }
    i = j;
  }
  return out.words(text, lazyFrom);
}

/**
 * Capitalised words found in a whole text, kept as start/end pairs: a huge document has millions,
 * and a Word object with its two strings costs ~130 bytes where a pair costs 8. A long list is
 * handed out lazily (pipeline/lazy-list.ts), each Word made again on access.
 */
class CapitalSpans {
  private n = 0;
  private se = new Int32Array(256);

  push(start: number, end: number): void {
    if (2 * this.n === this.se.length) {
      const grown = new Int32Array(this.se.length * 2);
      grown.set(this.se);
      this.se = grown;
    }
    this.se[2 * this.n] = start;
    this.se[2 * this.n + 1] = end;
    this.n++;
  }

  words(text: string, lazyFrom: number): Word[] {
    const se = this.se.slice(0, 2 * this.n);
    const at = (i: number): Word => make(text, se[2 * i]!, se[2 * i + 1]!, false);
    return this.n > lazyFrom ? lazyList(this.n, at) : Array.from({ length: this.n }, (_, i) => at(i));
  }
}

/** Above this many capitalised words (a text of some 1 MB) the list is lazy. */
const LAZY_WORDS = 50_000;

/** Only spaces between two words (no punctuation, no other word): "Dianne Feinstein". */
export function adjacent(text: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

// Every Word has the same fields in the same order (pos included), so property reads stay monomorphic.
function make(text: string, start: number, end: number, punct: boolean, pos?: string): Word {
  const t = text.slice(start, end);
  if (punct) return { start, end, text: t, lower: t, cap: false, punct, pos };
  const c = t.charCodeAt(0);
  // ASCII lower case and digits (most words) need no case mapping.
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return { start, end, text: t, lower: hasUpper(t) ? t.toLowerCase() : t, cap: false, punct, pos };
  const lower = t.toLowerCase();
  const cap = t !== lower && ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || t[0] !== lower[0]);
  return { start, end, text: t, lower, cap, punct, pos };
}

function hasUpper(t: string): boolean {
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt rev st jr sr pres sec supt det insp cllr maj adm cmdr lt.col sgt.maj no vs u.s u.k u.n e.u'.split(' '),
);
