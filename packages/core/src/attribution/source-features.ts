// Features of the learned source ranker: for each candidate mention of a cue, where it stands
// (before/after the cue, token distance, same sentence, how many other candidates and commas lie
// between, inside quotation marks or the content), what it is (pronoun / entity / proper or common
// noun phrase, entity type, head word and suffix, first word), and its syntactic neighbourhood (the
// words before and after it — "according to X", "X, director of Y, said", "said X" — and the cue
// word itself). A separate set describes "no source" (the cue alone). Every feature is an integer
// hash, masked to the weight table.
import type { Candidate } from './candidates.js';
import type { TagInput, TokenView } from './features.js';
import { mix } from './hash.js';

export const SOURCE_TEMPLATES = 34;
export const NULL_TEMPLATES = 14;

const E = 0x51ed;
let commaBuf = new Int32Array(0);
let startBuf = new Int32Array(0);
const distBucket = (d: number): number => (d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : d <= 25 ? 6 : 7);

/**
 * Features of every candidate into out[c * SOURCE_TEMPLATES + k]. `content` are the statement's
 * content token ranges; [lo, hi) is the window the candidates came from.
 */
export function sourceFeatures(
  input: TagInput,
  v: TokenView,
  cands: readonly Candidate[],
  cueA: number,
  cueB: number,
  content: ReadonlyArray<readonly [number, number]>,
  roles: Uint8Array,
  lo: number,
  hi: number,
  mask: number,
  out: Int32Array,
): void {
  const { tokens } = input;
  const w = v.word;
  // Prefix counts over the window: commas, and candidate starts.
  const len = hi - lo;
  if (commaBuf.length < len + 1) {
    commaBuf = new Int32Array(2 * len + 2);
    startBuf = new Int32Array(2 * len + 2);
  }
  const commas = commaBuf;
  const starts = startBuf;
  commas[0] = 0;
  starts.fill(0, 0, len + 1);
  for (let i = lo; i < hi; i++) commas[i - lo + 1] = commas[i - lo]! + (v.shape[i] === 1 ? 1 : 0);
  for (const c of cands) starts[c.a - lo + 1]!++;
  for (let i = 1; i <= len; i++) starts[i]! += starts[i - 1]!;
  const count = (arr: Int32Array, a: number, b: number) => (b > a ? arr[b - lo]! - arr[a - lo]! : 0);
  // The nearest PERSON candidate on each side of the cue.
  let nearBefore = -1;
  let nearAfter = -1;
  cands.forEach((c, k) => {
    if (c.ent !== 1) return;
    if (c.b <= cueA) nearBefore = k;
    else if (nearAfter < 0) nearAfter = k;
  });
  const cueW = w[cueA]!;
  const cueLast = w[cueB - 1]!;
  const cueNext = cueB < v.n ? w[cueB]! : E;
  const cuePrevComma = cueA > 0 && v.shape[cueA - 1] === 1 ? 1 : 0;
  const cueQuote = v.quote[cueA] === 1 ? 1 : 0;
  const cueSent = v.sent[cueA]!;
  const first = content.length ? content[0]![0] : -1;
  const last = content.length ? content[content.length - 1]![1] : -1;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    const o = k * SOURCE_TEMPLATES;
    const dir = c.b <= cueA ? 0 : 1;
    const gap = dir === 0 ? cueA - c.b : c.a - cueB;
    const same = v.sent[c.head] === cueSent ? 1 : 0;
    const side = dir * 2 + same;
    const db = distBucket(gap);
    const [ga, gb] = dir === 0 ? [c.b, cueA] : [cueB, c.a];
    const between = Math.min(3, count(starts, ga, gb));
    const cm = Math.min(3, count(commas, ga, gb));
    let gapSig = 0;
    if (gap <= 3) {
      gapSig = mix(11, gap);
      for (let i = ga; i < gb; i++) gapSig = mix(gapSig, v.pos[i]!);
    } else gapSig = mix(12, cm);
    const head = w[c.head]!;
    const prev = c.a > 0 ? w[c.a - 1]! : E;
    const prev2 = c.a > 1 ? w[c.a - 2]! : E;
    const next = c.b < v.n ? w[c.b]! : E + 1;
    let inContent = 0;
    for (const [a, b] of content) if (c.a < b && a < c.b) inContent = 1;
    if (!inContent && content.length) inContent = c.b <= first ? 2 : c.a >= last ? 3 : 4;
    const nearest = k === nearBefore || k === nearAfter ? 1 : 0;
    const kindEnt = c.kind * 8 + c.ent;
    const sentStart = v.sentPos[c.a] === 0 || (c.a > 0 && v.sentPos[c.a - 1] === 0 && v.quote[c.a - 1]! >= 2) ? 1 : 0;
    const possessive = c.b < v.n && tokens[c.b]!.pos === 'PART' ? 1 : 0;
    const qc = v.quote[c.head] === 1 ? 1 : 0;
    // What the tagger made of the candidate: all source, its head source, or not.
    let tagged = roles[c.head] === 3 ? 2 : 0;
    if (tagged) for (let i = c.a; i < c.b; i++) if (roles[i] !== 3) tagged = 1;
    const edge = tagged && (c.a === 0 || roles[c.a - 1] !== 3) && (c.b >= v.n || roles[c.b] !== 3) ? 1 : 0;
    out[o + 0] = mix(1, side) & mask;
    out[o + 1] = mix(2, mix(kindEnt, side)) & mask;
    out[o + 2] = mix(3, head) & mask;
    out[o + 3] = mix(4, mix(head, dir)) & mask;
    out[o + 4] = mix(5, mix(w[c.a]!, c.kind)) & mask;
    out[o + 5] = mix(6, mix(prev, dir)) & mask;
    out[o + 6] = mix(7, mix(next, dir)) & mask;
    out[o + 7] = mix(8, mix(side, db)) & mask;
    out[o + 8] = mix(9, mix(mix(side, between), c.kind)) & mask;
    out[o + 9] = mix(10, mix(cueW, dir)) & mask;
    out[o + 10] = mix(11, mix(mix(cueW, c.kind), dir)) & mask;
    out[o + 11] = mix(12, mix(gapSig, dir)) & mask;
    out[o + 12] = mix(13, mix(side, cm)) & mask;
    out[o + 13] = mix(14, dir * 4 + qc * 2 + cueQuote) & mask;
    out[o + 14] = mix(15, inContent) & mask;
    out[o + 15] = mix(16, mix(side, nearest)) & mask;
    out[o + 16] = mix(17, mix(v.pos[c.head]!, dir)) & mask;
    out[o + 17] = mix(18, v.suffix[c.head]!) & mask;
    out[o + 18] = mix(19, mix(mix(sentStart, dir), c.kind)) & mask;
    out[o + 19] = mix(20, mix(prev2, prev)) & mask;
    out[o + 20] = mix(21, possessive) & mask;
    out[o + 21] = mix(22, mix(Math.min(5, c.b - c.a), c.kind)) & mask;
    out[o + 22] = mix(23, mix(cueW, c.ent)) & mask;
    out[o + 23] = mix(24, mix(cueNext, dir)) & mask;
    out[o + 24] = mix(25, mix(1 - same, kindEnt)) & mask;
    out[o + 25] = mix(26, mix(head, c.ent)) & mask;
    out[o + 26] = mix(27, dir * 4 + (c.b < v.n && v.shape[c.b] === 1 ? 2 : 0) + cuePrevComma) & mask;
    out[o + 27] = mix(28, mix(mix(db, c.kind), dir)) & mask;
    out[o + 28] = mix(29, mix(cueLast, side)) & mask;
    out[o + 29] = mix(30, mix(mix(cueLast, c.kind), c.ent)) & mask;
    out[o + 30] = mix(31, mix(c.label, side)) & mask;
    out[o + 31] = mix(32, mix(mix(c.label, c.kind), dir)) & mask;
    out[o + 32] = mix(33, mix(tagged * 2 + edge, side)) & mask;
    out[o + 33] = mix(34, mix(mix(tagged, c.kind), roles[c.head]!)) & mask;
  }
}

