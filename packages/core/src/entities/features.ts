import { hashRange as hashRange_, lowerCode as lowerCode_, mix as mix_ } from './hash.js';
import type { Gazetteer } from './gazetteer.js';
import { clusterOf as clusterOf_ } from './clusters.js';

/**
 * Features of the NER tagger, shared by training (scripts/train-ner.ts) and run time so the two
 * can never drift. Every token gets exactly FEATURES integer ids (templates mixed with hashed
 * values): word, lower-cased neighbours, shape, affixes, gazetteer membership, sentence case
 * mode and how often the training text writes the word in lower case (data/lower-words.ts).
 * Shape features are conjoined with the sentence's case mode so ALL-CAPS headlines and
 * title-case lines learn their own weights instead of trusting capitalisation.
 */

/** Bits of the hash space the model's weight rows are indexed by. */
export const FEATURE_BITS = 22;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;
export const FEATURES = 38;

// Imported functions copied to module constants: under tsx imports compile to getters.
const hashRange = hashRange_;
const lowerCode = lowerCode_;
const mix = mix_;
const clusterOf = clusterOf_;

const BOS = 0x5f3759df;
const EOS = 0x1badb002;

/**
 * Ints kept per word type: everything the templates read that depends on the word alone, so the
 * tagger computes it once per distinct word (see tagger.ts) and training once per token.
 */
export const WORD_INTS = 16;
export const R_LW = 0; // lower-cased hash
export const R_W = 1; // hash as written
export const R_SHAPE = 2; // shape hash (before conjoining with the case mode)
export const R_PRE = 3; // 2-, 3-, 4-character lower-cased prefix hashes (0 when the word is shorter)
export const R_SUF = 6; // 1- to 4-character lower-cased suffix hashes (0 when the word is shorter)
export const R_LEN = 10; // length in UTF-16 units
export const R_CASE = 11; // 1 has an ASCII letter, 2 ALL CAPS word of 2+ characters, 4 capitalised
export const R_CL = 12; // word clusters (clusters.ts clusterOf)
export const R_LOWER = 13; // how common the word is in lower case (Gazetteer.lowerLevel)
export const R_GAZ = 14; // longest gazetteer phrase starting with the word (Gazetteer.firstLen)
export const R_SLOT = 15; // free for the caller (the tagger keeps a shape id here)

/** Reusable scratch buffers, grown on demand: no per-token allocation in the hot path. */
export interface FeatureScratch {
  lw: Int32Array;
  w: Int32Array;
  shape: Int32Array;
  pre: Int32Array; // 3 per token
  suf: Int32Array; // 4 per token
  gaz: Int32Array;
  first: Int32Array; // per token: Gazetteer.firstLen of its word
  flags: Int32Array;
  cl: Int32Array; // packed word clusters
  doc: Int32Array; // document-level flags (doc-flags.ts)
  lower: Int32Array; // how common the word is in lower case (Gazetteer.lowerLevel) with its case bits
  out: Int32Array; // FEATURES per token
  rec: Int32Array; // WORD_INTS per token (training's word records)
  offs: Int32Array; // per token: offset of its word record
  mode: number; // case mode of the last sentence prepared
  n: number; // its token count
}

export function newScratch(n = 256): FeatureScratch {
  return {
    lw: new Int32Array(n),
    w: new Int32Array(n),
    shape: new Int32Array(n),
    pre: new Int32Array(n * 3),
    suf: new Int32Array(n * 4),
    gaz: new Int32Array(n),
    first: new Int32Array(n),
    flags: new Int32Array(n),
    lower: new Int32Array(n),
    cl: new Int32Array(n),
    doc: new Int32Array(n),
    out: new Int32Array(n * FEATURES),
    rec: new Int32Array(n * WORD_INTS),
    offs: new Int32Array(n),
    mode: 0,
    n: 0,
  };
}

export function ensureScratch(s: FeatureScratch, n: number): FeatureScratch {
  if (s.lw.length >= n) return s;
  return newScratch(Math.max(n, s.lw.length * 2));
}

/** Case mode of a sentence from its word records: 0 normal, 1 ALL CAPS (headline), 2 Title Case. */
export function caseModeOf(rec: Int32Array, offs: Int32Array, n: number): number {
  let letters = 0;
  let upperWords = 0;
  let capWords = 0;
  for (let i = 0; i < n; i++) {
    const c = rec[offs[i]! + R_CASE]!;
    if ((c & 1) === 0) continue;
    letters++;
    if (c & 2) upperWords++;
    if (c & 4) capWords++;
  }
  if (letters >= 1 && upperWords >= letters * 0.8) return 1;
  if (letters >= 4 && capWords >= letters * 0.8) return 2;
  return 0;
}

