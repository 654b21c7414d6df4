// The learned source ranker (scripts/train-attribution-sources.ts): scores the candidate mentions
// of a cue (candidates.ts) with a linear model over source-features.ts, against a "no source"
// option. int16 weights decoded once, on first use.
import { SOURCE_BITS, SOURCE_WEIGHTS } from './data/sources.js';
import { candidatesIn, sourceWindow, type Candidate } from './candidates.js';
import { decodeInt16 } from './int16.js';
import type { TagInput, TokenView } from './features.js';
import { NULL_TEMPLATES, nullFeatures, SOURCE_TEMPLATES, sourceFeatures } from './source-features.js';

let weights: Int16Array | null = null;

function sourceWeights(): Int16Array {
  return (weights ??= decodeInt16(SOURCE_WEIGHTS));
}

export interface RankedSource {
  /** Best candidate and its score minus the "no source" score; null without candidates. */
  best: Candidate | null;
  margin: number;
  /** The best candidate that does not overlap `best`, with its margin. */
  alt: Candidate | null;
  altMargin: number;
}

let feats = new Int32Array(0);
const nulls = new Int32Array(NULL_TEMPLATES);

/** Rank the source candidates of the cue [cueA, cueB) whose statement has `content` (token ranges). */
export function rankSource(input: TagInput, v: TokenView, cueA: number, cueB: number, content: ReadonlyArray<readonly [number, number]>, roles: Uint8Array): RankedSource {
  const w = sourceWeights();
  const mask = (1 << SOURCE_BITS) - 1;
  const [lo, hi] = sourceWindow(v, cueA, cueB);
  const cands = candidatesIn(input, v, lo, hi, cueA, cueB);
  if (feats.length < cands.length * SOURCE_TEMPLATES) feats = new Int32Array(cands.length * SOURCE_TEMPLATES * 2);
  sourceFeatures(input, v, cands, cueA, cueB, content, roles, lo, hi, mask, feats);
  nullFeatures(v, cands, cueA, cueB, content, mask, nulls);
  let none = 0;
  for (let t = 0; t < NULL_TEMPLATES; t++) none += w[nulls[t]!]!;
  const scores = cands.map((_, k) => {
    let s = 0;
    for (let t = 0; t < SOURCE_TEMPLATES; t++) s += w[feats[k * SOURCE_TEMPLATES + t]!]!;
    return s - none;
  });
  let b = -1;
  for (let k = 0; k < cands.length; k++) if (b < 0 || scores[k]! > scores[b]!) b = k;
  let alt = -1;
  if (b >= 0) for (let k = 0; k < cands.length; k++) if ((cands[k]!.b <= cands[b]!.a || cands[k]!.a >= cands[b]!.b) && (alt < 0 || scores[k]! > scores[alt]!)) alt = k;
  return { best: b >= 0 ? cands[b]! : null, margin: b >= 0 ? scores[b]! : -Infinity, alt: alt >= 0 ? cands[alt]! : null, altMargin: alt >= 0 ? scores[alt]! : -Infinity };
}
