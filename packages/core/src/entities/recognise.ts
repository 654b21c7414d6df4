import type { Mention, Token } from '../model/layers.js';
import { dropNonNames } from './rules/junk.js';
import { GAZ, GAZ_MAX_TOKENS, type Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import { CLASSES, type NerModel } from './model.js';
import { numericMentions, type TokenMention } from './numeric.js';
import { docFlagsOfIds, internTokens, lowerHashes, tokenHeads, type TokenOffsets, newTaggerScratch, trimTaggerCache, tagSentence, type TaggerScratch } from './tagger.js';
import { NOT_NORP } from './lexicon.js';
import { fineType } from './typing.js';
import { countriesArePlaces, datelines } from './rules/places.js';
import { adjectivalCompounds, joinNeighbours, splitCoordinations } from './rules/spans.js';
import { companyStem, companyStems, knownOrgs } from './rules/orgs.js';
import { completePeople, surnamesAsPeople, titledPeople } from './rules/people.js';
import type { PushMention } from './rules/push.js';

let shared: TaggerScratch | undefined;

/**
 * Every entity mention of one text: the tagger's named mentions (finely typed), lower-case named
 * events from the gazetteer ("two sessions"), then DATE/MONEY/PERCENT/QUANTITY patterns where
 * no named mention is. Returns mentions in text order; each satisfies the standoff invariant.
 */
export function recogniseMentions(
  text: string,
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<readonly [number, number]>,
  model: NerModel,
  gaz: Gazetteer,
  table?: TokenOffsets,
): Mention[] {
  // The tagger and rules read typography-folded words (curly quotes, dashes, NBSP as in the
  // training text); spans still come from the original text.
  // Each token is interned once: its word type id indexes every per-word cache of the tagger.
  const scratch = (shared ??= newTaggerScratch());
  trimTaggerCache(scratch);
  const words: string[] = new Array(tokens.length);
  // Per-token arrays of the tagging pass only (label ids are < 9): released after it, since on a
  // huge document (issue 15 item 10) they are ~9 bytes a token on top of what the rules read.
  let ids: Int32Array | null = new Int32Array(tokens.length);
  internTokens(scratch, model, gaz, text, tokens, words, ids, table);
  let labels: Uint8Array | null = new Uint8Array(words.length);
  const covered = new Uint8Array(words.length);
  const mentions: Mention[] = [];
  const push = (from: number, to: number, type: Mention['type']): void => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    mentions.push({ start, end, text: text.slice(start, end), type });
    covered.fill(1, from, to);
  };

  const lw = lowerHashes(scratch, ids);
  const heads = tokenHeads(scratch, ids);
  let doc: Uint8Array | null = docFlagsOfIds(scratch, ids, sentenceTokens, lw);
  for (const [a, b] of sentenceTokens) {
    if (b <= a) continue;
    tagSentence(model, gaz, words, a, b, scratch, labels, doc, ids);
    knownOrgs(scratch.features.gaz, words, a, b, labels);
    let s = -1;
    let cls = 0;
    for (let t = a; t <= b; t++) {
      const y = t < b ? labels[t]! : 0;
      const inside = y !== 0 && (y & 1) === 0 && ((y - 1) >> 1) === cls;
      if (s >= 0 && !inside) {
        emit(s, t, cls);
        s = -1;
      }
      if (y !== 0 && (y & 1) === 1) {
        s = t;
        cls = (y - 1) >> 1;
      }
    }
    namedEvents(scratch.features.gaz, a, b);
  }
  ids = labels = doc = null;

  /** Capitalised events from the gazetteer the tagger left out ("WORLD CUP", "Tour de France"). */
  function namedEvents(marks: Int32Array, a: number, b: number): void {
    for (let i = 0; i < b - a; i++) {
      const m = marks[i]!;
      if ((m & 1) === 0 || ((m >> 2) & GAZ.event) === 0 || !/^[A-Z]/.test(words[a + i]!)) continue;
      let j = i + 1;
      while (j < b - a && (marks[j]! & 2) !== 0) j++;
      let free = true;
      for (let k = a + i; k < a + j; k++) if (covered[k]) free = false;
      if (free) push(a + i, a + j, 'EVENT');
      i = j - 1;
    }
  }

  /** Token i touches the one before it (no space between). */
  function glued(i: number): boolean {
    return i > 0 && tokens[i]!.start === tokens[i - 1]!.end;
  }

  function emit(from: number, to: number, cls: number): void {
    // A trailing possessive, stray punctuation or a dateline's date is not part of the name.
    // Nor is a formatted figure after it ("Jane Roe 310,450", "Sam Poe 9-1-44-2"),
    // though a plain number can be ("Airbus A380", "Euro 2028"), or a number before it ("288 Jane Roe").
    const tagged = to;
    while (to > from && trailingNonName(words[to - 1]!)) to--;
    // A hyphenated name split into tokens is one name ("Abd-al-Karim", "Stratford-upon-Avon"), but
    // not a compound ending in a common word ("Paris-based").
    let j = to;
    while (j + 1 < words.length && words[j] === '-' && (j + 1 < tagged || labels![j + 1] === 0) && (j < tagged || labels![j] === 0) && glued(j) && glued(j + 1) && /^\p{L}+$/u.test(words[j + 1]!)) j += 2;
    if (j > to && /^[A-Z]/.test(words[j - 1]!)) to = j;
    while (from < to && !hasLetter(words[from]!)) from++;
    // "March Futures Board", "May Survey Institute", "Oct Crude": a
    // month before a name is the date of a contract or figure, not part of the name. Months that are
    // also given names ("April Smith", "June Carter") stay in a person's name.
    if (to - from >= 2 && (MONTH_ABBREV.test(words[from]!) || (cls !== PER_CLASS && MONTH_NAME.test(words[from]!)))) from++;
    if (to <= from) return;
    // "North Korean": a compass word the tagger left out (or tagged apart) belongs to the name.
    if (from > 0 && COMPASS.has(words[from - 1]!) && tokens[from - 1]!.end + 1 >= tokens[from]!.start) {
      const prev = mentions[mentions.length - 1];
      if (prev && prev.end === tokens[from - 1]!.end && prev.start === tokens[from - 1]!.start) mentions.pop();
      if (!covered[from - 1] || prev?.end === tokens[from - 1]!.end) from--;
    }
    // "Elon Musk's Tesla", "Acme's Jane Roe": a possessive ends one entity and starts another,
    // except inside names built on a plural possessive ("People's", "Children's") or a one-word
    // company named so ("Moody's Investors Service").
    for (let k = from + 1; k < to - 1; k++) {
      if (words[k] !== "'s" || !/^[A-Z]/.test(words[k + 1]!) || PLURAL_POSSESSIVE.has(words[k - 1]!.toLowerCase())) continue;
      if (k === from + 1 && cls === ORG_CLASS && ORG_AFTER_POSSESSIVE.test(words[to - 1]!)) continue;
      const tail = words.slice(k + 1, to);
      const personTail = cls === ORG_CLASS && tail.length >= 2 && tail.length <= 3 && tail.every((w) => /^[A-Z][a-z]+$/.test(w) && !gaz.isCommon(hashString(w, true) | 0));
      const head = cls === PER_CLASS || (k - from >= 2 && cls !== ORG_CLASS) ? 'PERSON' : fineType(CLASSES[cls]!, words.slice(from, k), text.slice(tokens[from]!.start, tokens[k - 1]!.end), gaz);
      push(from, k, head);
      from = k + 1;
      if (personTail) cls = PER_CLASS;
      break;
    }
    const span = words.slice(from, to);
    const start = tokens[from]!.start;
    const surface = text.slice(start, tokens[to - 1]!.end);
    push(from, to, fineType(CLASSES[cls]!, span, surface, gaz));
  }

  propagate(text, tokens, words, heads, mentions, covered, push);
  lexiconNorp(words, heads, lw, gaz, covered, push);
  lowercaseEvents(words, heads, gaz, covered, push);

  const numeric: TokenMention[] = [];
  for (const [a, b] of sentenceTokens) numericMentions(words, a, b, numeric, heads);
  for (const m of numeric) {
    let free = true;
    for (let t = m.from; t < m.to; t++) if (covered[t]) free = false;
    if (free) push(m.from, m.to, m.type);
  }
  countriesArePlaces(mentions, gaz);
  surnamesAsPeople(text, mentions, gaz);
  companyStems(mentions);
  datelines(text, tokens, mentions, gaz, covered, push);
  completePeople(text, tokens, words, mentions, gaz, covered);
  titledPeople(text, tokens, words, mentions, gaz);
  mentions.sort((x, y) => x.start - y.start);
  const split = splitCoordinations(text, tokens, mentions, gaz);
  return dropNonNames(text, adjectivalCompounds(text, tokens, words, lw, gaz, joinNeighbours(text, tokens, words, split, covered)));
}

