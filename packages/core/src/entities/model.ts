import { LedeError } from '../model/errors.js';
import { FEATURE_BITS } from './features.js';

/** IOB2 labels over the four CoNLL classes the tagger learns; finer types are added by rules. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const L = LABELS.length;
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerClass = (typeof CLASSES)[number];

/**
 * A trained tagger: emission weights for the feature ids that carry any weight (a sparse
 * open-addressing table over the hashed ids), plus start and transition scores. Scores stay in
 * the quantised integer scale; only their order matters to Viterbi.
 */
export interface NerModel {
  slots: Int32Array; // pairs (feature id + 1, row index), 0 = empty; interleaved for cache locality
  weights: Int8Array; // rows * L, quantised (4x less memory traffic than floats in the hot loop)
  start: Float32Array; // L
  trans: Float32Array; // L * L, [prev * L + next]
}

const MAGIC = 0x52454e4c; // "LNER"
const VERSION = 1;

/**
 * Binary layout (little endian): u32 magic, u16 version, u8 labels, u8 featureBits, u32 rows,
 * f32 scale, i16 start[L], i16 trans[L*L], u32 ids[rows] (ascending, delta-coded),
 * i8 weights[rows*L]. Written by scripts/train-ner.ts.
 */
export function encodeModel(ids: Uint32Array, weights: Float32Array, start: Float32Array, trans: Float32Array): Uint8Array {
  const rows = ids.length;
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const head = 16 + 2 * L + 2 * L * L;
  const buf = new Uint8Array(head + 4 * rows + rows * L);
  const dv = new DataView(buf.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint16(4, VERSION, true);
  dv.setUint8(6, L);
  dv.setUint8(7, FEATURE_BITS);
  dv.setUint32(8, rows, true);
  dv.setFloat32(12, scale, true);
  let o = 16;
  const q16 = (v: number): number => Math.max(-32768, Math.min(32767, Math.round(v / scale)));
  for (let i = 0; i < L; i++, o += 2) dv.setInt16(o, q16(start[i]!), true);
  for (let i = 0; i < L * L; i++, o += 2) dv.setInt16(o, q16(trans[i]!), true);
  let prev = 0;
  for (let r = 0; r < rows; r++, o += 4) {
    dv.setUint32(o, ids[r]! - prev, true);
    prev = ids[r]!;
  }
  for (let i = 0; i < rows * L; i++, o++) dv.setInt8(o, Math.max(-127, Math.min(127, Math.round(weights[i]! / scale))));
  return buf;
}

export function decodeModel(buf: Uint8Array): NerModel {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.byteLength < 16 || dv.getUint32(0, true) !== MAGIC || dv.getUint16(4, true) !== VERSION || dv.getUint8(6) !== L || dv.getUint8(7) !== FEATURE_BITS) {
    throw new LedeError('INVALID_OPTION', 'NER weights are missing or of another version; run `pnpm train:ner`', { field: 'entities.model' });
  }
  const rows = dv.getUint32(8, true);
  let o = 16;
  const start = new Float32Array(L);
  const trans = new Float32Array(L * L);
  for (let i = 0; i < L; i++, o += 2) start[i] = dv.getInt16(o, true);
  for (let i = 0; i < L * L; i++, o += 2) trans[i] = dv.getInt16(o, true);
  let size = 1;
  while (size < rows * 2) size <<= 1;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  let id = 0;
  for (let r = 0; r < rows; r++, o += 4) {
    id += dv.getUint32(o, true);
    let s = slotOf(id, mask);
    while (slots[s * 2] !== 0) s = (s + 1) & mask;
    slots[s * 2] = id + 1;
    slots[s * 2 + 1] = r;
  }
  const weights = buf.slice(o, o + rows * L);
  const w8 = new Int8Array(weights.buffer, weights.byteOffset, rows * L);
  return { slots, weights: w8, start, trans };
}

export function slotOf(id: number, mask: number): number {
  return (Math.imul(id, 0x9e3779b1) >>> 7) & mask;
}

/** Row of a feature id in the model, or -1. */
export function rowOf(model: NerModel, id: number): number {
  const slots = model.slots;
  const mask = (slots.length >> 1) - 1;
  let s = slotOf(id, mask);
  for (;;) {
    const k = slots[s * 2]!;
    if (k === 0) return -1;
    if (k === id + 1) return slots[s * 2 + 1]!;
    s = (s + 1) & mask;
  }
}

/** Base64 to bytes in Node and in browsers. */
export function fromBase64(b64: string): Uint8Array {
  const B = (globalThis as { Buffer?: { from(s: string, e: string): Uint8Array } }).Buffer;
  if (B) return new Uint8Array(B.from(b64, 'base64'));
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
