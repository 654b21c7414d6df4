import type { Entity, EntityType, Mention } from '../model/layers.js';
import { aliasKey, lookupKnown, type KnownEntity } from './links.js';
import { DATELINE_PLACES } from './rules/places.js';
import { TITLES } from './lexicon.js';
import { hasSpace } from './typography.js';

/**
 * Cluster an article's mentions into entities: same known entity (alias table: "U.S." = "US" =
 * "United States"), same normalised name, a person's surname or given name alone ("Xi" after
 * "Xi Jinping"), or an acronym of a longer organisation name ("NPC"). A cluster's type is the
 * majority of its mentions' types, which also makes tagging consistent across the article.
 */
interface Cluster {
  key: string;
  known: KnownEntity | undefined;
  mentions: Mention[];
  name: string;
  /** personWords, once asked (stable: mentions are only ever appended after a cluster's first full one). */
  words?: string[];
}

const NAMED = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT']);
const STOP = new Set(['of', 'the', 'and', 'for', 'in', 'on', "'s", '’s', 'de', '&']);

/** Strip a trailing possessive and normalise for keys. */
function normName(s: string): string {
  return aliasKey(s.replace(/['’]s$/, ''));
}

/** The known entity of a name with a trailing possessive, once the possessive is off (none when there is none). */
function lookupWithoutPossessive(s: string): KnownEntity | undefined {
  const bare = s.replace(/['’]s$/, '');
  return bare === s ? undefined : lookupKnown(bare);
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w.replace(/['’]s$/, '')[0] ?? '')
    .join('')
    .toUpperCase();
}

export function mergeMentions(mentions: readonly Mention[], textLength: number, title?: string): Entity[] {
  const absorbedEarly = new Set<Cluster>();
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const add = (key: string, m: Mention, known: KnownEntity | undefined): void => {
    let c = byKey.get(key);
    if (!c) {
      c = { key, known, mentions: [], name: known?.name ?? m.text };
      byKey.set(key, c);
      clusters.push(c);
    }
    c.mentions.push(m);
  };

  // Pass 1: exact (normalised) names and known aliases; named types share one key space so a
  // string tagged ORG once and PERSON twice ends up one entity with the majority type.
  for (const m of mentions) {
    let known = NAMED.has(m.type) ? (lookupKnown(m.text) ?? lookupWithoutPossessive(m.text)) : undefined;
    // A person named like a known place ("MaliVai Washington ... Washington said") is not that place.
    if (known && m.type === 'PERSON' && known.type !== 'PERSON') known = undefined;
    const group = DATELINE_PLACES.has(m) && !known ? 'dateline' : NAMED.has(m.type) ? 'named' : m.type;
    add(known ? `known:${known.name}` : `${group}:${normName(m.text)}`, m, known);
  }

  // Pass 2: fold short forms into the longer cluster they abbreviate.
  // Longer names a short form can fold into (known people too: "Putin" after "Vladimir Putin").
  const long = clusters.filter((c) => (c.key.startsWith('named:') || c.known?.type === 'PERSON') && c.mentions.some((m) => hasSpace(m.text)));
  // "Gen Roe", "Ms Roe": a titled surname is the one full name ending in it.
  for (const c of long) {
    const ws = c.name.split(/\s+/);
    const t = ws[0]!.toLowerCase().replace(/\.$/, '');
    if (c.known || ws.length !== 2 || !(TITLES.has(t) || TITLES.has(`${t}.`))) continue;
    const sur = normName(ws[1]!);
    const hits = long.filter((o) => o !== c && !absorbedEarly.has(o) && majority(o.mentions) === 'PERSON' && personWords(o).at(-1) === sur && !TITLES.has(o.name.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '')));
    if (hits.length === 1) {
      for (const m of c.mentions) hits[0]!.mentions.push(m); // not push(...): an entity of a huge text has more mentions than a call has room for arguments
      absorbedEarly.add(c);
    }
  }
  // "R O'Gara", "K Sotherton" (team sheets): an initial and a surname is the full name with that
  // surname whose first name starts with the initial (the nearest one when several do).
  for (const c of long) {
    const ws = c.name.split(/\s+/);
    if (c.known || absorbedEarly.has(c) || ws.length !== 2 || !/^[A-Z]\.?$/.test(ws[0]!)) continue;
    const sur = normName(ws[1]!);
    const hits = long.filter((o) => o !== c && !absorbedEarly.has(o) && majority(o.mentions) === 'PERSON' && personWords(o).at(-1) === sur && personWords(o)[0]!.length > 1 && personWords(o)[0]![0] === ws[0]![0]!.toLowerCase());
    if (hits.length === 0) continue;
    for (const m of c.mentions) nearest(hits, m).mentions.push(m);
    absorbedEarly.add(c);
  }
  const absorbed = absorbedEarly;
  // The longer names by person word and by initials, in `long`'s order, so each short form looks
  // up its few candidates instead of scanning every longer name (quadratic in distinct names).
  // personWords of a longer name is stable below: mentions are only appended after its first full one.
  const byWord = new Map<string, Cluster[]>();
  const byInitials = new Map<string, Cluster[]>();
  for (const o of long) {
    for (const w of new Set(personWords(o))) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(o);
    const i = initials(o.name);
    (byInitials.get(i) ?? byInitials.set(i, []).get(i)!).push(o);
  }
  for (const c of clusters) {
    if (!c.key.startsWith('named:') || c.known || absorbed.has(c)) continue;
    const text = c.key.slice('named:'.length);
    if (hasSpace(text)) continue;
    const type = majority(c.mentions);
    let target: Cluster | undefined;
    // A one-word mention that is the surname (or given name) of exactly one longer person name is
    // that person, whatever type the tagger gave it alone ("Roe" read as a place once).
    const people = (byWord.get(text) ?? []).filter((o) => o !== c && !absorbed.has(o) && majority(o.mentions) === 'PERSON');
    const nameLike = type === 'PERSON' || type === 'ORG' || type === 'GPE' || type === 'LOC' || type === 'NORP' || type === 'PRODUCT';
    if (people.length === 1 && nameLike) {
      target = people[0];
    } else if (people.length > 1 && nameLike) {
      // Several people share the name ("Lindqvist" beside his mother Anna Lindqvist). In text order,
      // each mention is the person the article already calls so (twice, and no one else), else
      // the one last named in full before it or the one named far most often; when those two
      // differ, or neither exists, a reader cannot tell and it stays apart.
      const kept: Mention[] = [];
      const called = new Map<Cluster, number>();
      for (const m of c.mentions) {
        const usual = called.size === 1 ? [...called].find(([, k]) => k >= 2)?.[0] : undefined;
        const last = type === 'PERSON' ? precedingPerson(people, m) : undefined;
        const most = dominantPerson(people);
        const to = usual ?? (last && most ? (last === most ? last : undefined) : (last ?? most));
        if (!to) {
          kept.push(m);
          continue;
        }
        to.mentions.push(m);
        called.set(to, (called.get(to) ?? 0) + 1);
      }
      if (kept.length === 0) absorbed.add(c);
      else c.mentions = kept;
      continue;
    } else if (/^[A-Z]{2,6}$/.test(c.mentions[0]!.text.replace(/\./g, ''))) {
      const acro = c.mentions[0]!.text.replace(/\./g, '');
      const hits = (byInitials.get(acro) ?? []).filter((o) => o !== c);
      if (hits.length === 1) target = hits[0];
    }
    if (target) {
      for (const m of c.mentions) target.mentions.push(m);
      absorbed.add(c);
    }
  }

  const entities: Entity[] = [];
  for (const c of clusters) {
    if (absorbed.has(c)) continue;
    c.mentions.sort((a, b) => a.start - b.start);
    const type = c.known?.type ?? majority(c.mentions);
    const name = c.known?.name ?? canonical(c.mentions);
    entities.push({
      id: '',
      name,
      type,
      mentions: c.mentions.map((m) => ({ ...m, type })),
      count: c.mentions.length,
      salience: rawSalience(c.mentions, textLength, name, title),
      ...(c.known && Object.keys(c.known.links).length > 0 && { links: { ...c.known.links } }),
    });
  }
  const top = Math.max(1e-9, ...entities.map((e) => e.salience));
  for (const e of entities) e.salience = Math.round((e.salience / top) * 1000) / 1000;
  entities.sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start);
  entities.forEach((e, i) => (e.id = `e${i + 1}`));
  return entities;
}

/** The candidate whose latest full-name mention precedes m (else the one named first after it). */
function nearest(candidates: readonly Cluster[], m: Mention): Cluster {
  let first: Cluster = candidates[0]!;
  let firstAt = Infinity;
  for (const o of candidates) {
    for (const x of o.mentions) if (hasSpace(x.text) && x.start < firstAt) [first, firstAt] = [o, x.start];
  }
  return precedingPerson(candidates, m) ?? first;
}

/** The candidate whose latest full-name mention precedes m, if any does. */
function precedingPerson(candidates: readonly Cluster[], m: Mention): Cluster | undefined {
  let best: Cluster | undefined;
  let bestAt = -Infinity;
  for (const o of candidates) {
    for (const x of o.mentions) if (hasSpace(x.text) && x.start < m.start && x.start > bestAt) [best, bestAt] = [o, x.start];
  }
  return best;
}

/** The candidate named at least twice as often as each other one, if any is. */
function dominantPerson(candidates: readonly Cluster[]): Cluster | undefined {
  const sorted = [...candidates].sort((x, y) => y.mentions.length - x.mentions.length);
  return sorted[0]!.mentions.length >= 2 * sorted[1]!.mentions.length ? sorted[0] : undefined;
}

function personWords(c: Cluster): string[] {
  if (c.words) return c.words;
  const full = c.mentions.find((m) => hasSpace(m.text))?.text ?? c.name;
  const words = full.split(/\s+/).map((w) => normName(w));
  return (c.words = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words);
}

function majority(ms: readonly Mention[]): EntityType {
  const n = new Map<EntityType, number>();
  // A name in capitals (headlines, datelines, tables) was typed with less to go on: it counts half.
  for (const m of ms) n.set(m.type, (n.get(m.type) ?? 0) + (/[a-z]/.test(m.text) ? 1 : 0.5));
  let best: EntityType = ms[0]!.type;
  for (const [t, k] of n) if (k > (n.get(best) ?? 0)) best = t;
  return best;
}

/** The longest mention (without a possessive), earliest among equals. */
function canonical(ms: readonly Mention[]): string {
  let best = ms[0]!.text;
  for (const m of ms) if (m.text.replace(/['’]s$/, '').length > best.length) best = m.text;
  return best.replace(/['’]s$/, '');
}

/** Mentions count most, early ones and ones in the headline a little more (0..1 after scaling). */
function rawSalience(ms: readonly Mention[], textLength: number, name: string, title?: string): number {
  const first = ms[0]!.start / Math.max(1, textLength);
  const inTitle = title && title.toLowerCase().includes(name.toLowerCase()) ? 1 : 0;
  return Math.log2(1 + ms.length) * (1.5 - 0.5 * first) + inTitle;
}
