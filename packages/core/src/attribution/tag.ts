// Statements from the tagger's BIO output: content runs linked to the nearest cue of their
// paragraph (same sentence first), content runs that share a cue joined into one statement ("…,"
// she said, "…"), and each cue's source chosen by the learned ranker (ranker.ts) among the
// mentions around it. Linear: each paragraph's runs are linked with two sweeps over its run list,
// and the ranker reads a bounded window per cue.
import { paragraphFeatures, TEMPLATES, tokenView, type TagInput, type TokenView } from './features.js';
import { paragraphRanges, sequenceRanges, worthTagging } from './input.js';
import { roleOf } from './labels.js';
import { attributionModel, type AttributionModel } from './model.js';
import { viterbi } from './viterbi.js';
import { rankSource } from './ranker.js';
import { linkCue } from './linker.js';
import { accordingTo, reportingTail } from './constructions.js';

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
  /** Token ranges of the content fragments. */
  contentTok: Array<[number, number]>;
  /** The ranker's best candidate apart from `source`, for when the stage refuses that one. */
  altSource?: [number, number];
}

export interface Run { role: number; a: number; b: number }

export interface TagOptions {
  /** false: sources are left to the caller (training). */
  sources?: boolean;
  /** Receives each token's tagged role (0 none, 1 content, 2 cue, 3 source). */
  roles?: Uint8Array;
  /** Replaces the shipped tagger (training on folds). */
  model?: AttributionModel;
  /** false: each content run takes its nearest cue, as before the learned linker (training it). */
  linker?: boolean;
  /** Sees each tagged paragraph's runs before they are linked (training the linker). */
  onRuns?: (runs: readonly Run[], view: TokenView) => void;
  /** The input's token view, when the caller built it (windows.ts reads its quotation state). */
  view?: TokenView;
}

export function tagStatements(input: TagInput, paragraphs: ReadonlyArray<{ start: number; end: number }>, opts: TagOptions = {}): TaggedStatement[] {
  const m = opts.model ?? attributionModel();
  const view = opts.view ?? tokenView(input, m.cues);
  const { tokens } = input;
  const roles = opts.roles ?? new Uint8Array(tokens.length);
  const out: TaggedStatement[] = [];
  let feats = new Int32Array(0);
  let tags = new Uint8Array(0);
  for (const [a, b] of sequenceRanges(paragraphRanges(tokens as never, paragraphs), view.sent)) {
    if (!worthTagging(view, a, b)) continue;
    const len = b - a;
    if (feats.length < len * TEMPLATES) feats = new Int32Array(len * TEMPLATES * 2);
    if (tags.length < len) tags = new Uint8Array(len * 2);
    paragraphFeatures(view, a, b, m.mask, feats);
    viterbi(m, feats, len, tags);
    let runs: Run[] = [];
    for (let i = 0; i < len; i++) {
      const r = roleOf(tags[i]!);
      roles[a + i] = r;
      if (!r) continue;
      const begins = (tags[i]! & 1) === 1 || !runs.length || runs[runs.length - 1]!.b !== a + i || runs[runs.length - 1]!.role !== r;
      if (begins) runs.push({ role: r, a: a + i, b: a + i + 1 });
      else runs[runs.length - 1]!.b = a + i + 1;
    }
    absorbOrphanCues(runs, view.sent, b);
    runs = accordingTo(runs, view, input, a, b);
    runs = reportingTail(runs, view, a, b);
    opts.onRuns?.(runs, view);
    const from = out.length;
    link(runs, view, input, out, opts.linker !== false);
    if (opts.sources === false) continue;
    // The source of a statement with a cue: the learned ranker's best candidate mention (ranker.ts),
    // when it beats "no source" by SOURCE_MIN; the tagger's own source run is not used.
    for (let k = from; k < out.length; k++) {
      const st = out[k]!;
      if (!st.cueTok) continue;
      const r = rankSource(input, view, st.cueTok[0], st.cueTok[1], st.contentTok, roles);
      const sp = (c: { a: number; b: number }): [number, number] => [tokens[c.a]!.start, tokens[c.b - 1]!.end];
      st.source = r.best && r.margin > SOURCE_MIN ? sp(r.best) : null;
      // "These sectors are seen as vital": the subject of a passive cue is what is talked about; in
      // the PolNeAR training articles three in four passive cues have no source or an agent after
      // them. A source before such a cue is refused.
      if (st.source && r.best!.b <= st.cueTok[0] && passiveCue(input, st.cueTok[0], st.cueTok[1])) st.source = null;
      if (st.source && view.sent[r.best!.head] !== view.sent[st.cueTok[0]]) st.near = false;
      if (r.alt && r.altMargin > SOURCE_MIN) st.altSource = sp(r.alt);
    }
  }
  return out;
}

