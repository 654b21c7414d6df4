import type { Entity, Keyphrase, Token } from '../model/layers.js';
import { spanOf } from '../model/span.js';
import { add, candidates, keyOf, sortByFrom, type Occurrence, type Occurrences } from './candidates.js';
import { STOPWORDS } from './stopwords.js';
import { toUnits, type TokenOffsets, type Unit } from './units.js';

export interface KeyphraseOptions {
  /** How many phrases to return (default 20). */
  max?: number;
}

export interface KeyphraseInput {
  text: string;
  tokens: readonly Token[];
  tokenSentence: Int32Array;
  entities?: readonly Entity[];
  /** The segmenter's token table: a huge document's units read their offsets from it (units.ts). */
  tokenTable?: TokenOffsets;
}

const NAMED_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT']);

// Each letter of a one-word phrase multiplies its weight by e^0.2 (up to 10 letters, ~7x):
// word length is a free stand-in for rarity. On crowd-annotated news keys (500N-KPCrowd) a noun
// of 8+ letters seen once is a key as often as a 4-letter noun seen three times, and this prior
// lifted P@10 from 0.47 to 0.55 where YAKE casing/spread features, TextRank centrality and a
// general-English frequency list (SUBTLEX) did not help.
const LETTER_WEIGHT = 0.2;
const LETTER_CAP = 10;
// Multi-word names get half the prior of their last word: crowd keys pick "Cameron" far more
// often than "James Cameron" (which we keep as one phrase all the same), unless the entity layer
// found the name SALIENT_MENTIONS+ times: a subject of the story ranks like a word.
const NAME_PRIOR = 0.5;
const SALIENT_MENTIONS = 3;
// A verb (a stem never used as a noun here) weighs half a noun: a distinct verb is a crowd key
// nearly as often as a distinct noun, but a repeated verb far less often than a repeated noun
// ("make", "took"), so only a long or much-used verb reaches the top of the list.
const VERB_PRIOR = 0.5;

/**
 * Ranked key phrases: nouns, verbs, multi-word names and entities, each weighed by how often the
 * text uses it, counting every form of its stem ("rise" the noun and "rises" the verb) and, for an
 * entity, every mention ("Cameron" for "James Cameron"), times a prior for long (rare) words.
 * Ties go to the phrase that comes first (the headline and lede). Words that only ever occur inside
 * a longer name ("Jinping" in "Xi Jinping") come last, after every other phrase, so they only fill
 * a list the text is too short for (a headline). Scores are in (0, 1], 1 for the top phrase.
 */