/**
 * Features of "no source" for the cue at [cueA, cueB): the cue's words (a passive "is expected" or
 * "are seen as" names nobody), its neighbours, how its content opens and how long it is, and how
 * many candidates precede it in its sentence. Trained on the tagger's own statements too, "no
 * source" also stands for "no statement": a cue and content the tagger found where nobody spoke.
 */
export function nullFeatures(v: TokenView, cands: readonly Candidate[], cueA: number, cueB: number, content: ReadonlyArray<readonly [number, number]>, mask: number, out: Int32Array): void {
  let before = 0;
  let people = 0;
  for (const c of cands) {
    if (c.b <= cueA && v.sent[c.head] === v.sent[cueA]) before++;
    if (c.ent === 1 || c.kind === 0) people++;
  }
  let len = 0;
  for (const [a, b] of content) len += b - a;
  const c0 = content.length ? content[0]![0] : -1;
  const first = c0 >= 0 ? v.word[c0]! : E;
  const after = c0 >= cueB ? 1 : c0 >= 0 ? 0 : 2;
  const quoted = c0 >= 0 && v.quote[c0]! >= 1 ? 1 : 0;
  const cueW = v.word[cueA]!;
  const cueLast = v.word[cueB - 1]!;
  const f = [
    0,
    cueW,
    Math.min(before, 3),
    cueA > 0 ? v.word[cueA - 1]! : E,
    Math.min(v.sentPos[cueA]!, 6),
    cueB < v.n ? v.word[cueB]! : E + 1,
    cueLast,
    mix(cueW, cueLast),
    Math.min(cueB - cueA, 4),
    mix(first, after),
    distBucket(len) * 4 + after * 2 + quoted,
    Math.min(people, 3),
    mix(v.pos[cueA]!, cueB - cueA > 1 ? v.pos[cueB - 1]! : E),
    mix(cueLast, Math.min(before, 2)),
  ];
  for (let t = 0; t < NULL_TEMPLATES; t++) out[t] = mix(100 + t, f[t]!) & mask;
}
