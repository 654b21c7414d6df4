// Emission scores of the attribution tagger: for each token, the sum over its TEMPLATES features
// of their weight rows. This sum is the tagger's main cost, so the shipped int8 weights are also
// kept packed: each row's 8 bytes (7 labels + padding), biased to 0..255, as two 32-bit words.
// Masking a word with 0x00ff00ff splits it into two 16-bit lanes (labels 0 and 2, or 4 and 6), its
// shift by 8 the other two; lanes are summed as plain integers (42 features x 255 < 2^16, so no lane
// carries into the next) and the bias removed at the end. Three typed-array reads per feature
// instead of eight, with exactly the sums of the int8 rows.
import { TEMPLATES } from './features.js';
import { LABELS } from './labels.js';

/** Stride of one feature row in a weight table (labels padded to 8). */
export const ROW = 8;

/** Two words per row: bytes l = 0..7 of row f at word 2f + (l >> 2), byte l & 3, each weight + 128. */
export function packRows(emit: Int8Array): Uint32Array {
  const rows = emit.length / ROW;
  const out = new Uint32Array(rows * 2);
  for (let f = 0; f < rows; f++) {
    for (let h = 0; h < 2; h++) {
      let w = 0;
      for (let b = 3; b >= 0; b--) w = (w << 8) | ((emit[f * ROW + h * 4 + b]! + 128) & 255);
      out[2 * f + h] = w >>> 0;
    }
  }
  return out;
}

/** em[i * ROW + l]: summed weights of label l at token i, from packed rows. */
export function packedEmissions(packed: Uint32Array, feats: Int32Array, len: number, em: Float64Array): void {
  const M = 0x00ff00ff;
  const unbias = 128 * TEMPLATES;
  for (let i = 0; i < len; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0; // lanes (0,2) (1,3) (4,6) (5,pad)
    const o = i * TEMPLATES;
    for (let k = 0; k < TEMPLATES; k++) {
      const r = feats[o + k]! << 1;
      const x = packed[r]!;
      const y = packed[r + 1]!;
      s0 = (s0 + (x & M)) | 0;
      s1 = (s1 + ((x >>> 8) & M)) | 0;
      s2 = (s2 + (y & M)) | 0;
      s3 = (s3 + ((y >>> 8) & M)) | 0;
    }
    const e = i * ROW;
    em[e] = (s0 & 0xffff) - unbias;
    em[e + 1] = (s1 & 0xffff) - unbias;
    em[e + 2] = (s0 >>> 16) - unbias;
    em[e + 3] = (s1 >>> 16) - unbias;
    em[e + 4] = (s2 & 0xffff) - unbias;
    em[e + 5] = (s3 & 0xffff) - unbias;
    em[e + 6] = (s2 >>> 16) - unbias;
  }
}

/** The same from unpacked rows (training: float weights). */
export function rowEmissions(emit: Int8Array | Float32Array, feats: Int32Array, len: number, em: Float64Array): void {
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
    const e = i * ROW;
    em[e] = e0; em[e + 1] = e1; em[e + 2] = e2; em[e + 3] = e3; em[e + 4] = e4; em[e + 5] = e5; em[e + 6] = e6;
  }
}

if (LABELS > ROW - 1) throw new Error('emission: packed rows hold 7 labels');
