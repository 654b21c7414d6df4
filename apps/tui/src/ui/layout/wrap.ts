/**
 * Word-wrap article text into display lines that remember their offsets, so the article view can
 * scroll by line, render only the visible lines and find the line holding a quote.
 */
import type { Span } from '@lede/core';

export interface Line {
  start: number;
  end: number;
}

/** Wrap one newline-free range [start, end) at `width` columns, breaking at spaces. */
function wrapRange(text: string, start: number, end: number, width: number, out: Line[]): void {
  let pos = start;
  while (pos < end) {
    while (pos < end && text[pos] === ' ') pos++;
    if (pos >= end) break;
    if (end - pos <= width) {
      out.push({ start: pos, end });
      return;
    }
    const limit = pos + width;
    let brk = text.lastIndexOf(' ', limit);
    if (brk <= pos) {
      out.push({ start: pos, end: limit }); // a word longer than the line: hard break
      pos = limit;
    } else {
      out.push({ start: pos, end: brk });
      pos = brk + 1;
    }
  }
}

/** Lines for the whole text, paragraph by paragraph with a blank line between paragraphs. */
export function wrapText(text: string, paragraphs: readonly Span[], width: number): Line[] {
  const w = Math.max(8, width);
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length, text }];
  const lines: Line[] = [];
  paras.forEach((p, i) => {
    if (i > 0) lines.push({ start: p.start, end: p.start });
    let s = p.start;
    for (let nl = text.indexOf('\n', s); nl !== -1 && nl < p.end; nl = text.indexOf('\n', s)) {
      wrapRange(text, s, nl, w, lines);
      s = nl + 1;
    }
    wrapRange(text, s, p.end, w, lines);
  });
  return lines;
}

/** Index of the first line that contains or follows offset `pos`. */
export function lineOf(lines: readonly Line[], pos: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}
