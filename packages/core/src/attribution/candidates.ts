// Who may be the source of a cue: the mentions of the cue's sentence and the one before it —
// entity mentions, personal and relative pronouns, and base noun phrases (determiners, adjectives,
// numbers and nouns up to the last noun: "the company's chief executive", "two sources"). Built
// from the tagger's token view and POS tags, in a window of bounded size around the cue, so
// ranking every cue of an article stays linear.
import type { TagInput, TokenView } from './features.js';
import { hashString } from './hash.js';

export interface Candidate {
  /** Token range [a, b). */
  a: number;
  b: number;
  /** Head token (the last noun of a phrase, the pronoun, the mention's last token). */
  head: number;
  /** 0 pronoun, 1 entity mention, 2 phrase with a proper-noun head, 3 phrase with a common-noun head. */
  kind: number;
  /** Entity type of the head token: 0 none, 1 PERSON, 2 ORG, 3 place, 4 other. */
  ent: number;
  /** Hash of the head's entity label as the NER layer gives it (DATE, EVENT, …; 0 none). */
  label: number;
}

/** Tokens searched before and after a cue. */
export const BEFORE = 60;
export const AFTER = 40;

// POS tags by their hash in the token view (`pos`): integer compares, no string look-ups per token.
const [DET, ADJ, NOUN, PROPN, NUM, PART] = ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].map(hashString) as [number, number, number, number, number, number];
const isNP = (p: number): boolean => p === NOUN || p === PROPN || p === DET || p === ADJ || p === NUM;
/** Word hashes (features.ts `word`, lower-cased) of the pronouns that may be a source. */
const PRONOUNS = new Set('he she they we i you it who'.split(' ').map(hashString));
const labels = new Map<string, number>();
const labelOf = (type: string): number => {
  let h = labels.get(type);
  if (h === undefined) labels.set(type, (h = hashString(type)));
  return h;
};

/** Entity type from a token's entity code (features.ts `ent`: type, +4 inside a mention). */
export const entType = (code: number): number => (code ? ((code - 1) & 3) + 1 : 0);

/** The token window [lo, hi) searched for a cue's source: its sentence and the previous one, capped. */
export function sourceWindow(v: TokenView, cueA: number, cueB: number): [number, number] {
  const s = v.sent[cueA]!;
  let lo = cueA;
  while (lo > 0 && cueA - lo < BEFORE && v.sent[lo - 1]! >= s - 1) lo--;
  let hi = cueB;
  while (hi < v.n && hi - cueB < AFTER && v.sent[hi]! === v.sent[cueB - 1]!) hi++;
  return [lo, hi];
}

/** Candidates in [lo, hi), outside the cue [cueA, cueB), in text order of their start. */
export function candidatesIn(input: TagInput, v: TokenView, lo: number, hi: number, cueA: number, cueB: number): Candidate[] {
  const { tokens, text, mentions } = input;
  const out: Candidate[] = [];
  const clear = (a: number, b: number) => b <= cueA || a >= cueB;
  const label = new Uint32Array(hi - lo);
  const spans: Array<[number, number, number]> = [];
  // Entity mentions, and each token's entity label (mentions are sorted by start: binary search the window's first).
  const from = tokens[lo]!.start;
  const to = tokens[hi - 1]!.end;
  let m = 0;
  let mh = mentions.length;
  while (m < mh) {
    const md = (m + mh) >> 1;
    if (mentions[md]!.start < from) m = md + 1;
    else mh = md;
  }
  let ti = lo;
  for (; m < mentions.length && mentions[m]!.start < to; m++) {
    const mt = mentions[m]!;
    while (ti < hi && tokens[ti]!.start < mt.start) ti++;
    let tj = ti;
    while (tj < hi && tokens[tj]!.end <= mt.end) tj++;
    if (tj <= ti) continue;
    const lb = labelOf(mt.type);
    for (let i = ti; i < tj; i++) label[i - lo] = lb;
    if (clear(ti, tj)) spans.push([ti, tj, lb]);
  }
  // Base noun phrases; a possessive "'s" continues the phrase ("the firm's lawyer").
  const pos = v.pos;
  for (let i = lo; i < hi; ) {
    if (!isNP(pos[i]!) || !clear(i, i + 1)) {
      i++;
      continue;
    }
    let j = i;
    let last = -1;
    while (j < hi && clear(j, j + 1) && (isNP(pos[j]!) || (j > i && pos[j] === PART && possessive(text, tokens[j]!.start, tokens[j]!.end)))) {
      if (pos[j] === NOUN || pos[j] === PROPN) last = j;
      j++;
    }
    if (last >= 0) out.push({ a: i, b: last + 1, head: last, kind: pos[last] === PROPN ? 2 : 3, ent: entType(v.ent[last]!), label: label[last - lo]! });
    i = j;
  }
  for (const [ti, tj, lb] of spans) {
    let dup = false;
    for (let k = 0; k < out.length && !dup; k++) dup = out[k]!.a === ti && out[k]!.b === tj;
    if (dup) continue;
    out.push({ a: ti, b: tj, head: tj - 1, kind: 1, ent: entType(v.ent[tj - 1]!) || 4, label: lb });
  }
  for (let i = lo; i < hi; i++) {
    if (!clear(i, i + 1) || tokens[i]!.pos !== 'PRON') continue;
    if (PRONOUNS.has(v.word[i]!)) out.push({ a: i, b: i + 1, head: i, kind: 0, ent: 0, label: 0 });
  }
  out.sort((x, y) => x.a - y.a || y.b - x.b);
  return out;
}

/** "'s", "'", "’s" or "’": the possessive that continues a noun phrase. */
function possessive(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (c !== 39 && c !== 0x2019) return false;
  return e - s === 1 || (e - s === 2 && text.charCodeAt(s + 1) === 115);
}
