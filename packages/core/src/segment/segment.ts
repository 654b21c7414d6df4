import type { Sentence, Token } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { isSpace } from './paragraphs.js';
import { mergeContinuations } from './merge.js';
import { wink } from './wink.js';

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
  tokenSentence: Int32Array;
  sentenceTokens: Array<[number, number]>;
}

/**
 * wink-nlp's tokenizer is quadratic on very long runs without spaces (URLs, base64, junk), so runs
 * longer than this are kept whole as one token instead of being handed to wink.
 */
const LONG_RUN = 64;

/**
 * Tokens and sentences with exact offsets. wink-nlp tokenises, tags and finds sentence
 * boundaries paragraph by paragraph (so a sentence never crosses a paragraph); we map its tokens
 * back onto the text and then undo boundaries wink puts inside quotations and parentheses.
 */
export function segment(text: string, paragraphs: readonly Span[]): Segmentation {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const sentenceTokens: Array<[number, number]> = [];

  paragraphs.forEach((para, p) => {
    const first = tokens.length;
    const starts: number[] = []; // token indices that open a sentence
    for (const [from, to, long] of pieces(text, para.start, para.end)) {
      if (long) tokens.push({ start: from, end: to, text: text.slice(from, to), pos: 'X' });
      else tagPiece(text, from, to, tokens, starts);
    }
    if (tokens.length === first) return;
    if (starts[0] !== first) starts.unshift(first);
    const ranges: Array<[number, number]> = starts.map((s, i) => [s, starts[i + 1] ?? tokens.length]);
    for (const [a, b] of mergeContinuations(text, para, tokens, ranges)) {
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      sentenceTokens.push([a, b]);
      sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph: p });
    }
  });

  const tokenSentence = new Int32Array(tokens.length);
  sentenceTokens.forEach(([a, b], s) => tokenSentence.fill(s, a, b));
  return { sentences, tokens, tokenSentence, sentenceTokens };
}

/** Split [from, to) into pieces for wink and long space-free runs kept whole: [start, end, isLongRun]. */
function pieces(text: string, from: number, to: number): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  let pieceStart = from;
  let runStart = -1;
  for (let i = from; i <= to; i++) {
    const space = i === to || isSpace(text.charCodeAt(i));
    if (!space) {
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

/** Run wink over text[from, to): push aligned tokens and the indices of sentence-opening tokens. */
function tagPiece(text: string, from: number, to: number, tokens: Token[], starts: number[]): void {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(from, to));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const bounds = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const offsets = alignTokens(text, from, to, values);
  const global = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const o = offsets[i]!;
    if (o < 0) continue;
    global[i] = tokens.length;
    tokens.push({ start: o, end: o + values[i]!.length, text: values[i]!, pos: tags[i] ?? 'X' });
  }
  for (const [a, b] of bounds) {
    for (let i = a; i <= b; i++) {
      const g = global[i] ?? -1;
      if (g >= 0) {
        starts.push(g);
        break;
      }
    }
  }
}

/** Offsets of each token value in text[from, to), searching forward; -1 where it cannot be found. */
function alignTokens(text: string, from: number, to: number, values: readonly string[]): number[] {
  const out = new Array<number>(values.length);
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    while (cursor < to && isSpace(text.charCodeAt(cursor))) cursor++;
    if (v.length > 0 && text.startsWith(v, cursor)) {
      out[i] = cursor;
      cursor += v.length;
      continue;
    }
    // wink occasionally drops or rewrites a character; look a short way ahead, never far.
    const window = text.slice(cursor, Math.min(to, cursor + 16 + v.length));
    const found = v.length > 0 ? window.indexOf(v) : -1;
    if (found >= 0) {
      out[i] = cursor + found;
      cursor += found + v.length;
    } else out[i] = -1;
  }
  return out;
}
