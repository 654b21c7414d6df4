import {
  ensureScratch as ensureScratch_,
  FEATURE_MASK as FEATURE_MASK_,
  featureId as featureId_,
  newScratch,
  R_LW as R_LW_,
  R_SHAPE as R_SHAPE_,
  R_SLOT as R_SLOT_,
  WORD_INTS as WORD_INTS_,
  wordRecord as wordRecord_,
  type FeatureScratch,
} from './features.js';
import { docFlagsOf, wordClass } from './doc-flags.js';
import type { Gazetteer } from './gazetteer.js';
import { IntTable } from './int-table.js';
import { L, popcount as popcount_, type NerModel } from './model.js';
import { foldWord } from './typography.js';
import { spanHash, SpellingTable } from './spelling-table.js';

// Imported bindings copied to module constants: under tsx (bench, eval) imports compile to
// getter calls, which would otherwise run once per feature in the hot loops.
const FEATURE_MASK = FEATURE_MASK_;
const WORD_INTS = WORD_INTS_;
const R_LW = R_LW_;
const R_SHAPE = R_SHAPE_;
const R_SLOT = R_SLOT_;
const featureId = featureId_;
const ensureScratch = ensureScratch_;
const wordRecord = wordRecord_;
const popcount = popcount_;
const NL = L;

/**
 * The tagger's caches (tagger.ts explains what is summed where). Everything is a typed array or
 * an integer-keyed table: a word type is interned once (one Map look-up per token, on its text),
 * and its record, its word-level weight sums and its document flags are read by type id.
 *
 * `pool` holds vectors of NL scores as int16 (sums of at most 19 int8 rows: exact, and half the
 * memory traffic of floats): first the constants (C_*), then one SLOT per (word type,
 * case mode): the sums of its 6 template groups (tagger.ts GROUPS) and 2 "own" vectors, its group
 * as the token itself (not / sentence-initial) plus the document-flag templates 36 and 37, which
 * are valid while the token's document flags equal those they were summed with (kept in `done`).
 * A slot starts with what a token reads of it, contiguous: its groups as the neighbours (2-5),
 * then its own vectors; its groups 0 and 1 (only summed into the own vectors) come last.
 */
export const NG = 6;
export const SLOT = (NG + 2) * NL;
export const OWN = 4 * NL; // offset in a slot of its own vectors
/** Offset in a slot of each group's sums. */
export const GROUP_AT: Int32Array = Int32Array.from([6, 7, 0, 1, 2, 3], (k) => k * NL);

// Offsets of the constant vectors at the start of `pool`.
export const C_EDGE_PREV = 0; // templates 3, 8, 34 at the first token
export const C_EDGE_NEXT = NL; // 4, 9, 35 at the last token
export const C_EDGE_PREV2 = 2 * NL; // 5 at the first two tokens
export const C_EDGE_NEXT2 = 3 * NL; // 6 at the last two tokens
export const C_NO_GAZ = 4 * NL; // 21 + 22 + 23 with no gazetteer marks, per case mode (3 vectors)
export const C_G21 = 7 * NL; // 21 alone with no mark, per mode
export const C_G22 = 10 * NL; // 22 alone with no mark
export const C_G23 = 11 * NL; // 23 alone with no mark
const C_SIZE = 12 * NL;

/** Shape ids: 0 and 1 mark the sentence edges; a trigram of ids < 1024 packs into one small integer. */
export const SHAPE_IDS = 1024;
/** Word types / shape trigrams cached before the caches are trimmed (~20 MB at most: 40k word
 * types keep a whole corpus's common vocabulary warm across trims). */
export const MAX_CACHED_WORDS = 40_000;
export const MAX_CACHED_TRIGRAMS = 50_000;
/** Floats per shape trigram entry in `tri`: its n-gram sums, + template 28 unmarked, + no gazetteer marks. */
export const TRI = 3 * NL;

