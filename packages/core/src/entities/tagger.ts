import {
  ensureScratch as ensureScratch_,
  FEATURE_MASK as FEATURE_MASK_,
  FEATURES as FEATURES_,
  featureId as featureId_,
  newScratch,
  prepareRecords as prepareRecords_,
  R_SHAPE as R_SHAPE_,
  R_SLOT as R_SLOT_,
  WORD_INTS as WORD_INTS_,
  wordRecord as wordRecord_,
  type FeatureScratch,
} from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { mix as mix_ } from './hash.js';
import { IntTable } from './int-table.js';
import { L, popcount as popcount_, type NerModel } from './model.js';

// Imported bindings copied to module constants: under tsx (bench, eval) imports compile to
// getter calls, which would otherwise run once per feature in the hot loops below.
const FEATURES = FEATURES_;
const FEATURE_MASK = FEATURE_MASK_;
const WORD_INTS = WORD_INTS_;
const R_SHAPE = R_SHAPE_;
const R_SLOT = R_SLOT_;
const featureId = featureId_;
const prepareRecords = prepareRecords_;
const ensureScratch = ensureScratch_;
const wordRecord = wordRecord_;
const mix = mix_;
const popcount = popcount_;
const NL = L;

/** Label i may follow label p: I-X only after B-X or I-X (IOB2). */
export function allowed(p: number, i: number): boolean {
  if (i === 0 || (i & 1) === 1) return true; // O and B-* anywhere
  return p === i || p === i - 1;
}

/*
 * Emission scores are sums of int8 weight rows, one per feature template (features.ts). Summing
 * ~30 rows per token is the tagger's cost, so sums are cached wherever a template's value is
 * determined by something that repeats (sums of int8 weights are exact in float32, so caching never
 * changes a tag):
 * - per word type and sentence case mode, in GROUPS: the 20 templates reading one word only
 *   (itself, or as the ±1/±2 neighbour);
 * - per shape trigram and case mode: the shape n-gram templates (10, 11, 27) and, for tokens
 *   outside any gazetteer phrase, the gazetteer-by-shape one (28);
 * - constants: the sentence-edge values of the neighbour templates and the no-gazetteer values of
 *   the gazetteer templates (21-23).
 * Only the word-bigram templates (12, 13, 25, 26; too varied to cache: half the pairs in news
 * are new) and gazetteer hits are looked up per token.
 */
const GROUPS: ReadonlyArray<readonly number[]> = [
  [0, 1, 2, 7, 14, 15, 16, 17, 18, 19, 20, 24, 29, 30, 31, 32, 33], // 0: the word itself, not sentence-initial
  [0, 1, 2, 7, 14, 15, 16, 17, 18, 19, 20, 24, 29, 30, 31, 32, 33], // 1: the word itself, sentence-initial
  [3, 8, 34], // 2: the word as the previous token
  [4, 9, 35], // 3: the word as the next token
  [5], // 4: two tokens back
  [6], // 5: two tokens ahead
];
const GROUP_FEATS = GROUPS.map((g) => Int32Array.from(g));
const NG = GROUPS.length;
const SLOT = NG * NL; // floats per (word type, case mode)
const SHAPE_FEATS = Int32Array.from([10, 11, 27]);
const BIGRAM_FEATS = Int32Array.from([12, 13, 25, 26]);
const GAZ_FEATS = Int32Array.from([21, 22, 23]);
const F_GAZ_SHAPE = 28;
const DOC_FEATS = Int32Array.from([36, 37]);
// Every template is covered exactly once by the groups and lists above.
{
  const seen = [...GROUPS.slice(1).flat(), ...SHAPE_FEATS, ...BIGRAM_FEATS, ...GAZ_FEATS, ...DOC_FEATS, F_GAZ_SHAPE].sort((a, b) => a - b);
  if (seen.length !== FEATURES_ || seen.some((f, i) => f !== i)) throw new Error('tagger: feature templates not covered exactly once');
}

/** Shape ids: 0 and 1 mark the sentence edges; a trigram of ids < 1024 packs into one small integer. */
const SHAPE_IDS = 1024;
/** Word types / shape trigrams cached before the caches start afresh (a few MB at most). */
const MAX_CACHED_WORDS = 20_000;
const MAX_CACHED_TRIGRAMS = 50_000;


