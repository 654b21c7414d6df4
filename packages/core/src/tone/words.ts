import type { Token } from '../model/layers.js';
import type { ToneInput } from './vader.js';

const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;

/** ASCII letters only (no digits: "n't" and emoticons take the slow path). */
function isPlainWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return t.length > 0;
}

/**
 * The words VADER scores, from the segmenter's tokens of one sentence: punctuation dropped (its ! and
 * ? counted), the clitic "n't" read as "not", possessive "'s" dropped, and one-letter tokens skipped as
 * VADER's own splitter does (so its three-word negation window spans the same words).
 * Emoticons (":)") are kept: the lexicon rates them.
 */
export function toneInput(tokens: readonly Token[], from: number, to: number, lookup: (w: string) => number | undefined): ToneInput {
  const words: string[] = [];
  let exclamations = 0;
  let questions = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    // Fast path: most tokens are plain words, kept as they are when longer than one letter.
    if (isPlainWord(t)) {
      if (t.length > 1) words.push(t);
      continue;
    }
    if (PUNCT_ONLY.test(t)) {
      for (const ch of t) {
        if (ch === '!') exclamations++;
        else if (ch === '?') questions++;
      }
      if (t.length > 1 && lookup(t) !== undefined) words.push(t);
      continue;
    }
    const lower = t.toLowerCase();
    if (lower === "n't" || lower === 'n’t') words.push('not');
    else if (lower === "'s" || lower === '’s' || lower === "'" || lower === '’') continue;
    else if (t.length > 1) words.push(t.includes('’') ? t.replace(/’/g, "'") : t);
  }
  return { words, exclamations, questions };
}
