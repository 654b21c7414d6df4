import type { Unit } from './units.js';

/** One occurrence of a candidate key phrase: units [from, to). */
export interface Occurrence {
  from: number;
  to: number;
}

/**
 * Occurrences as flat pairs, `[from0, to0, from1, to1, …]`: a huge document has millions of
 * them, and small integers in a plain array cost 16 bytes an occurrence where objects cost ~48.
 */
export type Occurrences = number[];

const MAX_NAME = 4;
const isNoun = (u: Unit) => !u.stop && (u.pos === 'NOUN' || u.pos === 'PROPN');
const isName = (u: Unit) => !u.stop && u.pos === 'PROPN';

/**
 * Candidates, keyed by their stems: every noun, and every run of two to four proper nouns
 * ("James Cameron", "Las Vegas"), whose parts stay candidates too ("Cameron"); then every verb
 * whose stem is never a noun in the text ("mauled", "sentenced"), as one word.
 *
 * Why not every noun-phrase n-gram, as YAKE and TextRank do: on crowd-annotated news keys
 * (500N-KPCrowd) a generic two-word phrase seen twice is a key about half as often as a noun seen
 * twice, and three-word phrases rarer still, so they would push better keys out of a short list.
 * Multi-word names are the exception readers expect, and the entity layer adds its mentions.
 * Why verbs: readers tag the story's action too; on those keys a distinct verb of a text is a key
 * nearly as often as a distinct noun (19% against 23%), so the ranking weighs them, not the chunker.
 * A noun's verb forms ("rises" for "rise") count for the noun and are no candidate of their own.
 */
export function candidates(units: readonly Unit[]): Map<string, Occurrences> {
  const out = new Map<string, Occurrences>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isNoun(u)) continue;
    add(out, units, i, i + 1);
    if (!isName(u) || (i > 0 && isName(units[i - 1]!) && units[i - 1]!.sentence === u.sentence)) continue;
    let j = i + 1;
    while (j < units.length && isName(units[j]!) && units[j]!.sentence === u.sentence) j++;
    if (j - i >= 2 && j - i <= MAX_NAME) add(out, units, i, j);
  }
  const verbs = new Map<string, Occurrences>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.pos === 'VERB' && !u.excluded && !out.has(u.term)) add(verbs, units, i, i + 1);
  }
  for (const [key, occ] of verbs) out.set(key, occ);
  return out;
}

export function keyOf(units: readonly Unit[], from: number, to: number): string {
  let key = units[from]!.term;
  for (let k = from + 1; k < to; k++) key += ' ' + units[k]!.term;
  return key;
}

/**
 * Record an occurrence of a candidate. A one-word candidate keeps only its first: the ranking
 * counts every form of its term instead (keyphrases.ts, termOccurrences), and a second list of
 * every noun was a large part of a huge document's key-phrase memory.
 */
export function add(out: Map<string, Occurrences>, units: readonly Unit[], from: number, to: number): void {
  const key = keyOf(units, from, to);
  const list = out.get(key);
  if (!list) out.set(key, [from, to]);
  else if (to - from > 1) list.push(from, to);
}

/** Pairs sorted by `from`, keeping the order of equal ones (what a stable sort of objects gives). */
export function sortByFrom(occ: Occurrences): Occurrences {
  const n = occ.length / 2;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => occ[2 * a]! - occ[2 * b]!);
  const out: Occurrences = new Array(occ.length);
  for (let k = 0; k < n; k++) {
    out[2 * k] = occ[2 * order[k]!]!;
    out[2 * k + 1] = occ[2 * order[k]! + 1]!;
  }
  return out;
}
