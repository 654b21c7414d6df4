import { isSpace } from '../segment/paragraphs.js';

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

/** The segmenter's POS tag of the token starting at an offset (undefined where none starts). */
export type PosLookup = (start: number) => string | undefined;

/** A lookup over tokens in text order (binary search, so windows stay cheap). */
export function posLookup(tokens: ReadonlyArray<{ start: number; pos: string }>): PosLookup | undefined {
  if (tokens.length === 0) return undefined;
  return (start) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid]!;
      if (t.start < start) lo = mid + 1;
      else if (t.start > start) hi = mid - 1;
      else return t.pos;
    }
    return undefined;
  };
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c < 0x2000) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/**
 * Tokenise text[from, to): words keep inner apostrophes, hyphens and the periods of initials and
 * abbreviations ("Sen.", "G.K.", "U.S."), so names and titles come out whole. Linear.
 */
export function wordsIn(text: string, from: number, to: number, pos?: PosLookup): Word[] {
  const out: Word[] = [];
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (i < end) {
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
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) j++;
      else if ((d === 39 || d === 0x2019 || d === 45 || d === 0x2010) && j + 1 < end && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    // Keep the period of an abbreviation: a short capitalised word (Mr., Sen., Gov.) or initials (G.K., U.S.).
    if (j < end && text.charCodeAt(j) === 46) {
      const w = text.slice(i, j);
      // Also a party-state tag: "(D-N.Y.)", "R-Ky.", "D-Calif.".
      if (ABBREVIATIONS.has(w.toLowerCase()) || /^[A-Z](\.[A-Z])*$/.test(w) || /^[A-Z]-[A-Z][a-z]{0,4}$/.test(w)) {
        j++;
        while (j + 1 < end && /[A-Z]/.test(text[j]!) && text.charCodeAt(j + 1) === 46) j += 2;
      }
    }
    const w = make(text, i, j, false);
    if (pos) {
      const tag = pos(i);
      if (tag) w.pos = tag;
    }
    out.push(w);
    i = j;
  }
  return out;
}

function make(text: string, start: number, end: number, punct: boolean): Word {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  const cap = !punct && t !== t.toLowerCase() && ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) || t[0] !== t[0]!.toLowerCase());
  return { start, end, text: t, lower: t.toLowerCase(), cap, punct };
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt rev st jr sr pres sec supt det insp cllr maj adm cmdr lt.col sgt.maj no vs u.s u.k u.n e.u'.split(' '),
);
