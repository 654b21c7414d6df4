// `pnpm train:attribution [--epochs N] [--bits N] [--out file]`: train the attribution tagger
// (averaged structured perceptron, BIO over content / cue / source, first-order Viterbi) on the
// 530 PolNeAR training articles (../shared/train/attribution/polnear-train.jsonl; PolNeAR, Newell,
// Margolin & Ruths, LREC 2018) and write the quantised weights and the learned cue lexicon that ship
// with @lede/core. A fixed 10 % of the training articles is held out: it reports token scores and
// is what scripts/calibrate-attribution.ts fits confidence on; dev is never read here. Deterministic: same data, same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDoc } from '@lede/core';
import { repoRoot, readJsonl, requireShared } from './lib/shared.js';
import { hashString } from '../packages/core/src/attribution/hash.js';
import { paragraphFeatures, TEMPLATES, tokenView } from '../packages/core/src/attribution/features.js';
import { paragraphRanges, tagInput, worthTagging } from '../packages/core/src/attribution/input.js';
import { CueTable } from '../packages/core/src/attribution/cue-table.js';
import { LABELS, roleOf } from '../packages/core/src/attribution/labels.js';
import { ROW, viterbi } from '../packages/core/src/attribution/viterbi.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    bits: { type: 'string', default: '18' },
    seed: { type: 'string', default: '20261201' },
    runs: { type: 'string', default: '2' },
    out: { type: 'string' },
    // `--fold k`: leave out the training articles of fold k (of 2), for the source ranker's
    // cross-fitted training (scripts/train-attribution-sources.ts); written to --out.
    fold: { type: 'string' },
  },
});
const shared = requireShared('pnpm train:attribution');
const file = path.join(shared, 'train/attribution/polnear-train.jsonl');
if (!fs.existsSync(file)) {
  console.error(`missing ${file}`);
  process.exit(2);
}
interface Frag { start: number; end: number; text: string }
interface Rec { id: string; text: string; attributions: Array<{ source: Frag[]; cue: Frag[]; content: Frag[] }> }
const records = readJsonl<Rec>(file).sort((a, b) => (a.id < b.id ? -1 : 1));
let seed = Number(values.seed) >>> 0;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const held = new Set(records.filter((r) => hashString(r.id) % 10 === 0).map((r) => r.id));
/** Fold of an article (0 or 1) for cross-fitting; independent of the held-out slice. */
const foldOf = (id: string): number => (hashString(id) >>> 8) % 2;
const skip = values.fold === undefined ? null : Number(values.fold);
if (skip !== null) for (const r of records) if (foldOf(r.id) === skip) held.add(r.id);

// ---- 1. Documents through the pipeline's own segmenter and entity tagger ----------------------
const t0 = performance.now();
const docs = records.map((r) => ({ r, doc: analyzeDoc({ id: r.id, text: r.text }, { stages: ['entities'] }) }));
console.error(`${docs.length} articles analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s (${held.size} held out)`);

// ---- 2. Gold labels per token (inner roles win: cue over source over content; short over long) --
function goldLabels(r: Rec, tokens: ReadonlyArray<{ start: number; end: number }>): Uint8Array {
  const role = new Uint8Array(tokens.length);
  const owner = new Int32Array(tokens.length).fill(-1);
  const paint = (frags: Frag[], rl: number, id: number) => {
    for (const f of frags) {
      // tokens whose middle lies in the fragment
      for (let i = lowerBound(tokens, f.start); i < tokens.length && tokens[i]!.start < f.end; i++) {
        const mid = (tokens[i]!.start + tokens[i]!.end) / 2;
        if (mid >= f.start && mid < f.end) {
          role[i] = rl;
          owner[i] = id;
        }
      }
      id += 0.5; // a new fragment restarts with B-
    }
  };
  const atts = r.attributions.map((a, k) => ({ a, k, len: a.content.reduce((n, f) => n + f.end - f.start, 0) })).sort((x, y) => y.len - x.len || x.k - y.k);
  for (const { a, k } of atts) paint(a.content, 1, k * 30);
  for (const { a, k } of atts) paint(a.source, 3, k * 30 + 10);
  for (const { a, k } of atts) paint(a.cue, 2, k * 30 + 20);
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!role[i]) continue;
    const b = i === 0 || owner[i - 1] !== owner[i] || role[i - 1] !== role[i];
    out[i] = role[i]! * 2 - (b ? 1 : 0);
  }
  return out;
}
function lowerBound(tokens: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (tokens[m]!.end <= pos) lo = m + 1; else hi = m; }
  return lo;
}

