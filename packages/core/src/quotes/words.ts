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
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c < 0x2000) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

/**
 * Tokenise text[from, to): words keep inner apostrophes, hyphens and the periods of initials and
 * abbreviations ("Sen.", "G.K.", "U.S."), so names and titles come out whole. Linear.
 */
export function wordsIn(text: string, from: number, to: number): Word[] {
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
      if (ABBREVIATIONS.has(w.toLowerCase()) || /^[A-Z](\.[A-Z])*$/.test(w)) {
        j++;
        while (j + 1 < end && /[A-Z]/.test(text[j]!) && text.charCodeAt(j + 1) === 46) j += 2;
      }
    }
    out.push(make(text, i, j, false));
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
