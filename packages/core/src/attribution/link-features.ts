// Features of the learned cue linker: which tagged cue run reports a tagged content run. The
// candidates are the nearest cue runs on each side of the content in its paragraph (LINK_SIDE a
// side); each is described by where it stands (side, token gap, sentences apart, its rank on its
// side, content runs and clause punctuation between), what it is (its first and last words, its
// learned cue strength, length, POS) and what surrounds it (the word after it — "said that" —,
// a tagged source next to it, quotation marks). Every feature is an integer hash, masked.
import type { TokenView } from './features.js';
import { mix } from './hash.js';

export interface LinkRun { role: number; a: number; b: number }

/** Cue runs considered on each side of a content run. */
export const LINK_SIDE = 3;
export const LINK_TEMPLATES = 23;

const E = 0x1ced;
const gapBucket = (d: number): number => (d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : d <= 25 ? 6 : 7);

/** Learned cue strength of a run (its strongest word; the first 16 tokens). */
function strengthOf(v: TokenView, r: LinkRun): number {
  let s = 0;
  for (let t = r.a; t < r.b && t < r.a + 16; t++) s = Math.max(s, v.cue[t]!);
  return s;
}

export interface CueCandidate {
  /** Index of the cue run in `runs`. */
  at: number;
  /** 0 for the nearest cue run on its side. */
  rank: number;
  /** The strongest learned cue strength among the nearer candidates on its side (-1 for the nearest). */
  nearer: number;
}

/**
 * Candidate cue runs of content run `i`: indices into `runs`, nearest first on each side, with
 * their rank on their side. `prevCue`/`nextCue` give each run position's previous / next cue run.
 */
export function cueCandidates(v: TokenView, runs: readonly LinkRun[], i: number, prevCue: Int32Array, nextCue: Int32Array): CueCandidate[] {
  const out: CueCandidate[] = [];
  for (const step of [prevCue, nextCue]) {
    let nearer = -1;
    for (let c = step[i]!, k = 0; c >= 0 && k < LINK_SIDE; c = step[c]!, k++) {
      out.push({ at: c, rank: k, nearer });
      nearer = Math.max(nearer, strengthOf(v, runs[c]!));
    }
  }
  return out;
}

/** Features of linking content run `ci` to a candidate cue into out[at .. at + LINK_TEMPLATES). */
export function linkFeatures(v: TokenView, runs: readonly LinkRun[], ci: number, cand: CueCandidate, mask: number, out: Int32Array, at = 0): void {
  const { at: cue, rank, nearer } = cand;
  const r = runs[ci]!;
  const c = runs[cue]!;
  const dir = c.b <= r.a ? 0 : 1;
  const [ga, gb] = dir === 0 ? [c.b, r.a] : [r.b, c.a];
  const gap = gb - ga;
  const { word: w, sent } = v;
  const sr = dir === 0 ? sent[r.a]! : sent[r.b - 1]!;
  const sd = Math.min(2, Math.abs(sent[c.a]! - sr));
  const strength = strengthOf(v, c);
  // Stronger than every nearer cue on its side: "were listed on … , officials said".
  const stronger = strength > nearer ? 1 : 0;
  let punct = 0;
  let sentEnd = 0;
  for (let t = ga; t < gb && t < ga + 40; t++) {
    const sh = v.shape[t]!;
    if (sh === 1 || sh === 3 || sh === 5) punct++;
    if (t > ga && sent[t] !== sent[t - 1]) sentEnd = 1;
  }
  let contents = 0;
  // Bounded scans (here and in strengthOf): hostile text can put thousands of runs or tokens between the two.
  const hiK = Math.min(Math.max(ci, cue), Math.min(ci, cue) + 64);
  for (let k = Math.min(ci, cue) + 1; k < hiK && contents < 2; k++) if (runs[k]!.role === 1) contents++;
  // A tagged source run touching the cue (within one token) on either side.
  let src = 0;
  for (let k = Math.max(0, cue - 1); k <= Math.min(runs.length - 1, cue + 1); k++) {
    const s = runs[k]!;
    if (s.role !== 3) continue;
    if (s.b <= c.a && c.a - s.b <= 1) src |= 1;
    if (s.a >= c.b && s.a - c.b <= 1) src |= 2;
  }
  const after = c.b < v.n ? w[c.b]! : E;
  const before = c.a > 0 ? w[c.a - 1]! : E + 1;
  const qc = v.quote[r.a] === 1 || v.quote[r.a]! >= 2 ? 1 : 0;
  const qq = v.quote[c.a] === 1 ? 1 : 0;
  const same = sd === 0 ? 1 : 0;
  const f = [
    dir,
    dir * 16 + gapBucket(gap),
    dir * 4 + sd,
    dir * 4 + rank,
    mix(w[c.a]!, dir),
    mix(w[c.b - 1]!, dir),
    dir * 8 + strength,
    mix(after, dir),
    mix(before, dir),
    mix(w[r.a]!, dir),
    dir * 16 + qc * 4 + qq,
    dir * 8 + src,
    dir * 16 + contents * 4 + Math.min(3, punct),
    dir * 8 + Math.min(4, c.b - c.a),
    mix(v.pos[c.a]!, dir),
    mix(w[c.a]!, dir * 4 + rank),
    dir * 64 + rank * 16 + gapBucket(gap),
    mix(w[c.a]!, same * 2 + dir),
    dir * 8 + (gap === 0 ? 4 : 0) + same * 2 + sentEnd,
    mix(w[r.b - 1]!, dir),
    dir * 100 + (nearer + 1) * 10 + strength,
    dir * 8 + Math.min(rank, 3) * 2 + stronger,
    mix(w[c.a]!, stronger * 2 + dir),
  ];
  for (let t = 0; t < LINK_TEMPLATES; t++) out[at + t] = mix(300 + t, f[t]!) & mask;
}
