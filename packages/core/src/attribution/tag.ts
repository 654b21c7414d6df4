// Statements from the tagger's BIO output: content runs linked to the nearest cue of their
// paragraph (same sentence first), a cue to its nearest source run, and content runs that share a
// cue joined into one statement ("…," she said, "…"). Linear: each paragraph's runs are linked
// with two sweeps over its run list.
import { paragraphFeatures, TEMPLATES, tokenView, type TagInput } from './features.js';
import { paragraphRanges, worthTagging } from './input.js';
import { roleOf } from './labels.js';
import { attributionModel } from './model.js';
import { viterbi } from './viterbi.js';

export interface TaggedStatement {
  /** Content fragments as character spans, in text order. */
  content: Array<[number, number]>;
  cue: [number, number] | null;
  source: [number, number] | null;
  /** Tokens in the content, and whether cue and source were found in the same sentence. */
  tokens: number;
  near: boolean;
  /** Token range of the cue. */
  cueTok?: [number, number];
  /** The nearest tagged source when it lies in another sentence than the cue. */
  farSource?: [number, number];
  /** The best other candidate of the cue's sentence, when a source was tagged. */
  altSource?: [number, number];
}

interface Run { role: number; a: number; b: number }

export function tagStatements(input: TagInput, paragraphs: ReadonlyArray<{ start: number; end: number }>): TaggedStatement[] {
  const m = attributionModel();
  const view = tokenView(input, m.cues);
  const { tokens } = input;
  const out: TaggedStatement[] = [];
  let feats = new Int32Array(0);
  let tags = new Uint8Array(0);
  for (const [a, b] of paragraphRanges(tokens as never, paragraphs)) {
    if (!worthTagging(view, a, b)) continue;
    const len = b - a;
    if (feats.length < len * TEMPLATES) feats = new Int32Array(len * TEMPLATES * 2);
    if (tags.length < len) tags = new Uint8Array(len * 2);
    paragraphFeatures(view, a, b, m.mask, feats);
    viterbi(m, feats, len, tags);
    const runs: Run[] = [];
    for (let i = 0; i < len; i++) {
      const r = roleOf(tags[i]!);
      if (!r) continue;
      const begins = (tags[i]! & 1) === 1 || !runs.length || runs[runs.length - 1]!.b !== a + i || runs[runs.length - 1]!.role !== r;
      if (begins) runs.push({ role: r, a: a + i, b: a + i + 1 });
      else runs[runs.length - 1]!.b = a + i + 1;
    }
    absorbOrphanCues(runs, view.sent, b);
    const from = out.length;
    link(runs, view.sent, input, out);
    // A statement with a cue but no tagged source: the best-scoring mention of the cue's sentence
    // by the tagger's own source emissions (a ranker over candidates the decoder left as O).
    for (let k = from; k < out.length; k++) {
      const st = out[k]!;
      if (!st.cueTok) continue;
      if (st.source) {
        // The runner-up, for when the stage refuses the tagged source ("the company's", "sectors").
        const alt = rankSource(m, feats, a, b, st.cueTok, view.sent, input, ALT_MIN, st.source);
        if (alt) st.altSource = [tokens[alt[0]]!.start, tokens[alt[1] - 1]!.end];
        continue;
      }
      const best = rankSource(m, feats, a, b, st.cueTok, view.sent, input, SOURCE_MIN);
      if (best) st.source = [tokens[best[0]]!.start, tokens[best[1] - 1]!.end];
      else if (st.farSource) st.source = st.farSource;
    }
  }
  return out;
}

/**
 * Summed emission margin (source over the best of O / content / cue) a fallback source needs. The
 * decoder already said O, so margins are negative; -150 was chosen on dev among -inf, -400, -150,
 * -50, 0 and 20 (the only value that raised overlap F1, indirect recall and source accuracy together).
 */
const SOURCE_MIN = -150;
/** Margin a runner-up needs to stand in for a refused tagged source (dev, among -150, -50, 0, 20, 50). */
const ALT_MIN = 50;

/** Emission score of token i (paragraph-relative) for label l. */
function emission(m: ReturnType<typeof attributionModel>, feats: Int32Array, i: number, l: number): number {
  let e = 0;
  const o = i * TEMPLATES;
  for (let k = 0; k < TEMPLATES; k++) e += m.emit[(feats[o + k]! << 3) + l]!;
  return e;
}

