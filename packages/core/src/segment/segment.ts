import type { Sentence, Token } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { isSpace } from './paragraphs.js';
import { mergeContinuations } from './merge.js';
import { TokenTable, tokenList, tokenObjects } from './token-table.js';
import { LAZY_FROM, lazyList } from '../pipeline/lazy-list.js';
import { wink } from './wink.js';

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
  tokenSentence: Int32Array;
  sentenceTokens: Array<[number, number]>;
  /** The tokens' offsets and tags as typed arrays (rows [0, length)): stages that need only offsets read these. */
  tokenTable: TokenTable;
}

/**
 * wink-nlp's tokenizer is quadratic on very long runs without spaces (URLs, base64, junk), so runs
 * longer than this are kept whole as one token instead of being handed to wink.
 */
const LONG_RUN = 64;

/**
 * wink reads at most this many characters at once. Its document for a 50 MB paragraph held
 * several GB; in windows it holds one window's worth. Shorter pieces (any ordinary article) are
 * read whole, exactly as before.
 */
export const WINK_WINDOW = 100_000;

/**
 * Tokens and sentences with exact offsets. wink-nlp tokenises, tags and finds sentence boundaries
 * once per block of adjacent paragraphs (one readDoc per article, not per paragraph: wink's
 * per-document setup costs more than its per-token work on short paragraphs); we map its tokens
 * back onto the text, cut sentences at every paragraph start (a sentence never crosses a
 * paragraph) and then undo boundaries wink puts inside quotations and parentheses.
 */
export function segment(text: string, paragraphs: readonly Span[], window = WINK_WINDOW, compactFrom = LAZY_FROM): Segmentation {
  const sentences: Sentence[] = [];
  // News text runs about five characters a token (spaces included): room for that up front.
  const tokens = new TokenTable(Math.max(1024, Math.ceil(text.length / 5)));
  const sentenceTokens: Array<[number, number]> = [];
  const opens: number[] = []; // token indices where wink opens a sentence, ascending per block

  for (let first = 0; first < paragraphs.length; ) {
    const last = blockEnd(text, paragraphs, first);
    const from = paragraphs[first]!.start;
    const to = paragraphs[last]!.end;
    const blockFirstToken = tokens.length;
    const blockFirstOpen = opens.length;
    for (const [a, b, long] of pieces(text, from, to)) {
      if (long) tokens.push(a, b, 'X');
      else tagWindows(text, a, b, tokens, opens, window);
    }
    // Hand out the block's tokens and sentence openings paragraph by paragraph.
    let k = blockFirstToken;
    let o = blockFirstOpen;
    for (let p = first; p <= last; p++) {
      const para = paragraphs[p]!;
      const a = k;
      while (k < tokens.length && tokens.start[k]! < para.end) k++;
      if (k === a) continue;
      const starts = [a];
      while (o < opens.length && opens[o]! < k) {
        if (opens[o]! > a) starts.push(opens[o]!);
        o++;
      }
      const ranges = starts.map((s, i): [number, number] => [s, starts[i + 1] ?? k]);
      for (const [s, e] of mergeContinuations(text, para, tokens.start, ranges)) {
        const start = tokens.start[s]!;
        const end = tokens.end[e - 1]!;
        sentenceTokens.push([s, e]);
        sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph: p });
      }
    }
    first = last + 1;
  }

  const compact = tokens.length > compactFrom;
  // A huge document keeps its sentences' token ranges as flat pairs behind a lazy list (a
  // two-number array each is ~75 bytes).
  const flat = compact ? Int32Array.from(sentenceTokens.flat()) : null;
  const tokenSentenceOf = (): Int32Array => {
    const out = new Int32Array(tokens.length);
    if (flat) for (let s = 0; 2 * s < flat.length; s++) out.fill(s, flat[2 * s]!, flat[2 * s + 1]!);
    else sentenceTokens.forEach(([a, b], s) => out.fill(s, a, b));
    return out;
  };
  const list = compact ? tokenList(text, tokens) : tokenObjects(text, tokens);
  const ranges = flat ? lazyList(sentenceTokens.length, (s): [number, number] => [flat[2 * s]!, flat[2 * s + 1]!]) : sentenceTokens;
  const seg = { sentences, tokens: list, sentenceTokens: ranges, tokenTable: tokens } as Segmentation;
  // A huge document makes `tokenSentence` on each read (4 bytes a token; only key phrases read it)
  // instead of holding it through every stage: copy it with its descriptor (stage.ts).
  if (compact) Object.defineProperty(seg, 'tokenSentence', { get: tokenSentenceOf, enumerable: true, configurable: true });
  else seg.tokenSentence = tokenSentenceOf();
  return seg;
}

