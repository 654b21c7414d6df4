import type { Sentence, Token } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { isSpace } from './paragraphs.js';
import { quotedRanges } from './quote-marks.js';
import { wink } from './wink.js';

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
  tokenSentence: Int32Array;
  sentenceTokens: Array<[number, number]>;
}

/**
 * Tokens and sentences with exact offsets. wink-nlp tokenises, tags and finds sentence
 * boundaries paragraph by paragraph (so a sentence never crosses a paragraph); we map its tokens
 * back onto the text and then undo boundaries that fall inside a quotation that continues.
 */
export function segment(text: string, paragraphs: readonly Span[]): Segmentation {
  const nlp = wink();
  const its = nlp.its;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const sentenceTokens: Array<[number, number]> = [];

  paragraphs.forEach((para, p) => {
    const doc = nlp.readDoc(para.text);
    const values = doc.tokens().out(its.value) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const bounds = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
    const offsets = alignTokens(text, para.start, para.end, values);

    // Sentence boundaries as token index ranges [a, b), dropping tokens that did not align.
    const first = tokens.length;
    const local = new Int32Array(values.length).fill(-1);
    for (let i = 0; i < values.length; i++) {
      const o = offsets[i];
      if (o === undefined || o < 0) continue;
      local[i] = tokens.length;
      tokens.push({ start: o, end: o + values[i]!.length, text: values[i]!, pos: tags[i] ?? 'X' });
    }
    let ranges: Array<[number, number]> = [];
    for (const [a, b] of bounds) {
      let s = -1;
      let e = -1;
      for (let i = a; i <= b; i++) {
        const g = local[i] ?? -1;
        if (g < 0) continue;
        if (s < 0) s = g;
        e = g + 1;
      }
      if (s >= 0) ranges.push([s, e]);
    }
    if (ranges.length === 0 && tokens.length > first) ranges.push([first, tokens.length]);
    ranges = mergeInsideQuotes(text, para, tokens, ranges);
    for (const [a, b] of ranges) {
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
    const at = found < 0 ? -1 : cursor + found;
    if (at >= 0) {
      out[i] = at;
      cursor = at + v.length;
    } else out[i] = -1;
  }
  return out;
}

/** Join sentence ranges whose boundary falls inside a quotation closed within the paragraph. */
function mergeInsideQuotes(text: string, para: Span, tokens: readonly Token[], ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length < 2) return ranges;
  const quoted = quotedRanges(text, para.start, para.end);
  if (quoted.length === 0) return ranges;
  const merged: Array<[number, number]> = [ranges[0]!];
  let q = 0;
  for (let i = 1; i < ranges.length; i++) {
    const boundary = tokens[ranges[i]![0]]!.start;
    while (q < quoted.length && quoted[q]![1] <= boundary) q++;
    const inside = q < quoted.length && quoted[q]![0] < boundary && boundary < quoted[q]![1];
    if (inside) merged[merged.length - 1]![1] = ranges[i]![1];
    else merged.push(ranges[i]!);
  }
  return merged;
}
