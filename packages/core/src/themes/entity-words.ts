import type { Entity } from '../model/layers.js';
import type { CompiledTaxonomy, TermMatch } from './matcher.js';
import type { WordStream } from './words.js';

/** Mention types that are names; dates, sums and quantities are not ("first half", "a million"). */
const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT']);

/**
 * Drop term matches that are only part of a name: "Bond" in "James Bond", "Hall" in "Albert Hall",
 * "Rangers" in a club a sport lexicon already knows is fine (the whole name is the term). A single
 * word that is a person's whole name counts neither ("Bond" alone is a person, not a bond). Uses the
 * entities layer when the entities stage ran; without it nothing is dropped.
 */
export function dropNameWords(tax: CompiledTaxonomy, stream: WordStream, matches: TermMatch[], entities: readonly Entity[]): TermMatch[] {
  if (entities.length === 0 || matches.length === 0) return matches;
  const spans: Array<[number, number, boolean]> = [];
  for (const e of entities) {
    if (!NAME_TYPES.has(e.type)) continue;
    for (const m of e.mentions) if (NAME_TYPES.has(m.type)) spans.push([m.start, m.end, m.type === 'PERSON']);
  }
  if (spans.length === 0) return matches;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const starts = spans.map((s) => s[0]);
  return matches.filter((m) => {
    const a = stream.starts[m.from]!;
    const b = stream.ends[m.to - 1]!;
    // Last mention starting at or before the match; mentions do not nest deeply, so look back a few.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
      const [s, e, person] = spans[i]!;
      if (e < b) continue;
      if (s < a || e > b) return false;
      if (person && !tax.terms[m.term]!.multiword) return false;
    }
    return true;
  });
}
