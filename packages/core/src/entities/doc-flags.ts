import { hashString } from './hash.js';
import { TITLES } from './lexicon.js';
import { Int32Map } from './int32-map.js';

/**
 * Document-level evidence about each token's word (Ratinov & Roth 2009's non-local features,
 * without a second tagging pass): how the same word (case-folded) is written elsewhere in the
 * article. A sentence-initial or headline "ROE" learns from "Ms Roe" further down; "Their"
 * from "their". Bits, per token:
 */
export const DOC_LOWER = 1; // written in lower case somewhere in the document
export const DOC_CAP_MID = 2; // capitalised inside a sentence (not its first word) in running text
export const DOC_RUN_LAST = 4; // last word of a run of 2+ capitalised words ("Jane Roe")
export const DOC_RUN_FIRST = 8; // first word of such a run, inside a sentence
export const DOC_TITLED = 16; // right after a title ("Mr", "President")

function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && w[0] !== w[0]!.toLowerCase());
}

/** Whether w has a letter (ASCII fast path). */
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (w.charCodeAt(i) > 127 && /\p{L}/u.test(w[i]!)) return true;
  }
  return false;
}

/** Whether w is all lower case (no capital anywhere). */
function isLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && w[i] !== w[i]!.toLowerCase())) return false;
  }
  return true;
}

/** Word classes docFlags reads, per word (callers may cache them per word type): */
export const W_LETTER = 1; // has a letter
export const W_CAP = 2; // capitalised
export const W_LOWER = 4; // no capital anywhere
export const W_TITLE = 8; // a title ("Mr", "President")

export function wordClass(w: string): number {
  return (hasLetter(w) ? W_LETTER : 0) | (isCap(w) ? W_CAP : 0) | (isLower(w) ? W_LOWER : 0) | (isTitle(w) ? W_TITLE : 0);
}

/** Flags of every token of the document (words: all tokens; sentences: [from, to) token ranges). */
export function docFlags(words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>, out = new Int32Array(words.length)): Int32Array {
  const keys = new Int32Array(words.length);
  const cls = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    cls[i] = wordClass(words[i]!);
    if (cls[i]! & W_LETTER) keys[i] = hashString(words[i]!, true) | 0;
  }
  return docFlagsOf(keys, cls, sentences, out) as Int32Array;
}

/**
 * `docFlags` from each token's lower-cased word hash (hash.ts, `| 0`; read only where the token
 * has a letter) and `wordClass`: what the tagger passes, having both per word type.
 */
export function docFlagsOf(keys: Int32Array, cls: Uint8Array, sentences: ReadonlyArray<readonly [number, number]>, out: Int32Array | Uint8Array = new Int32Array(keys.length)): Int32Array | Uint8Array {
  // Keyed by the lower-cased hash (no string allocation per token; Int32Map: no boxed keys).
  const byWord = new Int32Map(keys.length >> 2);
  const or = (k: number, f: number): void => byWord.or(k, f);
  for (const [a, b] of sentences) {
    // Running text: most letters-bearing words not capitalised (not a headline or title line).
    let lower = 0;
    let letters = 0;
    for (let i = a; i < b; i++) {
      const c = cls[i]!;
      if ((c & W_LETTER) === 0) continue;
      letters++;
      if ((c & W_CAP) === 0) lower++;
    }
    const running = letters > 0 && lower >= letters * 0.3;
    for (let i = a; i < b; i++) {
      const c = cls[i]!;
      if ((c & W_LETTER) === 0) continue;
      const k = keys[i]!;
      if ((c & W_CAP) === 0) {
        if (c & W_LOWER) or(k, DOC_LOWER);
        continue;
      }
      if (!running) continue;
      if (i > a) or(k, DOC_CAP_MID);
      const prevCap = i > a && (cls[i - 1]! & W_CAP) !== 0;
      const nextCap = i + 1 < b && (cls[i + 1]! & W_CAP) !== 0;
      if (prevCap && !nextCap) or(k, DOC_RUN_LAST);
      if (!prevCap && nextCap && i > a) or(k, DOC_RUN_FIRST);
      if (i > a && (cls[i - 1]! & W_TITLE) !== 0) or(k, DOC_TITLED);
    }
  }
  for (let i = 0; i < keys.length; i++) out[i] = cls[i]! & W_LETTER ? byWord.get(keys[i]!, 0) : 0;
  return out;
}

function isTitle(w: string): boolean {
  return w.length <= 12 && isCap(w) && TITLES.has(w.toLowerCase());
}
