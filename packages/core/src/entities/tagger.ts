import { extractFeatures, FEATURE_MASK, FEATURES, newScratch, type FeatureScratch } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { L, rowOf, type NerModel } from './model.js';

/** Label i may follow label p: I-X only after B-X or I-X (IOB2). */
export function allowed(p: number, i: number): boolean {
  if (i === 0 || (i & 1) === 1) return true; // O and B-* anywhere
  return p === i || p === i - 1;
}

const ALLOWED = new Uint8Array(L * L);
for (let p = 0; p < L; p++) for (let i = 0; i < L; i++) ALLOWED[p * L + i] = allowed(p, i) ? 1 : 0;

export interface TaggerScratch {
  features: FeatureScratch;
  emit: Float32Array;
  score: Float32Array;
  back: Int32Array;
}

export function newTaggerScratch(): TaggerScratch {
  return { features: newScratch(), emit: new Float32Array(256 * L), score: new Float32Array(256 * L), back: new Int32Array(256 * L) };
}

/**
 * Tag words[from, to) with first-order Viterbi; writes one label index per token into out[from..to).
 * Emission scores come from summing the weight rows of each token's feature ids.
 */
export function tagSentence(model: NerModel, gaz: Gazetteer, words: readonly string[], from: number, to: number, scratch: TaggerScratch, out: Int32Array): void {
  const n = to - from;
  if (n <= 0) return;
  scratch.features = extractFeatures(words, from, to, gaz, scratch.features);
  if (scratch.emit.length < n * L) {
    scratch.emit = new Float32Array(n * L * 2);
    scratch.score = new Float32Array(n * L * 2);
    scratch.back = new Int32Array(n * L * 2);
  }
  const { emit, score, back } = scratch;
  const feats = scratch.features.out;
  const W = model.weights;
  emit.fill(0, 0, n * L);
  for (let t = 0; t < n; t++) {
    const e = t * L;
    for (let f = 0; f < FEATURES; f++) {
      const r = rowOf(model, feats[t * FEATURES + f]! & FEATURE_MASK);
      if (r < 0) continue;
      const w = r * L;
      for (let k = 0; k < L; k++) emit[e + k]! += W[w + k]!;
    }
  }
  viterbi(emit, model.start, model.trans, n, score, back, out, from);
}

export function viterbi(emit: Float32Array, start: Float32Array, trans: Float32Array, n: number, score: Float32Array, back: Int32Array, out: Int32Array, at: number): void {
  for (let k = 0; k < L; k++) score[k] = allowed(0, k) ? start[k]! + emit[k]! : -1e30;
  for (let t = 1; t < n; t++) {
    const e = t * L;
    const pe = e - L;
    for (let k = 0; k < L; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (ALLOWED[p * L + k] === 0) continue;
        const s = score[pe + p]! + trans[p * L + k]!;
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
  const last = (n - 1) * L;
  for (let k = 0; k < L; k++) if (score[last + k]! > best) {
    best = score[last + k]!;
    arg = k;
  }
  for (let t = n - 1; t >= 0; t--) {
    out[at + t] = arg;
    arg = back[t * L + arg]!;
  }
}
