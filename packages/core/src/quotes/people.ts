import type { Entity } from '../model/layers.js';
import { FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, TITLES } from './lexicon.js';
import { isNameWord } from './names.js';
import { isSpace } from '../segment/paragraphs.js';
import { wordsIn } from './words.js';

export type Gender = 'm' | 'f' | null;

/** One mention of a person in the article, the antecedents pronouns and descriptions resolve to. */
export interface PersonMention {
  start: number;
  end: number;
  /** Canonical full name ("Donald Trump" for a later "Trump"). */
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
      for (const m of e.mentions) out.push({ start: m.start, end: m.end, name: e.name, gender: g, titles: new Set(titlesBefore(text, m.start)), entityId: e.id });
    }
  } else {
    // Full names first (so "Trump" can be recognised as "Donald Trump" wherever it appears).
    const words = wordsIn(text, 0, text.length);
    const spans: Array<[number, number, string, string[]]> = [];
    for (let i = 0; i < words.length; i++) {
      if (!words[i]!.cap || !isNameWord(words[i]) || TITLES.has(words[i]!.lower)) continue;
      let j = i;
      while (j + 1 < words.length && isNameWord(words[j + 1]) && words[j + 1]!.cap && !TITLES.has(words[j + 1]!.lower)) j++;
      const titles: string[] = [];
      for (let t = i - 1; t >= 0 && t >= i - 3 && !words[t]!.punct && TITLES.has(words[t]!.lower); t--) titles.push(words[t]!.lower);
      const first = words[i]!.lower;
      const titled = titles.some((t) => PERSON_TITLES.has(t));
      if ((j > i && (MALE_NAMES.has(first) || FEMALE_NAMES.has(first))) || (titled && j >= i)) {
        spans.push([words[i]!.start, words[j]!.end, text.slice(words[i]!.start, words[j]!.end), titles]);
      }
      i = j;
    }
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
 * name particles: "Osama bin Laden"), it is no case name or match-up ("Roe v. Wade", "Trump vs.
 * Clinton") and no organisation ("Clinton Foundation"). A wrong person here would become every
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
