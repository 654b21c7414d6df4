import { ensureScratch as ensureScratch_, FEATURES as FEATURES_, featureId as featureId_, prepareRecords as prepareRecords_, R_SLOT as R_SLOT_, WORD_INTS as WORD_INTS_ } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { mix as mix_ } from './hash.js';
import { L, type NerModel } from './model.js';
import {
  addId as addId_,
  addId16 as addId16_,
  addVec as addVec_,
  bindModel,
  C_EDGE_NEXT as C_EDGE_NEXT_,
  C_EDGE_NEXT2 as C_EDGE_NEXT2_,
  C_EDGE_PREV as C_EDGE_PREV_,
  C_EDGE_PREV2 as C_EDGE_PREV2_,
  C_G21 as C_G21_,
  C_G22 as C_G22_,
  C_G23 as C_G23_,
  C_NO_GAZ as C_NO_GAZ_,
  ensureSentence,
  newTrigram,
  NG as NG_,
  OWN as OWN_,
  GROUP_AT as GROUP_AT_,
  SHAPE_IDS as SHAPE_IDS_,
  slotFor as slotFor_,
  slotAt as slotAt_,
  wordId as wordId_,
  type TaggerScratch,
} from './tagger-cache.js';

export { internTokens, docFlagsOfIds, lowerHashes, newTaggerScratch, tokenHeads, type TokenOffsets, type TaggerScratch } from './tagger-cache.js';
export { trimTaggerCache } from './tagger-trim.js';

// Imported bindings copied to module constants: under tsx (bench, eval) imports compile to
// getter calls, which would otherwise run once per feature in the hot loops below.
const WORD_INTS = WORD_INTS_;
const R_SLOT = R_SLOT_;
const featureId = featureId_;
const prepareRecords = prepareRecords_;
const ensureScratch = ensureScratch_;
const mix = mix_;
const addId = addId_;
const addVec = addVec_;
const slotFor = slotFor_;
const slotAt = slotAt_;
const addId16 = addId16_;
const wordId = wordId_;
const NL = L;
const C_EDGE_NEXT = C_EDGE_NEXT_;
const C_EDGE_NEXT2 = C_EDGE_NEXT2_;
const C_EDGE_PREV = C_EDGE_PREV_;
const C_EDGE_PREV2 = C_EDGE_PREV2_;
const C_G21 = C_G21_;
const C_G22 = C_G22_;
const C_G23 = C_G23_;
const C_NO_GAZ = C_NO_GAZ_;
const NG = NG_;
const OWN = OWN_;
const GROUP_AT = GROUP_AT_;
const SHAPE_IDS = SHAPE_IDS_;

/** Label i may follow label p: I-X only after B-X or I-X (IOB2). */
export function allowed(p: number, i: number): boolean {
  if (i === 0 || (i & 1) === 1) return true; // O and B-* anywhere
  return p === i || p === i - 1;
}

/*
 * Emission scores are sums of int8 weight rows, one per feature template (features.ts). Summing
 * ~38 rows per token is the tagger's cost, so sums are cached (tagger-cache.ts) wherever a
 * template's value is determined by something that repeats (sums of int8 weights are exact in
 * float32, so caching never changes a tag):
 * - per word type and sentence case mode, in GROUPS: the templates reading one word only (itself,
 *   or as the ±1/±2 neighbour), and per document the token's own group with the document-flag
 *   templates (36, 37);
 * - per shape trigram and case mode: the shape n-gram templates (10, 11, 27), for tokens outside
 *   any gazetteer phrase the gazetteer-by-shape one (28), and with no marks around, 21-23;
 * - constants: the sentence-edge values of the neighbour templates and the no-gazetteer values of
 *   the gazetteer templates (21-23).
 * A token's scores are then 6 cached vectors added in one loop, plus the word-bigram templates
 * (12, 13, 25, 26; too varied to cache: half the pairs in news are new) and gazetteer hits.
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
const SHAPE_FEATS = Int32Array.from([10, 11, 27]);
const BIGRAM_FEATS = Int32Array.from([12, 13, 25, 26]);
const GAZ_FEATS = Int32Array.from([21, 22, 23]);
const F_GAZ_SHAPE = 28;
const DOC_FEATS = Int32Array.from([36, 37]);
// Every template is covered exactly once by the groups and lists above.
{
  const seen = [...GROUPS.slice(1).flat(), ...SHAPE_FEATS, ...BIGRAM_FEATS, ...GAZ_FEATS, ...DOC_FEATS, F_GAZ_SHAPE].sort((a, b) => a - b);
  if (seen.length !== FEATURES_ || seen.some((f, i) => f !== i) || GROUPS.length !== NG) throw new Error('tagger: feature templates not covered exactly once');
}

/** Sum group g of slot (at pool offset `at`) from token o's feature ids, unless done already. */
function ensureGroup(s: TaggerScratch, model: NerModel, slot: number, at: number, g: number, o: number): void {
  const bit = 1 << g;
  if ((s.done[slot * 3]! & bit) !== 0) return;
  const fs = GROUP_FEATS[g]!;
  const base = at + GROUP_AT[g]!;
  for (let f = 0; f < fs.length; f++) addId16(model, s.pool, base, featureId(s.features, o, fs[f]!));
  s.done[slot * 3] = s.done[slot * 3]! | bit;
}

