import { sigmoid, type TopicModel } from './learned.js';
import type { ThemeEvidence } from './score.js';
import { BREAK, generation, keyCount, keyString } from './vocab.js';
import type { WordStream } from './words.js';

/** Per key id of the current vocabulary generation: its row in the model's word and name tables (-1: none). */
interface RowTables {
  generation: number;
  size: number;
  word: Int32Array;
  name: Int32Array;
}

const tables = new WeakMap<TopicModel, RowTables>();

/** The model's rows for every key id so far (a key is looked up once per generation, not once per word). */
function rowTables(model: TopicModel): RowTables {
  let t = tables.get(model);
  if (!t || t.generation !== generation()) tables.set(model, (t = { generation: generation(), size: 0, word: new Int32Array(1024), name: new Int32Array(1024) }));
  const n = keyCount();
  if (n > t.word.length) {
    const cap = Math.max(n, t.word.length * 2);
    for (const k of ['word', 'name'] as const) {
      const a = new Int32Array(cap);
      a.set(t[k]);
      t[k] = a;
    }
  }
  for (let k = t.size; k < n; k++) {
    const key = keyString(k);
    t.word[k] = key.length < 2 ? -1 : (model.wordIndex.get(key) ?? -1);
    t.name[k] = key.length < 2 ? -1 : (model.nameIndex.get(key) ?? -1);
  }
  t.size = n;
  return t;
}

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
  const t = rowTables(model);
  const add = (s: WordStream, lead: number, mask: Uint8Array | null) => {
    const ids = s.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id === BREAK) continue;
      const named = mask !== null && mask[i] !== 0;
      let r: number;
      if (id >= 0) r = named ? t.name[id]! : t.word[id]!;
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
  if (ev.title) add(ev.title, ev.title.ids.length, null);
  return { rows, counts };
}

/**
 * Learned probability of every labelled top-level topic in `ids`; null without a positive lexicon term. The
 * support rule again: when a single one-word term is the only lexicon evidence, it does not count. Each topic
 * sums its terms, then its words, in the features' order (so scores are bit-identical to a per-topic loop); the
 * words are looked up once per document, each giving its weight in every topic that weighs it.
 */
export function learnedScores(model: TopicModel, terms: Map<string, number>, ev: ThemeEvidence, ids: ReadonlySet<string>): Map<string, number | null> {
  const n = model.order.length;
  const z = new Float64Array(n);
  const hits = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = model.order[i]!;
    if (!ids.has(id)) continue;
    const weights = model.topics.get(id)!;
    let zi = weights.bias;
    let positive = 0;
    let single = 0;
    let multi = false;
    for (const [k, x] of terms) {
      const w = weights.terms.get(k);
      if (w === undefined) continue;
      zi += w * x;
      if (w > 0) positive++, (single = w * x), (multi ||= k.includes(' '));
    }
    if (positive === 1 && !multi) zi -= single;
    z[i] = zi;
    hits[i] = positive;
  }
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
  for (let i = 0; i < n; i++) if (ids.has(model.order[i]!)) out.set(model.order[i]!, hits[i] === 0 ? null : sigmoid(z[i]!));
  return out;
}
