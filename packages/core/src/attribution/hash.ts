// 32-bit hashing for the attribution tagger's features: FNV-1a over text ranges, murmur-style
// mixing of a template id with a value. Copied (not imported) from entities/hash.ts so the two
// models evolve separately.

export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019 || c === 0x2018) c = 39;
    else if (c > 127) {
      const l = String.fromCharCode(c).toLowerCase();
      if (l.length === 1) c = l.charCodeAt(0);
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Feature keys of the tagger (features.ts): a template id and one or two values, each multiplied
 * by its own odd constant, xor-ed, then one multiply-xorshift round (`keyFinish`) so the low bits
 * the weight table is indexed by depend on every input bit. About a third of the work of nested
 * `mix` calls, which the ranker and linker still use. features.ts writes the xor of the products
 * inline (KEY_A, KEY_B, keySeed) and finishes a token's keys in one loop: V8 would not inline 37
 * calls into one function.
 */
export const KEY_A = 0x9e3779b1;
export const KEY_B = 0x85ebca77;

export function keySeed(t: number): number {
  return Math.imul(t, 0x632be5ab);
}

export function key1(t: number, a: number): number {
  return keyFinish(Math.imul(a, KEY_A) ^ keySeed(t));
}

export function key2(t: number, a: number, b: number): number {
  return keyFinish(Math.imul(a, KEY_A) ^ Math.imul(b, KEY_B) ^ keySeed(t));
}

export function keyFinish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
