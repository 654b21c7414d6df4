// `pnpm train:themes [--l2 1] [--folds 0]`: fit the topic model that ships with @lede/core
// (packages/core/src/themes/data/topic-model.ts). Per labelled IPTC top level, an L2-regularised
// logistic regression over the lexicon terms; plus one calibration (3 parameters) mapping the
// hand-weighted evidence of every other theme onto the same probability scale.
//
// Fitted ONLY on ../shared/corpus/ag_news_train_sample.jsonl and the BBC train split (content-hash
// rule of ../shared/corpus/PROVENANCE.md: sha256(title+"\n"+text), first 8 hex digits mod 5 != 0;
// 1,769 articles). The BBC test split and AG News test are for `pnpm eval --area themes` only.
// Deterministic: full-batch gradient descent from zero, fixed iteration count; same data = same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDoc, themeTrainingRow, type ThemeTrainingRow, type TopicModelData } from '@lede/core';
import { bbcSplit } from './lib/bbc-split.js';
import { readJsonl, repoRoot, requireShared } from './lib/shared.js';

const { values } = parseArgs({
  options: {
    l2: { type: 'string', default: '10' },
    iterations: { type: 'string', default: '600' },
    // k-fold cross-validation on the training data only (model selection for --l2); 0 = off.
    folds: { type: 'string', default: '0' },
    out: { type: 'string' },
    // A plain word becomes a feature when this many training documents use it.
    'min-df': { type: 'string', default: '5' },
    // Reuse the extracted training rows (a local file, never committed) between runs.
    cache: { type: 'string' },
    // Experimental: scale each document's features by scale / L2 norm of all its features.
    norm: { type: 'string', default: '0' },
    // Feature families: w = plain words, n = words inside names (lexicon terms always).
    families: { type: 'string', default: 'w,n' },
  },
});
const shared = requireShared('pnpm train:themes');
interface Rec { id: string; title: string; text: string; label: string }

const ECON = 'medtop:04000000';
const ARTS = 'medtop:01000000';
const POL = 'medtop:11000000';
const SCI = 'medtop:13000000';
const SPORT = 'medtop:15000000';
const TOPICS = [ARTS, ECON, POL, SCI, SPORT];
const BBC: Record<string, string> = { business: ECON, entertainment: ARTS, politics: POL, sport: SPORT, tech: SCI };
const AG: Record<string, string> = { business: ECON, 'sci/tech': SCI, sports: SPORT };

/** 1 / 0 / null (left out): AG "world" spans politics, conflict and disasters, so it is no politics negative. */
function target(source: 'bbc' | 'ag', label: string, topic: string): number | null {
  if (source === 'bbc') return BBC[label] === topic ? 1 : 0;
  if (label === 'world') return topic === POL ? null : 0;
  return AG[label] === topic ? 1 : 0;
}

const bbc = bbcSplit(readJsonl<Rec>(path.join(shared, 'corpus/bbc.jsonl'))).train;
const ag = readJsonl<Rec>(path.join(shared, 'corpus/ag_news_train_sample.jsonl'));
console.error(`training on ${bbc.length} BBC train + ${ag.length} AG News train-sample articles`);
type Doc = { source: 'bbc' | 'ag'; label: string; row: ThemeTrainingRow };
let docs: Doc[] = [];
if (values.cache && fs.existsSync(values.cache)) {
  docs = JSON.parse(fs.readFileSync(values.cache, 'utf8'), (k, v) => (k === 'features' || k === 'hand' ? new Map(v) : v)) as Doc[];
} else {
  for (const [source, recs] of [['bbc', bbc], ['ag', ag]] as const) {
    for (const r of recs) {
      const doc = analyzeDoc({ id: r.id, title: r.title || undefined, text: r.text }, { stages: ['entities'] });
      docs.push({ source, label: r.label, row: themeTrainingRow(doc) });
    }
  }
  if (values.cache) fs.writeFileSync(values.cache, JSON.stringify(docs, (_k, v) => (v instanceof Map ? [...v] : v)));
}

// Feature index: every lexicon term seen in training, and words used by at least --min-df documents.
const df = new Map<string, number>();
for (const d of docs) for (const k of d.row.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
const minDf = Number(values['min-df']);
const families = new Set(values.families.split(','));
const family = (k: string) => (k.startsWith('w:') ? 'w' : k.startsWith('n:') ? 'n' : 'term');
const index = new Map<string, number>();
for (const [k, n] of df) {
  const fam = family(k);
  if (fam === 'term' || (families.has(fam) && n >= minDf)) index.set(k, index.size);
}
const features = [...index.keys()];
const normScale = Number(values.norm);
const rows = docs.map((d) => {
  let sq = 0;
  for (const x of d.row.features.values()) sq += x * x;
  const f = normScale > 0 ? normScale / Math.sqrt(Math.max(sq, 1)) : 1;
  return [...d.row.features].filter(([k]) => index.has(k)).map(([k, x]) => [index.get(k)!, x * f] as [number, number]);
});

/** L2 logistic regression, full-batch gradient descent with Adam; returns [bias, weights]. */
function fit(X: Array<Array<[number, number]>>, y: number[], dim: number, l2: number, iters: number): [number, Float64Array] {
  const w = new Float64Array(dim);
  let b = 0;
  const m = new Float64Array(dim + 1);
  const v = new Float64Array(dim + 1);
  const g = new Float64Array(dim + 1);
  const n = X.length;
  const lr = 0.05;
  for (let it = 1; it <= iters; it++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const [j, x] of X[i]!) z += w[j]! * x;
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (const [j, x] of X[i]!) g[j]! += err * x;
      g[dim]! += err;
    }
    for (let j = 0; j <= dim; j++) {
      const grad = g[j]! / n + (j < dim ? (l2 * (j < dim ? w[j]! : 0)) / n : 0);
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      const step = (lr * (m[j]! / (1 - 0.9 ** it))) / (Math.sqrt(v[j]! / (1 - 0.999 ** it)) + 1e-8);
      if (j < dim) w[j] = w[j]! - step;
      else b -= step;
    }
  }
  return [b, w];
}

