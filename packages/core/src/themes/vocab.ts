/**
 * Interned spellings and word keys, so the themes stage handles each word as a small integer: one
 * Map lookup per token, then typed-array lookups for the trie and the topic model (vocab-tables.ts).
 * Bounded: spellings longer than WORD_MAX, or met once the vocabulary is full, are kept in the
 * document's own stream (negative ids) instead; a full vocabulary is reset before the next
 * document, and every table built on its ids is dropped with it (`generation`).
 */

/** The id of a phrase break (punctuation) in a word stream. */
export const BREAK = -1;

const MAX = 200_000;
const WORD_MAX = 40;

let spellingIds = new Map<string, number>();
let spellings: string[] = [];
let spellingKey = new Int32Array(1024);
let keyIds = new Map<string, number>();
let keys: string[] = [];
let gen = 0;

/** Changes whenever ids are reassigned: tables indexed by key id must be rebuilt. */
export function generation(): number {
  return gen;
}

/** The key of key id `id` (id >= 0). */
export function keyString(id: number): string {
  return keys[id]!;
}

/** The spelling of spelling id `id` (id >= 0). */
export function spellingString(id: number): string {
  return spellings[id]!;
}

/** The key id of spelling id `id`. */
export function keyOfSpelling(id: number): number {
  return spellingKey[id]!;
}

/** Number of key ids in use (tables size to this). */
export function keyCount(): number {
  return keys.length;
}

/** Start of a document: reset the vocabulary when full, so ids stay fixed while the document is read. */
export function beginDocument(): void {
  if (spellings.length < MAX) return;
  spellingIds = new Map();
  spellings = [];
  spellingKey = new Int32Array(1024);
  keyIds = new Map();
  keys = [];
  gen++;
}

/** The spelling id of a word unit, interning it (and its key, via `fold`); -1 when it is not to be kept. */
export function spellingId(spelling: string, fold: (w: string) => string): number {
  const known = spellingIds.get(spelling);
  if (known !== undefined) return known;
  if (spelling.length > WORD_MAX || spellings.length >= MAX) return -1;
  const key = fold(spelling);
  let k = keyIds.get(key);
  if (k === undefined) {
    keyIds.set(key, (k = keys.length));
    keys.push(key);
  }
  const id = spellings.length;
  if (id === spellingKey.length) {
    const grown = new Int32Array(id * 2);
    grown.set(spellingKey);
    spellingKey = grown;
  }
  spellingKey[id] = k;
  spellings.push(spelling);
  spellingIds.set(spelling, id);
  return id;
}

/** A spelling id already interned, or undefined (no interning: for cache lookups). */
export function knownSpelling(spelling: string): number | undefined {
  return spellingIds.get(spelling);
}
