// First-order Viterbi over the BIO tag set: emission = sum of the weight rows of a token's
// features, transition = a (previous label, label) weight; illegal I-X transitions are excluded.
import { allowed, LABELS } from './labels.js';
import { TEMPLATES } from './features.js';

/** Stride of one feature row in a weight table (labels padded to 8). */
export const ROW = 8;

export interface Weights {
  /** Feature rows: w[f * ROW + label]. */
  emit: ArrayLike<number>;
  /** trans[(prev + 1) * LABELS + label]; prev = -1 is the sequence start. */
  trans: ArrayLike<number>;
}

const ALLOWED: boolean[] = [];
for (let p = -1; p < LABELS; p++) for (let l = 0; l < LABELS; l++) ALLOWED.push(p < 0 ? allowed(-1, l) && (l === 0 || (l & 1) === 1) : allowed(p, l));

/** Best label sequence for `len` tokens whose features are feats[i * TEMPLATES + k]. */
export function viterbi(wt: Weights, feats: Int32Array, len: number, out: Uint8Array): void {
  const { emit, trans } = wt;
  const score = new Float64Array(len * LABELS);
  const back = new Uint8Array(len * LABELS);
  const em = new Float64Array(LABELS);
  for (let i = 0; i < len; i++) {
    em.fill(0);
    const o = i * TEMPLATES;
    for (let k = 0; k < TEMPLATES; k++) {
      const r = feats[o + k]! * ROW;
      for (let l = 0; l < LABELS; l++) em[l]! += emit[r + l]!;
    }
    for (let l = 0; l < LABELS; l++) {
      let best = -Infinity;
      let arg = 0;
      if (i === 0) {
        if (ALLOWED[l]) best = trans[l]!;
      } else {
        const base = (i - 1) * LABELS;
        for (let p = 0; p < LABELS; p++) {
          if (!ALLOWED[(p + 1) * LABELS + l]) continue;
          const s = score[base + p]! + trans[(p + 1) * LABELS + l]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[i * LABELS + l] = best + em[l]!;
      back[i * LABELS + l] = arg;
    }
  }
  if (!len) return;
  let best = 0;
  for (let l = 1; l < LABELS; l++) if (score[(len - 1) * LABELS + l]! > score[(len - 1) * LABELS + best]!) best = l;
  for (let i = len - 1; i >= 0; i--) {
    out[i] = best;
    best = back[i * LABELS + best]!;
  }
}