function shapeHash(w: string): number {
  // X/x/d/punct with runs collapsed, at most 8 classes long.
  let h = 0x811c9dc5;
  let prev = -1;
  let n = 0;
  for (let j = 0; j < w.length && n < 8; j++) {
    const c = w.charCodeAt(j);
    let k: number;
    if (c >= 65 && c <= 90) k = 88;
    else if (c >= 97 && c <= 122) k = 120;
    else if (c >= 48 && c <= 57) k = 100;
    else if (c > 127) k = lowerCode(c) !== c ? 88 : String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c) ? 120 : 111;
    else k = c;
    if (k === prev) continue;
    prev = k;
    n++;
    h = Math.imul(h ^ k, 0x01000193);
  }
  return (h ^ Math.min(w.length, 12)) >>> 0;
}

/** Write the WORD_INTS record of word w at into[off..] (R_SLOT is left as it is). */
export function wordRecord(w: string, into: Int32Array, off: number, gaz: Gazetteer): void {
  const L = w.length;
  // One pass gives the lower-cased hash, its 2-, 3- and 4-character prefixes and the case bits.
  let h = 0x811c9dc5;
  into[off + R_PRE] = into[off + R_PRE + 1] = into[off + R_PRE + 2] = 0;
  let hasLower = false;
  let hasUpper = false;
  for (let j = 0; j < L; j++) {
    const c = w.charCodeAt(j);
    if (c >= 97 && c <= 122) hasLower = true;
    else if (c >= 65 && c <= 90) hasUpper = true;
    else if (c > 127) {
      // "Ólafsdóttir", "Łukasz": letters beyond ASCII have case too.
      const l = lowerCode(c);
      if (l !== c) hasUpper = true;
      else if (String.fromCharCode(c).toUpperCase() !== String.fromCharCode(c)) hasLower = true;
    }
    h = Math.imul(h ^ lowerCode(c), 0x01000193);
    if (j >= 1 && j <= 3 && L > j) into[off + R_PRE + j - 1] = h >>> 0;
  }
  into[off + R_LW] = h >>> 0;
  into[off + R_W] = hashRange(w, 0, L, false);
  into[off + R_SHAPE] = shapeHash(w);
  for (let k = 0; k < 4; k++) into[off + R_SUF + k] = L > k + 1 ? hashRange(w, L - k - 1, L, true) : 0;
  into[off + R_LEN] = L;
  into[off + R_CL] = clusterOf(w);
  into[off + R_LOWER] = gaz.lowerLevel(h | 0);
  into[off + R_GAZ] = gaz.firstLen(h | 0);
  const c0 = L > 0 ? w.charCodeAt(0) : 0;
  into[off + R_CASE] = (hasLower || hasUpper ? 1 : 0) | (hasUpper && !hasLower && L > 1 ? 2 : 0) | ((c0 >= 65 && c0 <= 90) || (c0 > 127 && lowerCode(c0) !== c0 && c0 !== 0x2019 && c0 !== 0x2018) ? 4 : 0);
}

/**
 * Fill the per-token values of words[from, to) (word, shape, affixes, flags, gazetteer marks),
 * which `featureId` combines into template ids. Returns the (possibly grown) scratch.
 */
export function prepareTokens(words: readonly string[], from: number, to: number, gaz: Gazetteer, scratch: FeatureScratch, doc?: ArrayLike<number>): FeatureScratch {
  const n = to - from;
  const s = ensureScratch(scratch, n);
  for (let i = 0; i < n; i++) {
    wordRecord(words[from + i]!, s.rec, i * WORD_INTS, gaz);
    s.offs[i] = i * WORD_INTS;
  }
  return prepareRecords(s.rec, s.offs, n, gaz, s, doc, from);
}

/**
 * `prepareTokens` from word records already computed: token i's record starts at rec[offs[i]].
 * `scratch` must hold n tokens (ensureScratch); the tagger keeps one record per word type.
 */
export function prepareRecords(rec: Int32Array, offs: Int32Array, n: number, gaz: Gazetteer, s: FeatureScratch, doc?: ArrayLike<number>, docAt = 0): FeatureScratch {
  const mode = caseModeOf(rec, offs, n);
  s.mode = mode;
  for (let i = 0; i < n; i++) {
    const o = offs[i]!;
    s.lw[i] = rec[o + R_LW]!;
    s.w[i] = rec[o + R_W]!;
    s.shape[i] = mix(rec[o + R_SHAPE]!, mode);
    s.pre[i * 3] = rec[o + R_PRE]!;
    s.pre[i * 3 + 1] = rec[o + R_PRE + 1]!;
    s.pre[i * 3 + 2] = rec[o + R_PRE + 2]!;
    for (let k = 0; k < 4; k++) s.suf[i * 4 + k] = rec[o + R_SUF + k]!;
    s.cl[i] = rec[o + R_CL]!;
    s.first[i] = rec[o + R_GAZ]!;
    s.doc[i] = (doc ? doc[docAt + i]! : 0) | ((rec[o + R_CASE]! & 7) << 5) | ((i === 0 ? 1 : 0) << 8) | (mode << 9);
    s.flags[i] = (i === 0 ? 1 : 0) | (mode << 1) | (Math.min(rec[o + R_LEN]!, 6) << 3);
    // "Their" vs "Harrowshire", "SAYS" vs "HARROWSHIRE": whether the training text writes the word in
    // lower case, with how it is written here, where it stands and the sentence's case mode.
    s.lower[i] = rec[o + R_LOWER]! | ((rec[o + R_CASE]! & 7) << 2) | ((i === 0 ? 1 : 0) << 5) | (mode << 6);
  }
  gaz.markFirst(s.lw, s.first, n, s.gaz);
  s.n = n;
  return s;
}

