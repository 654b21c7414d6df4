// Token features of the attribution tagger. Every feature is an integer from the start: per-token
// hashes (word, POS, shape, suffix) are computed once per document, and templates combine them with
// small context values (learned cue-lexicon strength, distance to the nearest cue, quote state,
// entity type, sentence position) into keys (hash.ts key1/key2: one multiply-xorshift round), so
// the hot loop never builds strings. 37 templates: five of the first 42 (the word two to the right,
// the POS trigram, the word with its left-cue distance, POS with right-cue distance, next POS with
// entity type) were dropped as the ones whose removal cost least on the held-out training slice
// (scripts/train-attribution.ts), never on dev.
import type { CueLexicon } from './cue-table.js';
import { hashRange as hashRange_, hashString, KEY_A as A, KEY_B as B, keyFinish as keyFinish_, keySeed } from './hash.js';

// Imported functions copied to module constants: under tsx (training) imports compile to getters.
const hashRange = hashRange_;
const keyFinish = keyFinish_;
const imul = Math.imul;
/** keySeed of every template id used below (ids up to 41). */
const SEED = Int32Array.from({ length: 42 }, (_, t) => keySeed(t));

export interface TagToken { start: number; end: number; pos: string }
export interface TagMention { start: number; end: number; type: string }

export interface TagInput {
  text: string;
  tokens: readonly TagToken[];
  /** Sentence spans in text order. */
  sentences: ReadonlyArray<{ start: number; end: number }>;
  /** Entity mentions in text order (PERSON, ORG, ...). */
  mentions: readonly TagMention[];
  /** The quotation state before the first token, when `tokens` is a window of a longer document (windows.ts). */
  carry?: { inQuote: boolean; lastLine: number };
}

/** Per-document token arrays the templates read. */
export interface TokenView {
  n: number;
  word: Uint32Array;
  pos: Uint32Array;
  shape: Uint8Array;
  suffix: Uint32Array;
  /** Learned cue strength of the word, 0 (never a cue) .. 4. */
  cue: Uint8Array;
  /** 1 inside double quotation marks, 2 on an opening mark, 3 on a closing one. */
  quote: Uint8Array;
  /** Entity code: 0 none, 1-4 type (PERSON, ORG, place, other), +4 when not the first token. */
  ent: Uint8Array;
  /** Index of the token in its sentence. */
  sentPos: Uint16Array;
  /** Sentence index of the token. */
  sent: Int32Array;
}

export const TEMPLATES = 37;
/** Cue strength from which a word counts as "a cue" for distances and the paragraph pre-filter. */
export const CUE_MIN = 2;
/** Cue strength a paragraph needs (or a quotation mark) to be tagged at all. */
export const TAG_MIN = 3;

const OPEN = new Set([0x201c, 0x201e, 0xab]);
const CLOSE = new Set([0x201d, 0xbb]);

function shapeOf(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  if (c < 128 && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
    if (c <= 57) return 7;
    if (c >= 97) return 10;
    const d = e - s > 1 ? text.charCodeAt(s + 1) : 0;
    return d >= 65 && d <= 90 ? 8 : 9;
  }
  // ASCII punctuation (a tenth of all tokens) without the Unicode tests below.
  if (c < 128 && e - s === 1) return c === 44 ? 1 : c === 46 ? 2 : c === 58 ? 3 : c === 34 ? 4 : c === 45 ? 5 : 6;
  const ch = text[s]!;
  if (e - s === 1 && !/[\p{L}\p{N}]/u.test(ch)) return c === 44 ? 1 : c === 46 ? 2 : c === 58 ? 3 : OPEN.has(c) || CLOSE.has(c) || c === 34 ? 4 : /[–—-]/.test(ch) ? 5 : 6;
  if (/\p{N}/u.test(ch)) return 7;
  if (/\p{Lu}/u.test(ch)) {
    if (e - s > 1 && /\p{Lu}/u.test(text[s + 1]!)) return 8;
    return 9;
  }
  return 10;
}

const ENT: Record<string, number> = { PERSON: 1, ORG: 2, GPE: 3, LOC: 3, NORP: 3 };

/**
 * The hash of a word that is no learned cue, with a British "-ise" spelling read as the "-ize" one the training articles (US
 * news) use when only that one is a learned cue: "criticised", "apologised", "emphasised" would
 * otherwise be unseen words, and their paragraphs not even tagged.
 */
function spellingFold(text: string, s: number, e: number, w: number, cues: CueLexicon): number {
  if (e - s < 5) return w;
  const at = iseAt(text, s, e);
  if (at < 0) return w;
  const us = hashString(text.slice(s, at) + 'iz' + text.slice(at + 2, e));
  return cues.has(us) ? us : w;
}

