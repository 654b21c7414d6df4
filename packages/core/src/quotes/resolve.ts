import type { Entity, Speaker } from '../model/layers.js';
import { FEMALE_NAMES, FEMALE_PRONOUNS, MALE_NAMES, MALE_PRONOUNS, TITLES } from './lexicon.js';
import type { PronounResolver } from './coref.js';
import type { SpeakerMention } from './names.js';
import { genderOf, lastToken, type PersonMention } from './people.js';
import { firstEndingAfter, firstStartingAt } from './search.js';

/** How far back (in person mentions) a pronoun or description looks for its antecedent. */
const LOOKBACK = 40;
/** How far back (in characters) "it"/"they" look for the organisation they stand for. */
const ORG_CHARS_BACK = 600;

/** An organisation mention from the entities layer: what "it said" / "they said" can stand for. */
export interface OrgMention {
  start: number;
  end: number;
  name: string;
  entityId: string;
  /** ORG, or a country / city / group (GPE, NORP) that speaks as a body ("China said"). */
  type: string;
}

const BODIES = new Set(['ORG', 'GPE', 'NORP']);

/** Mentions of organisations and other speaking bodies, in text order. */
export function organisationMentions(entities: readonly Entity[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (const e of entities) if (BODIES.has(e.type)) for (const m of e.mentions) out.push({ start: m.start, end: m.end, name: e.name, entityId: e.id, type: e.type });
  return out.sort((a, b) => a.start - b.start);
}

/** The body mentioned where a name mention stands ("Xinhua said", "China sees"), for its entity. */
function bodyAt(orgs: readonly OrgMention[], m: SpeakerMention): OrgMention | undefined {
  const i = firstEndingAfter(orgs, m.start);
  const o = orgs[i];
  return o && o.start < m.end ? o : undefined;
}

/**
 * "the bank said" after "Deutsche Bank": a definite description whose head noun is a word of an
 * organisation's name mentioned shortly before stands for that organisation.
 */
function namedBody(orgs: readonly OrgMention[], head: string, pos: number, outside: (pos: number) => boolean): OrgMention | undefined {
  const lo = firstEndingAfter(orgs, pos);
  for (let i = lo - 1; i >= 0 && pos - orgs[i]!.end <= ORG_CHARS_BACK * 3; i--) {
    const o = orgs[i]!;
    if (o.type === 'ORG' && outside(o.start) && o.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(head)) return o;
  }
  return undefined;
}

/**
 * Turn what the text says ("he", "the senator", "Hale") into the article's canonical speaker:
 * pronouns resolve to the nearest earlier person of compatible gender, definite descriptions to the
 * nearest earlier person known by that title, short names to the full name. What cannot be
 * resolved stays as written ("a spokeswoman", "officials"): never an invented person.
 */
export function resolveSpeaker(
  m: SpeakerMention,
  people: readonly PersonMention[],
  outside: (pos: number) => boolean,
  pronouns?: PronounResolver,
  orgs: readonly OrgMention[] = [],
  text?: string,
): Speaker | null {
  const base: Speaker = { name: m.name, start: m.start, end: m.end, ...(m.role && { role: m.role }) };
  if (m.kind === 'name') {
    // Co-authors credited together ("Ann Dale and Tom Roe") stay together.
    if (/\s(?:and|&)\s/.test(m.name)) return base;
    const key = lastToken(m.name);
    // The person mentioned right here, when that person carries the mention's surname (an entity
    // layer may have merged "Holt" into "Holt Foundation" or a run-on "Lund let Kerwin").
    let self: PersonMention | undefined;
    for (let i = firstStartingAt(people, m.start); i < people.length && people[i]!.start < m.end && !self; i++) if (sharesName(people[i]!.name, key)) self = people[i];
    // The fullest name with that surname, unless the person tagged here already has a full name or
    // a title's gender rules it out ("Mr. Obama" is not "Michelle Obama").
    const titled = m.role ? genderOf('', m.role.toLowerCase().split(/[\s,]+/)) : null;
    const full = findByLast(people, key, titled);
    const at = self && self.name.includes(' ') ? self : full && (!self || full.name.length > self.name.length) ? full : self;
    // An organisation, country or group the entities layer found here speaks as itself, linked to
    // its entity, unless a tagged person stands here too ("China" is also a given name).
    const body = bodyAt(orgs, m);
    if (at && (at.entityId || !body)) return { ...base, name: at.name, ...(at.entityId && { entityId: at.entityId }) };
    if (body) return { ...base, entityId: body.entityId };
    return base;
  }
  const lower = m.name.toLowerCase();
  // A pronoun stands for a person (he/she) or an organisation (it/they). When no antecedent is
  // sure it stays as written, an unresolved description (kind `description`): the statement is
  // still reported with the mention the text gives, never with a guessed person.
  if (m.kind === 'pronoun') {
    const want = MALE_PRONOUNS.has(lower) ? 'm' : FEMALE_PRONOUNS.has(lower) ? 'f' : null;
    if (!want) {
      // "I said" / "we argued" in a letter or a first-person piece: the writer, unnamed here.
      if (lower === 'i' || lower === 'we') return base;
      if (lower !== 'it' && lower !== 'they') return null;
      const o = nearestOrg(orgs, m.start, outside);
      return o ? { ...base, name: o.name, entityId: o.entityId } : base;
    }
    if (pronouns) {
      const r = pronouns.resolve(m);
      return r ? { ...base, name: r.name, ...(r.entityId && { entityId: r.entityId }) } : base;
    }
    const p = nearest(people, m.start, outside, (x) => x.gender === want) ?? nearest(people, m.start, outside, (x) => x.gender === null);
    return p ? { ...base, name: p.name, ...(p.entityId && { entityId: p.entityId }) } : null;
  }
  // "the senator", "the president", "the former finance minister": a definite description whose
  // head is a title that an earlier person carried.
  const words = lower.split(/\s+/);
  if (words[0] !== 'the') return base;
  const body = namedBody(orgs, words[words.length - 1]!, m.start, outside);
  if (body) return { ...base, name: body.name, entityId: body.entityId };
  // "the 46-year-old said": an age stands for the person the text was just about, else the
  // person named last (a few sentences back at most; "the Harry Potter films" names nobody).
  if (words.length === 2 && /^\d+-year-old$/.test(words[1]!)) {
    const p = (text ? recentSubject(text, people, m.start, outside) : undefined) ?? nearest(people, m.start, outside, (x) => m.start - x.end <= TOPIC_CHARS_BACK && !(text && /\bthe\s+$/i.test(text.slice(Math.max(0, x.start - 4), x.start))));
    return p ? { ...base, name: p.name, ...(p.entityId && { entityId: p.entityId }) } : base;
  }
  const heads = words.slice(1).filter((w) => TITLES.has(w) && !MODIFIER_TITLES.has(w));
  if (heads.length === 0) return base;
  const gender = genderOf('', words);
  const fits = (x: PersonMention): boolean => gender === null || x.gender === null || x.gender === gender;
  const titled = (x: PersonMention): boolean => heads.some((h) => x.titles.has(h) || x.titles.has(abbreviate(h)));
  const p = nearest(people, m.start, outside, (x) => titled(x) && fits(x));
  // "Rubio sought to stoke positive energy … Walking into the office, the senator said": the
  // person the text was just about, whom it never titled otherwise, is who the description
  // means, rather than a titled person mentioned further back or in passing ("with Sen. X").
  const topic = text ? recentSubject(text, people, m.start, outside) : undefined;
  const q = p && topic && lastToken(topic.name) !== lastToken(p.name) && (topic.titles.size === 0 || titled(topic)) && fits(topic) && (p.end < topic.start || weakMention(text!, p)) ? topic : p;
  return q ? { ...base, name: q.name, ...(q.entityId && { entityId: q.entityId }) } : base;
}

/** Title words that modify the head of a description ("the former secretary", "the first ad"). */
const MODIFIER_TITLES = new Set(['former', 'first', 'acting', 'deputy', 'vice', 'assistant', 'executive']);

/** How far back (in characters) the person a description may mean was last the subject. */
const TOPIC_CHARS_BACK = 400;
const TOPIC_PREPOSITIONS = new Set(['with', 'to', 'by', 'for', 'of', 'about', 'against', 'from', 'at', 'on', 'in', 'than', 'like', 'behind', 'and']);

/** The word before a mention is a preposition ("with Sen. Lee Marsh") or it is possessive. */
function weakMention(text: string, p: PersonMention): boolean {
  if (/^['’]s?/.test(text.slice(p.end, p.end + 2))) return true;
  let i = p.start;
  // Back over the titles before the name ("with Sen. Lee Marsh").
  for (let n = 0; n < 4; n++) {
    let e = i;
    while (e > 0 && /\s/.test(text[e - 1]!)) e--;
    let b = e;
    while (b > 0 && /[A-Za-z.]/.test(text[b - 1]!)) b--;
    const raw = text.slice(b, e);
    const w = raw.toLowerCase();
    if (TOPIC_PREPOSITIONS.has(w)) return true;
    // Back over titles and the rest of the name ("with Sen. Lee Marsh" for "Marsh").
    if (!TITLES.has(w) && !/^[A-Z][a-z]+$/.test(raw)) return false;
    i = b;
  }
  return false;
}

/**
 * The last person mention before `pos`, within a few hundred characters, that opens its
 * sentence or clause as a subject would (not possessive, not after a preposition).
 */
function recentSubject(text: string, people: readonly PersonMention[], pos: number, outside: (pos: number) => boolean): PersonMention | undefined {
  const lo = firstEndingAfter(people, pos);
  for (let i = lo - 1; i >= 0 && i >= lo - 6; i--) {
    const x = people[i]!;
    if (pos - x.end > TOPIC_CHARS_BACK) break;
    if (x.end > pos || !outside(x.start) || weakMention(text, x)) continue;
    // A subject opens its sentence: before it (and its titles) a sentence end or the line start.
    if (opensSentence(text, x.start)) return x;
  }
  return undefined;
}

/** Is `at` (a name) the first word of its sentence, titles before it included? */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  for (let n = 0; n < 4; n++) {
    let e = i;
    while (e > 0 && /[ \t]/.test(text[e - 1]!)) e--;
    if (e === 0 || /[!?\n"”]/.test(text[e - 1]!)) return true;
    let b = e;
    while (b > 0 && /[A-Za-z.]/.test(text[b - 1]!)) b--;
    const w = text.slice(b, e);
    if (TITLES.has(w.toLowerCase())) {
      i = b;
      continue;
    }
    // A word with its sentence's full stop (not an initial or "Mr.").
    return w.length > 1 && w.endsWith('.') && !/^(?:[A-Z]\.)+$|^(?:mr|mrs|ms|dr|st|jr|sr)\.$/i.test(w);
  }
  return false;
}

/** A canonical name that holds the mention's surname as its last word or (family name first) its first. */
function sharesName(name: string, key: string): boolean {
  return lastToken(name) === key || name.split(/\s+/)[0]!.toLowerCase() === key;
}

const ABBR: Record<string, string> = { senator: 'sen.', governor: 'gov.', representative: 'rep.', general: 'gen.', professor: 'prof.', secretary: 'sec.' };
const abbreviate = (w: string): string => ABBR[w] ?? w;

/**
 * The fullest known name for a short one: by surname ("Hale" -> "Victor Hale"), or by the first
 * word when that is not a given name, for family-name-first names ("Liu" -> "Liu Dongshu").
 * Indexed once per article's people (quotes look names up many times).
 */
function findByLast(people: readonly PersonMention[], key: string, gender: 'm' | 'f' | null): PersonMention | undefined {
  let index = fullest.get(people);
  if (!index) {
    index = new Map();
    const seen = new Set<string>();
    for (const p of people) {
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      const first = p.name.split(/\s+/)[0]!.toLowerCase();
      const keys = [lastToken(p.name)];
      if (p.name.includes(' ') && !MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) keys.push(first);
      for (const k of keys) {
        const list = index.get(k);
        if (list) list.push(p);
        else index.set(k, [p]);
      }
    }
    for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length);
    fullest.set(people, index);
  }
  return index.get(key)?.find((p) => !gender || !p.gender || p.gender === gender);
}

const fullest = new WeakMap<readonly PersonMention[], Map<string, PersonMention[]>>();

/** The closest organisation mentioned shortly before `pos`, outside quotations. */
function nearestOrg(orgs: readonly OrgMention[], pos: number, outside: (pos: number) => boolean): OrgMention | undefined {
  const lo = firstEndingAfter(orgs, pos);
  for (let i = lo - 1; i >= 0 && pos - orgs[i]!.end <= ORG_CHARS_BACK; i--) if (orgs[i]!.type === 'ORG' && outside(orgs[i]!.start)) return orgs[i];
  return undefined;
}

/** Nearest person mention that ends before `pos`, outside other quotations, passing `ok`. */
function nearest(people: readonly PersonMention[], pos: number, outside: (pos: number) => boolean, ok: (p: PersonMention) => boolean): PersonMention | undefined {
  const lo = firstEndingAfter(people, pos);
  for (let i = lo - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
    const p = people[i]!;
    if (p.end > pos || !outside(p.start)) continue;
    if (ok(p)) return p;
  }
  return undefined;
}
