import type { ThemeDefinition } from './definition.js';
import { S_ROOT, type SpellingTable } from './spelling-table.js';
import { BREAK } from './vocab.js';
import { keyAt, phraseWords, spellingAt, wordKey, type WordStream } from './words.js';

/** How far (in words) B may follow A in an "A ~ B" term. */
export const NEAR_WINDOW = 6;

/** One term of one theme after compilation. */
export interface CompiledTerm {
  theme: number;
  text: string;
  weight: number;
  near: boolean;
  /** Folded words ("interest rate"): the feature the learned topic model knows the term by. */
  key: string;
  /** More than one word (an "A ~ B" term counts as two): specific enough to stand without support. */
  multiword: boolean;
}

interface TermEnd {
  term: number;
  /** -1 for a phrase; 0 or 1 for the two sides of an "A ~ B" term. */
  part: -1 | 0 | 1;
  /** Exact words to compare, for acronym terms matched case-sensitively. */
  exact: readonly string[] | null;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  ends: TermEnd[] | null;
}

/** A taxonomy compiled once into a single word trie, so matching is one pass over the text. */
export interface CompiledTaxonomy {
  themes: readonly ThemeDefinition[];
  terms: readonly CompiledTerm[];
  root: TrieNode;
  /** Per theme: the themes its matches count toward (itself, then its top level when that is another theme). */
  targets: ReadonlyArray<readonly number[]>;
}

/** One occurrence of a term: word-stream indices [from, to). */
export interface TermMatch {
  term: number;
  from: number;
  to: number;
}

const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\p{N}&.]{1,5}$/u;

function insert(root: TrieNode, words: readonly string[], end: TermEnd): void {
  let node = root;
  for (const w of words) {
    node.next ??= new Map();
    const key = wordKey(w);
    let child = node.next.get(key);
    if (!child) {
      child = { next: null, ends: null };
      node.next.set(key, child);
    }
    node = child;
  }
  (node.ends ??= []).push(end);
}

export function compileTaxonomy(themes: readonly ThemeDefinition[]): CompiledTaxonomy {
  const root: TrieNode = { next: null, ends: null };
  const terms: CompiledTerm[] = [];
  themes.forEach((theme, t) => {
    for (const raw of theme.terms) {
      const text = typeof raw === 'string' ? raw : raw.text;
      const weight = typeof raw === 'string' ? 1 : (raw.weight ?? 1);
      const sides = text.split('~').map((p) => phraseWords(p));
      if (sides.some((s) => s.length === 0) || sides.length > 2) continue;
      const key = sides.map((w) => w.map(wordKey).join(' ')).join(' ~ ');
      const multiword = sides.length === 2 || sides[0]!.length > 1;
      const index = terms.push({ theme: t, text, weight, near: sides.length === 2, key, multiword }) - 1;
      sides.forEach((words, i) => {
        const exact = words.length === 1 && ACRONYM.test(words[0]!) ? words : null;
        insert(root, words, { term: index, part: sides.length === 2 ? (i as 0 | 1) : -1, exact });
      });
    }
  });
  const byId = new Map(themes.map((t, i) => [t.id, i]));
  const targets = themes.map((t, i) => {
    const top = byId.get(t.topLevel);
    return top === undefined || top === i ? [i] : [i, top];
  });
  return { themes, terms, root, targets };
}

/** Every term occurrence in the stream (overlaps included; scoring resolves them per theme); `table` from spellingTable(tax, ...). */
export function matchTerms(tax: CompiledTaxonomy, s: WordStream, table: SpellingTable): TermMatch[] {
  const out: TermMatch[] = [];
  const nearSides: Array<Map<number, Array<[number, number]>>> = [new Map(), new Map()];
  const { rows, nodes } = table;
  const ids = s.spellings;
  const n = ids.length;
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id === BREAK) continue;
    let node: TrieNode | undefined;
    if (id >= 0) {
      const r = rows[4 * id + S_ROOT]!;
      if (r < 0) continue;
      node = nodes[r];
    } else node = tax.root.next?.get(keyAt(s, i));
    let j = i + 1;
    while (node) {
      if (node.ends) {
        for (const e of node.ends) {
          if (e.exact && !e.exact.every((w, k) => spellingAt(s, i + k) === w)) continue;
          if (e.part === -1) out.push({ term: e.term, from: i, to: j });
          else {
            const side = nearSides[e.part]!;
            let list = side.get(e.term);
            if (!list) side.set(e.term, (list = []));
            list.push([i, j]);
          }
        }
      }
      if (j >= n || !node.next) break;
      node = node.next.get(keyAt(s, j));
      j++;
    }
  }
  // "A ~ B": each A with the first B that starts within the window after it, with no break between.
  for (const [term, firsts] of nearSides[0]!) {
    const seconds = nearSides[1]!.get(term);
    if (!seconds) continue;
    for (const [a0, a1] of firsts) {
      const b = seconds.find(([b0]) => b0 >= a1 && b0 - a1 <= NEAR_WINDOW);
      if (b && !ids.subarray(a1, b[0]).includes(BREAK)) out.push({ term, from: a0, to: b[1] });
    }
  }
  return out;
}