/**
 * Last paragraph of the block opening at `first`: paragraphs join a block while each follows the
 * previous one across nothing but whitespace that wink itself splits on, so no wink token can
 * straddle a paragraph boundary and the text between them yields no tokens.
 */
function blockEnd(text: string, paragraphs: readonly Span[], first: number): number {
  let last = first;
  while (last + 1 < paragraphs.length) {
    const gapStart = paragraphs[last]!.end;
    const gapEnd = paragraphs[last + 1]!.start;
    if (gapEnd < gapStart || gapEnd === gapStart) break;
    let i = gapStart;
    while (i < gapEnd && isWinkSpace(text.charCodeAt(i))) i++;
    if (i < gapEnd) break;
    last++;
  }
  return last;
}

/** The characters wink-nlp's tokenizer splits on (its space and line-break classes). */
function isWinkSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** Split [from, to) into pieces for wink and long space-free runs kept whole: [start, end, isLongRun]. */
function pieces(text: string, from: number, to: number): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  let pieceStart = from;
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    const c = i === to ? 32 : text.charCodeAt(i);
    // Printable ASCII is the common case: skip the full space test for it.
    if ((c > 32 && c < 127) || !(c === 32 || isSpace(c))) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart > LONG_RUN) {
      if (runStart > pieceStart) out.push([pieceStart, runStart, false]);
      out.push([runStart, i, true]);
      pieceStart = i;
    }
    runStart = -1;
  }
  if (pieceStart < to) out.push([pieceStart, to, false]);
  return out;
}

/**
 * Run wink over text[from, to) in windows of at most `window` characters. Each window but the last
 * keeps its tokens up to its last sentence opening, and the next window starts there, so wink
 * always reads whole sentences from a sentence start; offsets stay global. Only a sentence longer
 * than a window is cut at a space.
 */
function tagWindows(text: string, from: number, to: number, tokens: TokenTable, opens: number[], window: number): void {
  let a = from;
  while (to - a > window) {
    let b = a + window;
    while (b > a && !isSpace(text.charCodeAt(b))) b--;
    if (b === a) b = a + window; // no space at all in the window: cut anyway
    const firstToken = tokens.length;
    const firstOpen = opens.length;
    tagPiece(text, a, b, tokens, opens);
    const last = opens.length > firstOpen ? opens[opens.length - 1]! : -1;
    if (last > firstToken) {
      a = tokens.start[last]!;
      tokens.length = last;
      opens.length--;
    } else a = b;
  }
  tagPiece(text, a, to, tokens, opens);
}

/** Run wink over text[from, to): push aligned tokens and the indices of sentence-opening tokens. */
function tagPiece(text: string, from: number, to: number, tokens: TokenTable, opens: number[]): void {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(from, to));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const bounds = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // Index into `tokens` of each wink token, -1 for line breaks and tokens we could not place.
  const global = new Int32Array(values.length);
  const first = tokens.length;
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    while (cursor < to && isSpace(text.charCodeAt(cursor))) cursor++;
    const at = v.length === 0 || isSpace(v.charCodeAt(0)) ? -1 : locate(text, cursor, to, v);
    if (at < 0) {
      global[i] = -1;
      continue;
    }
    cursor = at + v.length;
    // wink splits a word at a letter outside Latin-1 ("Laz|ă|r", "Wa|łę|sa", "Nguy|ễ|n"): pieces that
    // touch, letters on both sides, are one token again, tagged as a name if any piece was.
    if (tokens.length > first && tokens.end[tokens.length - 1] === at && spacedLetter(text, at - 1) && spacedLetter(text, at)) {
      const last = tokens.tagOf(tokens.length - 1);
      const tag = tags[i] ?? 'X';
      tokens.extendLast(cursor, last === 'X' || (tag === 'PROPN' && last !== 'PROPN') ? tag : undefined);
      global[i] = tokens.length - 1;
      continue;
    }
    global[i] = tokens.length;
    tokens.push(at, cursor, tags[i] ?? 'X');
  }
  for (const [a, b] of bounds) {
    for (let i = a; i <= b; i++) {
      const g = global[i] ?? -1;
      if (g >= 0) {
        opens.push(g);
        break;
      }
    }
  }
}

/** A letter (or combining mark) of a script written with spaces between words; CJK is not merged. */
const SPACED_LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}]/u;
function spacedLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return SPACED_LETTER.test(text[i]!);
}

/** Offset of token value `v` at `cursor` or a short way after it in text[.., to); -1 if absent. */
function locate(text: string, cursor: number, to: number, v: string): number {
  if (text.startsWith(v, cursor) && cursor + v.length <= to) return cursor;
  // wink occasionally drops or rewrites a character; look a short way ahead, never far.
  const window = text.slice(cursor, Math.min(to, cursor + 16 + v.length));
  const found = window.indexOf(v);
  return found >= 0 ? cursor + found : -1;
}
