import { WORD_INTS } from './features.js';
import { spanHash, SpellingTable } from './spelling-table.js';
import { clearTrigrams, clearWords, MAX_CACHED_TRIGRAMS, MAX_CACHED_WORDS, SHAPE_IDS, SLOT, slotAt, TRI, type TaggerScratch } from './tagger-cache.js';

/**
 * Keep the caches bounded; call between articles. Past MAX_CACHED_WORDS word types the cache keeps
 * the half used most recently (common words stay warm: starting afresh cost a full refill of the
 * words every article uses), renumbered densely with their records and summed slots.
 */
export function trimTaggerCache(s: TaggerScratch): void {
  if (s.vocab.size > MAX_CACHED_WORDS || s.raw.size > 2 * MAX_CACHED_WORDS) keepRecentWords(s, MAX_CACHED_WORDS >> 1);
  if (s.triUsed > MAX_CACHED_TRIGRAMS * TRI || s.shapes.size >= SHAPE_IDS - 2) {
    clearTrigrams(s);
    if (s.shapes.size >= SHAPE_IDS - 2) {
      s.shapes.clear();
      clearWords(s); // records hold shape ids
    }
  }
}

/** Drop all but the `keep` most recently used word types (ties at the cut are dropped). */
export function keepRecentWords(s: TaggerScratch, keep: number): void {
  const n = s.words.length;
  const stamps = s.used.slice(0, n).sort();
  const cut = n > keep ? stamps[n - keep - 1]! : -1; // keep stamps above it
  const newId = new Int32Array(n).fill(-1);
  let m = 0;
  for (let id = 0; id < n; id++) if (s.used[id]! > cut) newId[id] = m++;
  const cap = Math.max(1024, m * 2);
  const records = new Int32Array(cap * WORD_INTS);
  const classes = new Uint8Array(cap);
  const heads = new Int32Array(cap);
  const used = new Int32Array(cap);
  const slotOf = new Int32Array(cap * 3);
  const words: string[] = new Array(m);
  let slots = 0;
  for (let id = 0; id < n; id++) if (newId[id]! >= 0) for (let mode = 0; mode < 3; mode++) if (s.slotOf[id * 3 + mode] !== 0) slots++;
  const slotCap = Math.max(1024, slots * 2);
  const pool = new Int16Array(slotAt(slotCap));
  pool.set(s.pool.subarray(0, slotAt(0))); // the constants
  const done = new Int32Array(slotCap * 3);
  let next = 0;
  for (let id = 0; id < n; id++) {
    const to = newId[id]!;
    if (to < 0) continue;
    records.set(s.records.subarray(id * WORD_INTS, id * WORD_INTS + WORD_INTS), to * WORD_INTS);
    classes[to] = s.classes[id]!;
    heads[to] = s.heads[id]!;
    used[to] = s.used[id]!;
    words[to] = s.words[id]!;
    for (let mode = 0; mode < 3; mode++) {
      const old = s.slotOf[id * 3 + mode]! - 1;
      if (old < 0) continue;
      const slot = next++;
      pool.set(s.pool.subarray(slotAt(old), slotAt(old) + SLOT), slotAt(slot));
      done.set(s.done.subarray(old * 3, old * 3 + 3), slot * 3);
      slotOf[to * 3 + mode] = slot + 1;
    }
  }
  const raw = new SpellingTable();
  s.raw.forEach((spelling, id) => {
    if (newId[id]! >= 0) raw.add(spelling, spanHash(spelling, 0, spelling.length), newId[id]!);
  });
  s.vocab.clear();
  for (let id = 0; id < m; id++) s.vocab.set(words[id]!, id);
  Object.assign(s, { records, classes, heads, used, slotOf, words, pool, done, slots: next, raw });
}
