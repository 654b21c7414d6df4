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
const cw = new Uint32Array(5);
const cl = new Uint32Array(4);
const cn = new Uint32Array(2);
let startBuf = new Int32Array(0);
const distBucket = (d: number): number => (d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : d <= 25 ? 6 : 7);

/**
 * The keys of the templates over small values only (side, distance bucket, kind, ...), tabled
 * once per weight mask: the same integers `mix` gives, read instead of computed for every
 * candidate of every cue. Domains: side < 4, distance bucket < 8, kind < 4, entity < 5 (kindEnt =
 * kind * 8 + entity < 32), counts < 4, tagged < 3, role < 4.
 */
function tabled(n: number, f: (x: number) => number, mask: number): Int32Array {
  const out = new Int32Array(n);
  for (let x = 0; x < n; x++) out[x] = f(x) & mask;
  return out;
}

function buildSmallKeys(mask: number) {
  return {
    mask,
    side: tabled(4, (x) => mix(1, x), mask),
    kindEntSide: tabled(128, (x) => mix(2, mix(x >> 2, x & 3)), mask),
    sideDist: tabled(32, (x) => mix(8, mix(x >> 3, x & 7)), mask),
    sideBetweenKind: tabled(64, (x) => mix(9, mix(mix(x >> 4, (x >> 2) & 3), x & 3)), mask),
    sideCommas: tabled(16, (x) => mix(13, mix(x >> 2, x & 3)), mask),
    quoted: tabled(8, (x) => mix(14, x), mask),
    inContent: tabled(5, (x) => mix(15, x), mask),
    sideNearest: tabled(8, (x) => mix(16, mix(x >> 1, x & 1)), mask),
    sentStart: tabled(16, (x) => mix(19, mix(mix(x >> 3, (x >> 2) & 1), x & 3)), mask),
    possessive: tabled(2, (x) => mix(21, x), mask),
    lengthKind: tabled(24, (x) => mix(22, mix(x >> 2, x & 3)), mask),
    otherSentence: tabled(64, (x) => mix(25, mix(x >> 5, x & 31)), mask),
    commas: tabled(8, (x) => mix(27, x), mask),
    distKindDir: tabled(64, (x) => mix(28, mix(mix(x >> 3, (x >> 1) & 3), x & 1)), mask),
    taggedSide: tabled(24, (x) => mix(33, mix(x >> 2, x & 3)), mask),
    taggedRole: tabled(48, (x) => mix(34, mix(mix(x >> 4, (x >> 2) & 3), x & 3)), mask),
  };
}

/** Slots whose key is mix(id, value): the value is written first, the mix applied after. */
const OUTER_SLOTS = Int32Array.of(2, 3, 4, 5, 6, 9, 10, 11, 16, 17, 19, 22, 23, 25, 28, 29, 30, 31);
const OUTER_IDS = Int32Array.of(3, 4, 5, 6, 7, 10, 11, 12, 17, 18, 20, 23, 24, 26, 29, 30, 31, 32);

let small: ReturnType<typeof buildSmallKeys> | null = null;
function smallKeys(mask: number): ReturnType<typeof buildSmallKeys> {
  if (!small || small.mask !== mask) small = buildSmallKeys(mask);
  return small;
}

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
  const t = smallKeys(mask);
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
  // mix(cue word, x) for the small x the templates pair it with (direction, kind, entity type).
  for (let x = 0; x < 5; x++) cw[x] = mix(cueW, x);
  for (let x = 0; x < 4; x++) cl[x] = mix(cueLast, x);
  cn[0] = mix(cueNext, 0);
  cn[1] = mix(cueNext, 1);
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
    const ga = dir === 0 ? c.b : cueB;
    const gb = dir === 0 ? cueA : c.a;
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
    out[o + 0] = t.side[side]!;
    out[o + 1] = t.kindEntSide[kindEnt * 4 + side]!;
    out[o + 2] = head;
    out[o + 3] = mix(head, dir);
    out[o + 4] = mix(w[c.a]!, c.kind);
    out[o + 5] = mix(prev, dir);
    out[o + 6] = mix(next, dir);
    out[o + 7] = t.sideDist[side * 8 + db]!;
    out[o + 8] = t.sideBetweenKind[(side * 4 + between) * 4 + c.kind]!;
    out[o + 9] = cw[dir]!;
    out[o + 10] = mix(cw[c.kind]!, dir);
    out[o + 11] = mix(gapSig, dir);
    out[o + 12] = t.sideCommas[side * 4 + cm]!;
    out[o + 13] = t.quoted[dir * 4 + qc * 2 + cueQuote]!;
    out[o + 14] = t.inContent[inContent]!;
    out[o + 15] = t.sideNearest[side * 2 + nearest]!;
    out[o + 16] = mix(v.pos[c.head]!, dir);
    out[o + 17] = v.suffix[c.head]!;
    out[o + 18] = t.sentStart[(sentStart * 2 + dir) * 4 + c.kind]!;
    out[o + 19] = mix(prev2, prev);
    out[o + 20] = t.possessive[possessive]!;
    out[o + 21] = t.lengthKind[Math.min(5, c.b - c.a) * 4 + c.kind]!;
    out[o + 22] = cw[c.ent]!;
    out[o + 23] = cn[dir]!;
    out[o + 24] = t.otherSentence[(1 - same) * 32 + kindEnt]!;
    out[o + 25] = mix(head, c.ent);
    out[o + 26] = t.commas[dir * 4 + (c.b < v.n && v.shape[c.b] === 1 ? 2 : 0) + cuePrevComma]!;
    out[o + 27] = t.distKindDir[(db * 4 + c.kind) * 2 + dir]!;
    out[o + 28] = cl[side]!;
    out[o + 29] = mix(cl[c.kind]!, c.ent);
    out[o + 30] = mix(c.label, side);
    out[o + 31] = mix(mix(c.label, c.kind), dir);
    out[o + 32] = t.taggedSide[(tagged * 2 + edge) * 4 + side]!;
    out[o + 33] = t.taggedRole[(tagged * 4 + c.kind) * 4 + roles[c.head]!]!;
    // The outer mix of the other templates, in one tight loop (inlined there, not 18 calls here).
    for (let d = 0; d < OUTER_SLOTS.length; d++) out[o + OUTER_SLOTS[d]!] = mix(OUTER_IDS[d]!, out[o + OUTER_SLOTS[d]!]!) & mask;
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
