import type { Entity } from '../model/layers.js';
import type { CompiledTaxonomy, TermMatch } from './matcher.js';
import type { WordStream } from './words.js';

/** Mention types that are names; dates, sums and quantities are not ("first half", "a million"). */
const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT']);

/**
 * Per stream word: 1 when it is only part of a name ("Bond" in "James Bond", "Hall" in "Albert
 * Hall"), or a person's name at all ("Bond" alone is a person, not a bond); a one-word name of an
 * organisation or place ("Microsoft", "Chelsea") is itself evidence and stays 0. From the entities
 * layer when the entities stage ran; without it nothing is masked.
 */
export function nameMask(stream: WordStream, entities: readonly Entity[]): Uint8Array | null {
  if (entities.length === 0) return null;
  const mask = new Uint8Array(stream.spellings.length);
  let any = false;
  for (const e of entities) {
    if (!NAME_TYPES.has(e.type)) continue;
    for (const m of e.mentions) {
      if (!NAME_TYPES.has(m.type)) continue;
      const from = lowerBound(stream.starts, m.start);
      let to = from;
      while (to < stream.starts.length && stream.ends[to]! <= m.end) to++;
      if (to - from === 1 && m.type !== 'PERSON') continue;
      for (let i = from; i < to; i++) mask[i] = 1;
      any ||= to > from;
    }
  }
  return any ? mask : null;
}

function lowerBound(xs: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Drop single-word term matches inside a masked name; a multi-word term is a name the lexicon
 * chose on purpose ("Manchester United", "Bank of England", "Xi Jinping") and stays evidence.
 */
export function dropNameWords(tax: CompiledTaxonomy, matches: TermMatch[], mask: Uint8Array | null): TermMatch[] {
  if (!mask) return matches;
  return matches.filter((m) => tax.terms[m.term]!.multiword || mask[m.from] === 0);
}
