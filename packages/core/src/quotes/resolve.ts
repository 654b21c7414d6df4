import type { Speaker } from '../model/layers.js';
import { FEMALE_NAMES, FEMALE_PRONOUNS, MALE_NAMES, MALE_PRONOUNS, TITLES } from './lexicon.js';
import type { PronounResolver } from './coref.js';
import type { SpeakerMention } from './names.js';
import { genderOf, lastToken, type PersonMention } from './people.js';

/** How far back (in person mentions) a pronoun or description looks for its antecedent. */
const LOOKBACK = 40;

/**
 * Turn what the text says ("he", "the senator", "Trump") into the article's canonical speaker:
 * pronouns resolve to the nearest earlier person of compatible gender, definite descriptions to the
 * nearest earlier person known by that title, short names to the full name. What cannot be
 * resolved stays as written ("a spokeswoman", "officials"): never an invented person.
 */
export function resolveSpeaker(m: SpeakerMention, people: readonly PersonMention[], outside: (pos: number) => boolean, pronouns?: PronounResolver): Speaker {
  const base: Speaker = { name: m.name, start: m.start, end: m.end, ...(m.role && { role: m.role }) };
  if (m.kind === 'name') {
    const key = lastToken(m.name);
    // The person mentioned right here, when that person carries the mention's surname (an entity
    // layer may have merged "Clinton" into "Clinton Foundation" or a run-on "Sanders let Kingson").
    const self = people.find((p) => p.start === m.start && sharesName(p.name, key));
    const full = findByLast(people, key, m.start);
    const at = full && (!self || full.name.length > self.name.length) ? full : self;
    if (at) return { ...base, name: at.name, ...(at.entityId && { entityId: at.entityId }) };
    return base;
  }
  const lower = m.name.toLowerCase();
  if (m.kind === 'pronoun') {
    const want = MALE_PRONOUNS.has(lower) ? 'm' : FEMALE_PRONOUNS.has(lower) ? 'f' : null;
    if (!want) return base;
    if (pronouns) {
      const r = pronouns.resolve(m);
      return r ? { ...base, name: r.name, ...(r.entityId && { entityId: r.entityId }) } : base;
    }
    const p = nearest(people, m.start, outside, (x) => x.gender === want) ?? nearest(people, m.start, outside, (x) => x.gender === null);
    return p ? { ...base, name: p.name, ...(p.entityId && { entityId: p.entityId }) } : base;
  }
  // "the senator", "the president", "the former secretary of state": a definite description whose
  // head is a title that an earlier person carried.
  const words = lower.split(/\s+/);
  if (words[0] !== 'the') return base;
  const heads = words.slice(1).filter((w) => TITLES.has(w) && w !== 'former');
  if (heads.length === 0) return base;
  const gender = genderOf('', words);
  const p = nearest(people, m.start, outside, (x) => heads.some((h) => x.titles.has(h) || x.titles.has(abbreviate(h))) && (gender === null || x.gender === null || x.gender === gender));
  return p ? { ...base, name: p.name, ...(p.entityId && { entityId: p.entityId }) } : base;
}

/** A canonical name that holds the mention's surname as its last word or (family name first) its first. */
function sharesName(name: string, key: string): boolean {
  return lastToken(name) === key || name.split(/\s+/)[0]!.toLowerCase() === key;
}

const ABBR: Record<string, string> = { senator: 'sen.', governor: 'gov.', representative: 'rep.', general: 'gen.', professor: 'prof.', secretary: 'sec.' };
const abbreviate = (w: string): string => ABBR[w] ?? w;

/**
 * The fullest known name for a short one: by surname ("Trump" -> "Donald Trump"), or by the first
 * word when that is not a given name, for family-name-first names ("Liu" -> "Liu Dongshu").
 */
function findByLast(people: readonly PersonMention[], key: string, _before: number): PersonMention | undefined {
  let best: PersonMention | undefined;
  for (const p of people) {
    const first = p.name.split(/\s+/)[0]!.toLowerCase();
    const match = lastToken(p.name) === key || (first === key && p.name.includes(' ') && !MALE_NAMES.has(first) && !FEMALE_NAMES.has(first));
    if (match && (!best || p.name.length > best.name.length)) best = p;
  }
  return best;
}

/** Nearest person mention that ends before `pos`, outside other quotations, passing `ok`. */
function nearest(people: readonly PersonMention[], pos: number, outside: (pos: number) => boolean, ok: (p: PersonMention) => boolean): PersonMention | undefined {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1, seen = 0; i >= 0 && seen < LOOKBACK; i--, seen++) {
    const p = people[i]!;
    if (p.end > pos || !outside(p.start)) continue;
    if (ok(p)) return p;
  }
  return undefined;
}