/**
 * What a tagged span does not end with, by character codes: a possessive or stray punctuation
 * (/^(?:['’]s?|[,.;:-])$/), a formatted figure (/^\d[\d,.:-]*[,.:-]\d*$/: digits and at least one of
 * ,.:- after the first) or an ordinal (/^\d+(?:st|nd|rd|th)$/).
 */
function trailingNonName(w: string): boolean {
  const n = w.length;
  if (n === 0) return false;
  const c0 = w.charCodeAt(0);
  if (c0 === 39 || c0 === 0x2019) return n === 1 || (n === 2 && w.charCodeAt(1) === 115);
  if (c0 === 44 || c0 === 46 || c0 === 59 || c0 === 58 || c0 === 45) return n === 1;
  if (c0 < 48 || c0 > 57) return false;
  let i = 1;
  while (i < n && isDigit(w.charCodeAt(i))) i++;
  if (i === n) return false;
  if (i === n - 2) {
    const s = w.slice(i);
    if (s === 'st' || s === 'nd' || s === 'rd' || s === 'th') return true;
  }
  let punct = false;
  for (; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c === 44 || c === 46 || c === 58 || c === 45) punct = true;
    else if (!isDigit(c)) return false;
  }
  return punct;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** /\p{L}/u.test(w), ASCII by character codes. */
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return /\p{L}/u.test(w);
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
  }
  return false;
}