export interface TaggerScratch {
  features: FeatureScratch;
  emit: Float32Array;
  score: Float32Array;
  back: Int32Array;
  /** Per-token offsets of word records in `records` (the sentence being tagged). */
  offs: Int32Array;
  /** Per-token word type ids. */
  ids: Int32Array;
  model: NerModel | undefined;
  gaz: Gazetteer | undefined;
  /** Word type ids of the words seen (bounded, kept across articles). */
  vocab: Map<string, number>;
  /** WORD_INTS per word type (features.ts wordRecord; R_SLOT holds its shape id, -1 when none). */
  records: Int32Array;
  /** Per (word type, case mode): 1 + index of its group sums in `sums`, 0 when not cached yet. */
  slotOf: Int32Array;
  /** Per slot: bit mask of the groups summed so far. */
  done: Int32Array;
  sums: Float32Array;
  slots: number;
  /** Shape hash -> shape id (>= 2). */
  shapes: Map<number, number>;
  /** Per case mode: shape trigram key -> offset in `tri` of [10+11+27, 10+11+27+28(no gazetteer)]. */
  trigrams: IntTable[];
  tri: Float32Array;
  triUsed: number;

  /** Per model: constant vectors (sentence edges, no-gazetteer templates per case mode). */
  constants: Float32Array;
}

// Offsets of the constant vectors in TaggerScratch.constants.
const C_EDGE_PREV = 0; // templates 3, 8 at the first token
const C_EDGE_NEXT = NL; // 4, 9 at the last token
const C_EDGE_PREV2 = 2 * NL; // 5 at the first two tokens
const C_EDGE_NEXT2 = 3 * NL; // 6 at the last two tokens
const C_NO_GAZ = 4 * NL; // 21 + 22 + 23 with no gazetteer marks, per case mode (3 vectors)
const C_G21 = 7 * NL; // 21 alone with no mark, per mode
const C_G22 = 10 * NL; // 22 alone with no mark
const C_G23 = 11 * NL; // 23 alone with no mark
const C_SIZE = 12 * NL;

export function newTaggerScratch(): TaggerScratch {
  const s: TaggerScratch = {
    features: newScratch(),
    emit: new Float32Array(256 * L),
    score: new Float32Array(256 * L),
    back: new Int32Array(256 * L),
    offs: new Int32Array(256),
    ids: new Int32Array(256),
    model: undefined,
    gaz: undefined,
    vocab: new Map(),
    records: new Int32Array(1024 * WORD_INTS),
    slotOf: new Int32Array(1024 * 3),
    done: new Int32Array(1024),
    sums: new Float32Array(1024 * SLOT),
    slots: 0,
    shapes: new Map(),
    trigrams: [new IntTable(), new IntTable(), new IntTable()],
    tri: new Float32Array(1024 * 2 * NL),
    triUsed: 0,

    constants: new Float32Array(C_SIZE),
  };
  return s;
}

function clearWords(s: TaggerScratch): void {
  s.vocab.clear();
  s.slotOf.fill(0);
  s.slots = 0;
}

function clearTrigrams(s: TaggerScratch): void {
  for (const m of s.trigrams) m.clear();
  s.triUsed = 0;
}

/** Keep the caches bounded; call between articles. Common words stay warm across articles. */
export function trimTaggerCache(scratch: TaggerScratch): void {
  if (scratch.vocab.size > MAX_CACHED_WORDS) clearWords(scratch);
  if (scratch.triUsed > MAX_CACHED_TRIGRAMS * 2 * NL || scratch.shapes.size >= SHAPE_IDS - 2) {
    clearTrigrams(scratch);
    if (scratch.shapes.size >= SHAPE_IDS - 2) {
      scratch.shapes.clear();
      clearWords(scratch); // records hold shape ids
    }
  }
}

