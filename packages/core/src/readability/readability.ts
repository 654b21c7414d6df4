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

/** What the counts need to know about one spelling, worked out once (words repeat heavily in news). */
interface WordFacts {
  syllables: number;
  letters: number;
  /** Complex by Gunning's rule when it opens a sentence / when it does not (capitalised mid-sentence = a name). */
  complexAtStart: boolean;
  complexInside: boolean;
}

const FACTS_LIMIT = 50_000;
const FACTS_WORD_MAX = 40;
const facts = new Map<string, WordFacts>();

function factsOf(word: string): WordFacts {
  let f = facts.get(word);
  if (f === undefined) {
    const syllables = countSyllables(word);
    const complex = syllables >= 3 && isComplex(word, syllables, true);
    f = { syllables, letters: letterCount(word), complexAtStart: complex, complexInside: complex && !/^\p{Lu}/u.test(word) };
    // Bounded: unique junk cannot grow memory without limit; very long "words" are not kept.
    if (word.length <= FACTS_WORD_MAX) {
      if (facts.size >= FACTS_LIMIT) facts.clear();
      facts.set(word, f);
    }
  }
  return f;
}

/** Count words, syllables and letters over the given sentence spans (sentences without words do not count). */
export function readabilityCounts(sentences: readonly Pick<Span, 'text'>[]): ReadabilityCounts {
  const c: ReadabilityCounts = { words: 0, sentences: 0, syllables: 0, letters: 0, polysyllables: 0, complexWords: 0 };
  const re = new RegExp(WORD.source, WORD.flags);
  for (const sentence of sentences) {
    let first = true;
    const text = sentence.text;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const f = factsOf(m[0]);
      c.words++;
      c.syllables += f.syllables;
      c.letters += f.letters;
      if (f.syllables >= 3) {
        c.polysyllables++;
        if (first ? f.complexAtStart : f.complexInside) c.complexWords++;
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