export function keyphrases(input: KeyphraseInput, options: KeyphraseOptions = {}): Keyphrase[] {
  const max = options.max ?? 20;
  if (max === 0) return [];
  const units = toUnits(input.text, input.tokens, input.tokenSentence, input.tokenTable);
  if (units.length === 0) return [];

  const cands = candidates(units);
  const entities = addEntityMentions(cands, units, input.entities ?? []);

  // Words that only ever occur inside a longer name ("United" in "United States") add little:
  // they rank after every other phrase. In a headline-only text they are keys as often as the rest
  // ("Glover" for "Henry Glover"), and there they are all there is to fill the list with.
  const inName = new Uint8Array(units.length);
  for (const occ of cands.values()) for (let k = 0; k < occ.length; k += 2) if (occ[k + 1]! - occ[k]! > 1) inName.fill(1, occ[k]!, occ[k + 1]!);
  const terms = termStats(units, cands, inName);

  // `term`: a one-word phrase counted by its term's occurrences, which are only listed for the phrases returned.
  const scored: Array<{ weight: number; occ: Occurrences; count: number; first: number; term?: string; name?: Occurrence; part: boolean }> = [];
  for (const [key, found] of cands) {
    const from = found[0]!;
    const to = found[1]!;
    const single = to - from === 1;
    const entity = entities.get(key);
    // A one-word candidate kept its first occurrence only (candidates.ts); its term has them all.
    const stats = entity || !single ? undefined : terms.get(key);
    const occ = entity?.mentions ?? found;
    const count = stats ? stats.count : occ.length / 2;
    const part = single && !entity && (stats ? stats.inName : everyInName(occ, inName));
    const letters = Math.min(units[(entity?.longest.to ?? to) - 1]!.letters, LETTER_CAP);
    const full = single || (entity !== undefined && occ.length / 2 >= SALIENT_MENTIONS);
    // A noun key's first occurrence is a noun, so a verb first means a verb-only key.
    const verb = single && !entity && units[from]!.pos === 'VERB';
    const prior = Math.exp(LETTER_WEIGHT * letters * (full ? 1 : NAME_PRIOR)) * (verb ? VERB_PRIOR : 1);
    scored.push({ weight: count * prior, occ, count, first: stats ? stats.first : occ[0]!, ...(stats && { term: key }), ...(entity && { name: entity.name }), part });
  }
  scored.sort((a, b) => Number(a.part) - Number(b.part) || b.weight - a.weight || a.first - b.first);
  const shown = scored.slice(0, max);
  const lists = termOccurrences(units, new Set(shown.flatMap((c) => (c.term === undefined ? [] : [c.term]))));
  for (const c of shown) if (c.term !== undefined) c.occ = lists.get(c.term)!;

  const top = scored[0]?.weight ?? 1;
  let last = 1; // name parts rank after heavier phrases: cap their scores so scores still descend
  return shown.map((c) => ({
    text: c.name ? input.text.slice(units[c.name.from]!.start, units[c.name.to - 1]!.end).replace(/\s+/g, ' ') : display(input.text, units, c.occ),
    score: (last = Math.min(last, c.weight / top)),
    spans: spansOf(input.text, units, c.occ),
  }));
}

function everyInName(occ: Occurrences, inName: Uint8Array): boolean {
  for (let k = 0; k < occ.length; k += 2) if (inName[occ[k]!] !== 1) return false;
  return true;
}

function spansOf(text: string, units: readonly Unit[], occ: Occurrences): Keyphrase['spans'] {
  const out: Keyphrase['spans'] = new Array(occ.length / 2);
  for (let k = 0; k < occ.length; k += 2) out[k / 2] = spanOf(text, units[occ[k]!]!.start, units[occ[k + 1]! - 1]!.end);
  return out;
}

/**
 * Every occurrence of each one-word candidate's term, whatever its part of speech ("rises" for
 * "rise"), except stopwords that stem alike ("in" is no form of "innings", whose stem is "in"):
 * counted, with the first and whether all lie inside a longer name. The lists themselves are only
 * made for the phrases returned (termOccurrences): a huge document has millions of them.
 */
function termStats(units: readonly Unit[], cands: ReadonlyMap<string, Occurrences>, inName: Uint8Array): Map<string, { count: number; first: number; inName: boolean }> {
  const out = new Map<string, { count: number; first: number; inName: boolean }>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.excluded) continue;
    let st = out.get(u.term);
    if (st === undefined) {
      const c = cands.get(u.term);
      if (c === undefined || c[1]! - c[0]! !== 1) continue;
      out.set(u.term, (st = { count: 0, first: i, inName: true }));
    }
    st.count++;
    if (inName[i] !== 1) st.inName = false;
  }
  return out;
}

/** The occurrences of `terms` as termStats counts them. */
function termOccurrences(units: readonly Unit[], terms: ReadonlySet<string>): Map<string, Occurrences> {
  const out = new Map<string, Occurrences>();
  if (terms.size === 0) return out;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.excluded || !terms.has(u.term)) continue;
    let list = out.get(u.term);
    if (list === undefined) out.set(u.term, (list = []));
    list.push(i, i + 1);
  }
  return out;
}

interface EntityCandidate {
  /** The mention the phrase is shown as. */
  name: Occurrence;
  /** The longest mention: its last word's length is the name's rarity ("Reserve" for "the Fed"). */
  longest: Occurrence;
  mentions: Occurrences;
}