/** Where "is" starts in a word ending in -ise, -ised, -ises or -ising (-1 when it does not). */
function iseAt(text: string, s: number, e: number): number {
  // ASCII lower case of the last three characters (| 0x20)
  const z = text.charCodeAt(e - 1) | 0x20;
  const y = text.charCodeAt(e - 2) | 0x20;
  let k: number; // just after the "is"
  if (z === 0x67 && y === 0x6e && (text.charCodeAt(e - 3) | 0x20) === 0x69) k = e - 3; // -is|ing
  else if ((z === 0x64 || z === 0x73) && y === 0x65) k = e - 2; // -is|ed, -is|es
  else if (z === 0x65) k = e - 1; // -is|e
  else return -1;
  return k - 2 > s && (text.charCodeAt(k - 1) | 0x20) === 0x73 && (text.charCodeAt(k - 2) | 0x20) === 0x69 ? k - 2 : -1;
}

export function tokenView(input: TagInput, cueLexicon: CueLexicon): TokenView {
  const { text, tokens, sentences, mentions } = input;
  const n = tokens.length;
  const v: TokenView = {
    n,
    word: new Uint32Array(n),
    pos: new Uint32Array(n),
    shape: new Uint8Array(n),
    suffix: new Uint32Array(n),
    cue: new Uint8Array(n),
    quote: new Uint8Array(n),
    ent: new Uint8Array(n),
    sentPos: new Uint16Array(n),
    sent: new Int32Array(n),
  };
  const posIds = new Map<string, number>();
  let si = 0;
  let sentStart = 0;
  let inQuote = input.carry?.inQuote ?? false;
  let lastLine = input.carry?.lastLine ?? 0;
  let mi = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    let w = hashRange(text, t.start, t.end);
    let cue = cueLexicon.get(w);
    if (cue === undefined) {
      w = spellingFold(text, t.start, t.end, w, cueLexicon);
      cue = cueLexicon.get(w);
    }
    v.word[i] = w;
    let p = posIds.get(t.pos);
    if (p === undefined) posIds.set(t.pos, (p = hashRange(t.pos, 0, t.pos.length)));
    v.pos[i] = p;
    v.shape[i] = shapeOf(text, t.start, t.end);
    v.suffix[i] = hashRange(text, Math.max(t.start, t.end - 3), t.end);
    v.cue[i] = cue ?? 0;
    while (si < sentences.length && sentences[si]!.end <= t.start) si++;
    if (i === 0 || v.sent[i - 1] !== si) sentStart = i;
    v.sent[i] = si;
    v.sentPos[i] = Math.min(65535, i - sentStart);
    // Quote state resets at each line: quotes are paired within paragraphs. The gap between two
    // tokens is scanned once, so this stays linear.
    for (let k = lastLine; k < t.start; k++) if (text.charCodeAt(k) === 10) inQuote = false;
    lastLine = t.end;
    const c = text.charCodeAt(t.start);
    if (t.end - t.start === 1 && (c === 34 || OPEN.has(c) || CLOSE.has(c))) {
      const opens: boolean = OPEN.has(c) || (c === 34 && !inQuote);
      v.quote[i] = opens ? 2 : 3;
      inQuote = opens;
    } else v.quote[i] = inQuote ? 1 : 0;
    while (mi < mentions.length && mentions[mi]!.end <= t.start) mi++;
    const m = mentions[mi];
    if (m && m.start <= t.start && t.end <= m.end) v.ent[i] = (ENT[m.type] ?? 4) + (m.start < t.start ? 4 : 0);
  }
  return v;
}

const distBucket = (d: number): number => (d < 0 ? 0 : d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : d <= 25 ? 6 : 7);
const posBucket = (p: number): number => (p <= 2 ? p : p <= 5 ? 3 : p <= 10 ? 4 : 5);

/**
 * Features of tokens [a, b) (one paragraph) into out[(i - a) * TEMPLATES + k], masked to the
 * weight table. Cue distances are counted inside the paragraph, in tokens.
 */
