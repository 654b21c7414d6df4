import { sigmoid, type TopicModel } from './learned.js';
import type { ThemeEvidence } from './score.js';
import { S_NAME, S_WORD } from './spelling-table.js';
import { BREAK } from './vocab.js';
import type { WordStream } from './words.js';

/** Per-document word counts by vocabulary row, reused across documents (zeroed after each use). */
let wordCounts = new Float64Array(0);

/**
 * Per vocabulary word (two letters or more; a word inside a name looked up in nameIndex), its
 * count in the document, a headline or lead occurrence counting once more, as [row, count] in order
 * of first occurrence.
 */
function wordCountsOf(model: TopicModel, ev: ThemeEvidence): { rows: number[]; counts: Float64Array } {
  const size = model.wordIndex.size + model.nameIndex.size;
  if (wordCounts.length < size) wordCounts = new Float64Array(size);
  const counts = wordCounts;
  const rows: number[] = [];
  const table = ev.table.rows;
  const add = (s: WordStream, lead: number, mask: Uint8Array | null) => {
    const ids = s.spellings;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id === BREAK) continue;
      const named = mask !== null && mask[i] !== 0;
      let r: number;
      if (id >= 0) r = table[4 * id + (named ? S_NAME : S_WORD)]!;
      else {
        const k = s.extraKeys[-2 - id]!;
        r = k.length < 2 ? -1 : ((named ? model.nameIndex : model.wordIndex).get(k) ?? -1);
      }
      if (r < 0) continue;
      if (counts[r] === 0) rows.push(r);
      counts[r] = counts[r]! + (i < lead ? 2 : 1);
    }
  };
  add(ev.stream, ev.leadWords, ev.mask);
  if (ev.title) add(ev.title, ev.title.spellings.length, null);
  return { rows, counts };
}

/** The model's lexicon-term weights by term: row f (rowStart[f] .. rowStart[f + 1]) holds topic index and weight, topics in order. */
interface TermRows {
  index: Map<string, number>;
  rowStart: Int32Array;
  topic: Int32Array;
  weight: Float64Array;
  /** Per term: a multi-word term ("interest rate"). */
  multi: Uint8Array;
}

const termRowsOf = new WeakMap<TopicModel, TermRows>();

function termRows(model: TopicModel): TermRows {
  let t = termRowsOf.get(model);
  if (t) return t;
  const index = new Map<string, number>();
  for (const id of model.order) for (const k of model.topics.get(id)!.terms.keys()) if (!index.has(k)) index.set(k, index.size);
  const rowStart = new Int32Array(index.size + 1);
  const topic: number[] = [];
  const weight: number[] = [];
  const multi = new Uint8Array(index.size);
  for (const [k, f] of index) {
    model.order.forEach((id, i) => {
      const w = model.topics.get(id)!.terms.get(k);
      if (w !== undefined) topic.push(i), weight.push(w);
    });
    rowStart[f + 1] = topic.length;
    multi[f] = k.includes(' ') ? 1 : 0;
  }
  termRowsOf.set(model, (t = { index, rowStart, topic: Int32Array.from(topic), weight: Float64Array.from(weight), multi }));
  return t;
}

/**
 * Learned probability of every labelled top-level topic in `ids`; null without a positive lexicon term. The
 * support rule again: when a single one-word term is the only lexicon evidence, it does not count. Each topic
 * sums its terms, then its words, in the features' order (so scores are bit-identical to a per-topic loop); the
 * terms and words are looked up once per document, each giving its weight in every topic that weighs it.
 */
export function learnedScores(model: TopicModel, terms: Map<string, number>, ev: ThemeEvidence, ids: ReadonlySet<string>): Map<string, number | null> {
  const n = model.order.length;
  const z = new Float64Array(n);
  const hits = new Int32Array(n);
  const single = new Float64Array(n);
  const multi = new Uint8Array(n);
  const active = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!ids.has(model.order[i]!)) continue;
    active[i] = 1;
    z[i] = model.topics.get(model.order[i]!)!.bias;
  }
  const tr = termRows(model);
  for (const [k, x] of terms) {
    const f = tr.index.get(k);
    if (f === undefined) continue;
    for (let e = tr.rowStart[f]!, end = tr.rowStart[f + 1]!; e < end; e++) {
      const i = tr.topic[e]!;
      if (active[i] === 0) continue;
      const w = tr.weight[e]!;
      z[i] = z[i]! + w * x;
      if (w > 0) (hits[i] = hits[i]! + 1), (single[i] = w * x), (multi[i] = multi[i]! | tr.multi[f]!);
    }
  }
  for (let i = 0; i < n; i++) if (hits[i] === 1 && multi[i] === 0) z[i] = z[i]! - single[i]!;
  const { rows, counts } = wordCountsOf(model, ev);
  const { rowStart, rowTopic, rowWeight } = model;
  for (const r of rows) {
    const x = Math.log1p(counts[r]!);
    counts[r] = 0;
    for (let e = rowStart[r]!, end = rowStart[r + 1]!; e < end; e++) {
      const i = rowTopic[e]!;
      const w = rowWeight[e]!;
      z[i] = z[i]! + w * x;
      if (w > 0) hits[i] = hits[i]! + 1;
    }
  }
  const out = new Map<string, number | null>();
  for (let i = 0; i < n; i++) if (active[i] === 1) out.set(model.order[i]!, hits[i] === 0 ? null : sigmoid(z[i]!));
  return out;
}