/**
 * Make each entity one candidate, shown as the text most often names it ("Noonan" for a "Michael
 * Noonan" named in full once and by surname after; "Federal Reserve" when each form is used
 * once, as the longest), whose occurrences are all the entity's mentions ("the Fed" too).
 * On crowd keys a person named three or more times is a key by surname in 38% of stories, by full
 * name in 16%.
 */
function addEntityMentions(
  cands: Map<string, Occurrences>,
  units: readonly Unit[],
  entities: readonly Entity[],
): Map<string, EntityCandidate> {
  const out = new Map<string, EntityCandidate>();
  if (entities.length === 0) return out;
  const span = (o: Occurrence) => o.to - o.from;
  for (const e of entities) {
    if (!NAMED_TYPES.has(e.type)) continue;
    const mentions: Occurrence[] = [];
    const keys: string[] = [];
    const forms = new Map<string, number>();
    for (const m of e.mentions) {
      const o = mentionUnits(units, m.start, m.end);
      if (!o) continue;
      const k = keyOf(units, o.from, o.to);
      mentions.push(o);
      keys.push(k);
      forms.set(k, (forms.get(k) ?? 0) + 1);
    }
    if (mentions.length === 0) continue;
    let best = 0;
    let longest = mentions[0]!;
    for (let i = 1; i < mentions.length; i++) {
      const o = mentions[i]!;
      if (span(o) > span(longest)) longest = o;
      const d = forms.get(keys[i]!)! - forms.get(keys[best]!)!;
      if (d > 0 || (d === 0 && span(o) > span(mentions[best]!))) best = i;
    }
    const key = keys[best]!;
    const name = mentions[best]!;
    if (!cands.has(key)) add(cands, units, name.from, name.to);
    const sorted = sortByFrom(mentions.flatMap((o) => [o.from, o.to]));
    const known = out.get(key);
    if (known) {
      known.mentions = mergeOccurrences(known.mentions, sorted);
      if (span(longest) > span(known.longest)) known.longest = longest;
    } else out.set(key, { name, longest, mentions: sorted });
  }
  return out;
}

function mergeOccurrences(a: Occurrences, b: Occurrences): Occurrences {
  const seen = new Set<number>();
  for (let k = 0; k < a.length; k += 2) seen.add(a[k]!);
  const all = a.slice();
  for (let k = 0; k < b.length; k += 2) if (!seen.has(b[k]!)) all.push(b[k]!, b[k + 1]!);
  return sortByFrom(all);
}

/** The units a mention covers, less a leading "the"/title; null when it does not align with units. */
function mentionUnits(units: readonly Unit[], start: number, end: number): Occurrence | null {
  const from = unitStartingAt(units, start);
  if (from < 0) return null;
  let to = from;
  while (to < units.length && units[to]!.end <= end) to++;
  if (to === from || units[to - 1]!.end !== end || units[to - 1]!.punct) return null;
  // The tagger may call a name part a verb ("the Fed"), so only function words are trimmed here.
  let f = from;
  while (f < to - 1 && (units[f]!.punct || STOPWORDS.has(units[f]!.lower.replace(/\.$/, '')))) f++;
  return { from: f, to };
}

/** Index of the unit that starts at `start` (binary search; units are in text order), or -1. */
function unitStartingAt(units: readonly Unit[], start: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = units[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The phrase as most often written; lower-cased unless it is a name or written capitalised. */
function display(text: string, units: readonly Unit[], occ: Occurrences): string {
  const counts = new Map<string, number>();
  let name = true;
  for (let k = 0; k < occ.length; k += 2) {
    const s = text.slice(units[occ[k]!]!.start, units[occ[k + 1]! - 1]!.end).replace(/\s+/g, ' ');
    counts.set(s, (counts.get(s) ?? 0) + 1);
    const u = units[occ[k]!]!;
    if (name && !(u.capitalised || u.acronym || u.pos === 'PROPN')) name = false;
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return name ? best : best.toLowerCase();
}
