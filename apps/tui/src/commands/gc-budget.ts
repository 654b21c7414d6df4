import { setFlagsFromString } from 'node:v8';

/**
 * Records at least this many characters long are analysed with a tight heap-growing factor.
 * V8 lets the heap grow to several times what survived the last full collection before it
 * collects again; on a huge record (issue 15 item 10: a 50 MB single paragraph) the live analysis
 * is a small part of the peak and that headroom is most of it. Ordinary articles keep V8's own
 * (faster) choice.
 */
export const HUGE_RECORD = 1_000_000;
const TIGHT_PERCENT = 20;

/** While on, V8 collects whenever the heap grows TIGHT_PERCENT past what survived; off: V8 chooses again. */
export function tightHeap(on: boolean): void {
  setFlagsFromString(`--heap-growing-percent=${on ? TIGHT_PERCENT : 0}`);
}