export interface TaggerScratch {
  features: FeatureScratch;
  emit: Float32Array;
  score: Float32Array;
  back: Int32Array;
  /** Per token of the sentence being tagged: offset of its word record, type id, slot, its pool offset, trigram entry. */
  offs: Int32Array;
  ids: Int32Array;
  slot: Int32Array;
  base: Int32Array;
  triAt: Int32Array;
  model: NerModel | undefined;
  gaz: Gazetteer | undefined;
  /** Word type ids by (folded) word, and by a token's text as written (folded on first sight). */
  vocab: Map<string, number>;
  raw: SpellingTable;
  /** Per type id: its folded word, WORD_INTS of record (features.ts wordRecord; R_SLOT = shape id or -1), doc-flags.ts wordClass. */
  words: string[];
  records: Int32Array;
  classes: Uint8Array;
  /** Per type id: its folded word's first UTF-16 code unit (0 when empty) | length << 16 (`tokenHeads`). */
  heads: Int32Array;
  /** Per type id: the `docs` count when a document last used it (trims keep the recent ones). */
  used: Int32Array;
  docs: number;
  /** Per (word type, case mode): 1 + its slot index, 0 when none yet. */
  slotOf: Int32Array;
  /**
   * 3 ints per slot, together so a token's check costs one cache line: bits 0-5 groups summed and
   * 6-7 own vectors (not / sentence-initial) valid, then the document flags each own vector was summed with.
   */
  done: Int32Array;
  pool: Int16Array;
  slots: number;
  /** Shape hash -> shape id (>= 2). */
  shapes: Map<number, number>;
  /** Per case mode: shape trigram key -> offset of its TRI floats in `tri` (tri[0, NL) stays zero). */
  trigrams: IntTable[];
  tri: Int16Array;
  triUsed: number;
}

export function newTaggerScratch(): TaggerScratch {
  return {
    features: newScratch(),
    emit: new Float32Array(256 * L),
    score: new Float32Array(256 * L),
    back: new Int32Array(256 * L),
    offs: new Int32Array(256),
    ids: new Int32Array(256),
    slot: new Int32Array(256),
    base: new Int32Array(256),
    triAt: new Int32Array(256),
    model: undefined,
    gaz: undefined,
    vocab: new Map(),
    raw: new SpellingTable(),
    words: [],
    records: new Int32Array(1024 * WORD_INTS),
    classes: new Uint8Array(1024),
    heads: new Int32Array(1024),
    used: new Int32Array(1024),
    docs: 0,
    slotOf: new Int32Array(1024 * 3),
    done: new Int32Array(1024 * 3),
    pool: new Int16Array(C_SIZE + 1024 * SLOT),
    slots: 0,
    shapes: new Map(),
    trigrams: [new IntTable(), new IntTable(), new IntTable()],
    tri: new Int16Array(1024 * TRI),
    triUsed: NL,
  };
}

export function clearWords(s: TaggerScratch): void {
  s.vocab.clear();
  s.raw.clear();
  s.words.length = 0;
  s.slotOf.fill(0);
  s.slots = 0;
}

export function clearTrigrams(s: TaggerScratch): void {
  for (const m of s.trigrams) m.clear();
  s.triUsed = NL;
}

/** Offset of feature id's (unmasked) weight row in model.weights, or -1 when the model has none. */
function rowOf(model: NerModel, id: number): number {
  const m = id & FEATURE_MASK;
  const f = Math.imul(m, 0x9e3779b1) >>> 12; // model.ts filterBit
  if ((model.filter[f >>> 5]! & (1 << (f & 31))) === 0) return -1;
  const j = (m >>> 5) << 1;
  const word = model.index[j]!;
  const bit = 1 << (m & 31);
  if ((word & bit) === 0) return -1;
  return (model.index[j + 1]! + popcount(word & (bit - 1))) * NL;
}

/** Add the weight row of feature id (unmasked) to v[e..e+NL), if the model has one. */
export function addId(model: NerModel, v: Float32Array, e: number, id: number): void {
  const w = rowOf(model, id);
  if (w < 0) return;
  const W = model.weights;
  for (let k = 0; k < NL; k++) v[e + k]! += W[w + k]!;
}

/** `addId` into a cached sum. */
export function addId16(model: NerModel, v: Int16Array, e: number, id: number): void {
  const w = rowOf(model, id);
  if (w < 0) return;
  const W = model.weights;
  for (let k = 0; k < NL; k++) v[e + k]! += W[w + k]!;
}

