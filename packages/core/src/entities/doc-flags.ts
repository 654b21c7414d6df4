import { TITLES } from './lexicon.js';

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

/** Flags of every token of the document (words: all tokens; sentences: [from, to) token ranges). */
export function docFlags(words: readonly string[], sentences: ReadonlyArray<readonly [number, number]>, out = new Int32Array(words.length)): Int32Array {
  const byWord = new Map<string, number>();
  const keys: string[] = new Array(words.length);
  const or = (k: string, f: number): void => {
    byWord.set(k, (byWord.get(k) ?? 0) | f);
  };
  for (const [a, b] of sentences) {
    // Running text: most letters-bearing words not capitalised (not a headline or title line).
    let lower = 0;
    let letters = 0;
    for (let i = a; i < b; i++) {
      const w = words[i]!;
      if (!/\p{L}/u.test(w)) continue;
      letters++;
      if (!isCap(w)) lower++;
    }
    const running = letters > 0 && lower >= letters * 0.3;
    for (let i = a; i < b; i++) {
      const w = words[i]!;
      const k = w.toLowerCase();
      keys[i] = k;
      if (!/\p{L}/u.test(w)) continue;
      if (!isCap(w)) {
        if (w === k) or(k, DOC_LOWER);
        continue;
      }
      if (!running) continue;
      if (i > a) or(k, DOC_CAP_MID);
      const prevCap = i > a && isCap(words[i - 1]!);
      const nextCap = i + 1 < b && isCap(words[i + 1]!);
      if (prevCap && !nextCap) or(k, DOC_RUN_LAST);
      if (!prevCap && nextCap && i > a) or(k, DOC_RUN_FIRST);
      if (i > a && TITLES.has(words[i - 1]!.toLowerCase())) or(k, DOC_TITLED);
    }
  }
  for (let i = 0; i < words.length; i++) out[i] = keys[i] === undefined ? 0 : (byWord.get(keys[i]!) ?? 0);
  return out;
}