export function paragraphFeatures(v: TokenView, a: number, b: number, mask: number, out: Int32Array): void {
  const len = b - a;
  const left = new Int32Array(len);
  const right = new Int32Array(len);
  let last = -1;
  for (let i = a; i < b; i++) {
    left[i - a] = last < 0 ? -1 : i - last;
    if (v.cue[i]! >= CUE_MIN) last = i;
  }
  last = -1;
  for (let i = b - 1; i >= a; i--) {
    right[i - a] = last < 0 ? -1 : last - i;
    if (v.cue[i]! >= CUE_MIN) last = i;
  }
  // Clause punctuation (commas, colons, dashes) since the nearest cue on the left: "X said that …"
  // reports what follows; "…, X said, adding …" starts a new clause.
  const punct = new Uint8Array(len);
  let np = 0;
  for (let i = a; i < b; i++) {
    if (left[i - a]! === 1) np = 0;
    punct[i - a] = Math.min(np, 3);
    const sh = v.shape[i]!;
    if (sh === 1 || sh === 3 || sh === 5) np++;
  }
  const { word, pos, shape, suffix, cue, quote, ent, sentPos, sent } = v;
  const E = 0x9e37;
  for (let i = a; i < b; i++) {
    const o = (i - a) * TEMPLATES;
    const w = word[i]!;
    const wp = i > a ? word[i - 1]! : E;
    const wn = i + 1 < b ? word[i + 1]! : E + 1;
    const wp2 = i > a + 1 ? word[i - 2]! : E;
    const wn2 = i + 2 < b ? word[i + 2]! : E + 1;
    const p = pos[i]!;
    const pp = i > a ? pos[i - 1]! : E;
    const pn = i + 1 < b ? pos[i + 1]! : E + 1;
    const lb = distBucket(left[i - a]!);
    const rb = distBucket(right[i - a]!);
    const ls = left[i - a]! >= 0 && sent[i - left[i - a]!] === sent[i] ? 1 : 0;
    const rs = right[i - a]! >= 0 && sent[i + right[i - a]!] === sent[i] ? 1 : 0;
    const q = quote[i]!;
    const en = ent[i]!;
    const sp = posBucket(sentPos[i]!);
    const cp = i > a ? cue[i - 1]! : 7;
    const cn = i + 1 < b ? cue[i + 1]! : 7;
    const prevEnd = i > a && sent[i - 1] !== sent[i] ? 1 : 0;
    out[o + 0] = 1;
    out[o + 1] = imul(w, A) ^ SEED[1]!;
    out[o + 2] = imul(wp, A) ^ SEED[2]!;
    out[o + 3] = imul(wn, A) ^ SEED[3]!;
    out[o + 4] = imul(wp2, A) ^ SEED[4]!;
    out[o + 5] = imul(wp, A) ^ imul(w, B) ^ SEED[6]!;
    out[o + 6] = imul(w, A) ^ imul(wn, B) ^ SEED[7]!;
    out[o + 7] = imul(p, A) ^ SEED[8]!;
    out[o + 8] = imul(pp, A) ^ imul(p, B) ^ SEED[9]!;
    out[o + 9] = imul(p, A) ^ imul(pn, B) ^ SEED[10]!;
    out[o + 10] = imul(shape[i]!, A) ^ SEED[12]!;
    out[o + 11] = imul(suffix[i]!, A) ^ SEED[13]!;
    out[o + 12] = imul(cue[i]!, A) ^ SEED[14]!;
    out[o + 13] = imul(cp * 8 + cue[i]!, A) ^ SEED[15]!;
    out[o + 14] = imul(cn, A) ^ imul(p, B) ^ SEED[16]!;
    out[o + 15] = imul(lb * 2 + ls, A) ^ SEED[17]!;
    out[o + 16] = imul(rb * 2 + rs, A) ^ SEED[18]!;
    out[o + 17] = imul(lb * 8 + rb, A) ^ SEED[19]!;
    out[o + 18] = imul(q, A) ^ SEED[20]!;
    out[o + 19] = imul(q * 16 + lb * 2 + ls, A) ^ SEED[21]!;
    out[o + 20] = imul(q * 16 + rb * 2 + rs, A) ^ SEED[22]!;
    out[o + 21] = imul(en, A) ^ SEED[23]!;
    out[o + 22] = imul(en * 16 + rb * 2 + rs, A) ^ SEED[24]!;
    out[o + 23] = imul(en * 16 + lb * 2 + ls, A) ^ SEED[25]!;
    out[o + 24] = imul(sp + prevEnd * 8, A) ^ SEED[26]!;
    out[o + 25] = imul(sp * 16 + rb * 2 + rs, A) ^ SEED[27]!;
    out[o + 26] = imul(p, A) ^ imul(lb * 2 + ls, B) ^ SEED[29]!;
    out[o + 27] = imul(prevEnd, A) ^ imul(w, B) ^ SEED[31]!;
    // Which cue is nearest (said / according / believes), and what follows it ("that", ",", ":").
    const li = left[i - a]! >= 0 ? i - left[i - a]! : -1;
    const ri = right[i - a]! >= 0 ? i + right[i - a]! : -1;
    const lw = li >= 0 ? word[li]! : E;
    const rw = ri >= 0 ? word[ri]! : E + 1;
    const after = li >= 0 && li + 1 < b ? word[li + 1]! : E;
    const pu = punct[i - a]!;
    out[o + 28] = imul(lw, A) ^ imul(ls * 8 + Math.min(lb, 7), B) ^ SEED[32]!;
    out[o + 29] = imul(rw, A) ^ imul(rs * 8 + Math.min(rb, 7), B) ^ SEED[33]!;
    out[o + 30] = imul(after, A) ^ imul(lb * 2 + ls, B) ^ SEED[34]!;
    out[o + 31] = imul(pu * 64 + lb * 8 + ls * 4 + (q === 1 ? 1 : 0), A) ^ SEED[35]!;
    out[o + 32] = imul(shape[i]! * 32 + rb * 2 + rs, A) ^ SEED[36]!;
    out[o + 33] = imul(p, A) ^ imul(cue[i]!, B) ^ SEED[37]!;
    out[o + 34] = imul(wn, A) ^ imul(rb * 2 + rs, B) ^ SEED[38]!;
    out[o + 35] = imul(q * 16 + en, A) ^ SEED[39]!;
    out[o + 36] = imul(rw, A) ^ imul(en * 2 + rs, B) ^ SEED[41]!;
    // The keys' last round (hash.ts `keyFinish`), one tight pass over the token's row.
    for (let k = o + 1; k < o + TEMPLATES; k++) out[k] = keyFinish(out[k]!) & mask;
  }
}
