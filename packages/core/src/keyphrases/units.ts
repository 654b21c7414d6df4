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
  /** The UPOS tag that matters for chunking: NOUN, PROPN or ADJ for content words. */
  pos: string;
  sentence: number;
  /** Capitalised though not the first word of its sentence (YAKE's casing feature). */
  capitalised: boolean;
  acronym: boolean;
  /** A function word, number or punctuation: breaks candidates and is no term. */
  stop: boolean;
  /** Punctuation: also breaks the co-occurrence window. */
  punct: boolean;
}

const HAS_LETTER = /\p{L}/u;
const MAX_WORD = 40; // longer "words" are URLs or junk, never key phrases

// Words repeat heavily; a bounded memo keeps stemming off the per-token cost.
const STEM_LIMIT = 50_000;
const stems = new Map<string, string>();
export function stem(lower: string): string {
  let s = stems.get(lower);
  if (s === undefined) {
    if (stems.size >= STEM_LIMIT) stems.clear();
    stems.set(lower, (s = stemmer(lower.replace(/[.']/g, ''))));
  }
  return s;
}

export function toUnits(text: string, tokens: readonly Token[], tokenSentence: Int32Array): Unit[] {
  const units: Unit[] = [];
  let prevSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    const start = t.start;
    let pos = t.pos;
    // Join "a - b" written without spaces into one unit; its role is that of its last part.
    while (i + 2 < tokens.length && tokens[i + 1]!.text === '-' && tokens[i + 1]!.start === t.end && tokens[i + 2]!.start === t.end + 1 && HAS_LETTER.test(tokens[i + 2]!.text)) {
      t = tokens[i + 2]!;
      i += 2;
      pos = t.pos === 'NOUN' || t.pos === 'PROPN' ? t.pos : 'ADJ';
    }
    const end = t.end;
    const surface = text.slice(start, end);
    const lower = surface.toLowerCase().replace(/\u2019/g, "'");
    const sentence = tokenSentence[i] ?? 0;
    const first = sentence !== prevSentence;
    prevSentence = sentence;
    const punct = !/[\p{L}\p{N}]/u.test(surface);
    const acronym = surface.length > 1 && /^[\p{Lu}.&]+$/u.test(surface) && HAS_LETTER.test(surface);
    const content = pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ';
    // "Sen.", "Wed.": abbreviations are titles and dates, not keys; initialisms ("U.S.") are names.
    const abbreviation = lower.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(lower);
    const stop = punct || !content || abbreviation || !HAS_LETTER.test(surface) || surface.length > MAX_WORD || STOPWORDS.has(lower.replace(/\.$/, '')) || lower.startsWith("'");
    units.push({
      start,
      end,
      lower,
      term: punct ? lower : acronym ? surface.replace(/\./g, '') : stem(lower),
      pos,
      sentence,
      capitalised: !first && /^\p{Lu}/u.test(surface),
      acronym,
      stop,
      punct,
    });
  }
  return units;
}