const COMPASS = new Set(['South', 'North', 'East', 'West', 'SOUTH', 'NORTH', 'EAST', 'WEST']);
const PER_CLASS = CLASSES.indexOf('PER');
const ORG_CLASS = CLASSES.indexOf('ORG');
/** Plural nouns whose possessive sits inside a name ("National People's Congress", "Women's Institute"). */
const PLURAL_POSSESSIVE = new Set(['people', 'children', 'women', 'men', 'workers', 'farmers', 'veterans', 'fishermen', 'teachers', 'nurses', 'citizens']);
/** Heads after "X's" that keep a one-word company's possessive name together. */
const ORG_AFTER_POSSESSIVE = /^(?:Service|Services|Investors|Group|Bank|Holdings|Corp\.?|Inc\.?|Ltd\.?|Plc|Co\.?)$/;
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const MONTH_ABBREV = /^(?:(?:Feb|Aug|Sept?|Oct|Nov|Dec)\.|Feb|Aug|Sept?|Oct|Nov|January|February|September|October|November|December)$/;

type PhraseEntry = { lengths: number[]; phrases: Map<string, Mention['type']> };
type PhraseIndex = Map<string, PhraseEntry>;

/**
 * One sense per article: a name the tagger found once is a name wherever else it appears
 * ("Maria Ortiz" ... "Ortiz said"), and a person's surname alone is that person. Only
 * capitalised, uncovered exact token matches are added, so common words are never promoted.
 */
