// Binary searches over spans sorted by offset: the quote stage looks up "the mentions before this
// quote" many times per article, so every look-up is logarithmic, never a scan from the start.

/** Index of the first span that starts at or after `pos` (= how many start before it). */
export function firstStartingAt(sorted: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span that ends after `pos` (= how many end at or before it). */
export function firstEndingAfter(sorted: ReadonlyArray<{ end: number }>, pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
