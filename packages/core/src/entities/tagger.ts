import { FEATURE_MASK as FEATURE_MASK_, FEATURES as FEATURES_, featureId as featureId_, newScratch, prepareTokens as prepareTokens_, type FeatureScratch } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { L, type NerModel } from './model.js';

// Imported bindings copied to module constants: under tsx (bench, eval) imports compile to
// getter calls, which would otherwise run once per feature in the hot loops below.
const FEATURES = FEATURES_;
const FEATURE_MASK = FEATURE_MASK_;
const featureId = featureId_;
const prepareTokens = prepareTokens_;

/** Label i may follow label p: I-X only after B-X or I-X (IOB2). */
export function allowed(p: number, i: number): boolean {
  if (i === 0 || (i & 1) === 1) return true; // O and B-* anywhere
  return p === i || p === i - 1;
}

// Most templates depend on one word type only (given the sentence's case mode): the token's own
// word, shape, affixes and flags, or one neighbour's word/shape at a fixed offset. Their summed
// weights are cached per word type per article in groups, so a repeated word costs one Map lookup
// instead of ~19 hash-table probes. The remaining templates (bigrams, gazetteer marks) are probed
// per token. Sums of int8 weights are exact in float32, so the cache never changes a result.
const GROUPS: ReadonlyArray<readonly number[]> = [
  [0, 1, 2, 7, 14, 15, 16, 17, 18, 19, 20, 24, 29], // 0: the word itself, not sentence-initial
  [0, 1, 2, 7, 14, 15, 16, 17, 18, 19, 20, 24, 29], // 1: the word itself, sentence-initial
  [3, 8], // 2: the word as the previous token
  [4, 9], // 3: the word as the next token
  [5], // 4: two tokens back
  [6], // 5: two tokens ahead
];
const GROUP_OF = new Int32Array(FEATURES_).fill(-1);
GROUPS.forEach((g, i) => { if (i !== 1) for (const f of g) GROUP_OF[f] = i; });
const PER_TOKEN = Int32Array.from([...Array(FEATURES_).keys()].filter((f) => GROUP_OF[f] === -1));
const GROUP_FEATS = GROUPS.map((g) => Int32Array.from(g));
const NG = GROUPS.length;
const NL = L;
const STRIDE = NL * NG + 1; // last cell: bit mask of the groups computed so far

export interface TaggerScratch {
  features: FeatureScratch;
  emit: Float32Array;
  score: Float32Array;
  back: Int32Array;
  /** Per-word-type weight sums of `model` (see GROUPS), one map per case mode; bounded. */
  byWord: Array<Map<string, Float32Array>>;
  model: NerModel | undefined;
  entries: Array<Float32Array | undefined>;
  /** Word hashes (model-independent), memoised like `byWord`. */
  hashes: Map<string, Int32Array>;
}

export function newTaggerScratch(): TaggerScratch {
  return {
    features: newScratch(),
    emit: new Float32Array(256 * L),
    score: new Float32Array(256 * L),
    back: new Int32Array(256 * L),
    byWord: Array.from({ length: 3 }, () => new Map()),
    entries: [],
    hashes: new Map(),
    model: undefined,
  };
}

/** Word types cached before the cache starts afresh (~220 bytes each: a few MB at most). */
const MAX_CACHED_WORDS = 20_000;

/** Keep the word cache bounded; call between articles. Common words stay warm across articles. */
export function trimTaggerCache(scratch: TaggerScratch): void {
  let size = 0;
  for (const m of scratch.byWord) size += m.size;
  if (size > MAX_CACHED_WORDS) for (const m of scratch.byWord) m.clear();
  if (scratch.hashes.size > MAX_CACHED_WORDS) scratch.hashes.clear();
}

/**
 * Tag words[from, to) with first-order Viterbi; writes one label index per token into out[from..to).
 * Emission scores come from summing the weight rows of each token's feature ids.
 */