/**
 * Score a source needs above "no source" (int16 weight units). Chosen on dev among -80000, -60000, -45000,
 * -30000 and -20000 (overlap F1 and indirect recall against source accuracy).
 */
const SOURCE_MIN = -60000;

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

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** A form of "be" then a past participle inside the cue ("is expected", "were told"). */
function passiveCue(input: TagInput, a: number, b: number): boolean {
  const { text, tokens } = input;
  for (let i = a; i + 1 < b; i++) {
    if (!BE.has(text.slice(tokens[i]!.start, tokens[i]!.end).toLowerCase()) || tokens[i + 1]!.pos !== 'VERB') continue;
    if (/(?:ed|en|wn|seen|thought|said|told|held|known)$/i.test(text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end))) return true;
  }
  return false;
}

/** Nearest run of `role` to token range [a, b) within the run list, by token gap; same sentence preferred. */
export function nearest(runs: readonly Run[], a: number, b: number, sent: Int32Array, prevOf: Int32Array, nextOf: Int32Array, at: number): number {
  const p = prevOf[at]! >= 0 ? runs[prevOf[at]!]! : null;
  const n = nextOf[at]! >= 0 ? runs[nextOf[at]!]! : null;
  const cost = (r: Run | null) => (r ? (r.b <= a ? a - r.b : r.a - b) + (sent[r.a] === sent[a] || sent[r.a] === sent[b - 1] ? 0 : 1000) : Infinity);
  const cp = cost(p);
  const cn = cost(n);
  if (cp === Infinity && cn === Infinity) return -1;
  return cp <= cn ? prevOf[at]! : nextOf[at]!;
}

function link(runs: Run[], view: TokenView, input: TagInput, out: TaggedStatement[], learned: boolean): void {
  const { tokens } = input;
  const { sent } = view;
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
    // The cue that reports the run: the learned linker's choice among the cue runs around it.
    let ci = learned ? linkCue(view, runs, i, prev[2]!, next[2]!) : nearest(runs, r.a, r.b, sent, prev[2]!, next[2]!, i);
    // "According to X, the agency has shuffled its leaders": a sentence that opens with "according
    // to" attributes its clause to that cue, whatever verb of the clause the tagger took for one.
    for (let pc = prev[2]![i]!, n = 0; pc >= 0 && n < 4 && sent[runs[pc]!.a] === sent[r.a]; pc = prev[2]![pc]!, n++) {
      if (!/^according$/i.test(input.text.slice(tokens[runs[pc]!.a]!.start, tokens[runs[pc]!.a]!.end))) continue;
      ci = pc;
      break;
    }
    const cue = ci >= 0 ? runs[ci]! : null;
    const si = cue ? -1 : nearest(runs, r.a, r.b, sent, prev[3]!, next[3]!, i);
    // Without a cue, the nearest tagged source run; with one, the ranker decides (tagStatements).
    const src = si >= 0 ? runs[si]! : null;
    const had = cue ? byCue.get(cue) : undefined;
    if (had) {
      had.content.push(span(r));
      had.contentTok.push([r.a, r.b]);
      had.tokens += r.b - r.a;
      continue;
    }
    const st: TaggedStatement = {
      content: [span(r)],
      contentTok: [[r.a, r.b]],
      cue: cue ? span(cue) : null,
      source: src ? span(src) : null,
      tokens: r.b - r.a,
      near: !!cue && sent[cue.a] === sent[r.a] && (!src || sent[src.a] === sent[cue.a]),
      ...(cue && { cueTok: [cue.a, cue.b] as [number, number] }),
    };
    if (cue) byCue.set(cue, st);
    out.push(st);
  }
}
