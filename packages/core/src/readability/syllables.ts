import { numberSyllables } from './numbers.js';
import { ruleSyllables } from './syllable-rules.js';
import { SYLLABLE_TABLE } from './syllable-table.js';

/** word -> syllables, built once from the generated CMUdict exception table. */
let table: Map<string, number> | null = null;
function lookup(): Map<string, number> {
  if (table) return table;
  table = new Map();
  for (const [count, words] of Object.entries(SYLLABLE_TABLE)) for (const w of words.split(' ')) table.set(w, Number(count));
  // Abbreviations read as their full word.
  for (const [w, n] of [['mr', 2], ['mrs', 2], ['dr', 2], ['st', 1], ['ms', 1], ['jr', 3], ['vs', 3]] as const) table.set(w, n);
  return table;
}

const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;
const UPPER = /^[A-Z]+$/;

/**
 * Syllables of one word as written in the text: hyphenated parts are summed, numerals are read
 * aloud ("2004" = two thousand four = 4), short all-capital acronyms are spelled out ("BBC" = 3),
 * everything else is looked up in the CMUdict-derived table, then counted by rule.
 */
export function countSyllables(word: string): number {
  let n = cache.get(word);
  if (n === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, (n = count(word)));
  }
  return n;
}

// Words repeat heavily across news copy; a bounded memo makes the rules cheap per token.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, number>();

function count(word: string): number {
  if (word.includes('-')) return word.split('-').reduce((n, part) => n + (part ? countSyllables(part) : 0), 0);
  if (NUMBER.test(word)) return numberSyllables(word);
  let w = word.replace(/['\u2019]s$/, '').replace(/[.'\u2019]/g, '');
  if (w.length === 0) return 0;
  if (/\d/.test(w)) {
    // Mixed letters and digits (3D, G7, MP3): each run on its own.
    return (w.match(/\d+|[^\d]+/g) ?? []).reduce((n, run) => n + countSyllables(run), 0);
  }
  if (UPPER.test(w) && (w.length <= 3 || (w.length <= 5 && !/[AEIOU]/.test(w)))) return spelledOut(w);
  w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (!/^[a-z]+$/.test(w)) return 1; // a word in another script: count it, but as one syllable
  return lookup().get(w) ?? ruleSyllables(w);
}

/** An acronym read letter by letter: every letter is one syllable except W (double-u). */
function spelledOut(letters: string): number {
  let n = 0;
  for (const ch of letters) n += ch === 'W' ? 3 : 1;
  return n;
}
