// The learned cue linker (scripts/train-attribution-linker.ts): for a tagged content run, which of
// the cue runs around it reports it. A linear model over link-features.ts; int16 weights decoded
// once, on first use. It replaced "the nearest cue, same sentence first", which gave a wrong cue
// (and so, mostly, a wrong source) to one tagged statement in eight on the held-out training slice.
import { LINK_BITS, LINK_WEIGHTS } from './data/linker.js';
import type { TokenView } from './features.js';
import { decodeInt16 } from './int16.js';
import { cueCandidates, LINK_TEMPLATES, linkFeatures, type LinkRun } from './link-features.js';

let weights: Int16Array | null = null;

const feats = new Int32Array(LINK_TEMPLATES);

/** Index in `runs` of the cue run that reports content run `i`, or -1 when it has none around it. */
export function linkCue(v: TokenView, runs: readonly LinkRun[], i: number, prevCue: Int32Array, nextCue: Int32Array): number {
  const w = (weights ??= decodeInt16(LINK_WEIGHTS));
  const mask = (1 << LINK_BITS) - 1;
  let best = -1;
  let top = -Infinity;
  for (const cand of cueCandidates(v, runs, i, prevCue, nextCue)) {
    linkFeatures(v, runs, i, cand, mask, feats);
    let s = 0;
    for (let t = 0; t < LINK_TEMPLATES; t++) s += w[feats[t]!]!;
    if (s > top) {
      top = s;
      best = cand.at;
    }
  }
  return best;
}