/** Make the own vector of token t (its group + templates 36, 37) current for document flags d. */
function ensureOwn(s: TaggerScratch, model: NerModel, slot: number, at: number, t: number, d: number): void {
  const init = t === 0 ? 1 : 0;
  const bit = 64 << init;
  const D = s.done;
  if ((D[slot * 3]! & bit) !== 0 && D[slot * 3 + 1 + init] === d) return;
  ensureGroup(s, model, slot, at, init, t);
  const P = s.pool;
  const own = at + OWN + init * NL;
  const g = at + GROUP_AT[init]!;
  for (let k = 0; k < NL; k++) P[own + k] = P[g + k]!;
  addId16(model, P, own, featureId(s.features, t, 36));
  addId16(model, P, own, featureId(s.features, t, 37));
  D[slot * 3 + 1 + init] = d;
  D[slot * 3] = D[slot * 3]! | bit;
}

/** Offset in s.tri of the shape trigram entry around token t (see TaggerScratch.trigrams), or -1. */
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
  const at = newTrigram(s);
  const tri = s.tri;
  const f = s.features;
  for (let k = 0; k < SHAPE_FEATS.length; k++) addId16(model, tri, at, featureId(f, t, SHAPE_FEATS[k]!));
  // Template 28 as if the token had no gazetteer mark: mix(28, mix(0, shape)).
  addId16(model, tri, at + NL, mix(F_GAZ_SHAPE, mix(0, f.shape[t]!)));
  const P = s.pool;
  const ng = C_NO_GAZ + mode * NL;
  for (let k = 0; k < NL; k++) {
    tri[at + NL + k]! += tri[at + k]!;
    tri[at + 2 * NL + k] = tri[at + NL + k]! + P[ng + k]!;
  }
  map.set(key, at);
  return at;
}

/**
 * Tag words[from, to) with first-order Viterbi; writes one label index per token into out[from..to).
 * `ids` (from `internTokens` on this scratch) are the tokens' word type ids, else words are
 * looked up as they are; `doc` holds the document flags (doc-flags.ts) per token.
 */
