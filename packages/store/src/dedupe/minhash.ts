/**
 * MinHash over word shingles with LSH banding, for near-duplicate (syndicated copy) detection.
 * Own small implementation: the maintained npm options are either unmaintained or pull in big
 * dependencies, and the whole algorithm is ~60 lines of integer hashing.
 *
 * Signature: NUM_HASHES 32-bit minima, each from an independent hash family member
 * (murmur3 finaliser of the shingle hash xor a per-member seed). LSH: BANDS bands of ROWS rows;
 * two articles become candidates when any band matches, which happens with probability
 * 1 - (1 - J^ROWS)^BANDS (about 0.5 at Jaccard J = 0.7, > 0.99 at J = 0.85).
 */
export const NUM_HASHES = 128;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity at or above which an article is a near-duplicate. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
const SHINGLE = 5;
/** Bound the work on pathological (huge) articles: a syndicated copy is recognisable early on. */
const MAX_WORDS = 20_000;

const seeds = (() => {
  const out = new Int32Array(NUM_HASHES);
  let s = 0x9e3779b9 | 0;
  for (let i = 0; i < NUM_HASHES; i++) {
    s = (s + 0x6d2b79f5) | 0;
    out[i] = fmix32(s);
  }
  return out;
})();

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** FNV-1a over a string's UTF-16 units. */
function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Words in lower case; punctuation and markup differences do not matter. */
function words(text: string): string[] {
  const out = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return out.length > MAX_WORDS ? out.slice(0, MAX_WORDS) : out;
}

/** The MinHash signature of a text (NUM_HASHES unsigned 32-bit values). */
export function minhash(text: string): Uint32Array {
  const w = words(text);
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(i + SHINGLE, w.length); j++) h = fnv1a(w[j]! + ' ', h);
    for (let k = 0; k < NUM_HASHES; k++) {
      const v = fmix32(h ^ seeds[k]!) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/**
 * One key per band: the band index and its rows hashed to a non-negative integer below 2^53,
 * so it is exact in a JS number, a SQLite INTEGER and a PostgreSQL bigint.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h1 = fmix32(b + 1);
    let h2 = fmix32(b + 0x51ed27);
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!;
      h1 = fmix32(h1 ^ v);
      h2 = fmix32(Math.imul(h2, 31) ^ v);
    }
    keys.push((h1 >>> 0) * 2 ** 21 + ((h2 >>> 0) & 0x1fffff));
  }
  return keys;
}

export function signatureToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBuffer(buf: Uint8Array): Uint32Array {
  // Copy: the source buffer may not be 4-byte aligned.
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
