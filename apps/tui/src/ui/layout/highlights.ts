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
  /** 1 where the reader's search term occurs. */
  hits: Uint8Array;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Where the reader's search words occur in the text (case-insensitive, at word starts), in text
 * order. One regex pass over the text; at most 20 words, so the pattern stays small.
 */
export function searchHits(text: string, query: string | undefined): Range[] {
  const words = (query ?? '').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.slice(0, 20) ?? [];
  if (!words.length) return [];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  const out: Range[] = [];
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function paint(arr: Uint8Array | Int32Array, start: number, end: number, value: number): void {
  const a = Math.max(0, start);
  const b = Math.min(arr.length, end);
  if (b > a) arr.fill(value, a, b);
}

export function highlightMap(analysis: Analysis, hitRanges: readonly Range[] = []): HighlightMap {
  const n = analysis.article.text.length;
  const kinds = new Uint8Array(n);
  const hits = new Uint8Array(n);
  for (const h of hitRanges) paint(hits, h.start, h.end, 1);
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
  return { kinds, quoteAt, hits };
}

export interface Segment {
  text: string;
  kind: MarkKind;
  /** Part of the quote, search hit or mention the reader has jumped to. */
  current: boolean;
  /** Part of a search hit. */
  hit: boolean;
}

/** Split text[start, end) into runs of equal highlight, marking the current quote or `focus` span. */
export function segmentsOf(text: string, start: number, end: number, map: HighlightMap, currentQuote: number, focus?: Range): Segment[] {
  const out: Segment[] = [];
  let runStart = start;
  const keyAt = (i: number): number => {
    const current = (currentQuote >= 0 && map.quoteAt[i] === currentQuote) || (focus !== undefined && i >= focus.start && i < focus.end);
    return map.kinds[i]! * 4 + (current ? 2 : 0) + (map.hits[i] ?? 0);
  };
  for (let i = start + 1; i <= end; i++) {
    if (i === end || keyAt(i) !== keyAt(runStart)) {
      const k = keyAt(runStart);
      out.push({ text: text.slice(runStart, i), kind: markKinds[k >> 2]!, current: (k & 2) === 2, hit: (k & 1) === 1 });
      runStart = i;
    }
  }
  return out;
}