let l2 = Number(values.l2.split(',')[0]);
const iters = Number(values.iterations);

function fitTopics(train: number[]): Map<string, [number, Float64Array]> {
  const out = new Map<string, [number, Float64Array]>();
  for (const topic of TOPICS) {
    const X: Array<Array<[number, number]>> = [];
    const y: number[] = [];
    for (const i of train) {
      const t = target(docs[i]!.source, docs[i]!.label, topic);
      if (t === null) continue;
      X.push(rows[i]!);
      y.push(t);
    }
    out.set(topic, fit(X, y, features.length, l2, iters));
  }
  return out;
}

const folds = Number(values.folds);
if (folds > 1) {
  // Cross-validated primary accuracy on the training data (choose --l2 by this, never by test).
  for (const l of values.l2.split(',').map(Number)) {
  l2 = l;
  const hits = { bbc: 0, ag: 0 };
  const total = { bbc: 0, ag: 0 };
  for (let f = 0; f < folds; f++) {
    const train = docs.map((_, i) => i).filter((i) => i % folds !== f);
    const models = fitTopics(train);
    for (let i = f; i < docs.length; i += folds) {
      const d = docs[i]!;
      const want = d.source === 'bbc' ? BBC[d.label] : AG[d.label];
      if (!want) continue;
      let best = '';
      let bestZ = -Infinity;
      for (const [topic, [b, w]] of models) {
        let z = b;
        for (const [j, x] of rows[i]!) z += w[j]! * x;
        if (z > bestZ) (bestZ = z), (best = topic);
      }
      total[d.source]++;
      if (best === want) hits[d.source]++;
    }
  }
  console.log(`l2 ${l2}: ${folds}-fold primary accuracy BBC ${(hits.bbc / total.bbc).toFixed(4)}, AG News ${(hits.ag / total.ag).toFixed(4)}`);
  }
  process.exit(0);
}

const models = fitTopics(docs.map((_, i) => i));

// Hand-evidence calibration, pooled over the labelled topics: the same mapping then scores the
// topics and themes no corpus labels (crime, health, fine themes, user themes).
const HX: Array<Array<[number, number]>> = [];
const HY: number[] = [];
for (const d of docs) {
  for (const topic of TOPICS) {
    const h = d.row.hand.get(topic);
    const t = target(d.source, d.label, topic);
    if (!h || t === null) continue;
    HX.push([[0, Math.log(h.raw / (6 * Math.sqrt(Math.max(d.row.words, 100) / 100)))], [1, Math.log(h.distinct)]]);
    HY.push(t);
  }
}
const [hb, hw] = fit(HX, HY, 2, 0.01, 3000);

const q = (x: number) => Math.round(x * 1e4) / 1e4;
const data: TopicModelData = {
  features,
  topics: Object.fromEntries(
    [...models].map(([topic, [b, w]]) => [
      topic,
      { bias: q(b), weights: [...w].map((x, j) => [j, q(x)] as [number, number]).filter(([, x]) => Math.abs(x) >= 0.01) },
    ]),
  ),
  hand: { bias: q(hb), raw: q(hw[0]!), distinct: q(hw[1]!) },
};
// Keep only features some topic uses, so the shipped file stays small.
const used = new Set<number>();
for (const t of Object.values(data.topics)) for (const [j] of t.weights) used.add(j);
const keep = [...used].sort((a, b) => a - b);
const remap = new Map(keep.map((j, i) => [j, i]));
data.features = keep.map((j) => features[j]!);
for (const t of Object.values(data.topics)) t.weights = t.weights.map(([j, x]) => [remap.get(j)!, x]);

const file = values.out ?? path.join(repoRoot, 'packages/core/src/themes/data/topic-model.ts');
const body =
  '// Written by `pnpm train:themes` (scripts/train-themes.ts); do not edit. Derived weights only, see NOTICE.md.\n' +
  "import type { TopicModelData } from '../learned.js';\n\n" +
  // One JSON string: V8 parses JSON text faster than it compiles the same object literal.
  `export const TOPIC_MODEL: TopicModelData = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
fs.writeFileSync(`${file}.tmp`, body);
fs.renameSync(`${file}.tmp`, file);
console.log(`wrote ${path.relative(repoRoot, file)}: ${data.features.length} features, hand calibration ${JSON.stringify(data.hand)}`);
for (const [topic, t] of Object.entries(data.topics)) console.log(`  ${topic}: bias ${t.bias}, ${t.weights.length} weights`);
