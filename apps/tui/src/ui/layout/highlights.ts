/**
 * Per-character highlight map of an article, built only from the spans core gives us (quotes,
 * speaker mentions, entity mentions): the TUI never re-analyses text. Later layers overwrite
 * earlier ones, so a speaker name inside a quote still reads as the speaker.
 */
import type { Analysis } from '@lede/core';
import { entityKind, type MarkKind } from '../theme.js';

export const markKinds: readonly MarkKind[] = ['plain', 'quote', 'speaker', 'person', 'org', 'place', 'other'];
const code = (k: MarkKind): number => markKinds.indexOf(k);

export interface HighlightMap {
  /** Index into markKinds for every UTF-16 position of article.text. */
  kinds: Uint8Array;
  /** Index of the quote covering each position, or -1. */
  quoteAt: Int32Array;
}

function paint(arr: Uint8Array | Int32Array, start: number, end: number, value: number): void {
  const a = Math.max(0, start);
  const b = Math.min(arr.length, end);
  if (b > a) arr.fill(value, a, b);
}

export function highlightMap(analysis: Analysis): HighlightMap {
  const n = analysis.article.text.length;
  const kinds = new Uint8Array(n);
  const quoteAt = new Int32Array(n).fill(-1);
  analysis.quotes.forEach((q, i) => {
    paint(kinds, q.start, q.end, code('quote'));
    paint(quoteAt, q.start, q.end, i);
  });
  for (const e of analysis.entities) {
    const kind = code(entityKind(e.type));
    for (const m of e.mentions) paint(kinds, m.start, m.end, kind);
  }
  for (const q of analysis.quotes) {
    const s = q.speaker;
    if (s?.start !== undefined && s.end !== undefined) paint(kinds, s.start, s.end, code('speaker'));
  }
  return { kinds, quoteAt };
}

export interface Segment {
  text: string;
  kind: MarkKind;
  /** Part of the quote the reader has jumped to. */
  current: boolean;
}

/** Split text[start, end) into runs of equal highlight, marking the current quote. */
export function segmentsOf(text: string, start: number, end: number, map: HighlightMap, currentQuote: number): Segment[] {
  const out: Segment[] = [];
  let runStart = start;
  const keyAt = (i: number): number => map.kinds[i]! * 2 + (currentQuote >= 0 && map.quoteAt[i] === currentQuote ? 1 : 0);
  for (let i = start + 1; i <= end; i++) {
    if (i === end || keyAt(i) !== keyAt(runStart)) {
      const k = keyAt(runStart);
      out.push({ text: text.slice(runStart, i), kind: markKinds[k >> 1]!, current: (k & 1) === 1 });
      runStart = i;
    }
  }
  return out;
}
