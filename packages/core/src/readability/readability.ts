import type { Readability } from '../model/layers.js';
import type { Span } from '../model/span.js';
import {
  colemanLiau,
  fleschKincaidGrade,
  fleschReadingEase,
  gunningFog,
  readingTimeMinutes,
  smog,
  type ReadabilityCounts,
} from './formulas.js';
import { countSyllables } from './syllables.js';
import { letterCount, WORD } from './words.js';

/** Count words, syllables and letters over the given sentence spans (sentences without words do not count). */
export function readabilityCounts(sentences: readonly Pick<Span, 'text'>[]): ReadabilityCounts {
  const c: ReadabilityCounts = { words: 0, sentences: 0, syllables: 0, letters: 0, polysyllables: 0, complexWords: 0 };
  for (const sentence of sentences) {
    let first = true;
    for (const m of sentence.text.matchAll(WORD)) {
      const word = m[0];
      const syllables = countSyllables(word);
      c.words++;
      c.syllables += syllables;
      c.letters += letterCount(word);
      if (syllables >= 3) {
        c.polysyllables++;
        if (isComplex(word, syllables, first)) c.complexWords++;
      }
      first = false;
    }
    if (!first) c.sentences++;
  }
  return c;
}

/**
 * Gunning's rule for a word of 3+ syllables: not a proper noun (capitalised mid-sentence), not a
 * compound of easy words (well-known), not made 3 syllables by -es/-ed/-ing (created, boxes).
 */
function isComplex(word: string, syllables: number, sentenceStart: boolean): boolean {
  if (!sentenceStart && /^\p{Lu}/u.test(word)) return false;
  if (word.includes('-')) return word.split('-').some((p) => p && countSyllables(p) >= 3);
  const w = word.toLowerCase();
  const addsSyllable = /ing$/.test(w) || /[td]ed$/.test(w) || /(?:[sxz]|ch|sh|[cg])es$/.test(w);
  return !(addsSyllable && syllables - 1 < 3);
}

/** The standard readability scores of a text from its sentences; null when there is not a word to read. */
export function readability(sentences: readonly Pick<Span, 'text'>[]): Readability | null {
  const c = readabilityCounts(sentences);
  if (c.words === 0) return null;
  return {
    fleschReadingEase: fleschReadingEase(c),
    fleschKincaidGrade: fleschKincaidGrade(c),
    gunningFog: gunningFog(c),
    smog: smog(c),
    colemanLiau: colemanLiau(c),
    words: c.words,
    sentences: c.sentences,
    syllables: c.syllables,
    readingTimeMinutes: readingTimeMinutes(c),
  };
}
