import { hashRange, lowerCode, mix } from './hash.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Features of the NER tagger, shared by training (scripts/train-ner.ts) and run time so the two
 * can never drift. Every token gets exactly FEATURES integer ids (templates mixed with hashed
 * values): word, lower-cased neighbours, shape, affixes, gazetteer membership and sentence case
 * mode. Shape features are conjoined with the sentence's case mode so ALL-CAPS headlines and
 * title-case lines learn their own weights instead of trusting capitalisation.
 */

/** Bits of the hash space the model's weight rows are indexed by. */
export const FEATURE_BITS = 22;
export const FEATURE_MASK = (1 << FEATURE_BITS) - 1;
export const FEATURES = 30;

const BOS = 0x5f3759df;
const EOS = 0x1badb002;

/** Reusable scratch buffers, grown on demand: no per-token allocation in the hot path. */
export interface FeatureScratch {
  lw: Int32Array;
  w: Int32Array;
  shape: Int32Array;
  pre: Int32Array; // 3 per token
  suf: Int32Array; // 4 per token
  gaz: Int32Array;
  flags: Int32Array;
  out: Int32Array; // FEATURES per token
}

export function newScratch(n = 256): FeatureScratch {
  return {
    lw: new Int32Array(n),
    w: new Int32Array(n),
    shape: new Int32Array(n),
    pre: new Int32Array(n * 3),
    suf: new Int32Array(n * 4),
    gaz: new Int32Array(n),
    flags: new Int32Array(n),
    out: new Int32Array(n * FEATURES),
  };
}

function ensure(s: FeatureScratch, n: number): FeatureScratch {
  if (s.lw.length >= n) return s;
  return newScratch(Math.max(n, s.lw.length * 2));
}

/** Case mode of a sentence: 0 normal, 1 ALL CAPS (headline), 2 Title Case. */
export function caseMode(words: readonly string[], from: number, to: number): number {
  let letters = 0;
  let upperWords = 0;
  let capWords = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    let hasLower = false;
    let hasUpper = false;
    for (let j = 0; j < w.length; j++) {
      const c = w.charCodeAt(j);
      if (c >= 97 && c <= 122) hasLower = true;
      else if (c >= 65 && c <= 90) hasUpper = true;
    }
    if (!hasLower && !hasUpper) continue;
    letters++;
    if (hasUpper && !hasLower && w.length > 1) upperWords++;
    const c0 = w.charCodeAt(0);
    if (c0 >= 65 && c0 <= 90) capWords++;
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

/**
 * Compute the feature ids of words[from, to) into scratch.out (FEATURES per token, row-major).
 * Returns the (possibly grown) scratch to keep using.
 */
export function extractFeatures(words: readonly string[], from: number, to: number, gaz: Gazetteer, scratch: FeatureScratch): FeatureScratch {
  const n = to - from;
  const s = ensure(scratch, n);
  const mode = caseMode(words, from, to);
  for (let i = 0; i < n; i++) {
    const w = words[from + i]!;
    const L = w.length;
    // One pass gives the lower-cased hash and its 2-, 3- and 4-character prefixes.
    let h = 0x811c9dc5;
    s.pre[i * 3] = s.pre[i * 3 + 1] = s.pre[i * 3 + 2] = 0;
    for (let j = 0; j < L; j++) {
      h = Math.imul(h ^ lowerCode(w.charCodeAt(j)), 0x01000193);
      if (j >= 1 && j <= 3 && L > j) s.pre[i * 3 + j - 1] = h >>> 0;
    }
    s.lw[i] = h >>> 0;
    s.w[i] = hashRange(w, 0, L, false);
    s.shape[i] = mix(shapeHash(w), mode);
    for (let k = 0; k < 4; k++) s.suf[i * 4 + k] = L > k + 1 ? hashRange(w, L - k - 1, L, true) : 0;
    s.flags[i] = (i === 0 ? 1 : 0) | (mode << 1) | (Math.min(L, 6) << 3);
  }
  gaz.mark(s.lw, n, s.gaz);

  const lw = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : s.lw[i]!);
  const sh = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : s.shape[i]!);
  const gz = (i: number): number => (i < 0 || i >= n ? 0 : s.gaz[i]!);
  const out = s.out;
  for (let i = 0; i < n; i++) {
    const o = i * FEATURES;
    out[o] = mix(0, 0);
    out[o + 1] = mix(1, s.lw[i]!);
    out[o + 2] = mix(2, s.w[i]!);
    out[o + 3] = mix(3, lw(i - 1));
    out[o + 4] = mix(4, lw(i + 1));
    out[o + 5] = mix(5, lw(i - 2));
    out[o + 6] = mix(6, lw(i + 2));
    out[o + 7] = mix(7, sh(i));
    out[o + 8] = mix(8, sh(i - 1));
    out[o + 9] = mix(9, sh(i + 1));
    out[o + 10] = mix(10, mix(sh(i - 1), sh(i)));
    out[o + 11] = mix(11, mix(sh(i), sh(i + 1)));
    out[o + 12] = mix(12, mix(lw(i - 1), s.lw[i]!));
    out[o + 13] = mix(13, mix(s.lw[i]!, lw(i + 1)));
    out[o + 14] = mix(14, s.pre[i * 3]!);
    out[o + 15] = mix(15, s.pre[i * 3 + 1]!);
    out[o + 16] = mix(16, s.pre[i * 3 + 2]!);
    out[o + 17] = mix(17, s.suf[i * 4]!);
    out[o + 18] = mix(18, s.suf[i * 4 + 1]!);
    out[o + 19] = mix(19, s.suf[i * 4 + 2]!);
    out[o + 20] = mix(20, s.suf[i * 4 + 3]!);
    out[o + 21] = mix(21, mix(gz(i), mode));
    out[o + 22] = mix(22, gz(i - 1));
    out[o + 23] = mix(23, gz(i + 1));
    out[o + 24] = mix(24, s.flags[i]!);
    out[o + 25] = mix(25, mix(lw(i - 1), sh(i)));
    out[o + 26] = mix(26, mix(sh(i), lw(i + 1)));
    out[o + 27] = mix(27, mix(sh(i - 1), mix(sh(i), sh(i + 1))));
    out[o + 28] = mix(28, mix(gz(i), s.shape[i]!));
    out[o + 29] = mix(29, mix(s.suf[i * 4 + 2]!, mode));
  }
  return s;
}
