// First-order Viterbi over the BIO tag set: emission = sum of the weight rows of a token's
// features, transition = a (previous label, label) weight; illegal I-X transitions are excluded.
// The seven labels are unrolled into locals: this loop is the tagger's whole cost.
import { allowed, LABELS } from './labels.js';
import { TEMPLATES } from './features.js';

/** Stride of one feature row in a weight table (labels padded to 8). */
export const ROW = 8;

export interface Weights {
  /** Feature rows: w[f * ROW + label]. */
  emit: Int8Array | Float32Array;
  /** trans[(prev + 1) * LABELS + label]; prev = -1 is the sequence start. */
  trans: Float32Array;
  /** Added to each label's emission at decoding (a recall / precision knob); none while training. */
  bias?: Float32Array;
}

const ALLOWED = new Uint8Array((LABELS + 1) * LABELS);
for (let p = -1; p < LABELS; p++) for (let l = 0; l < LABELS; l++) ALLOWED[(p + 1) * LABELS + l] = (p < 0 ? l === 0 || (l & 1) === 1 : allowed(p, l)) ? 1 : 0;

let score = new Float64Array(0);
let back = new Uint8Array(0);

/** Best label sequence for `len` tokens whose features are feats[i * TEMPLATES + k]. */
export function viterbi(wt: Weights, feats: Int32Array, len: number, out: Uint8Array): void {
  const { emit, trans } = wt;
  if (score.length < len * LABELS) {
    score = new Float64Array(len * LABELS * 2);
    back = new Uint8Array(len * LABELS * 2);
  }
  const sc = score;
  const bk = back;
  for (let i = 0; i < len; i++) {
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0;
    const o = i * TEMPLATES;
    for (let k = 0; k < TEMPLATES; k++) {
      const r = feats[o + k]! << 3;
      e0 += emit[r]!;
      e1 += emit[r + 1]!;
      e2 += emit[r + 2]!;
      e3 += emit[r + 3]!;
      e4 += emit[r + 4]!;
      e5 += emit[r + 5]!;
      e6 += emit[r + 6]!;
    }
    const base = i * LABELS;
    const bs = wt.bias;
    if (bs) {
      e0 += bs[0]!; e1 += bs[1]!; e2 += bs[2]!; e3 += bs[3]!; e4 += bs[4]!; e5 += bs[5]!; e6 += bs[6]!;
    }
    sc[base] = e0; sc[base + 1] = e1; sc[base + 2] = e2; sc[base + 3] = e3; sc[base + 4] = e4; sc[base + 5] = e5; sc[base + 6] = e6;
    for (let l = 0; l < LABELS; l++) {
      let best = -Infinity;
      let arg = 0;
      if (i === 0) {
        if (ALLOWED[l]) best = trans[l]!;
      } else {
        const pb = base - LABELS;
        for (let p = 0; p < LABELS; p++) {
          const t = (p + 1) * LABELS + l;
          if (!ALLOWED[t]) continue;
          const s = sc[pb + p]! + trans[t]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      sc[base + l] = sc[base + l]! + best;
      bk[base + l] = arg;
    }
  }
  if (!len) return;
  const lb = (len - 1) * LABELS;
  let best = 0;
  for (let l = 1; l < LABELS; l++) if (sc[lb + l]! > sc[lb + best]!) best = l;
  for (let i = len - 1; i >= 0; i--) {
    out[i] = best;
    best = bk[i * LABELS + best]!;
  }
}