export function addVec(emit: Float32Array, e: number, v: Int16Array, o: number): void {
  for (let k = 0; k < NL; k++) emit[e + k]! += v[o + k]!;
}

/** Switch the caches to `model` and `gaz`: fill the constants (edge markers, empty gazetteer marks). */
export function bindModel(s: TaggerScratch, model: NerModel, gaz: Gazetteer): void {
  s.model = model;
  s.gaz = gaz; // word records hold its lexicon values
  clearWords(s);
  clearTrigrams(s);
  const c = s.pool;
  c.fill(0, 0, C_SIZE);
  // A one-token sentence reads BOS and EOS everywhere a neighbour is; features.ts defines them.
  const f = ensureScratch(s.features, 1);
  s.features = f;
  f.n = 1;
  f.lw[0] = 0;
  f.shape[0] = 0;
  f.gaz[0] = 0;
  for (const [at, fs] of [[C_EDGE_PREV, [3, 8, 34]], [C_EDGE_NEXT, [4, 9, 35]], [C_EDGE_PREV2, [5]], [C_EDGE_NEXT2, [6]]] as const) {
    for (const t of fs) addId16(model, c, at, featureId(f, 0, t));
  }
  for (let mode = 0; mode < 3; mode++) {
    f.mode = mode;
    addId16(model, c, C_G21 + mode * NL, featureId(f, 0, 21));
    if (mode === 0) {
      addId16(model, c, C_G22, featureId(f, 0, 22));
      addId16(model, c, C_G23, featureId(f, 0, 23));
    }
  }
  for (let mode = 0; mode < 3; mode++) {
    for (let k = 0; k < NL; k++) c[C_NO_GAZ + mode * NL + k] = c[C_G21 + mode * NL + k]! + c[C_G22 + k]! + c[C_G23 + k]!;
  }
}

/** A copy of a typed array at twice its length (caches grow by doubling). */
function doubled<T extends Int32Array | Int16Array | Float32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** Word type id of (folded) w, adding its record (and shape id) on first sight. */
export function wordId(s: TaggerScratch, w: string): number {
  let id = s.vocab.get(w);
  if (id !== undefined) return id;
  id = s.words.length;
  if ((id + 1) * WORD_INTS > s.records.length) {
    s.records = doubled(s.records);
    s.slotOf = doubled(s.slotOf);
    s.classes = doubled(s.classes);
    s.heads = doubled(s.heads);
    s.used = doubled(s.used);
  }
  const o = id * WORD_INTS;
  wordRecord(w, s.records, o, s.gaz!);
  const sh = s.records[o + R_SHAPE]!;
  let sid = s.shapes.get(sh);
  if (sid === undefined) {
    sid = s.shapes.size + 2;
    if (sid < SHAPE_IDS) s.shapes.set(sh, sid);
    else sid = -1; // no room until the next trim: this word's shape n-grams are probed directly
  }
  s.records[o + R_SLOT] = sid;
  s.classes[id] = wordClass(w);
  s.heads[id] = (w.length > 0 ? w.charCodeAt(0) : 0) | (Math.min(w.length, 0x7fff) << 16);
  s.slotOf.fill(0, id * 3, id * 3 + 3);
  s.vocab.set(w, id);
  s.words.push(w);
  return id;
}

/**
 * Intern a document's tokens for `model` and `gaz`: ids[i] is token i's word type id and
 * words[i] its typography-folded word (typography.ts), one string per type. The ids stay valid
 * until the next `trimTaggerCache` or a switch of model or gazetteer.
 */
