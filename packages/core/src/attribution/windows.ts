// The statement tagger over a huge document, a bounded window of tokens at a time (issue 15 item
// 10): its token view (22 bytes a token), mention list and roles would otherwise be built for the
// whole text at once (~300 MB for a 50 MB single paragraph). A window is a run of the tagger's own
// sequences (paragraphs, long ones cut at sentence openings: input.ts) plus MARGIN tokens of context
// on each side, so every feature, candidate and link equals the whole-document reading: the tagger
// reads at most a sentence or 60 tokens outside a sequence; the roles of the tokens before the
// window and the quotation state at its first token are carried over from the window before.
import type { Entity, Token } from '../model/layers.js';
import { tokenView, type TagInput, type TagMention } from './features.js';
import { MAX_SEQUENCE, tagInput } from './input.js';
import { attributionModel } from './model.js';
import { tagStatements, type TaggedStatement } from './tag.js';

/** Documents with fewer tokens are tagged in one piece, as before. */
export const WINDOW_FROM = 100_000;
/** Tokens of tagged sequences per window (at least; a window ends at a sequence end). */
export const WINDOW = 20_000;
/** Context tokens on each side of a window: well beyond the ranker's 60 before and 40 after a cue. */
export const MARGIN = 250;

export interface WindowOptions {
  /** Overrides WINDOW_FROM / WINDOW (tests cut ordinary articles into many windows). */
  from?: number;
  window?: number;
}

/**
 * `each(statement, input)` for every statement the tagger finds, in text order; `input` is the
 * (window's) tagger input, whose mentions cover at least MARGIN tokens around the statement.
 */
export function tagInWindows<R>(
  text: string,
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  entities: readonly Entity[],
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
  each: (t: TaggedStatement, input: TagInput) => R,
  opts: WindowOptions = {},
): R[] {
  const out: R[] = [];
  if (tokens.length < (opts.from ?? WINDOW_FROM)) {
    const input = tagInput(text, tokens, sentences, entities);
    for (const t of tagStatements(input, paragraphs)) out.push(each(t, input));
    return out;
  }
  const size = Math.max(opts.window ?? WINDOW, MARGIN + 1);
  const mentions = sortedMentions(entities);
  const sentenceOf = (i: number): number => firstEndingAfter(sentences, tokens[i]!.start);
  const m = attributionModel();
  let carry: { inQuote: boolean; lastLine: number } | undefined;
  let prev: { a: number; roles: Uint8Array } | null = null;
  let seqs: Array<{ start: number; end: number }> = [];
  let coreA = -1;
  let coreB = -1;

  const flush = (): void => {
    if (!seqs.length) return;
    const a = Math.max(0, coreA - MARGIN);
    const b = Math.min(tokens.length, coreB + MARGIN);
    const wTokens = tokens.slice(a, b);
    const s0 = sentenceOf(a);
    const s1 = sentenceOf(b - 1);
    const from = tokens[a]!.start;
    const input: TagInput = { text, tokens: wTokens, sentences: sentences.slice(s0, s1 + 1), mentions: mentions.between(from - 1000, tokens[b - 1]!.end + 1000), ...(carry && { carry }) };
    const roles = new Uint8Array(b - a);
    if (prev) roles.set(prev.roles.subarray(a - prev.a, coreA - prev.a));
    const view = tokenView(input, m.cues);
    for (const t of tagStatements(input, seqs, { roles, view })) {
      if (t.cueTok) t.cueTok = [t.cueTok[0] + a, t.cueTok[1] + a];
      t.contentTok = t.contentTok.map(([x, y]) => [x + a, y + a]);
      out.push(each(t, input));
    }
    // The quotation state after the token before the next window's first (features.ts tokenView).
    const next = Math.max(0, coreB - MARGIN) - 1;
    if (next >= a) {
      const q = view.quote[next - a]!;
      carry = { inQuote: q === 1 || q === 2, lastLine: tokens[next]!.end };
    }
    prev = { a, roles };
    seqs = [];
    coreA = -1;
  };

  // The sequences of input.ts (paragraphRanges, then sequenceRanges), walked without building them all.
  let i = 0;
  for (const p of paragraphs) {
    while (i < tokens.length && tokens[i]!.start < p.start) i++;
    const pa = i;
    while (i < tokens.length && tokens[i]!.start < p.end) i++;
    let s = pa;
    while (s < i) {
      let cut = i;
      if (i - s > MAX_SEQUENCE) {
        cut = s + MAX_SEQUENCE;
        while (cut > s + 1 && sentenceOf(cut) === sentenceOf(cut - 1)) cut--;
        if (cut <= s + 1) cut = s + MAX_SEQUENCE;
      }
      if (coreA < 0) coreA = s;
      coreB = cut;
      seqs.push({ start: tokens[s]!.start, end: tokens[cut - 1]!.end });
      s = cut;
      if (coreB - coreA >= size) flush();
    }
  }
  flush();
  return out;
}

/** Index of the first span ending after `pos` (spans in text order): the tagger's sentence of a token. */
function firstEndingAfter(spans: ReadonlyArray<{ end: number }>, pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every entity mention in the order of input.ts (start, then longest first), as typed arrays. */
function sortedMentions(entities: readonly Entity[]): { between(from: number, to: number): TagMention[] } {
  let n = 0;
  for (const e of entities) n += e.mentions.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const type = new Uint16Array(n);
  const types: string[] = [];
  const typeIds = new Map<string, number>();
  let k = 0;
  for (const e of entities) {
    let t = typeIds.get(e.type);
    if (t === undefined) typeIds.set(e.type, (t = types.push(e.type) - 1));
    for (const mn of e.mentions) {
      start[k] = mn.start;
      end[k] = mn.end;
      type[k++] = t;
    }
  }
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) order[j] = j;
  order.sort((x, y) => start[x]! - start[y]! || end[y]! - end[x]! || x - y);
  const sStart = new Int32Array(n);
  for (let j = 0; j < n; j++) sStart[j] = start[order[j]!]!;
  return {
    /** The mentions starting in [from, to), in order. */
    between(from: number, to: number): TagMention[] {
      const out: TagMention[] = [];
      for (let j = lowerBound(sStart, from); j < n && sStart[j]! < to; j++) {
        const o = order[j]!;
        out.push({ start: start[o]!, end: end[o]!, type: types[type[o]!]! });
      }
      return out;
    },
  };
}

function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
