import { hashRange, hashString, mix as mix_ } from './hash.js';
import { isSpace } from './typography.js';
import { Int32Map } from './int32-map.js';

const mix = mix_; // module constant: under tsx an imported binding is a getter call

/** Gazetteer classes, as bits: one phrase may be several (Georgia is a country and a state). */
export const GAZ = {
  country: 1,
  city: 2,
  state: 4,
  region: 8,
  demonym: 16,
  group: 32,
  org: 64,
  event: 128,
} as const;
export type GazClass = keyof typeof GAZ;

export const GAZ_MAX_TOKENS = 5;

// Seed of `phraseKey`: a one-word phrase's key is mix(PHRASE_SEED, word hash).
const PHRASE_SEED = 0x2545f491;

/**
 * Multi-word phrase lists matched over lower-cased token hashes. Phrases are keyed by a fold of
 * their tokens' hashes, so matching a sentence allocates nothing.
 */
export interface Gazetteer {
  /** For each of the n tokens: (bits << 2) | 1 at a match start, | 2 inside one, 0 outside. */
  mark(lw: Int32Array, n: number, out: Int32Array): void;
  /** `mark` given each token's `firstLen` (a word-level value callers can cache per word type). */
  markFirst(lw: Int32Array, first: Int32Array, n: number, out: Int32Array): void;
  /** Tokens in the longest phrase starting with the lower-cased word hash lw (`| 0`), 0 when none does. */
  firstLen(lw: number): number;
  /** Bits of a whole phrase given as words (exact token sequence), 0 when absent. */
  classesOf(words: readonly string[]): number;
  /** `classesOf(text.split(/\s+/))`, hashing the words in place. */
  classesOfText(text: string): number;
  /** `classesOf` of one word given its lower-cased hash (`| 0`). */
  wordClasses(lw: number): number;
  /** Whether a lower-cased word hash (hash.ts, `| 0`) is a common lower-case word (see `common`). */
  isCommon(lw: number): boolean;
  /** 2 common in lower case, 1 sometimes written in lower case, 0 never (or unseen): see `common`/`mixed`. */
  lowerLevel(lw: number): number;
}

export function phraseKey(lw: ArrayLike<number>, from: number, to: number): number {
  let h = PHRASE_SEED;
  for (let i = from; i < to; i++) h = mix(h, lw[i]!);
  return h | 0;
}

/** Split a phrase into tokens roughly as wink and GMB do (possessive and punctuation apart). */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .replace(/([,;:()])/g, ' $1 ')
    .replace(/(\S)('s)\b/g, '$1 $2')
    .split(/\s+/)
    .filter(Boolean);
}

/** Words of a phrase that phraseTokens would split only at its single spaces. */
const PLAIN_PHRASE = /^[^\s,;:()'’]+(?: [^\s,;:()'’]+)*$/;

/**
 * The lower-cased token hashes of a phrase (as phraseTokens splits it) into out; returns the
 * token count, or GAZ_MAX_TOKENS + 1 when there are more.
 */
function phraseHashes(phrase: string, out: Int32Array): number {
  if (!PLAIN_PHRASE.test(phrase)) {
    const toks = phraseTokens(phrase);
    if (toks.length > GAZ_MAX_TOKENS) return GAZ_MAX_TOKENS + 1;
    toks.forEach((t, i) => (out[i] = hashString(t, true) | 0));
    return toks.length;
  }
  let n = 0;
  let from = 0;
  for (let i = 0; i <= phrase.length; i++) {
    if (i < phrase.length && phrase.charCodeAt(i) !== 32) continue;
    if (n === GAZ_MAX_TOKENS) return GAZ_MAX_TOKENS + 1;
    out[n++] = hashRange(phrase, from, i, true) | 0;
    from = i + 1;
  }
  return n;
}

/**
 * `common`: words seen in lower case in running text (the training corpus), so a capitalised
 * word that is not among them is likely a name ("Harrowshire") and one that is likely not ("Their").
 */
export function buildGazetteer(lists: Partial<Record<GazClass, readonly string[]>>, common: readonly string[] = [], mixed: readonly string[] = []): Gazetteer {
  // Keyed by 32-bit hashes: Int32Map, not Map (see int32-map.ts).
  // Built on the first article of every process (the CLI's start-up): no string is sliced or
  // split for the common case of a phrase of plain space-separated words.
  const commonSet = new Int32Map(common.length);
  const level = new Int32Map(common.length + mixed.length);
  for (const w of mixed) level.set(hashString(w, true) | 0, 1);
  for (const w of common) {
    const h = hashString(w, true) | 0;
    commonSet.set(h, 1);
    level.set(h, 2);
  }
  // Sized up front: growing by doubling rehashes every phrase several times.
  let total = 0;
  for (const list of Object.values(lists)) total += list?.length ?? 0;
  const phrases = new Int32Map(total); // phrase key -> class bits (never 0)
  const firsts = new Int32Map(total); // first token -> longest phrase length
  const lw = new Int32Array(GAZ_MAX_TOKENS + 1);
  for (const [cls, list] of Object.entries(lists) as Array<[GazClass, readonly string[]]>) {
    for (const phrase of list ?? []) {
      const n = phraseHashes(phrase, lw);
      if (n === 0 || n > GAZ_MAX_TOKENS) continue;
      phrases.or(phraseKey(lw, 0, n), GAZ[cls]);
      firsts.set(lw[0]!, Math.max(firsts.get(lw[0]!, 0), n));
    }
  }
  function markFirst(lw: Int32Array, first: Int32Array, n: number, out: Int32Array): void {
    out.fill(0, 0, n);
    let i = 0;
    while (i < n) {
      const most = first[i]!;
      if (most === 0) {
        i++;
        continue;
      }
      let best = 0;
      let bits = 0;
      let h = PHRASE_SEED;
      for (let k = 1; k <= most && i + k <= n; k++) {
        h = mix(h, lw[i + k - 1]!);
        const b = phrases.get(h | 0, 0);
        if (b !== 0) {
          best = k;
          bits = b;
        }
      }
      if (best === 0) {
        i++;
        continue;
      }
      out[i] = (bits << 2) | 1;
      for (let k = 1; k < best; k++) out[i + k] = (bits << 2) | 2;
      i += best;
    }
  }
  return {
    mark(lw, n, out) {
      const first = new Int32Array(n);
      for (let i = 0; i < n; i++) first[i] = firsts.get(lw[i]!, 0);
      markFirst(lw, first, n, out);
    },
    markFirst,
    firstLen(lw) {
      return firsts.get(lw, 0);
    },
    isCommon(lw) {
      return commonSet.has(lw);
    },
    lowerLevel(lw) {
      return level.get(lw, 0);
    },
    classesOfText(text) {
      let h = PHRASE_SEED;
      let a = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        if (!isSpace(text.charCodeAt(i))) continue;
        h = mix(h, hashRange(text, a, i, true) | 0);
        while (i + 1 < n && isSpace(text.charCodeAt(i + 1))) i++;
        a = i + 1;
      }
      h = mix(h, hashRange(text, a, n, true) | 0);
      return phrases.get(h | 0, 0);
    },
    wordClasses(lw) {
      return phrases.get(mix(PHRASE_SEED, lw) | 0, 0);
    },
    classesOf(words) {
      const lw = words.map((t) => hashString(t, true) | 0);
      return phrases.get(phraseKey(lw, 0, lw.length), 0);
    },
  };
}
