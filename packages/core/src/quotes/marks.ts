import type { Span } from '../model/span.js';
import { isSpace } from '../segment/paragraphs.js';

/** A stretch of text between quotation marks, found by the mark scanner (not yet judged). */
export interface QuotedSpan {
  /** Inner span, marks excluded and whitespace trimmed. */
  start: number;
  end: number;
  /** Offset of the opening mark and one past the closing mark (the paragraph end when unclosed). */
  open: number;
  close: number;
  paragraph: number;
  /** The line the marks paired within. */
  blockStart: number;
  blockEnd: number;
  /** No closing mark before the paragraph ended. */
  unclosed: boolean;
  /** Single marks (British style ‘…’), only kept at top level. */
  single: boolean;
  /** Index of the first span of a quotation running over several paragraphs, else its own index. */
  chain: number;
}

/** Longest quotation we accept; an unmatched mark must never swallow the article. */
export const MAX_QUOTE_CHARS = 2000;

const LDQ = 0x201c; // “
const RDQ = 0x201d; // ”
const LOW = 0x201e; // „
const REV = 0x201f; // ‟
const LAQ = 0x00ab; // «
const RAQ = 0x00bb; // »
const LSQ = 0x2018; // ‘
const RSQ = 0x2019; // ’
const DQ = 0x22; // "
const SQ = 0x27; // '

const isOpeningDouble = (c: number) => c === LDQ || c === LOW || c === REV || c === LAQ;
const isClosingDouble = (c: number) => c === RDQ || c === RAQ;
const isLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && !isSpace(c) && !(c >= 0x2000 && c <= 0x206f));
/** Characters after which a mark opens rather than closes. */
const opensAfter = (c: number) => isSpace(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 58 || c === 47;

/**
 * Scan each paragraph once and pair its quotation marks, the way news copy uses them: curly and
 * angle marks say their direction, straight double marks alternate, a quote still open when the
 * paragraph ends runs to its end (and continues when the next paragraph opens with a mark),
 * nested single marks stay inside, and apostrophes (it’s, Musk’s, the Holts’) never pair.
 * Linear in the text; a quote longer than MAX_QUOTE_CHARS is dropped, not extended.
 */
export function scanQuotedSpans(text: string, paragraphs: readonly Span[], maxChars = MAX_QUOTE_CHARS): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let chainOpen = -1; // index in `out` of the head of a quotation still running at the last paragraph end
  for (const [ps, pe, p] of quoteBlocks(text, paragraphs)) {
    let open = -1;
    let singleOpen = -1;
    let carried = -1;
    const emit = (o: number, innerStart: number, innerEnd: number, close: number, unclosed: boolean, single: boolean): void => {
      let s = innerStart;
      let e = innerEnd;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e <= s || e - s > maxChars) return;
      const index = out.length;
      const chain = o === ps && carried >= 0 ? carried : index;
      out.push({ start: s, end: e, open: o, close, paragraph: p, blockStart: ps, blockEnd: pe, unclosed, single, chain });
    };
    // A paragraph that opens with a mark while the previous one ended inside a quote continues it.
    if (chainOpen >= 0) {
      const c = text.charCodeAt(ps);
      if (isOpeningDouble(c) || c === DQ) carried = chainOpen;
    }
    chainOpen = -1;

    for (let i = ps; i < pe; i++) {
      const c = text.charCodeAt(i);
      // Fast path: most characters are no quotation mark at all.
      if (c !== DQ && c !== SQ && c < 0xab) continue;
      if (open >= 0 && i - open > maxChars) open = -1; // stray mark: forget it, keep scanning
      if (isOpeningDouble(c)) {
        const next = i + 1 < pe ? text.charCodeAt(i + 1) : 32;
        if (open >= 0 && c === LDQ && !isLetterOrDigit(next) && next !== LSQ && next !== SQ) {
          emit(open, open + 1, i, i + 1, false, false); // a typo'd “ used as a closing mark
          open = -1;
        } else {
          // An opener inside an open quote: the writer forgot to close the first one (news copy
          // nests with single marks), so the first ends here and a new one starts.
          if (open >= 0) emit(open, open + 1, i, i, true, false);
          open = i;
        }
        singleOpen = -1;
      } else if (isClosingDouble(c)) {
        if (open >= 0) emit(open, open + 1, i, i + 1, false, false);
        open = -1;
        singleOpen = -1;
      } else if (c === DQ) {
        if (open >= 0) {
          emit(open, open + 1, i, i + 1, false, false);
          open = -1;
        } else open = i;
        singleOpen = -1;
      } else if (open < 0 && (c === LSQ || c === RSQ || c === SQ)) {
        // Top-level single marks: British-style quotations. Apostrophes sit between letters or
        // after a letter with no opener pending; an opener needs space before and a letter after.
        const prev = i > ps ? text.charCodeAt(i - 1) : 32;
        const next = i + 1 < pe ? text.charCodeAt(i + 1) : 32;
        if (singleOpen < 0) {
          if ((c === LSQ || c === SQ) && opensAfter(prev) && isLetterOrDigit(next)) singleOpen = i;
        } else if ((c === RSQ || c === SQ) && !isLetterOrDigit(next) && !isSpace(prev)) {
          // "the Holts’ campaign": an s-final plural possessive followed by a lower-case word.
          const possessive = (prev === 115 || prev === 83) && isSpace(next) && i + 2 < pe && isLower(text.charCodeAt(i + 2));
          if (!possessive) {
            if (i - singleOpen <= maxChars) emit(singleOpen, singleOpen + 1, i, i + 1, false, true);
            singleOpen = -1;
          }
        }
      }
    }
    if (open >= 0 && pe - open <= maxChars) {
      emit(open, open + 1, pe, pe, true, false);
      if (out.length > 0 && out[out.length - 1]!.open === open) chainOpen = out[out.length - 1]!.chain;
    }
  }
  return out;
}

/**
 * The blocks quotation marks pair within: each line of a paragraph, since news copy starts a new
 * quote on a new line, unless the paragraph is hard-wrapped prose (lines of similar length), where
 * a quote may run across line breaks. Yields [start, end, paragraph index].
 */
export function* quoteBlocks(text: string, paragraphs: readonly Span[]): Generator<[number, number, number]> {
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    const firstBreak = text.indexOf('\n', start);
    if (firstBreak < 0 || firstBreak >= end || hardWrapped(text, start, end)) {
      yield [start, end, p];
      continue;
    }
    let from = start;
    for (let i = firstBreak; i <= end; i = i < end ? text.indexOf('\n', i + 1) : end + 1) {
      if (i < 0 || i > end) i = end;
      let a = from;
      let b = i;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (b > a) yield [a, b, p];
      from = i + 1;
    }
  }
}

/** Lines (all but the last) between 40 and 100 characters long and within 25 of each other. */
function hardWrapped(text: string, start: number, end: number): boolean {
  let min = Infinity;
  let max = 0;
  let lines = 0;
  let from = start;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    const len = i - from;
    min = Math.min(min, len);
    max = Math.max(max, len);
    lines++;
    from = i + 1;
  }
  return lines >= 2 && min >= 40 && max <= 100 && max - min <= 25;
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