export function internTokens(
  s: TaggerScratch,
  model: NerModel,
  gaz: Gazetteer,
  text: string,
  tokens: ArrayLike<{ start: number; end: number }>,
  words: string[],
  ids: Int32Array,
  table?: TokenOffsets,
): void {
  if (s.model !== model || s.gaz !== gaz) bindModel(s, model, gaz);
  const raw = s.raw;
  const doc = ++s.docs;
  // The segment stage's offset arrays, when they are the tokens': read in order, no object per token.
  const starts = table && table.length === tokens.length ? table.start : undefined;
  const ends = starts ? table!.end : undefined;
  for (let i = 0; i < tokens.length; i++) {
    let start: number;
    let end: number;
    if (starts) {
      start = starts[i]!;
      end = ends![i]!;
    } else ({ start, end } = tokens[i]!);
    const h = spanHash(text, start, end);
    let id = raw.get(text, start, end, h);
    if (id < 0) {
      const spelling = text.slice(start, end);
      raw.add(spelling, h, (id = wordId(s, foldWord(spelling))));
    }
    ids[i] = id;
    s.used[id] = doc;
    words[i] = s.words[id]!;
  }
}

/** Per interned token: its word's lower-cased hash (hash.ts `hashString(w, true) | 0`), from its type's record. */
export function lowerHashes(s: TaggerScratch, ids: Int32Array): Int32Array {
  const keys = new Int32Array(ids.length);
  const rec = s.records;
  for (let i = 0; i < ids.length; i++) keys[i] = rec[ids[i]! * WORD_INTS + R_LW]!;
  return keys;
}

/**
 * Per interned token: its word's first code unit (`& 0xffff`) and length (`>> 16`, capped at
 * 32767): the rules' per-token scans skip most tokens on these without reading the word string.
 */
export function tokenHeads(s: TaggerScratch, ids: Int32Array): Int32Array {
  const heads = new Int32Array(ids.length);
  const h = s.heads;
  for (let i = 0; i < ids.length; i++) heads[i] = h[ids[i]!]!;
  return heads;
}

/** The offsets of a doc's tokens as typed arrays (segment/token-table.ts TokenTable). */
export interface TokenOffsets {
  start: Int32Array;
  end: Int32Array;
  length: number;
}

/**
 * doc-flags.ts docFlags of interned tokens, from their types' hashes (`lowerHashes`) and word
 * classes: one byte a token (a huge document has millions).
 */
export function docFlagsOfIds(s: TaggerScratch, ids: Int32Array, sentences: ReadonlyArray<readonly [number, number]>, keys = lowerHashes(s, ids)): Uint8Array {
  const cls = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) cls[i] = s.classes[ids[i]!]!;
  return docFlagsOf(keys, cls, sentences, new Uint8Array(ids.length)) as Uint8Array;
}

/** Slot index of word type id in case mode, allocated (empty) on first use; `slotAt` gives its pool offset. */
export function slotFor(s: TaggerScratch, id: number, mode: number): number {
  const k = id * 3 + mode;
  const v = s.slotOf[k]!;
  if (v !== 0) return v - 1;
  const slot = s.slots++;
  if (C_SIZE + (slot + 1) * SLOT > s.pool.length) s.pool = doubled(s.pool);
  if ((slot + 1) * 3 > s.done.length) s.done = doubled(s.done);
  s.pool.fill(0, C_SIZE + slot * SLOT, C_SIZE + slot * SLOT + SLOT);
  s.done[slot * 3] = 0;
  s.slotOf[k] = slot + 1;
  return slot;
}

export function slotAt(slot: number): number {
  return C_SIZE + slot * SLOT;
}

/** Grow the per-sentence buffers to n tokens. */
export function ensureSentence(s: TaggerScratch, n: number): void {
  if (s.offs.length < n) {
    s.offs = new Int32Array(n * 2);
    s.ids = new Int32Array(n * 2);
    s.slot = new Int32Array(n * 2);
    s.base = new Int32Array(n * 2);
    s.triAt = new Int32Array(n * 2);
  }
  if (s.emit.length < n * NL) {
    s.emit = new Float32Array(n * NL * 2);
    s.score = new Float32Array(n * NL * 2);
    s.back = new Int32Array(n * NL * 2);
  }
}

/** Grow `tri` to hold one more entry; returns its offset. */
export function newTrigram(s: TaggerScratch): number {
  const at = s.triUsed;
  if (at + TRI > s.tri.length) s.tri = doubled(s.tri);
  s.tri.fill(0, at, at + TRI);
  s.triUsed = at + TRI;
  return at;
}
