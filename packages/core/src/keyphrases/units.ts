import type { Token } from '../model/layers.js';
import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';
import { isLazy, lazyList } from '../pipeline/lazy-list.js';

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

/**
 * One unit per word, in text order. A huge document (its tokens a lazy list) gets them as a
 * lazy list over typed arrays (18 bytes a unit instead of a ~130-byte object).
 */
export function toUnits(text: string, tokens: readonly Token[], tokenSentence: Int32Array): Unit[] {
  const out = isLazy(tokens) ? new UnitTable(tokens.length) : null;
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
    if (out) out.push(start, end, w, pos, sentence, !first && w.upper);
    else units.push(unitOf(start, end, w, pos, sentence, !first && w.upper));
  }
  return out ? out.list() : units;
}

function unitOf(start: number, end: number, w: Word, pos: string, sentence: number, capitalised: boolean): Unit {
  return {
    start,
    end,
    lower: w.lower,
    term: w.term,
    letters: w.letters,
    pos,
    sentence,
    capitalised,
    acronym: w.acronym,
    stop: w.excluded || !(pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ'),
    excluded: w.excluded,
    punct: w.punct,
  };
}

/** Units as parallel arrays, each Word once (by index). */
class UnitTable {
  private n = 0;
  private start: Int32Array;
  private end: Int32Array;
  private word: Int32Array;
  private sentence: Int32Array;
  private pos: Uint8Array;
  private cap: Uint8Array;

  /** Sized for `capacity` units at once (a document has at most one unit per token): growing by doubling held up to three times the table. */
  constructor(capacity: number) {
    const n = Math.max(1, capacity);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.word = new Int32Array(n);
    this.sentence = new Int32Array(n);
    this.pos = new Uint8Array(n);
    this.cap = new Uint8Array(n);
  }
  private readonly words: Word[] = [];
  private readonly wordIds = new Map<Word, number>();
  private readonly tags: string[] = [];

  push(start: number, end: number, w: Word, pos: string, sentence: number, capitalised: boolean): void {
    if (this.n === this.start.length) this.grow();
    let id = this.wordIds.get(w);
    if (id === undefined) {
      this.wordIds.set(w, (id = this.words.length));
      this.words.push(w);
    }
    let tag = this.tags.indexOf(pos);
    if (tag < 0) tag = this.tags.push(pos) - 1;
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.word[i] = id;
    this.sentence[i] = sentence;
    this.pos[i] = tag;
    this.cap[i] = capitalised ? 1 : 0;
  }

  private grow(): void {
    const twice = <A extends Int32Array | Uint8Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(a.length * 2);
      b.set(a);
      return b;
    };
    this.start = twice(this.start);
    this.end = twice(this.end);
    this.word = twice(this.word);
    this.sentence = twice(this.sentence);
    this.pos = twice(this.pos);
    this.cap = twice(this.cap);
  }

  list(): Unit[] {
    const { start, end, word, sentence, pos, cap, words, tags } = this;
    return lazyList(this.n, (i) => unitOf(start[i]!, end[i]!, words[word[i]!]!, tags[pos[i]!]!, sentence[i]!, cap[i] === 1));
  }
}
