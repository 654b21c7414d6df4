// Word clusters from unlabelled text for the entity tagger (the role Brown clusters play in
// Ratinov & Roth 2009): a deterministic two-sided exchange algorithm (Kneser & Ney 1993; the
// predictive form of Uszkoreit & Brants 2008) groups words by the words seen before and after
// them, then groups the clusters again into coarser levels (a small hierarchy, like Brown
// bit-string prefixes). Only cluster membership of word forms ships, never the text.
//
// Cost per pass: (distinct neighbour words of each clustered word) x clusters; counts are laid out
// context-word-major so the inner loop over clusters reads contiguous memory.

export interface ClusterResult {
  /** Clustered word forms, most frequent first. */
  words: string[];
  /** Fine cluster of each word. */
  fine: Int32Array;
  /** Per coarse level: the level's cluster of each fine cluster. */
  levels: Int32Array[];
}

interface Items {
  /** Per item: neighbour ids and counts, right side then left side (offsets into ctx/cnt). */
  rStart: Int32Array;
  lStart: Int32Array;
  end: Int32Array;
  ctx: Int32Array;
  cnt: Int32Array;
  freq: Float64Array;
}

const flogf = (x: number): number => (x > 0 ? x * Math.log(x) : 0);
// x log x of small integer counts from a table (the inner loop's cost).
const FT = Float64Array.from({ length: 1 << 20 }, (_, i) => flogf(i));
const F = (x: number): number => (x < FT.length ? FT[x]! : flogf(x));