/** Candidates: entity mentions and personal pronouns in the cue's sentence, outside the content. */
function rankSource(m: ReturnType<typeof attributionModel>, feats: Int32Array, a: number, b: number, cue: [number, number], sent: Int32Array, input: TagInput, min: number, skip?: [number, number]): [number, number] | null {
  const { tokens, text, mentions } = input;
  const s = sent[cue[0]]!;
  let lo = cue[0];
  while (lo > a && sent[lo - 1] === s) lo--;
  let hi = cue[1];
  while (hi < b && sent[hi] === s) hi++;
  let best: [number, number] | null = null;
  let bestScore = min;
  const score = (x: number, y: number): number => {
    let t = 0;
    for (let i = x; i < y; i++) {
      const src = emission(m, feats, i - a, i === x ? 5 : 6);
      let other = -Infinity;
      for (const l of [0, 1, 2]) other = Math.max(other, emission(m, feats, i - a, l));
      t += src - other;
    }
    return t;
  };
  // mentions are sorted by start: binary search the sentence's first token
  let mi = 0, mh = mentions.length;
  const start = tokens[lo]!.start;
  while (mi < mh) { const md = (mi + mh) >> 1; if (mentions[md]!.start < start) mi = md + 1; else mh = md; }
  let ti = lo;
  for (; mi < mentions.length && mentions[mi]!.start < tokens[hi - 1]!.end; mi++) {
    const mt = mentions[mi]!;
    while (ti < hi && tokens[ti]!.start < mt.start) ti++;
    let tj = ti;
    while (tj < hi && tokens[tj]!.end <= mt.end) tj++;
    if (tj <= ti || (ti < cue[1] && tj > cue[0]) || (skip && tokens[ti]!.start < skip[1] && skip[0] < tokens[tj - 1]!.end)) continue;
    const sc = score(ti, tj);
    if (sc > bestScore) { bestScore = sc; best = [ti, tj]; }
  }
  for (let i = lo; i < hi; i++) {
    if (i >= cue[0] && i < cue[1]) continue;
    const t = tokens[i]!;
    if (!PRONOUNS.test(text.slice(t.start, t.end)) || (skip && t.start < skip[1] && skip[0] < t.end)) continue;
    const sc = score(i, i + 1);
    if (sc > bestScore) { bestScore = sc; best = [i, i + 1]; }
  }
  return best;
}

const PRONOUNS = /^(?:he|she|they|we|i|it)$/i;

/**
 * "X said the deal could be signed within weeks": a cue run that touches the end of content
 * introduced by an earlier cue of its sentence, with no source of its own and no content after
 * it, reports nothing; it and the rest of its sentence belong to that content.
 */
function absorbOrphanCues(runs: Run[], sent: Int32Array, b: number): void {
  for (let k = 2; k < runs.length; k++) {
    const r = runs[k]!;
    const con = runs[k - 1]!;
    const cue = runs[k - 2]!;
    if (r.role !== 2 || con.role !== 1 || cue.role !== 2 || con.b !== r.a || sent[cue.a] !== sent[r.a]) continue;
    const next = runs[k + 1];
    if (next && sent[next.a] === sent[r.a]) continue;
    let e = r.b;
    while (e < b && sent[e] === sent[r.a]) e++;
    con.b = e; // the stage trims the final punctuation
    runs.splice(k, 1);
    k--;
  }
}

/** Nearest run of `role` to token range [a, b) within the run list, by token gap; same sentence preferred. */
function nearest(runs: readonly Run[], a: number, b: number, sent: Int32Array, prevOf: Int32Array, nextOf: Int32Array, at: number): number {
  const p = prevOf[at]! >= 0 ? runs[prevOf[at]!]! : null;
  const n = nextOf[at]! >= 0 ? runs[nextOf[at]!]! : null;
  const cost = (r: Run | null) => (r ? (r.b <= a ? a - r.b : r.a - b) + (sent[r.a] === sent[a] || sent[r.a] === sent[b - 1] ? 0 : 1000) : Infinity);
  const cp = cost(p);
  const cn = cost(n);
  if (cp === Infinity && cn === Infinity) return -1;
  return cp <= cn ? prevOf[at]! : nextOf[at]!;
}

function link(runs: Run[], sent: Int32Array, input: TagInput, out: TaggedStatement[]): void {
  const { tokens } = input;
  // prev/next run index of each role at each run position (two sweeps)
  const k = runs.length;
  const prev = [new Int32Array(k), new Int32Array(k), new Int32Array(k), new Int32Array(k)];
  const next = [new Int32Array(k), new Int32Array(k), new Int32Array(k), new Int32Array(k)];
  const last = [-1, -1, -1, -1];
  for (let i = 0; i < k; i++) {
    for (let r = 1; r < 4; r++) prev[r]![i] = last[r]!;
    last[runs[i]!.role] = i;
  }
  last.fill(-1);
  for (let i = k - 1; i >= 0; i--) {
    for (let r = 1; r < 4; r++) next[r]![i] = last[r]!;
    last[runs[i]!.role] = i;
  }
  const byCue = new Map<Run | null, TaggedStatement>();
  const span = (r: Run): [number, number] => [tokens[r.a]!.start, tokens[r.b - 1]!.end];
  for (let i = 0; i < k; i++) {
    const r = runs[i]!;
    if (r.role !== 1) continue;
    const ci = nearest(runs, r.a, r.b, sent, prev[2]!, next[2]!, i);
    const cue = ci >= 0 ? runs[ci]! : null;
    const si = cue ? nearest(runs, cue.a, cue.b, sent, prev[3]!, next[3]!, ci) : nearest(runs, r.a, r.b, sent, prev[3]!, next[3]!, i);
    const src0 = si >= 0 ? runs[si]! : null;
    // A source in another sentence than its cue is a last resort: the cue's own sentence is
    // searched first (rankSource below).
    const far = !!src0 && !!cue && sent[src0.a] !== sent[cue.a];
    const src = far ? null : src0;
    const had = cue ? byCue.get(cue) : undefined;
    if (had) {
      had.content.push(span(r));
      had.tokens += r.b - r.a;
      continue;
    }
    const st: TaggedStatement = {
      content: [span(r)],
      cue: cue ? span(cue) : null,
      source: src ? span(src) : null,
      tokens: r.b - r.a,
      near: !!cue && sent[cue.a] === sent[r.a] && (!src || sent[src.a] === sent[cue.a]),
      ...(cue && { cueTok: [cue.a, cue.b] as [number, number] }),
      ...(far && src0 && { farSource: span(src0) }),
    };
    if (cue) byCue.set(cue, st);
    out.push(st);
  }
}