/** Add the weight row of feature id (unmasked) to emit[e..e+NL), if the model has one. */
function addId(model: NerModel, emit: Float32Array, e: number, id: number): void {
  const m = id & FEATURE_MASK;
  const word = model.bits[m >>> 5]!;
  const bit = 1 << (m & 31);
  if ((word & bit) === 0) return;
  const w = (model.rank[m >>> 5]! + popcount(word & (bit - 1))) * NL;
  const W = model.weights;
  for (let k = 0; k < NL; k++) emit[e + k]! += W[w + k]!;
}

function addVec(emit: Float32Array, e: number, v: Float32Array, o: number): void {
  for (let k = 0; k < NL; k++) emit[e + k]! += v[o + k]!;
}

/** Fill the constant vectors for `model` (ids that need no token: edge markers, empty gazetteer marks). */
function bindModel(s: TaggerScratch, model: NerModel, gaz: Gazetteer): void {
  s.model = model;
  s.gaz = gaz; // word records hold its lexicon flags
  clearWords(s);
  clearTrigrams(s);
  const c = s.constants;
  c.fill(0);
  // A one-token sentence reads BOS and EOS everywhere a neighbour is; features.ts defines them.
  const f = ensureScratch(s.features, 1);
  s.features = f;
  f.n = 1;
  f.lw[0] = 0;
  f.shape[0] = 0;
  f.gaz[0] = 0;
  for (const [at, fs] of [[C_EDGE_PREV, [3, 8, 34]], [C_EDGE_NEXT, [4, 9, 35]], [C_EDGE_PREV2, [5]], [C_EDGE_NEXT2, [6]]] as const) {
    for (const t of fs) addId(model, c, at, featureId(f, 0, t));
  }
  for (let mode = 0; mode < 3; mode++) {
    f.mode = mode;
    addId(model, c, C_G21 + mode * NL, featureId(f, 0, 21));
    if (mode === 0) {
      addId(model, c, C_G22, featureId(f, 0, 22));
      addId(model, c, C_G23, featureId(f, 0, 23));
    }
  }
  for (let mode = 0; mode < 3; mode++) {
    for (let k = 0; k < NL; k++) c[C_NO_GAZ + mode * NL + k] = c[C_G21 + mode * NL + k]! + c[C_G22 + k]! + c[C_G23 + k]!;
  }
}

/** A copy of a typed array at twice its length (caches grow by doubling). */
function doubled<T extends Int32Array | Float32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** Word type id of w, adding its record (and shape id) on first sight. */
function wordId(s: TaggerScratch, w: string): number {
  let id = s.vocab.get(w);
  if (id !== undefined) return id;
  id = s.vocab.size;
  if ((id + 1) * WORD_INTS > s.records.length) {
    s.records = doubled(s.records);
    s.slotOf = doubled(s.slotOf);
  }
  const o = id * WORD_INTS;
  wordRecord(w, s.records, o);
  const sh = s.records[o + R_SHAPE]!;
  let sid = s.shapes.get(sh);
  if (sid === undefined) {
    sid = s.shapes.size + 2;
    if (sid < SHAPE_IDS) s.shapes.set(sh, sid);
    else sid = -1; // no room until the next trim: this word's shape n-grams are probed directly
  }
  s.records[o + R_SLOT] = sid;
  s.slotOf.fill(0, id * 3, id * 3 + 3);
  s.vocab.set(w, id);
  return id;
}

/** Index (in SLOT units) of the group sums of word type id in case mode, allocated on first use. */
function slotFor(s: TaggerScratch, id: number, mode: number): number {
  const k = id * 3 + mode;
  const v = s.slotOf[k]!;
  if (v !== 0) return v - 1;
  const slot = s.slots++;
  if ((slot + 1) * SLOT > s.sums.length) {
    s.sums = doubled(s.sums);
    s.done = doubled(s.done);
  }
  s.sums.fill(0, slot * SLOT, slot * SLOT + SLOT);
  s.done[slot] = 0;
  s.slotOf[k] = slot + 1;
  return slot;
}

/** Add group g of the word type in `slot` to emit[e..], summing it first from token o's ids. */
function addGroup(s: TaggerScratch, model: NerModel, emit: Float32Array, e: number, slot: number, g: number, o: number): void {
  const base = slot * SLOT + g * NL;
  const bit = 1 << g;
  if ((s.done[slot]! & bit) === 0) {
    const fs = GROUP_FEATS[g]!;
    for (let f = 0; f < fs.length; f++) addId(model, s.sums, base, featureId(s.features, o, fs[f]!));
    s.done[slot] = s.done[slot]! | bit;
  }
  addVec(emit, e, s.sums, base);
}

