import type { TopicModel } from './learned.js';
import type { CompiledTaxonomy, TrieNode } from './matcher.js';
import { generation, keyOfSpelling, keyString, spellingCount } from './vocab.js';

/**
 * What the themes stage needs of each interned spelling, in one row of four ints so a word costs
 * one cache line: its key id, its node under the taxonomy trie's root (index into `nodes`, -1:
 * none), its row in the topic model as a plain word and as a word inside a name (-1: none). Rows
 * are filled as spellings are met, and the table is dropped when the vocabulary is reset.
 */
export interface SpellingTable {
  generation: number;
  model: TopicModel;
  size: number;
  rows: Int32Array;
  nodes: TrieNode[];
  nodeIndex: Map<TrieNode, number>;
}

export const S_KEY = 0;
export const S_ROOT = 1;
export const S_WORD = 2;
export const S_NAME = 3;

const tables = new WeakMap<CompiledTaxonomy, SpellingTable>();

/** The table of a taxonomy and model, filled up to every spelling interned so far. */
export function spellingTable(tax: CompiledTaxonomy, model: TopicModel): SpellingTable {
  let t = tables.get(tax);
  if (!t || t.generation !== generation() || t.model !== model) {
    t = { generation: generation(), model, size: 0, rows: new Int32Array(4096), nodes: [], nodeIndex: new Map() };
    tables.set(tax, t);
  }
  const n = spellingCount();
  if (n === t.size) return t;
  if (4 * n > t.rows.length) {
    const rows = new Int32Array(Math.max(4 * n, 2 * t.rows.length));
    rows.set(t.rows);
    t.rows = rows;
  }
  const { rows, nodes, nodeIndex } = t;
  for (let sp = t.size; sp < n; sp++) {
    const k = keyOfSpelling(sp);
    const key = keyString(k);
    const node = tax.root.next?.get(key);
    let ni = -1;
    if (node) {
      ni = nodeIndex.get(node) ?? -1;
      if (ni < 0) nodeIndex.set(node, (ni = nodes.push(node) - 1));
    }
    const o = 4 * sp;
    rows[o + S_KEY] = k;
    rows[o + S_ROOT] = ni;
    rows[o + S_WORD] = key.length < 2 ? -1 : (model.wordIndex.get(key) ?? -1);
    rows[o + S_NAME] = key.length < 2 ? -1 : (model.nameIndex.get(key) ?? -1);
  }
  t.size = n;
  return t;
}