// ---- 3. Cue lexicon learned from the training cues ---------------------------------------------
const seen = new Map<string, number>();
const asCue = new Map<string, number>();
for (const { r, doc } of docs) {
  if (held.has(r.id)) continue;
  const g = goldLabels(r, doc.tokens);
  doc.tokens.forEach((t, i) => {
    const w = r.text.slice(t.start, t.end).toLowerCase().replace(/[‘’]/g, "'");
    seen.set(w, (seen.get(w) ?? 0) + 1);
    if (roleOf(g[i]!) === 2) asCue.set(w, (asCue.get(w) ?? 0) + 1);
  });
}
/** Strength 1..4 by how often the word is a cue when it occurs (at least 3 cue uses). */
const lexicon: string[][] = [[], [], [], []];
for (const [w, c] of [...asCue].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const ratio = c / seen.get(w)!;
  if (c < 3 || !/\p{L}/u.test(w)) continue;
  const s = ratio >= 0.6 ? 4 : ratio >= 0.3 ? 3 : ratio >= 0.1 ? 2 : ratio >= 0.03 ? 1 : 0;
  if (s) lexicon[s - 1]!.push(w);
}
const cueMap = new Map<number, number>();
lexicon.forEach((ws, k) => ws.forEach((w) => cueMap.set(hashString(w), k + 1)));
const cueTable = new CueTable(cueMap);
console.error(`cue lexicon: ${lexicon.map((l, k) => `${k + 1}: ${l.length}`).join(', ')}`);

// ---- 4. Sequences --------------------------------------------------------------------------------
const bits = Number(values.bits);
const MASK = (1 << bits) - 1;
interface Seq { feats: Int32Array; gold: Uint8Array; len: number; doc: number; a: number }
const train: Seq[] = [];
const test: Seq[] = [];
let skippedGold = 0, allGold = 0;
docs.forEach(({ r, doc }, di) => {
  const view = tokenView(tagInput(r.text, doc.tokens, doc.sentences, doc.entities), cueTable);
  const gold = goldLabels(r, doc.tokens);
  for (const [a, b] of paragraphRanges(doc.tokens, doc.article.paragraphs)) {
    let g = 0;
    for (let i = a; i < b; i++) if (gold[i]) g++;
    allGold += g;
    if (!worthTagging(view, a, b)) { skippedGold += g; continue; }
    const feats = new Int32Array((b - a) * TEMPLATES);
    paragraphFeatures(view, a, b, MASK, feats);
    (held.has(r.id) ? test : train).push({ feats, gold: gold.slice(a, b), len: b - a, doc: di, a });
  }
});
console.error(`${train.length} training / ${test.length} held-out paragraphs; gold tokens in skipped paragraphs: ${(100 * skippedGold / allGold).toFixed(1)} %`);

