import type { Token } from '../model/layers.js';
import type { ToneInput } from './vader.js';

const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;
/**
 * Punctuation that ends a clause: a reverser's reach stops there. Not dashes or parentheses: they
 * often gloss the very object of the verb ("protect whistle-blowers - workers who expose fraud").
 */
const CLAUSE_BREAK = /[;:]/;
/** Words that open a new clause after a comma (a comma alone may only separate list items). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'although', 'though', 'because', 'since',
  'but', 'yet', 'so', 'if', 'unless',
]);

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
 * Emoticons (":)") are kept: the lexicon rates them. Each word's POS tag is passed along (proper nouns
 * are names, not sentiment).
 */
export function toneInput(tokens: readonly Token[], from: number, to: number, lookup: (w: string) => number | undefined): ToneInput {
  const words: string[] = [];
  const pos: string[] = [];
  const breaks: number[] = [];
  const push = (w: string, tag: string) => {
    words.push(w);
    pos.push(tag);
  };
  let exclamations = 0;
  let questions = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    // Fast path: most tokens are plain words, kept as they are when longer than one letter.
    if (isPlainWord(t)) {
      if (t.length > 1) push(t, tokens[i]!.pos);
      continue;
    }
    if (PUNCT_ONLY.test(t)) {
      for (const ch of t) {
        if (ch === '!') exclamations++;
        else if (ch === '?') questions++;
      }
      if (words.length > 0 && breaks[breaks.length - 1] !== words.length) {
        if (CLAUSE_BREAK.test(t)) breaks.push(words.length);
        else if (t === ',' && i + 1 < to && CLAUSE_OPENERS.has(tokens[i + 1]!.text.toLowerCase())) breaks.push(words.length);
      }
      if (t.length > 1 && lookup(t) !== undefined) push(t, tokens[i]!.pos);
      continue;
    }
    const lower = t.toLowerCase();
    if (lower === "n't" || lower === 'n’t') push('not', 'PART');
    else if (lower === "'s" || lower === '’s' || lower === "'" || lower === '’') continue;
    else if (t.length > 1) push(t.includes('’') ? t.replace(/’/g, "'") : t, tokens[i]!.pos);
  }
  return { words, pos, breaks, exclamations, questions };
}