/** Offset in s.tri of the shape trigram sums around token t (see TaggerScratch.trigrams), or -1. */
function trigramAt(s: TaggerScratch, model: NerModel, t: number, n: number, mode: number): number {
  const rec = s.records;
  const offs = s.offs;
  const a = t > 0 ? rec[offs[t - 1]! + R_SLOT]! : 0;
  const b = rec[offs[t]! + R_SLOT]!;
  const c = t + 1 < n ? rec[offs[t + 1]! + R_SLOT]! : 1;
  if (a < 0 || b < 0 || c < 0) return -1;
  const key = (a * SHAPE_IDS + b) * SHAPE_IDS + c;
  const map = s.trigrams[mode]!;
  const hit = map.get(key);
  if (hit >= 0) return hit;
  const at = s.triUsed;
  if (at + 2 * NL > s.tri.length) {
    const tri = new Float32Array(s.tri.length * 2);
    tri.set(s.tri);
    s.tri = tri;
  }
  const tri = s.tri;
  tri.fill(0, at, at + 2 * NL);
  const f = s.features;
  for (let k = 0; k < SHAPE_FEATS.length; k++) addId(model, tri, at, featureId(f, t, SHAPE_FEATS[k]!));
  // Template 28 as if the token had no gazetteer mark: mix(28, mix(0, shape)).
  addId(model, tri, at + NL, mix(F_GAZ_SHAPE, mix(0, f.shape[t]!)));
  for (let k = 0; k < NL; k++) tri[at + NL + k]! += tri[at + k]!;
  s.triUsed = at + 2 * NL;
  map.set(key, at);
  return at;
}

/**
 * Tag words[from, to) with first-order Viterbi; writes one label index per token into out[from..to).
 * Emission scores come from summing the weight rows of each token's feature ids.
 */
