import { LedeError } from '../model/errors.js';
import { FEATURE_BITS } from './features.js';

/** IOB2 labels over the four CoNLL classes the tagger learns; finer types are added by rules. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const L = LABELS.length;
export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerClass = (typeof CLASSES)[number];

/**
 * A trained tagger: emission weights for the feature ids that carry any weight, plus start and
 * transition scores. Scores stay in the quantised integer scale; only their order matters to Viterbi.
 * Rows are stored in ascending feature-id order, so a feature's row is its rank among the kept ids:
 * a bitset over the 2^FEATURE_BITS ids says whether a feature has a row and a per-word prefix count
 * gives the rank (1 MB, no probing). Each bitset word sits beside its count, one cache line for both;
 * a 128 KB filter in front (one hashed bit per kept id, 1 in 8 set) answers most absent ids without
 * touching the 1 MB index: most of a token's word-bigram ids are absent.
 */
export interface NerModel {
  /** [bits, rank] per bitset word j at 2j, 2j + 1: bit (id & 31) of word id >>> 5 is set when feature id has a row; rank = kept ids below (j << 5). */
  index: Int32Array;
  /** Bit filterBit(id) is set for every kept id (and for some others). */
  filter: Int32Array;
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
  if (buf.byteLength < 16 + 2 * L + 2 * L * L + rows * (4 + L)) {
    throw new LedeError('INVALID_OPTION', 'NER weights are truncated; run `pnpm train:ner`', { field: 'entities.model' });
  }
  let o = 16;
  const start = new Float32Array(L);
  const trans = new Float32Array(L * L);
  for (let i = 0; i < L; i++, o += 2) start[i] = dv.getInt16(o, true);
  for (let i = 0; i < L * L; i++, o += 2) trans[i] = dv.getInt16(o, true);
  const words = (1 << FEATURE_BITS) >>> 5;
  const index = new Int32Array(words * 2);
  const filter = new Int32Array(FILTER_WORDS);
  let id = 0;
  for (let r = 0; r < rows; r++, o += 4) {
    const delta = dv.getUint32(o, true);
    id += delta;
    if ((r > 0 && delta === 0) || id >>> FEATURE_BITS !== 0) throw new LedeError('INVALID_OPTION', 'NER weights are corrupt (feature id out of range)', { field: 'entities.model' });
    index[(id >>> 5) << 1] = index[(id >>> 5) << 1]! | (1 << (id & 31));
    const f = filterBit(id);
    filter[f >>> 5] = filter[f >>> 5]! | (1 << (f & 31));
  }
  for (let j = 1, n = 0; j < words; j++) {
    n += popcount(index[(j - 1) << 1]!);
    index[(j << 1) + 1] = n;
  }
  const weights = buf.slice(o, o + rows * L);
  const w8 = new Int8Array(weights.buffer, weights.byteOffset, rows * L);
  return { index, filter, weights: w8, start, trans };
}

const FILTER_WORDS = (1 << 20) >>> 5;

/** The filter bit of a (masked) feature id: 20 bits of a multiplicative hash. */
export function filterBit(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 12;
}

/** Set bits of a 32-bit integer (SWAR; JS has no popcount instruction). */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Row of a (masked) feature id in the model, or -1. */
export function rowOf(model: NerModel, id: number): number {
  const j = (id >>> 5) << 1;
  const word = model.index[j]!;
  const bit = 1 << (id & 31);
  if ((word & bit) === 0) return -1;
  return model.index[j + 1]! + popcount(word & (bit - 1));
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