/** Exchange clustering of items (by their right/left neighbour counts over K context ids) into C clusters. */
function exchange(items: Items, n: number, K: number, C: number, passes: number, log: (s: string) => void): Int32Array {
  const of = new Int32Array(n);
  for (let v = 0; v < n; v++) of[v] = v % C; // items come most frequent first: the top C start apart
  const R = new Float64Array(K * C); // R[w * C + c]: item of cluster c followed by context w
  const Lm = new Float64Array(K * C); // Lm[w * C + c]: context w followed by an item of cluster c
  const tot = new Float64Array(C);
  const { rStart, lStart, end, ctx, cnt, freq } = items;
  for (let v = 0; v < n; v++) {
    const c = of[v]!;
    tot[c]! += freq[v]!;
    for (let j = rStart[v]!; j < lStart[v]!; j++) R[ctx[j]! * C + c]! += cnt[j]!;
    for (let j = lStart[v]!; j < end[v]!; j++) Lm[ctx[j]! * C + c]! += cnt[j]!;
  }
  const gain = new Float64Array(C);
  for (let pass = 1; pass <= passes; pass++) {
    let moved = 0;
    const t0 = performance.now();
    for (let v = 0; v < n; v++) {
      const a = of[v]!;
      // Take v out of a, then score every cluster for putting it back.
      const fv = freq[v]!;
      tot[a]! -= fv;
      for (let j = rStart[v]!; j < lStart[v]!; j++) R[ctx[j]! * C + a]! -= cnt[j]!;
      for (let j = lStart[v]!; j < end[v]!; j++) Lm[ctx[j]! * C + a]! -= cnt[j]!;
      for (let c = 0; c < C; c++) gain[c] = -2 * (flogf(tot[c]! + fv) - flogf(tot[c]!));
      for (let j = rStart[v]!; j < end[v]!; j++) {
        const M = j < lStart[v]! ? R : Lm;
        const k = cnt[j]!;
        const row = ctx[j]! * C;
        const base = flogf(k);
        for (let c = 0; c < C; c++) {
          const x = M[row + c]!;
          gain[c]! += x > 0 ? F(x + k) - F(x) : base;
        }
      }
      let best = a;
      for (let c = 0; c < C; c++) if (gain[c]! > gain[best]! + 1e-9) best = c;
      if (best !== a) moved++;
      of[v] = best;
      tot[best]! += fv;
      for (let j = rStart[v]!; j < lStart[v]!; j++) R[ctx[j]! * C + best]! += cnt[j]!;
      for (let j = lStart[v]!; j < end[v]!; j++) Lm[ctx[j]! * C + best]! += cnt[j]!;
    }
    log(`clusters ${C}: pass ${pass}, ${moved} moved, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    if (moved === 0) break;
  }
  return of;
}

/** Neighbour lists of the vocabulary items, or of groups of them (members -> group sums). */
function itemsOf(groups: Int32Array[], wordItems: Items): Items {
  const n = groups.length;
  const rStart = new Int32Array(n);
  const lStart = new Int32Array(n);
  const end = new Int32Array(n);
  const ctx: number[] = [];
  const cnt: number[] = [];
  const freq = new Float64Array(n);
  const acc = new Map<number, number>();
  for (let g = 0; g < n; g++) {
    for (const side of [0, 1]) {
      acc.clear();
      for (const v of groups[g]!) {
        const [s, e] = side === 0 ? [wordItems.rStart[v]!, wordItems.lStart[v]!] : [wordItems.lStart[v]!, wordItems.end[v]!];
        for (let j = s; j < e; j++) acc.set(wordItems.ctx[j]!, (acc.get(wordItems.ctx[j]!) ?? 0) + wordItems.cnt[j]!);
        if (side === 0) freq[g]! += wordItems.freq[v]!;
      }
      if (side === 0) rStart[g] = ctx.length;
      else lStart[g] = ctx.length;
      for (const [w, k] of [...acc].sort((x, y) => x[0] - y[0])) {
        ctx.push(w);
        cnt.push(k);
      }
    }
    end[g] = ctx.length;
  }
  return { rStart, lStart, end, ctx: Int32Array.from(ctx), cnt: Int32Array.from(cnt), freq };
}

/**
 * Cluster the word forms of `sentences` seen at least minCount times (at most maxWords of them)
 * into `fine` clusters, then those into each of `coarse` (descending) cluster counts.
 */
export function induceClusters(
  sentences: Iterable<readonly string[]>,
  opts: { minCount: number; maxWords: number; fine: number; coarse: number[]; passes: number },
  log: (s: string) => void = () => {},
): ClusterResult {
  const freq = new Map<string, number>();
  const sents: string[][] = [];
  for (const s of sentences) {
    sents.push(s as string[]);
    for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const words = [...freq].filter(([, k]) => k >= opts.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, opts.maxWords).map(([w]) => w);
  const id = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const UNK = V;
  const EDGE = V + 1;
  const K = V + 2;
  // Bigram counts, keyed left * K + right (fits a double exactly).
  const big = new Map<number, number>();
  for (const s of sents) {
    let prev = EDGE;
    for (let i = 0; i <= s.length; i++) {
      const cur = i < s.length ? (id.get(s[i]!) ?? UNK) : EDGE;
      const key = prev * K + cur;
      big.set(key, (big.get(key) ?? 0) + 1);
      prev = cur;
    }
  }
  const right: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
  const left: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
  for (const [key, k] of [...big].sort((x, y) => x[0] - y[0])) {
    const a = Math.floor(key / K);
    const b = key - a * K;
    if (a < V) right[a]!.push([b, k]);
    if (b < V) left[b]!.push([a, k]);
  }
  big.clear();
  const rStart = new Int32Array(V);
  const lStart = new Int32Array(V);
  const end = new Int32Array(V);
  const ctx: number[] = [];
  const cnt: number[] = [];
  for (let v = 0; v < V; v++) {
    rStart[v] = ctx.length;
    for (const [w, k] of right[v]!) ctx.push(w), cnt.push(k);
    lStart[v] = ctx.length;
    for (const [w, k] of left[v]!) ctx.push(w), cnt.push(k);
    end[v] = ctx.length;
  }
  const wordItems: Items = { rStart, lStart, end, ctx: Int32Array.from(ctx), cnt: Int32Array.from(cnt), freq: Float64Array.from(words, (w) => freq.get(w)!) };
  log(`clusters: ${V} words, ${ctx.length} neighbour entries from ${sents.length} sentences`);
  const fine = exchange(wordItems, V, K, opts.fine, opts.passes, log);
  const levels: Int32Array[] = [];
  let groupsOfFine = Array.from({ length: opts.fine }, (_, c) => Int32Array.from(words.map((_, v) => v).filter((v) => fine[v] === c)));
  let fineToCur = Int32Array.from({ length: opts.fine }, (_, c) => c);
  for (const C of opts.coarse) {
    // Cluster the current level's clusters (as items with their members' summed neighbours).
    const curCount = groupsOfFine.length;
    const items = itemsOf(groupsOfFine, wordItems);
    // Most frequent first, for the initial assignment.
    const order = Array.from({ length: curCount }, (_, i) => i).sort((x, y) => items.freq[y]! - items.freq[x]! || x - y);
    const sorted = itemsOf(order.map((i) => groupsOfFine[i]!), wordItems);
    const of = exchange(sorted, curCount, K, C, opts.passes, log);
    const curToNext = new Int32Array(curCount);
    order.forEach((orig, rank) => (curToNext[orig] = of[rank]!));
    fineToCur = Int32Array.from(fineToCur, (c) => curToNext[c]!);
    levels.push(fineToCur);
    groupsOfFine = Array.from({ length: C }, (_, c) => Int32Array.from(words.map((_, v) => v).filter((v) => fineToCur[fine[v]!] === c)));
  }
  return { words, fine, levels };
}