export function tagSentence(model: NerModel, gaz: Gazetteer, words: readonly string[], from: number, to: number, scratch: TaggerScratch, out: Int32Array, doc?: ArrayLike<number>, ids?: Int32Array): void {
  const n = to - from;
  if (n <= 0) return;
  const s = scratch;
  if (s.model !== model || s.gaz !== gaz) bindModel(s, model, gaz);
  ensureSentence(s, n);
  const tid = s.ids;
  const offs = s.offs;
  for (let t = 0; t < n; t++) {
    const id = ids ? ids[from + t]! : wordId(s, words[from + t]!);
    tid[t] = id;
    offs[t] = id * WORD_INTS;
  }
  const f = (s.features = prepareRecords(s.records, offs, n, gaz, ensureScratch(s.features, n), doc, from));
  const mode = f.mode;
  // Slots first (the pool may grow), then the sums each token reads, then the trigram entries.
  const slot = s.slot;
  const base = s.base;
  for (let t = 0; t < n; t++) {
    slot[t] = slotFor(s, tid[t]!, mode);
    base[t] = slotAt(slot[t]!);
  }
  for (let t = 0; t < n; t++) {
    const sl = slot[t]!;
    const at = base[t]!;
    ensureOwn(s, model, sl, at, t, doc ? doc[from + t]! : 0);
    if (t + 1 < n) ensureGroup(s, model, sl, at, 2, t + 1);
    if (t >= 1) ensureGroup(s, model, sl, at, 3, t - 1);
    if (t + 2 < n) ensureGroup(s, model, sl, at, 4, t + 2);
    if (t >= 2) ensureGroup(s, model, sl, at, 5, t - 2);
  }
  const triAt = s.triAt;
  for (let t = 0; t < n; t++) triAt[t] = trigramAt(s, model, t, n, mode);
  const { emit } = s;
  const P = s.pool;
  const T = s.tri;
  const gz = f.gaz;
  // Per token: its trigram entry (tri[0, NL) is zero: a token whose shapes have no ids adds its
  // n-grams one by one) and what is not cached.
  for (let t = 0; t < n; t++) {
    const e = t * NL;
    const g0 = gz[t]!;
    const gp = t > 0 ? gz[t - 1]! : 0;
    const gn = t + 1 < n ? gz[t + 1]! : 0;
    const plain = (g0 | gp | gn) === 0;
    const tri = triAt[t]!;
    const tv = tri < 0 ? 0 : plain ? tri + 2 * NL : g0 === 0 ? tri + NL : tri;
    for (let k = 0; k < NL; k++) emit[e + k] = T[tv + k]!;
    if (tri < 0) for (let k = 0; k < SHAPE_FEATS.length; k++) addId(model, emit, e, featureId(f, t, SHAPE_FEATS[k]!));
    if (g0 !== 0 || tri < 0) addId(model, emit, e, featureId(f, t, F_GAZ_SHAPE));
    // Gazetteer marks of the token and its neighbours (in the trigram entry when none).
    if (plain) {
      if (tri < 0) addVec(emit, e, P, C_NO_GAZ + mode * NL);
    } else {
      if (g0 === 0) addVec(emit, e, P, C_G21 + mode * NL);
      else addId(model, emit, e, featureId(f, t, 21));
      if (gp === 0) addVec(emit, e, P, C_G22);
      else addId(model, emit, e, featureId(f, t, 22));
      if (gn === 0) addVec(emit, e, P, C_G23);
      else addId(model, emit, e, featureId(f, t, 23));
    }
  }
  // Each word's slot, read once and contiguously, adds to the tokens around it; past the sentence's
  // edges the tokens read the BOS/EOS constants instead.
  for (let t = 0; t < n; t++) {
    const at = base[t]!;
    const e = t * NL;
    const own = at + OWN + (t === 0 ? NL : 0);
    for (let k = 0; k < NL; k++) emit[e + k]! += P[own + k]!;
    if (t + 1 < n) for (let k = 0; k < NL; k++) emit[e + NL + k]! += P[at + k]!;
    if (t >= 1) for (let k = 0; k < NL; k++) emit[e - NL + k]! += P[at + NL + k]!;
    if (t + 2 < n) for (let k = 0; k < NL; k++) emit[e + 2 * NL + k]! += P[at + 2 * NL + k]!;
    if (t >= 2) for (let k = 0; k < NL; k++) emit[e - 2 * NL + k]! += P[at + 3 * NL + k]!;
  }
  addVec(emit, 0, P, C_EDGE_PREV);
  addVec(emit, 0, P, C_EDGE_PREV2);
  if (n > 1) addVec(emit, NL, P, C_EDGE_PREV2);
  addVec(emit, (n - 1) * NL, P, C_EDGE_NEXT);
  addVec(emit, (n - 1) * NL, P, C_EDGE_NEXT2);
  if (n > 1) addVec(emit, (n - 2) * NL, P, C_EDGE_NEXT2);
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

// NL is 9 (model.ts LABELS): the free-label loop below is unrolled over the 9 previous labels.
if (L !== 9) throw new Error('tagger: viterbi is unrolled for 9 labels');

export function viterbi(emit: Float32Array, start: Float32Array, trans: Float32Array, n: number, score: Float32Array, back: Int32Array, out: Int32Array, at: number): void {
  for (let k = 0; k < NL; k++) score[k] = allowed(0, k) ? start[k]! + emit[k]! : -1e30;
  for (let t = 1; t < n; t++) {
    const e = t * NL;
    const pe = e - NL;
    // O and B-* may follow anything (labels 0 and odd); the previous scores are read once.
    const s0 = score[pe]!, s1 = score[pe + 1]!, s2 = score[pe + 2]!, s3 = score[pe + 3]!, s4 = score[pe + 4]!;
    const s5 = score[pe + 5]!, s6 = score[pe + 6]!, s7 = score[pe + 7]!, s8 = score[pe + 8]!;
    for (let k = 0; k < NL; k = k === 0 ? 1 : k + 2) {
      let best = s0 + trans[k]!;
      let arg = 0;
      let v = s1 + trans[NL + k]!;
      if (v > best) (best = v), (arg = 1);
      v = s2 + trans[2 * NL + k]!;
      if (v > best) (best = v), (arg = 2);
      v = s3 + trans[3 * NL + k]!;
      if (v > best) (best = v), (arg = 3);
      v = s4 + trans[4 * NL + k]!;
      if (v > best) (best = v), (arg = 4);
      v = s5 + trans[5 * NL + k]!;
      if (v > best) (best = v), (arg = 5);
      v = s6 + trans[6 * NL + k]!;
      if (v > best) (best = v), (arg = 6);
      v = s7 + trans[7 * NL + k]!;
      if (v > best) (best = v), (arg = 7);
      v = s8 + trans[8 * NL + k]!;
      if (v > best) (best = v), (arg = 8);
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
