import { IntTable } from './int-table.js';
import { L } from './model.js';

/**
 * The word-bigram templates' cache (tagger.ts): per case mode and adjacent pair of word type ids
 * (a, b), the sums of templates 12 + 25 (which read the pair at b's token) and 13 + 26 (at a's),
 * NL int16 each. They depend on the two words and the mode only, and a news corpus repeats most
 * of its pairs ("of the", "said that", "Mr Blair"): a repeat costs one table probe and one
 * 36-byte read instead of four scattered weight-row look-ups.
 */
export const PAIR = 2 * L;
/** Ids below this pack a pair into one table key below 2^31 (a document's rarer words skip the cache). */
export const PAIR_IDS = 46_340;
/** Pairs cached before the cache is cleared (~15 MB at most). */
export const MAX_CACHED_PAIRS = 200_000;

export interface PairCache {
  /** Per case mode: a * PAIR_IDS + b -> offset of the pair's PAIR int16 in `sums`. */
  tables: IntTable[];
  sums: Int16Array;
  used: number;
}

export function newPairCache(): PairCache {
  return { tables: [new IntTable(), new IntTable(), new IntTable()], sums: new Int16Array(1024 * PAIR), used: 0 };
}

/** Forget every pair (word ids were renumbered or dropped, or the model changed). */
export function clearPairs(p: PairCache): void {
  for (const t of p.tables) if (t.size > 0) t.clear();
  p.used = 0;
}

/** Room for one more (zeroed) entry; returns its offset. */
export function newPair(p: PairCache): number {
  const at = p.used;
  if (at + PAIR > p.sums.length) {
    const b = new Int16Array(p.sums.length * 2);
    b.set(p.sums);
    p.sums = b;
  }
  p.sums.fill(0, at, at + PAIR);
  p.used = at + PAIR;
  return at;
}
