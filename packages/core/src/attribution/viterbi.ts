// First-order Viterbi over the BIO tag set: emission = sum of the weight rows of a token's
// features (emission.ts), transition = a (previous label, label) weight; illegal I-X transitions
// are excluded. The seven labels are unrolled into locals and the allowed transitions written out
// (labels.ts `allowed`: I-X only after B-X or I-X).
import { LABELS } from './labels.js';
import { packedEmissions, ROW, rowEmissions } from './emission.js';

export { ROW } from './emission.js';

export interface Weights {
  /** Feature rows: w[f * ROW + label]. */
  emit: Int8Array | Float32Array;
  /** The same rows packed (emission.ts), when the weights are the shipped int8 ones. */
  packed?: Uint32Array;
  /** trans[(prev + 1) * LABELS + label]; prev = -1 is the sequence start. */
  trans: Float32Array;
  /** Added to each label's emission at decoding (a recall / precision knob); none while training. */
  bias?: Float32Array;
}


let score = new Float64Array(0);
let back = new Uint8Array(0);
let emis = new Float64Array(0);

/** Best label sequence for `len` tokens whose features are feats[i * TEMPLATES + k]. */
export function viterbi(wt: Weights, feats: Int32Array, len: number, out: Uint8Array): void {
  const { emit, trans } = wt;
  if (score.length < len * LABELS) {
    score = new Float64Array(len * LABELS * 2);
    back = new Uint8Array(len * LABELS * 2);
  }
  if (emis.length < len * ROW) emis = new Float64Array(len * ROW * 2);
  const em = emis;
  if (wt.packed) packedEmissions(wt.packed, feats, len, em);
  else rowEmissions(emit, feats, len, em);
  const sc = score;
  const bk = back;
  const bs = wt.bias;
  const b0 = bs ? bs[0]! : 0, b1 = bs ? bs[1]! : 0, b2 = bs ? bs[2]! : 0, b3 = bs ? bs[3]! : 0, b4 = bs ? bs[4]! : 0, b5 = bs ? bs[5]! : 0, b6 = bs ? bs[6]! : 0;
  // Previous token's scores, carried in locals (the loop's whole state).
  let q0 = 0, q1 = 0, q2 = 0, q3 = 0, q4 = 0, q5 = 0, q6 = 0;
  for (let i = 0; i < len; i++) {
    const r = i * ROW;
    const e0 = em[r]! + b0, e1 = em[r + 1]! + b1, e2 = em[r + 2]! + b2, e3 = em[r + 3]! + b3, e4 = em[r + 4]! + b4, e5 = em[r + 5]! + b5, e6 = em[r + 6]! + b6;
    const base = i * LABELS;
    if (i === 0) {
      // From the start: O or a B- label (ALLOWED), never an I- label.
      q0 = e0 + trans[0]!; q1 = e1 + trans[1]!; q2 = -Infinity; q3 = e3 + trans[3]!; q4 = -Infinity; q5 = e5 + trans[5]!; q6 = -Infinity;
      bk[base] = 0; bk[base + 1] = 0; bk[base + 2] = 0; bk[base + 3] = 0; bk[base + 4] = 0; bk[base + 5] = 0; bk[base + 6] = 0;
    } else {
      // O and B- labels follow any label; I-X only B-X or I-X. Ties go to the lower previous label.
      const n0 = best7(q0, q1, q2, q3, q4, q5, q6, trans, 0, bk, base);
      const n1 = best7(q0, q1, q2, q3, q4, q5, q6, trans, 1, bk, base + 1);
      const n3 = best7(q0, q1, q2, q3, q4, q5, q6, trans, 3, bk, base + 3);
      const n5 = best7(q0, q1, q2, q3, q4, q5, q6, trans, 5, bk, base + 5);
      const n2 = best2(q1, q2, trans, 2, bk, base + 2);
      const n4 = best2(q3, q4, trans, 4, bk, base + 4);
      const n6 = best2(q5, q6, trans, 6, bk, base + 6);
      q0 = e0 + n0; q1 = e1 + n1; q2 = e2 + n2; q3 = e3 + n3; q4 = e4 + n4; q5 = e5 + n5; q6 = e6 + n6;
    }
    sc[base] = q0; sc[base + 1] = q1; sc[base + 2] = q2; sc[base + 3] = q3; sc[base + 4] = q4; sc[base + 5] = q5; sc[base + 6] = q6;
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

/** max over every previous label p of q_p + trans[p → l]; its argument into bk[at]. */
function best7(q0: number, q1: number, q2: number, q3: number, q4: number, q5: number, q6: number, trans: Float32Array, l: number, bk: Uint8Array, at: number): number {
  let best = q0 + trans[LABELS + l]!;
  let arg = 0;
  let s = q1 + trans[2 * LABELS + l]!;
  if (s > best) { best = s; arg = 1; }
  s = q2 + trans[3 * LABELS + l]!;
  if (s > best) { best = s; arg = 2; }
  s = q3 + trans[4 * LABELS + l]!;
  if (s > best) { best = s; arg = 3; }
  s = q4 + trans[5 * LABELS + l]!;
  if (s > best) { best = s; arg = 4; }
  s = q5 + trans[6 * LABELS + l]!;
  if (s > best) { best = s; arg = 5; }
  s = q6 + trans[7 * LABELS + l]!;
  if (s > best) { best = s; arg = 6; }
  bk[at] = arg;
  return best;
}

/** The same for an I- label l, whose only predecessors are B-X (l - 1) and I-X (l). */
function best2(qb: number, qi: number, trans: Float32Array, l: number, bk: Uint8Array, at: number): number {
  let best = qb + trans[l * LABELS + l]!;
  let arg = l - 1;
  const s = qi + trans[(l + 1) * LABELS + l]!;
  if (s > best) { best = s; arg = l; }
  bk[at] = arg;
  return best;
}