// ---- 5. Averaged structured perceptron -----------------------------------------------------------
const size = (MASK + 1) * ROW;
const NT = (LABELS + 1) * LABELS;
const epochs = Number(values.epochs);
const runs = Number(values.runs);
const pred = new Uint8Array(4096 * 16);
/** One averaged perceptron over the shuffled training paragraphs. */
function trainOnce(run: number): { w: Float32Array; tw: Float32Array } {
  const w = new Float32Array(size), u = new Float32Array(size);
  const tw = new Float32Array(NT), tu = new Float32Array(NT);
  let c = 1;
  const wt = { emit: w, trans: tw };
  for (let ep = 0; ep < epochs; ep++) {
    const order = train.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let errs = 0, toks = 0;
    for (const si of order) {
      const s = train[si]!;
      const p = s.len > pred.length ? new Uint8Array(s.len) : pred;
      viterbi(wt, s.feats, s.len, p);
      let wrong = false;
      for (let i = 0; i < s.len; i++) if (p[i] !== s.gold[i]) { wrong = true; errs++; }
      toks += s.len;
      if (wrong) {
        for (let i = 0; i < s.len; i++) {
          const g = s.gold[i]!, q = p[i]!;
          const gp = i ? s.gold[i - 1]! + 1 : 0, qp = i ? p[i - 1]! + 1 : 0;
          if (g !== q) for (let k = 0; k < TEMPLATES; k++) {
            const r = s.feats[i * TEMPLATES + k]! * ROW;
            w[r + g]! += 1; u[r + g]! += c; w[r + q]! -= 1; u[r + q]! -= c;
          }
          if (g !== q || gp !== qp) {
            tw[gp * LABELS + g]! += 1; tu[gp * LABELS + g]! += c; tw[qp * LABELS + q]! -= 1; tu[qp * LABELS + q]! -= c;
          }
        }
      }
      c++;
    }
    console.error(`run ${run + 1} epoch ${ep + 1}: token error ${(100 * errs / toks).toFixed(2)} %`);
  }
  for (let i = 0; i < size; i++) w[i] = w[i]! - u[i]! / c;
  for (let i = 0; i < NT; i++) tw[i] = tw[i]! - tu[i]! / c;
  return { w, tw };
}
// Several runs over different shuffles, averaged: one run's weights depend on its order (a
// sentence can flip between runs); the mean is steadier.
const w = new Float32Array(size);
const tw = new Float32Array(NT);
for (let run = 0; run < runs; run++) {
  const r = trainOnce(run);
  for (let i = 0; i < size; i++) w[i]! += r.w[i]! / runs;
  for (let i = 0; i < NT; i++) tw[i]! += r.tw[i]! / runs;
}

// ---- 6. Quantise (int8 rows, transitions in the same scale) --------------------------------------
let max = 0;
for (let i = 0; i < size; i++) max = Math.max(max, Math.abs(w[i]!));
const scale = 127 / max;
const q8 = new Int8Array((MASK + 1) * LABELS);
for (let f = 0; f <= MASK; f++) for (let l = 0; l < LABELS; l++) q8[f * LABELS + l] = Math.round(w[f * ROW + l]! * scale);
const qt = Array.from(tw, (x) => Math.round(x * scale * 100) / 100);
const qw = new Int8Array(size);
for (let f = 0; f <= MASK; f++) for (let l = 0; l < LABELS; l++) qw[f * ROW + l] = q8[f * LABELS + l]!;
const qwt = { emit: qw, trans: Float32Array.from(qt) };

// ---- 7. Held-out token scores per role, with the shipped (quantised) weights ---------------------
const tp = [0, 0, 0, 0], fp = [0, 0, 0, 0], fn = [0, 0, 0, 0];
for (const s of test) {
  const p = new Uint8Array(s.len);
  viterbi(qwt, s.feats, s.len, p);
  for (let i = 0; i < s.len; i++) {
    const g = roleOf(s.gold[i]!), q = roleOf(p[i]!);
    if (g && g === q) tp[g]++; else { if (q) fp[q]++; if (g) fn[g]++; }
  }
}
['', 'content', 'cue', 'source'].forEach((n, k) => {
  if (!k) return;
  const P = tp[k]! / (tp[k]! + fp[k]! || 1), R = tp[k]! / (tp[k]! + fn[k]! || 1);
  console.error(`held-out ${n}: token P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(2 * P * R / (P + R || 1)).toFixed(3)}`);
});

// ---- 8. Write -------------------------------------------------------------------------------------
const outFile = values.out ?? path.join(repoRoot, 'packages/core/src/attribution/data/weights.ts');
const b64 = Buffer.from(q8.buffer).toString('base64');
const body = `// Generated by scripts/train-attribution.ts (${runs} runs x ${epochs} epochs, averaged perceptron) on the 530 PolNeAR
// training articles (Newell, Margolin & Ruths, LREC 2018; see NOTICE.md). Do not edit.
// ${MASK + 1} feature rows x ${LABELS} labels, int8, row-major.
export const BITS = ${bits};
export const TRANSITIONS: readonly number[] = ${JSON.stringify(qt)};
/** Learned cue words by strength 1..4 (share of their uses that are attribution cues). */
export const CUE_WORDS: readonly string[] = ${JSON.stringify(lexicon.map((l) => l.join(' ')))};
export const WEIGHTS =
  '${b64}';
`;
const tmp = `${outFile}.tmp-${process.pid}`;
fs.writeFileSync(tmp, body);
fs.renameSync(tmp, outFile);
console.error(`wrote ${path.relative(process.cwd(), outFile)}: ${(b64.length / 1e6).toFixed(2)} MB base64`);