/** Id of template f for token i of the prepared sentence (see prepareTokens). */
// Neighbour values with sentence-boundary markers (module functions, not closures: this is hot).
function lwAt(s: FeatureScratch, k: number): number {
  return k < 0 ? BOS : k >= s.n ? EOS : s.lw[k]! >>> 0;
}
function shAt(s: FeatureScratch, k: number): number {
  return k < 0 ? BOS : k >= s.n ? EOS : s.shape[k]!;
}
function clAt(s: FeatureScratch, k: number): number {
  return k < 0 ? BOS : k >= s.n ? EOS : s.cl[k]! & 1023;
}
function gzAt(s: FeatureScratch, k: number): number {
  return k < 0 || k >= s.n ? 0 : s.gaz[k]!;
}

export function featureId(s: FeatureScratch, i: number, f: number): number {
  const mode = s.mode;
  switch (f) {
    case 0: return mix(0, 0);
    case 1: return mix(1, s.lw[i]! >>> 0);
    case 2: return mix(2, s.w[i]! >>> 0);
    case 3: return mix(3, lwAt(s, i - 1));
    case 4: return mix(4, lwAt(s, i + 1));
    case 5: return mix(5, lwAt(s, i - 2));
    case 6: return mix(6, lwAt(s, i + 2));
    case 7: return mix(7, shAt(s, i));
    case 8: return mix(8, shAt(s, i - 1));
    case 9: return mix(9, shAt(s, i + 1));
    case 10: return mix(10, mix(shAt(s, i - 1), shAt(s, i)));
    case 11: return mix(11, mix(shAt(s, i), shAt(s, i + 1)));
    case 12: return mix(12, mix(lwAt(s, i - 1), s.lw[i]! >>> 0));
    case 13: return mix(13, mix(s.lw[i]! >>> 0, lwAt(s, i + 1)));
    case 14: return mix(14, s.pre[i * 3]! >>> 0);
    case 15: return mix(15, s.pre[i * 3 + 1]! >>> 0);
    case 16: return mix(16, s.pre[i * 3 + 2]! >>> 0);
    case 17: return mix(17, s.suf[i * 4]! >>> 0);
    case 18: return mix(18, s.suf[i * 4 + 1]! >>> 0);
    case 19: return mix(19, s.suf[i * 4 + 2]! >>> 0);
    case 20: return mix(20, s.suf[i * 4 + 3]! >>> 0);
    case 21: return mix(21, mix(gzAt(s, i), mode));
    case 22: return mix(22, gzAt(s, i - 1));
    case 23: return mix(23, gzAt(s, i + 1));
    case 24: return mix(24, s.flags[i]!);
    case 25: return mix(25, mix(lwAt(s, i - 1), shAt(s, i)));
    case 26: return mix(26, mix(shAt(s, i), lwAt(s, i + 1)));
    case 27: return mix(27, mix(shAt(s, i - 1), mix(shAt(s, i), shAt(s, i + 1))));
    case 28: return mix(28, mix(gzAt(s, i), s.shape[i]!));
    case 29: return mix(29, mix(s.suf[i * 4 + 2]! >>> 0, mode));
    case 30: return mix(30, s.lower[i]!);
    // Word clusters: fine, and two coarser levels with the word's case / position.
    case 31: return mix(31, s.cl[i]! & 1023);
    case 32: return mix(32, mix((s.cl[i]! >>> 10) & 127, s.lower[i]! >>> 2));
    case 33: return mix(33, mix(s.cl[i]! >>> 17, s.flags[i]! & 7));
    case 34: return mix(34, clAt(s, i - 1));
    case 35: return mix(35, clAt(s, i + 1));
    // Document-level flags with the token's case, position and the sentence's case mode.
    case 36: return mix(36, s.doc[i]!);
    default: return mix(37, mix(s.doc[i]! & 31, s.shape[i]!));
  }
}

/**
 * Compute the feature ids of words[from, to) into scratch.out (FEATURES per token, row-major).
 * Returns the (possibly grown) scratch to keep using. Training uses this; the tagger asks
 * `featureId` only for the templates its word cache lacks.
 */
export function extractFeatures(words: readonly string[], from: number, to: number, gaz: Gazetteer, scratch: FeatureScratch, doc?: ArrayLike<number>): FeatureScratch {
  const s = prepareTokens(words, from, to, gaz, scratch, doc);
  const out = s.out;
  for (let i = 0; i < s.n; i++) for (let f = 0; f < FEATURES; f++) out[i * FEATURES + f] = featureId(s, i, f);
  return s;
}
