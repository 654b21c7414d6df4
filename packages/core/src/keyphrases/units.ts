import type { Token } from '../model/layers.js';
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';

/**
 * A word as key-phrase extraction sees it: one token, or a hyphenated compound wink splits into
 * several ("state-owned", "fourth-largest") joined back into one unit.
 */
export interface Unit {
  start: number;
  end: number;
  /** Lower-case surface form. */
  lower: string;
  /** Porter stem of the lower-case form ("bank" and "banks" are one term); acronyms without dots ("U.S." = "US", not "us"). */
  term: string;
  /** Letters in the word: short words are common words ("show", "star"), long ones specific ("bondholders"). */
  letters: number;
  /** The UPOS tag that matters for chunking: NOUN, PROPN or ADJ for content words. */
  pos: string;
  sentence: number;
  /** Capitalised though not the first word of its sentence. */
  capitalised: boolean;
  acronym: boolean;
  /** A function word, number or punctuation: breaks candidates and is no term. */
  stop: boolean;
  /** A stopword, abbreviation, number, clitic or junk whatever its tag: never counts as a form of a term. */
  excluded: boolean;
  /** Punctuation: also breaks the co-occurrence window. */
  punct: boolean;
}

const HAS_LETTER = /\p{L}/u;
const LETTER = /\p{L}/gu;
const MAX_WORD = 40; // longer "words" are URLs or junk, never key phrases

// Words repeat heavily; bounded memos keep stemming and the regex tests off the per-token cost.
const MEMO_LIMIT = 50_000;
const stems = new Map<string, string>();
export function stem(lower: string): string {
  let s = stems.get(lower);
  if (s === undefined) {
    if (stems.size >= MEMO_LIMIT) stems.clear();
    stems.set(lower, (s = stemmer(lower.replace(/[.']/g, ''))));
  }
  return s;
}

/** Everything about a word that depends on its spelling alone, computed once per distinct surface. */
interface Word {
  lower: string;
  term: string;
  letters: number;
  punct: boolean;
  acronym: boolean;
  upper: boolean;
  /** Never a term whatever its tag: stopword, abbreviation, number, clitic or junk. */
  excluded: boolean;
}

const words = new Map<string, Word>();
function wordOf(surface: string): Word {
  let w = words.get(surface);
  if (w !== undefined) return w;
  const lower = surface.toLowerCase().replace(/\u2019/g, "'");
  const punct = !/[\p{L}\p{N}]/u.test(surface);
  const hasLetter = HAS_LETTER.test(surface);
  const acronym = surface.length > 1 && hasLetter && /^[\p{Lu}.&]+$/u.test(surface);
  // "Sen.", "Wed.": abbreviations are titles and dates, not keys; initialisms ("U.S.") are names.
  const abbreviation = lower.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(lower);
  w = {
    lower,
    term: punct ? lower : acronym ? surface.replace(/\./g, '') : stem(lower),
    letters: surface.match(LETTER)?.length ?? 0,
    punct,
    acronym,
    upper: /^\p{Lu}/u.test(surface),
    excluded: punct || abbreviation || !hasLetter || surface.length > MAX_WORD || STOPWORDS.has(lower.replace(/\.$/, '')) || lower.startsWith("'"),
  };
  if (words.size >= MEMO_LIMIT) words.clear();
  words.set(surface, w);
  return w;
}

export function toUnits(text: string, tokens: readonly Token[], tokenSentence: Int32Array): Unit[] {
  const units: Unit[] = [];
  let prevSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    const start = t.start;
    let pos = t.pos;
    let joined = false;
    // Join "a - b" written without spaces into one unit; its role is that of its last part.
    while (i + 2 < tokens.length && tokens[i + 1]!.text === '-' && tokens[i + 1]!.start === t.end && tokens[i + 2]!.start === t.end + 1 && HAS_LETTER.test(tokens[i + 2]!.text)) {
      t = tokens[i + 2]!;
      i += 2;
      joined = true;
      pos = t.pos === 'NOUN' || t.pos === 'PROPN' ? t.pos : 'ADJ';
    }
    const end = t.end;
    const w = wordOf(joined ? text.slice(start, end) : t.text);
    const sentence = tokenSentence[i] ?? 0;
    const first = sentence !== prevSentence;
    prevSentence = sentence;
    units.push({
      start,
      end,
      lower: w.lower,
      term: w.term,
      letters: w.letters,
      pos,
      sentence,
      capitalised: !first && w.upper,
      acronym: w.acronym,
      stop: w.excluded || !(pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ'),
      excluded: w.excluded,
      punct: w.punct,
    });
  }
  return units;
}