function propagate(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  heads: Int32Array,
  mentions: readonly Mention[],
  covered: Uint8Array,
  push: PushMention,
): void {
  if (mentions.length === 0) return;
  // First word -> the phrase lengths starting with it (longest first) and phrase -> type (the first
  // mention's type wins). A position costs one look-up per length, however many phrases share a
  // first word ("John Q1", "John Q2", ...), so the pass stays linear.
  const byFirst: PhraseIndex = new Map();
  const addPhrase = (ws: string[], type: Mention['type'], index = byFirst): void => {
    const w0 = ws[0]!;
    if (w0.length < 2 || w0[0] === w0[0]!.toLowerCase()) return;
    let entry = index.get(w0);
    if (!entry) index.set(w0, (entry = { lengths: [], phrases: new Map() }));
    const key = ws.join(' ');
    if (entry.phrases.has(key)) return;
    entry.phrases.set(key, type);
    if (!entry.lengths.includes(ws.length)) entry.lengths.push(ws.length), entry.lengths.sort((a, b) => b - a);
  };
  for (const m of mentions) {
    const ws = m.text.split(/\s+/);
    if (ws.length > 4) continue;
    addPhrase(ws, m.type);
    if (m.type === 'PERSON' && ws.length > 1) addPhrase([ws[ws.length - 1]!], 'PERSON');
    const stem = m.type === 'ORG' ? companyStem(ws) : undefined;
    if (stem) addPhrase(stem, 'ORG');
  }
  // ALL-CAPS headlines and datelines name the same things in capitals ("HARROWSHIRE"): indexed on
  // the first capitals word that needs it (most articles have none).
  // A capitals word first asks whether any phrase's first word is it in capitals (one string per
  // first word), and only then needs the whole index.
  let byUpper: PhraseIndex | undefined;
  let upperFirsts: Set<string> | undefined;
  const upperLookup = (w: string): PhraseEntry | undefined => {
    if (!upperFirsts) {
      upperFirsts = new Set();
      for (const w0 of byFirst.keys()) upperFirsts.add(w0.toUpperCase());
    }
    return upperFirsts.has(w) ? upperIndex().get(w) : undefined;
  };
  const upperIndex = (): PhraseIndex => {
    if (byUpper) return byUpper;
    byUpper = new Map();
    for (const entry of byFirst.values()) {
      for (const [phrase, type] of entry.phrases) {
        const up = phrase.toUpperCase();
        if (up !== phrase) addPhrase(up.split(' '), type, byUpper);
      }
    }
    return byUpper;
  };
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const c0 = heads[i]! & 0xffff;
    if (c0 >= 97 && c0 <= 122) continue; // every phrase starts capitalised
    const w = words[i]!;
    const entry = byFirst.get(w) ?? (w.length > 1 && isUpperCase(w) ? upperLookup(w) : undefined);
    if (!entry) continue;
    for (const n of entry.lengths) {
      if (i + n > words.length) continue;
      let free = true;
      for (let k = 0; k < n && free; k++) free = !covered[i + k];
      const type = free ? entry.phrases.get(words.slice(i, i + n).join(' ')) : undefined;
      // Whole tokens only: not the "Lanka" of "Lanka-based".
      if (type === undefined || (i + n < words.length && tokens[i + n]!.start === tokens[i + n - 1]!.end && /^[-\w]/.test(words[i + n]!))) continue;
      push(i, i + n, type);
      i += n - 1;
      break;
    }
  }
  void text;
}

/** w === w.toUpperCase(), without making the upper-case string for ASCII words. */
function isUpperCase(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return w === w.toUpperCase();
  }
  return true;
}

/**
 * Nationality, regional and religious adjectives the tagger left out ("a Nordic summit",
 * "Basque separatists", "Sikh groups"): the training data (GMB) often leaves them untagged where news
 * conventions (CoNLL, OntoNotes NORP) name them. Capitalised whole tokens of the demonym/group
 * lexicon only; party names are left to the tagger (alone, "Labour" is the organisation).
 */
function lexiconNorp(words: readonly string[], heads: Int32Array, lw: Int32Array, gaz: Gazetteer, covered: Uint8Array, push: PushMention): void {
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const c0 = heads[i]! & 0xffff;
    if (c0 < 65 || c0 > 90 || heads[i]! >> 16 < 3) continue;
    const w = words[i]!;
    if ((gaz.wordClasses(lw[i]!) & (GAZ.demonym | GAZ.group)) !== 0 && !NOT_NORP.has(w.toLowerCase())) push(i, i + 1, 'NORP');
  }
}

// Events the tagger cannot see because they are written in lower case ("the two sessions").
const LOWER_EVENT_WORDS = [['two', 'sessions']];
if (LOWER_EVENT_WORDS.some((ws) => ws[0] !== 'two')) throw new Error('lowercaseEvents: every event must start with "two"');
const LOWER_EVENTS = LOWER_EVENT_WORDS.map((ws) => ws.map((w) => hashString(w, true) | 0));

function lowercaseEvents(words: readonly string[], heads: Int32Array, _gaz: Gazetteer, covered: Uint8Array, push: PushMention): void {
  for (let i = 0; i < words.length; i++) {
    // Every event starts with "two": a three-letter word starting t or T, then one string compare.
    const h = heads[i]!;
    if (h >> 16 !== 3 || ((h & 0xffff) !== 116 && (h & 0xffff) !== 84)) continue;
    const w0 = words[i]!;
    if (w0 !== 'two' && w0 !== 'Two') continue;
    for (let e = 0; e < LOWER_EVENTS.length; e++) {
      const ev = LOWER_EVENTS[e]!;
      if (i + ev.length > words.length || ev.length > GAZ_MAX_TOKENS) continue;
      let ok = true;
      for (let k = 0; k < ev.length && ok; k++) ok = !covered[i + k] && (hashString(words[i + k]!, true) | 0) === ev[k];
      if (ok) push(i, i + ev.length, 'EVENT');
    }
  }
}
