/**
 * Interned spellings and word keys, so the themes stage handles each word as a small integer. A
 * token is looked up by its characters in the article (hashed in place: no string per token) in an
 * open-addressing table of token texts; spelling-table.ts then gives each spelling its trie node
 * and model rows. Bounded: texts longer than WORD_MAX, or met once the vocabulary is full, are
 * kept in the document's own stream (negative ids) instead; a full vocabulary is reset before the
 * next document, and every table built on its ids is dropped with it (`generation`).
 */

/** The id of a phrase break (punctuation) in a word stream. */
export const BREAK = -1;
/** Token text codes besides spelling ids: a token that joins words ("-", "'s"); a token with no word in it. */
export const SKIP = -2;
export const NO_WORD = -3;

const MAX = 200_000;
export const WORD_MAX = 40;

let spellings: string[] = [];
let spellingKey: Int32Array = new Int32Array(1024);
let keyIds = new Map<string, number>();
let keys: string[] = [];
/** Token texts: the text and its code (a spelling id, SKIP or NO_WORD), found through `slots` (entry + 1; 0 empty). */
let texts: string[] = [];
let codes: Int32Array = new Int32Array(1024);
let hashes: Int32Array = new Int32Array(1024);
let slots = new Int32Array(1 << 12);
let gen = 0;

/** Changes whenever ids are reassigned: tables indexed by spelling id must be rebuilt. */
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

/** Number of spelling ids in use (tables size to this). */
export function spellingCount(): number {
  return spellings.length;
}

/** Start of a document: reset the vocabulary when full, so ids stay fixed while the document is read. */
export function beginDocument(): void {
  if (spellings.length < MAX && texts.length < MAX) return;
  spellings = [];
  spellingKey = new Int32Array(1024);
  keyIds = new Map();
  keys = [];
  texts = [];
  codes = new Int32Array(1024);
  hashes = new Int32Array(1024);
  slots = new Int32Array(1 << 12);
  gen++;
}

/** FNV-1a over text[from, to). */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The code of the token text text[from, to) with hash `h` (hashRange), or undefined when not seen yet. */
export function lookupText(text: string, from: number, to: number, h: number): number | undefined {
  const mask = slots.length - 1;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const e = slots[s]! - 1;
    if (e < 0) return undefined;
    if (hashes[e] === h) {
      const t = texts[e]!;
      if (t.length === to - from && text.startsWith(t, from)) return codes[e];
    }
  }
}

/** Remember the code of a token text (not already present); ignored when long or the vocabulary is full. */
export function rememberText(t: string, code: number): void {
  if (t.length > WORD_MAX || texts.length >= MAX) return;
  const e = texts.length;
  if (e === codes.length) {
    codes = grown(codes);
    hashes = grown(hashes);
  }
  const h = hashRange(t, 0, t.length);
  texts.push(t);
  codes[e] = code;
  hashes[e] = h;
  if (2 * texts.length > slots.length) rehash(slots.length * 2);
  else place(e, h);
}

function place(e: number, h: number): void {
  const mask = slots.length - 1;
  let s = h & mask;
  while (slots[s] !== 0) s = (s + 1) & mask;
  slots[s] = e + 1;
}

function rehash(size: number): void {
  slots = new Int32Array(size);
  for (let e = 0; e < texts.length; e++) place(e, hashes[e]!);
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The spelling id of a word unit, interning it (and its key, via `fold`); -1 when it is not to be kept. */
export function spellingId(spelling: string, fold: (w: string) => string): number {
  const h = hashRange(spelling, 0, spelling.length);
  const known = lookupText(spelling, 0, spelling.length, h);
  if (known !== undefined && known >= 0) return known;
  if (spelling.length > WORD_MAX || spellings.length >= MAX || texts.length >= MAX) return -1;
  const key = fold(spelling);
  let k = keyIds.get(key);
  if (k === undefined) {
    keyIds.set(key, (k = keys.length));
    keys.push(key);
  }
  const id = spellings.length;
  if (id === spellingKey.length) spellingKey = grown(spellingKey);
  spellingKey[id] = k;
  spellings.push(spelling);
  // A spelling is also a token text: the same word as a whole token is found without the regex.
  if (known === undefined) rememberText(spelling, id);
  return id;
}