export function tagSentence(model: NerModel, gaz: Gazetteer, words: readonly string[], from: number, to: number, scratch: TaggerScratch, out: Int32Array, doc?: ArrayLike<number>): void {
  const n = to - from;
  if (n <= 0) return;
  const s = scratch;
  if (s.model !== model || s.gaz !== gaz) bindModel(s, model, gaz);
  if (s.offs.length < n) {
    s.offs = new Int32Array(n * 2);
    s.ids = new Int32Array(n * 2);
  }
  if (s.emit.length < n * NL) {
    s.emit = new Float32Array(n * NL * 2);
    s.score = new Float32Array(n * NL * 2);
    s.back = new Int32Array(n * NL * 2);
  }
  const ids = s.ids;
  const offs = s.offs;
  for (let t = 0; t < n; t++) {
    const id = wordId(s, words[from + t]!);
    ids[t] = id;
    offs[t] = id * WORD_INTS;
  }
  const f = (s.features = prepareRecords(s.records, offs, n, gaz, ensureScratch(s.features, n), doc, from));
  const mode = f.mode;
  const { emit } = s;
  const c = s.constants;
  const gz = f.gaz;
  emit.fill(0, 0, n * NL);
  for (let t = 0; t < n; t++) {
    const e = t * NL;
    addGroup(s, model, emit, e, slotFor(s, ids[t]!, mode), t === 0 ? 1 : 0, t);
    // Neighbour groups; at the sentence edges the ids read BOS/EOS, which are constants.
    if (t >= 1) addGroup(s, model, emit, e, slotFor(s, ids[t - 1]!, mode), 2, t);
    else addVec(emit, e, c, C_EDGE_PREV);
    if (t + 1 < n) addGroup(s, model, emit, e, slotFor(s, ids[t + 1]!, mode), 3, t);
    else addVec(emit, e, c, C_EDGE_NEXT);
    if (t >= 2) addGroup(s, model, emit, e, slotFor(s, ids[t - 2]!, mode), 4, t);
    else addVec(emit, e, c, C_EDGE_PREV2);
    if (t + 2 < n) addGroup(s, model, emit, e, slotFor(s, ids[t + 2]!, mode), 5, t);
    else addVec(emit, e, c, C_EDGE_NEXT2);
    // Shape n-grams (+ template 28 when the token is outside any gazetteer phrase).
    const g0 = gz[t]!;
    const tri = trigramAt(s, model, t, n, mode);
    if (tri >= 0) addVec(emit, e, s.tri, g0 === 0 ? tri + NL : tri);
    else for (let k = 0; k < SHAPE_FEATS.length; k++) addId(model, emit, e, featureId(f, t, SHAPE_FEATS[k]!));
    if (g0 !== 0 || tri < 0) addId(model, emit, e, featureId(f, t, F_GAZ_SHAPE));
    // Document-level flags (per token: they depend on the article).
    addId(model, emit, e, featureId(f, t, 36));
    addId(model, emit, e, featureId(f, t, 37));
    // Gazetteer marks of the token and its neighbours.
    const gp = t > 0 ? gz[t - 1]! : 0;
    const gn = t + 1 < n ? gz[t + 1]! : 0;
    if ((g0 | gp | gn) === 0) addVec(emit, e, c, C_NO_GAZ + mode * NL);
    else {
      if (g0 === 0) addVec(emit, e, c, C_G21 + mode * NL);
      else addId(model, emit, e, featureId(f, t, 21));
      if (gp === 0) addVec(emit, e, c, C_G22);
      else addId(model, emit, e, featureId(f, t, 22));
      if (gn === 0) addVec(emit, e, c, C_G23);
      else addId(model, emit, e, featureId(f, t, 23));
    }
  }
  // Word bigrams, per adjacent pair (t - 1, t): 12 and 25 read at t, 13 and 26 at t - 1 share
  // their inner mixes (features.ts defines them; the edges read BOS/EOS there).
  addId(model, emit, 0, featureId(f, 0, 12));
  addId(model, emit, 0, featureId(f, 0, 25));
  const lw = f.lw;
  const sh = f.shape;
  for (let t = 1; t < n; t++) {
    const ll = mix(lw[t - 1]!, lw[t]!);
    addId(model, emit, t * NL, mix(12, ll));
    addId(model, emit, t * NL, mix(25, mix(lw[t - 1]!, sh[t]!)));
    addId(model, emit, (t - 1) * NL, mix(13, ll));
    addId(model, emit, (t - 1) * NL, mix(26, mix(sh[t - 1]!, lw[t]!)));
  }
  addId(model, emit, (n - 1) * NL, featureId(f, n - 1, 13));
  addId(model, emit, (n - 1) * NL, featureId(f, n - 1, 26));
  viterbi(emit, model.start, model.trans, n, s.score, s.back, out, from);
}

export function viterbi(emit: Float32Array, start: Float32Array, trans: Float32Array, n: number, score: Float32Array, back: Int32Array, out: Int32Array, at: number): void {
  for (let k = 0; k < NL; k++) score[k] = allowed(0, k) ? start[k]! + emit[k]! : -1e30;
  for (let t = 1; t < n; t++) {
    const e = t * NL;
    const pe = e - NL;
    // O and B-* may follow anything (labels 0 and odd)...
    for (let k = 0; k < NL; k = k === 0 ? 1 : k + 2) {
      let best = score[pe]! + trans[k]!;
      let arg = 0;
      for (let p = 1; p < NL; p++) {
        const v = score[pe + p]! + trans[p * NL + k]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[e + k] = best + emit[e + k]!;
      back[e + k] = arg;
    }
    // ...I-X only B-X (k - 1) or I-X (k), IOB2.
    for (let k = 2; k < NL; k += 2) {
      const vb = score[pe + k - 1]! + trans[(k - 1) * NL + k]!;
      const vi = score[pe + k]! + trans[k * NL + k]!;
      // Ties go to the lower label, as in a left-to-right scan.
      if (vi > vb) {
        score[e + k] = vi + emit[e + k]!;
        back[e + k] = k;
      } else {
        score[e + k] = vb + emit[e + k]!;
        back[e + k] = k - 1;
      }
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
