import type { Span } from '../model/span.js';
import { quotedRanges } from './quote-marks.js';

/** A parenthesis longer than this is not an aside but unbalanced text: its boundaries stand. */
const MAX_ASIDE = 300;

/**
 * Join sentence ranges that wink split where a sentence goes on: inside a quotation closed within
 * the paragraph ("This is big. Really big."), inside a short parenthesis ("Sen. Chuck Schumer
 * (D-N.Y.) said"), or before a lower-case continuation ("Rep. Pelosi (D-Calif.) and Sen. Cruz").
 */
export function mergeContinuations(text: string, para: Span, tokenStart: Int32Array, ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length < 2) return ranges;
  const inside = [...quotedRanges(text, para.start, para.end), ...parentheses(text, para.start, para.end)].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [ranges[0]!];
  // Boundaries ascend, so one sweep over the sorted ranges answers "inside any?": a boundary is
  // inside one iff the furthest end among ranges opened before it lies after it. (A per-boundary
  // scan was quadratic on a huge single paragraph.)
  let next = 0;
  let reach = -1;
  for (let i = 1; i < ranges.length; i++) {
    const boundary = tokenStart[ranges[i]![0]]!;
    while (next < inside.length && inside[next]![0] < boundary) reach = Math.max(reach, inside[next++]![1]);
    if (reach > boundary || startsLowercase(text, boundary)) merged[merged.length - 1]![1] = ranges[i]![1];
    else merged.push(ranges[i]!);
  }
  return merged;
}

/** Balanced, short (…) and […] within a paragraph. */
function parentheses(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) open.push(i);
    else if ((c === 41 || c === 93) && open.length > 0) {
      const o = open.pop()!;
      if (i - o <= MAX_ASIDE) out.push([o, i + 1]);
    }
    if (open.length > 64) open.shift(); // stray openers must not pile up
  }
  return out;
}

/** A "sentence" opening with a lower-case letter continues the previous one (news style). */
function startsLowercase(text: string, at: number): boolean {
  const c = text.charAt(at);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
