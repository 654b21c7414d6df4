// `pnpm train:attribution` step 2: train the cue linker (averaged perceptron ranking the cue runs
// around a tagged content run, link-features.ts) on the PolNeAR training articles: the shipped
// tagger's runs on each article, each content run labelled with the tagged cue run that overlaps
// the gold cue of the attribution holding most of it. The tagger's 10 % held-out slice reports
// linking accuracy against the old rule (nearest cue, same sentence first); dev is never read.
// Writes packages/core/src/attribution/data/linker.ts. Deterministic: same data, same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDoc } from '@lede/core';
import { repoRoot, requireShared } from './lib/shared.js';
import { polnearTraining, seeded, type PolnearRecord } from './lib/polnear.js';
import { pick, quantise16, trainRanker, type RankSpec } from './lib/rank-train.js';
import { tagInput } from '../packages/core/src/attribution/input.js';
import { nearest, tagStatements, type Run } from '../packages/core/src/attribution/tag.js';
import { cueCandidates, LINK_TEMPLATES, linkFeatures } from '../packages/core/src/attribution/link-features.js';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    bits: { type: 'string', default: '16' },
    seed: { type: 'string', default: '20261204' },
    out: { type: 'string' },
  },
});
const shared = requireShared('pnpm train:attribution (linker)');
type Rec = PolnearRecord;
const { records, held } = polnearTraining(shared);
const rand = seeded(Number(values.seed));
const bits = Number(values.bits);
const MASK = (1 << bits) - 1;

/** One linking problem: features of each candidate cue, the gold candidate, the old rule's pick. */
interface Problem { feats: Int32Array; n: number; gold: number; rule: number }
const train: Problem[] = [];
const test: Problem[] = [];

/** Per token, the index of the gold attribution whose content (or cue) holds its middle; -1 none. */
function paint(tokens: ReadonlyArray<{ start: number; end: number }>, r: Rec, role: 'content' | 'cue'): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  r.attributions.forEach((at, k) => {
    for (const f of at[role]) {
      let lo = 0, hi = tokens.length;
      while (lo < hi) { const m = (lo + hi) >> 1; if (tokens[m]!.end <= f.start) lo = m + 1; else hi = m; }
      for (let i = lo; i < tokens.length && tokens[i]!.start < f.end; i++) {
        const mid = (tokens[i]!.start + tokens[i]!.end) / 2;
        if (mid >= f.start && mid < f.end && out[i] === -1) out[i] = k;
      }
    }
  });
  return out;
}

const t0 = performance.now();
let runsSeen = 0, unmatched = 0, notAmong = 0;
for (const r of records) {
  const doc = analyzeDoc({ id: r.id, text: r.text }, { stages: ['entities'] });
  const content = paint(doc.tokens, r, 'content');
  const cue = paint(doc.tokens, r, 'cue');
  const onRuns = (runs: readonly Run[], view: Parameters<typeof linkFeatures>[0]) => {
    const k = runs.length;
    const prev = new Int32Array(k), next = new Int32Array(k);
    for (let i = 0, last = -1; i < k; i++) { prev[i] = last; if (runs[i]!.role === 2) last = i; }
    for (let i = k - 1, last = -1; i >= 0; i--) { next[i] = last; if (runs[i]!.role === 2) last = i; }
    for (let i = 0; i < k; i++) {
      const run = runs[i]!;
      if (run.role !== 1) continue;
      runsSeen++;
      // The gold attribution holding most of the run (at least half of it).
      const votes = new Map<number, number>();
      for (let t = run.a; t < run.b; t++) if (content[t]! >= 0) votes.set(content[t]!, (votes.get(content[t]!) ?? 0) + 1);
      let g = -1, top = 0;
      for (const [at, n] of votes) if (n > top) { top = n; g = at; }
      if (g < 0 || top * 2 < run.b - run.a) { unmatched++; continue; }
      const cands = cueCandidates(view, runs, i, prev, next);
      let gold = -1;
      cands.forEach((c, ci) => {
        if (gold >= 0) return;
        for (let t = runs[c.at]!.a; t < runs[c.at]!.b; t++) if (cue[t] === g) { gold = ci; return; }
      });
      if (gold < 0) { notAmong++; continue; }
      const feats = new Int32Array(cands.length * LINK_TEMPLATES);
      cands.forEach((c, ci) => linkFeatures(view, runs, i, c, MASK, feats, ci * LINK_TEMPLATES));
      const pick = nearest(runs as Run[], run.a, run.b, view.sent, prev, next, i);
      (held.has(r.id) ? test : train).push({ feats, n: cands.length, gold, rule: cands.findIndex((c) => c.at === pick) });
    }
  };
  tagStatements(tagInput(r.text, doc.tokens, doc.sentences, doc.entities), doc.article.paragraphs, { sources: false, linker: false, onRuns });
}
console.error(`${runsSeen} tagged content runs in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${train.length} training / ${test.length} held-out problems; ${unmatched} match no attribution, ${notAmong} have no candidate on the gold cue`);

const size = MASK + 1;
const spec: RankSpec<Problem> = {
  options: (p) => Array.from({ length: p.n }, (_, k) => k),
  features: (p, k) => p.feats.subarray(k * LINK_TEMPLATES, (k + 1) * LINK_TEMPLATES),
  gold: (p) => p.gold,
  right: (p, k) => k === p.gold,
};
const w = trainRanker(spec, train, size, Number(values.epochs), rand, 'linking error');
// Score the held-out content runs with the shipped (quantised) weights.
const q16 = quantise16(w);
const best = (wt: Int16Array, p: Problem) => pick(spec, wt, p);
const right = test.filter((p) => best(q16, p) === p.gold).length;
const rule = test.filter((p) => p.rule === p.gold).length;
console.error(`held-out: linker picks the gold cue for ${(right / test.length).toFixed(3)}, the nearest-cue rule for ${(rule / test.length).toFixed(3)} (n=${test.length})`);

const outFile = values.out ?? path.join(repoRoot, 'packages/core/src/attribution/data/linker.ts');
const body = `// Generated by scripts/train-attribution-linker.ts (${values.epochs} epochs, averaged perceptron ranker) on the
// PolNeAR training articles (Newell, Margolin & Ruths, LREC 2018; see NOTICE.md). Do not edit.
// ${size} feature weights, int16 little-endian.
export const LINK_BITS = ${bits};
export const LINK_WEIGHTS =
  '${Buffer.from(q16.buffer).toString('base64')}';
`;
const tmp = `${outFile}.tmp-${process.pid}`;
fs.writeFileSync(tmp, body);
fs.renameSync(tmp, outFile);
console.error(`wrote ${path.relative(process.cwd(), outFile)}`);
