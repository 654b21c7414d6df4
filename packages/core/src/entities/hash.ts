// 32-bit string/feature hashing without allocating strings: the tagger's features are integers
// from the start, so the hot path never builds "w=foo" strings (wink-nlp's flat-array spirit).

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Lower-case one UTF-16 code unit: ASCII fast path, String#toLowerCase for the rest. */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2019 || c === 0x2018) return 39; // curly apostrophes read as the ASCII one of the training data
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** FNV-1a of s[from, to), optionally lower-cased. */
export function hashRange(s: string, from: number, to: number, lower: boolean): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    const r = s.charCodeAt(i);
    const c = lower ? lowerCode(r) : r === 0x2019 || r === 0x2018 ? 39 : r;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

export function hashString(s: string, lower = false): number {
  return hashRange(s, 0, s.length, lower);
}

/** Mix two 32-bit values (murmur3 finaliser over a combination); order matters. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