export function tagSentence(model: NerModel, gaz: Gazetteer, words: readonly string[], from: number, to: number, scratch: TaggerScratch, out: Int32Array): void {
  const n = to - from;
  if (n <= 0) return;
  scratch.features = prepareTokens(words, from, to, gaz, scratch.features, scratch.hashes);
  if (scratch.emit.length < n * L) {
    scratch.emit = new Float32Array(n * L * 2);
    scratch.score = new Float32Array(n * L * 2);
    scratch.back = new Int32Array(n * L * 2);
  }
  const { emit, score, back } = scratch;
  const fs_ = scratch.features;
  const W = model.weights;
  if (scratch.model !== model) {
    for (const m of scratch.byWord) m.clear();
    scratch.model = model;
  }
  const mode = scratch.features.mode;
  const slots = model.slots;
  const smask = (slots.length >> 1) - 1;
  const cache = scratch.byWord[mode]!;
  const entries = scratch.entries;
  for (let t = 0; t < n; t++) {
    const word = words[from + t]!;
    let entry = cache.get(word);
    if (entry === undefined) {
      entry = new Float32Array(STRIDE);
      cache.set(word, entry);
    }
    entries[t] = entry;
  }
  // Add group g of the word at token u (its weights read from token o's template ids).
  const addGroup = (e: number, u: number, g: number, o: number): void => {
    const entry = entries[u]!;
    const base = g * NL;
    const bit = 1 << g;
    if ((entry[STRIDE - 1]! & bit) === 0) {
      const fs = GROUP_FEATS[g]!;
      for (let f = 0; f < fs.length; f++) {
        const r = findRow(slots, smask, featureId(fs_, o, fs[f]!) & FEATURE_MASK);
        if (r < 0) continue;
        const w = r * NL;
        for (let k = 0; k < NL; k++) entry[base + k]! += W[w + k]!;
      }
      entry[STRIDE - 1] = entry[STRIDE - 1]! | bit;
    }
    for (let k = 0; k < NL; k++) emit[e + k]! += entry[base + k]!;
  };
  emit.fill(0, 0, n * NL);
  for (let t = 0; t < n; t++) {
    const e = t * NL;
    const o = t; // the token whose template ids are read
    addGroup(e, t, t === 0 ? 1 : 0, o);
    // Neighbour groups; at the sentence edges the ids read BOS/EOS and are probed directly.
    if (t >= 1) addGroup(e, t - 1, 2, o);
    else addIds(e, o, GROUP_FEATS[2]!);
    if (t + 1 < n) addGroup(e, t + 1, 3, o);
    else addIds(e, o, GROUP_FEATS[3]!);
    if (t >= 2) addGroup(e, t - 2, 4, o);
    else addIds(e, o, GROUP_FEATS[4]!);
    if (t + 2 < n) addGroup(e, t + 2, 5, o);
    else addIds(e, o, GROUP_FEATS[5]!);
    addIds(e, o, PER_TOKEN);
  }
  function addIds(e: number, o: number, fs: Int32Array): void {
    for (let f = 0; f < fs.length; f++) {
      const r = findRow(slots, smask, featureId(fs_, o, fs[f]!) & FEATURE_MASK);
      if (r < 0) continue;
      const w = r * NL;
      for (let k = 0; k < NL; k++) emit[e + k]! += W[w + k]!;
    }
  }
  viterbi(emit, model.start, model.trans, n, score, back, out, from);
}

/** Row of a feature id (model.ts `rowOf`, inlined here for the hot loop), or -1. */
function findRow(slots: Int32Array, mask: number, id: number): number {
  let s = (Math.imul(id, 0x9e3779b1) >>> 7) & mask;
  for (;;) {
    const k = slots[s * 2]!;
    if (k === 0) return -1;
    if (k === id + 1) return slots[s * 2 + 1]!;
    s = (s + 1) & mask;
  }
}

export function viterbi(emit: Float32Array, start: Float32Array, trans: Float32Array, n: number, score: Float32Array, back: Int32Array, out: Int32Array, at: number): void {
  for (let k = 0; k < NL; k++) score[k] = allowed(0, k) ? start[k]! + emit[k]! : -1e30;
  for (let t = 1; t < n; t++) {
    const e = t * NL;
    const pe = e - NL;
    for (let k = 0; k < NL; k++) {
      let best = -Infinity;
      let arg = 0;
      // I-X may only follow B-X or I-X (IOB2); O and B-* may follow anything.
      const p0 = k !== 0 && (k & 1) === 0 ? k - 1 : 0;
      const p1 = k !== 0 && (k & 1) === 0 ? k + 1 : NL;
      for (let p = p0; p < p1; p++) {
        const s = score[pe + p]! + trans[p * NL + k]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[e + k] = best + emit[e + k]!;
      back[e + k] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * NL;
  for (let k = 0; k < NL; k++) if (score[last + k]! > best) {
    best = score[last + k]!;
    arg = k;
  }
  for (let t = n - 1; t >= 0; t--) {
    out[at + t] = arg;
    arg = back[t * NL + arg]!;
  }
}
