/**
 * Words as a reader counts them: runs of letters/digits, kept whole across inner apostrophes,
 * hyphens, and the dots and commas of numbers and abbreviations ("don't", "well-known", "216,000",
 * "U.S"). Every separator must be followed by a letter or digit, so the pattern cannot backtrack.
 */
export const WORD = /[\p{L}\p{N}]+(?:['\u2019\-.,][\p{L}\p{N}]+)*/gu;

/** Letters and digits in a word (Coleman-Liau counts characters, not syllables). */
const NOT_LETTER = /[^\p{L}\p{N}]/gu;
export function letterCount(word: string): number {
  return word.replace(NOT_LETTER, '').length;
}
