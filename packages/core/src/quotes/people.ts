import type { Entity } from '../model/layers.js';
import { FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, TITLES } from './lexicon.js';
import { isNameWord } from './names.js';
import { isSpace } from '../segment/paragraphs.js';
import { adjacent, capitalWords, type Word } from './words.js';
import { firstStartingAt } from './search.js';

export type Gender = 'm' | 'f' | null;

/** One mention of a person in the article, the antecedents pronouns and descriptions resolve to. */
export interface PersonMention {
  start: number;
  end: number;
  /** Canonical full name ("Victor Hale" for a later "Hale"). */
  name: string;
  gender: Gender;
  /** Lower-case title and role words seen with this person ("president", "sen."). */
  titles: Set<string>;
  entityId?: string;
}

const PERSON_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'gov', 'gov.', 'governor', 'president', 'gen', 'gen.', 'secretary', 'mayor', 'judge', 'justice', 'prof', 'prof.', 'professor', 'minister', 'premier', 'chancellor', 'sir', 'dame', 'pope', 'king', 'queen', 'prince', 'princess', 'rev', 'rev.', 'speaker', 'leader', 'chairman', 'chairwoman', 'ambassador', 'director']);

export const lastToken = (name: string): string => {
  const parts = name.split(/\s+/);
  let i = parts.length - 1;
  while (i > 0 && /^(jr\.?|sr\.?|ii|iii|iv)$/i.test(parts[i]!)) i--;
  return parts[i]!.replace(/[’']s$/, '').toLowerCase();
};

export function genderOf(first: string, titles: Iterable<string>): Gender {
  for (const t of titles) {
    if (MALE_WORDS.has(t)) return 'm';
    if (FEMALE_WORDS.has(t)) return 'f';
  }
  const f = first.toLowerCase();
  const m = MALE_NAMES.has(f);
  const w = FEMALE_NAMES.has(f);
  return m && !w ? 'm' : w && !m ? 'f' : null;
}

/**
 * Person mentions in text order. From the entities layer when it has people (names merged and
 * linked there); otherwise from our own scan: capitalised sequences that start with a known given
 * name or follow a personal title, plus later surname-only mentions of those people.
 * `extra` adds names the quote analyzer learnt from attributions ("X said" makes X a speaker).
 */
export function personMentions(text: string, entities: readonly Entity[], extra: ReadonlyArray<{ start: number; end: number; name: string; titles?: string[] }>): PersonMention[] {
  const people = entities.filter((e) => e.type === 'PERSON' && isPersonName(e.name));
  const out: PersonMention[] = [];
  const byLast = new Map<string, { name: string; gender: Gender; titles: Set<string>; entityId?: string }>();
  const remember = (name: string, gender: Gender, titles: Set<string>, entityId?: string) => {
    const key = lastToken(name);
    const known = byLast.get(key);
    if (!known || name.length > known.name.length) byLast.set(key, { name, gender: gender ?? known?.gender ?? null, titles: new Set([...titles, ...(known?.titles ?? [])]), ...(entityId && { entityId }) });
    else for (const t of titles) known.titles.add(t);
  };

  if (people.length > 0) {
    for (const e of people) {
      const g = genderOf(e.name.split(/\s+/)[0] ?? '', titlesBefore(text, e.mentions[0]?.start ?? 0));
      remember(e.name, g, new Set(), e.id);
      for (const m of e.mentions) {
        const titles = titlesBefore(text, m.start);
        out.push({ start: m.start, end: m.end, name: e.name, gender: g, titles: titles.length > 0 ? new Set(titles) : NO_TITLES, entityId: e.id });
      }
    }
    // People the tagger missed or folded into an organisation ("Senate Intelligence Ranking
    // Democrat Dianne Feinstein" as ORG, an untagged "Eric Nordstrom"): a known given name or a
    // personal title before a capitalised name, with a surname no tagged person has.
    const words = capitalWords(text);
    const tagged = people.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
    const fresh = new Set<string>();
    const spans = scanNames(text, words).filter(([s, e, name]) => {
      const key = lastToken(name);
      // A tagged mention inside a longer name ("Mark" of "Mark Cuban") does not hide it.
      if (overlapsAny(tagged, s, e, e - s) || (byLast.has(key) && !fresh.has(key))) return false;
      fresh.add(key);
      return true;
    });
    for (const [, , name, titles] of spans) remember(name, genderOf(name.split(/\s+/)[0]!, titles), new Set(titles));
    const seen = new Set<number>();
    for (const [s, e, name, titles] of spans) {
      const p = byLast.get(lastToken(name))!;
      out.push({ start: s, end: e, name: p.name, gender: p.gender, titles: new Set([...p.titles, ...titles]) });
      seen.add(s);
    }
    // A name the text reports speaking ("Rep. Hakeem Jeffries said", "says Mark Cuban") is a person
    // even when the tagger missed or mistyped it: a personal title, a known given name, or two
    // capitalised words that the tagger did not mark as an organisation make it one.
    let places: Array<{ start: number; end: number }> | undefined;
    for (const x of extra) {
      const key = lastToken(x.name);
      if (byLast.has(key) || !isPersonName(x.name)) continue;
      const first = x.name.split(/\s+/)[0]!.toLowerCase();
      const titled = (x.titles ?? []).some((t) => PERSON_TITLES.has(t));
      const given = x.name.includes(' ') && (MALE_NAMES.has(first) || FEMALE_NAMES.has(first));
      places ??= entities.filter((e) => e.type === 'ORG' || e.type === 'GPE' || e.type === 'LOC').flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
      const twoWords = x.name.includes(' ') && !overlapsAny(places, x.start, x.end);
      if (!titled && !given && !twoWords) continue;
      remember(x.name, genderOf(first, x.titles ?? []), new Set(x.titles ?? []));
      fresh.add(key);
    }
    // Their surname-only mentions ("Cuban said", "Feinstein also acknowledged").
    if (fresh.size > 0) {
      for (const w of words) {
        if (!w.cap || seen.has(w.start)) continue;
        const key = w.lower.endsWith('s') && (w.lower.endsWith('’s') || w.lower.endsWith("'s")) ? w.lower.slice(0, -2) : w.lower;
        const p = fresh.has(key) ? byLast.get(key) : undefined;
        if (p && !p.name.toLowerCase().startsWith(w.lower) && !overlapsAny(tagged, w.start, w.end)) out.push({ start: w.start, end: w.end, name: p.name, gender: p.gender, titles: p.titles });
      }
    }
  } else {
    // Full names first (so "Hale" can be recognised as "Victor Hale" wherever it appears).
    const words = capitalWords(text);
    const spans = scanNames(text, words);
    for (const [, , name, titles] of spans) remember(name, genderOf(name.split(/\s+/)[0]!, titles), new Set(titles));
    for (const x of extra) if (x.name.includes(' ') || !byLast.has(lastToken(x.name))) remember(x.name, genderOf(x.name.split(/\s+/)[0]!, x.titles ?? []), new Set(x.titles ?? []));
    for (const [s, e, name, titles] of spans) {
      const p = byLast.get(lastToken(name))!;
      out.push({ start: s, end: e, name: p.name, gender: p.gender, titles: new Set([...p.titles, ...titles]) });
    }
    // Surname-only mentions of known people.
    for (const w of words) {
      if (!w.cap) continue;
      const p = byLast.get(w.lower.replace(/[’']s$/, ''));
      if (p && !p.name.toLowerCase().startsWith(w.lower)) out.push({ start: w.start, end: w.end, name: p.name, gender: p.gender, titles: p.titles });
    }
  }
  for (const x of extra) {
    const p = byLast.get(lastToken(x.name));
    if (p) out.push({ start: x.start, end: x.end, name: p.name, gender: p.gender, titles: new Set([...p.titles, ...(x.titles ?? [])]), ...(p.entityId && { entityId: p.entityId }) });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Share what is known about a person (gender, titles) across all their mentions.
  const merged = new Map<string, PersonMention>();
  for (const m of out) {
    const k = merged.get(m.name);
    if (!k) merged.set(m.name, { ...m, titles: new Set(m.titles) });
    else {
      k.gender ??= m.gender;
      for (const t of m.titles) k.titles.add(t);
    }
  }
  for (const m of out) {
    const k = merged.get(m.name)!;
    m.gender = k.gender;
    m.titles = k.titles;
  }
  return out;
}

/**
 * Most mentions have no title before them: they share this empty set instead of one each (a set
 * per mention was ~150 bytes a mention on a huge text). Never added to: merging below copies a
 * mention's titles into the person's own set and then replaces them with it.
 */
const NO_TITLES = new Set<string>();

const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'du', 'dos', 'ter', 'ibn', 'el']);
/** Last words that make a capitalised run an organisation or a thing, not a person. */
const NON_PERSON_HEADS = new Set(
  ('foundation university college school institute association committee council party campaign center centre ' +
    'department ministry agency company corporation corp corp. inc inc. llc ltd group network news times post ' +
    'journal magazine bank fund trust union league club society administration commission court house senate ' +
    'congress office board church hospital pac').split(' '),
);

/**
 * Does an entity the tagger typed PERSON look like a person's name? Its words are capitalised (or
 * name particles: "Osama bin Laden"), it is no case name or match-up ("Roe v. Wade", "Hale vs.
 * Holt") and no organisation ("Holt Foundation"). A wrong person here would become every
 * nearby pronoun's antecedent, so the quote analyzer checks rather than trusts.
 */
export function isPersonName(name: string): boolean {
  const parts = name.split(/\s+/);
  for (const w of parts) {
    const lower = w.toLowerCase();
    if (lower === 'vs.' || lower === 'vs' || lower === 'v.') return false;
    if (!/^\p{Lu}/u.test(w) && !NAME_PARTICLES.has(lower)) return false;
  }
  const last = parts[parts.length - 1]!.toLowerCase();
  return !NON_PERSON_HEADS.has(last) && !/[^\p{L}\p{M}.'’-]/u.test(name.replace(/\s+/g, ''));
}

/**
 * Capitalised runs (capitalised words with only spaces between) that name a person: from a known
 * given name to the end of the run ("Harbour Board Ranking Member Nora Quist" gives
 * "Dianne Feinstein"), or the whole run after a personal title ("Rep. Hakeem Jeffries"), at most
 * four words and no possessive inside. [start, end, name, titles] in text order.
 */
function scanNames(text: string, words: readonly Word[]): Array<[number, number, string, string[]]> {
  const spans: Array<[number, number, string, string[]]> = [];
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cap || !isNameWord(words[i]) || TITLES.has(words[i]!.lower)) continue;
    let j = i;
    while (j + 1 < words.length && adjacent(text, words[j]!, words[j + 1]!) && isNameWord(words[j + 1]) && words[j + 1]!.cap && !TITLES.has(words[j + 1]!.lower)) j++;
    const titles: string[] = [];
    for (let t = i - 1; t >= 0 && t >= i - 3 && adjacent(text, words[t]!, words[t + 1]!) && TITLES.has(words[t]!.lower); t--) titles.push(words[t]!.lower);
    const titled = titles.some((t) => PERSON_TITLES.has(t));
    let g = i;
    if (!titled) while (g < j && !MALE_NAMES.has(words[g]!.lower) && !FEMALE_NAMES.has(words[g]!.lower)) g++;
    // "Victoria’s Secret", "Ben’s Chili Bowl": a possessive inside the run makes it a thing.
    let possessive = false;
    for (let x = g; x < j; x++) if (/['’]s$/.test(words[x]!.text)) possessive = true;
    if (possessive) {
      i = j;
      continue;
    }
    // A longer capitalised run is a headline or an organisation ("Victor Hale Praises Ledger’s …").
    if (j - g <= 3 && ((j > g && (MALE_NAMES.has(words[g]!.lower) || FEMALE_NAMES.has(words[g]!.lower))) || (titled && j >= i)) && isPersonName(text.slice(words[g]!.start, words[j]!.end))) {
      spans.push([words[g]!.start, words[j]!.end, text.slice(words[g]!.start, words[j]!.end), g === i ? titles : []]);
    }
    i = j;
  }
  return spans;
}

/**
 * Does [start, end) overlap a mention of `sorted` (by start) at least `minLength` long? Binary
 * search, then a short walk back.
 */
function overlapsAny(sorted: ReadonlyArray<{ start: number; end: number }>, start: number, end: number, minLength = 0): boolean {
  const lo = firstStartingAt(sorted, end);
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (sorted[i]!.end > start && sorted[i]!.end - sorted[i]!.start >= minLength) return true;
  return false;
}

/** Up to three title words right before an offset ("Florida Sen.", "President"). */
function titlesBefore(text: string, start: number): string[] {
  // A backward scan word by word: most mentions follow a non-title word, so this stops at once.
  const out: string[] = [];
  let e = start;
  const floor = Math.max(0, start - 40);
  while (out.length < 3) {
    while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > floor && isTitleChar(text.charCodeAt(s - 1))) s--;
    if (s === e) break;
    const word = text.slice(s, e).toLowerCase();
    if (!TITLES.has(word)) break;
    out.push(word);
    e = s;
  }
  return out;
}

/** Letters and the period of an abbreviated title ("Sen.", "Gov."). */
const isTitleChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
