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
 * lazy list over typed arrays (10 bytes a unit instead of a ~130-byte object): with the token
 * table, a unit keeps its last token and how many tokens it joins, and reads its offsets and
 * sentence from the table and `tokenSentence`.
 */
export function toUnits(text: string, tokens: readonly Token[], tokenSentence: Int32Array, table?: TokenOffsets): Unit[] {
  const out = isLazy(tokens) ? new UnitTable(tokens.length, table, tokenSentence) : null;
  const units: Unit[] = [];
  let prevSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    const first = i;
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
    const begins = sentence !== prevSentence;
    prevSentence = sentence;
    if (out) out.push(start, end, first, i, w, pos, sentence, !begins && w.upper);
    else units.push(unitOf(start, end, w, pos, sentence, !begins && w.upper));
  }
  return out ? out.list() : units;
}

/** Token offsets as typed arrays (segment/token-table.ts). */
export interface TokenOffsets { start: Int32Array; end: Int32Array; length: number }

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
  /** With a token table: each unit's last token, tokens joined before it (255: see `firstOf`), and offsets read from the table. */
  private last: Int32Array;
  private back: Uint8Array;
  private readonly firstOf = new Map<number, number>();
  /** Without one: offsets and sentence of their own. */
  private start: Int32Array;
  private end: Int32Array;
  private sentence: Int32Array;
  private word: Int32Array;
  /** POS tag id, +128 when capitalised. */
  private tag: Uint8Array;

  /** Sized for `capacity` units at once (a document has at most one unit per token): growing by doubling held up to three times the table. */
  constructor(capacity: number, private readonly table: TokenOffsets | undefined, private readonly tokenSentence: Int32Array) {
    const n = Math.max(1, capacity);
    const own = table && table.length === capacity ? 0 : n;
    this.last = new Int32Array(n - own);
    this.back = new Uint8Array(n - own);
    this.start = new Int32Array(own);
    this.end = new Int32Array(own);
    this.sentence = new Int32Array(own);
    this.word = new Int32Array(n);
    this.tag = new Uint8Array(n);
  }
  private readonly words: Word[] = [];
  private readonly wordIds = new Map<Word, number>();
  private readonly tags: string[] = [];

  push(start: number, end: number, first: number, last: number, w: Word, pos: string, sentence: number, capitalised: boolean): void {
    let id = this.wordIds.get(w);
    if (id === undefined) {
      this.wordIds.set(w, (id = this.words.length));
      this.words.push(w);
    }
    let tag = this.tags.indexOf(pos);
    if (tag < 0) tag = this.tags.push(pos) - 1;
    if (tag > 127) throw new Error(`key-phrase units: more than 128 POS tags (${pos})`);
    const i = this.n++;
    if (this.start.length) {
      this.start[i] = start;
      this.end[i] = end;
      this.sentence[i] = sentence;
    } else {
      this.last[i] = last;
      this.back[i] = Math.min(last - first, 255);
      if (last - first >= 255) this.firstOf.set(i, first);
    }
    this.word[i] = id;
    this.tag[i] = tag + (capitalised ? 128 : 0);
  }

  list(): Unit[] {
    const { start, end, sentence, last, back, firstOf, word, tag, words, tags, tokenSentence } = this;
    const t = this.table;
    if (start.length || !t) return lazyList(this.n, (i) => unitOf(start[i]!, end[i]!, words[word[i]!]!, tags[tag[i]! & 127]!, sentence[i]!, tag[i]! >= 128));
    return lazyList(this.n, (i) => {
      const l = last[i]!;
      const f = back[i]! < 255 ? l - back[i]! : firstOf.get(i)!;
      return unitOf(t.start[f]!, t.end[l]!, words[word[i]!]!, tags[tag[i]! & 127]!, tokenSentence[l] ?? 0, tag[i]! >= 128);
    });
  }
}
