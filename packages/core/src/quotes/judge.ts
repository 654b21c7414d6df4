import type { Attribution } from './attribution.js';
import { CUE_VERBS, NAMING_WORDS } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { wordsIn } from './words.js';

const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs', 'vs.', 'is', 'as']);

/**
 * Is a quoted span a quotation of someone, or a scare quote, nickname or title of a work?
 * A quotation either has a cue beside it, or is long enough to be speech on its own;
 * short unattributed spans, spans after a naming word ("so-called", "dubbed", "titled") and
 * title-cased names of works ("Fox News Sunday") are not.
 */
export function isQuotation(text: string, q: QuotedSpan, attribution: Attribution, hasTranscriptSpeaker: boolean): boolean {
  // Only counts up to 7 matter below, so tokenising the first 7 words is enough (n is capped).
  const words = wordsIn(text, q.start, q.end, undefined, 7).filter((w) => !w.punct);
  const n = words.length;
  if (n === 0) return false;
  if (hasTranscriptSpeaker) return true;
  const cued = attribution.strength !== 'none' && attribution.speaker !== null;
  if (q.single) return attribution.strength === 'adjacent' && attribution.speaker !== null && n >= 3;

  const before = wordsIn(text, Math.max(q.blockStart, q.open - 40), q.open);
  const prev = before[before.length - 1];
  const prev2 = before[before.length - 2];
  const naming = !!prev && !prev.punct && (NAMING_WORDS.has(prev.lower) || (prev.lower === 'as' && prev2 !== undefined && NAMING_WORDS.has(prev2.lower)) || (prev.lower === 'called' && n <= 3));
  if (naming && n <= 5) return false;

  // Title of a work or a name: every word capitalised, no sentence inside.
  const titleCase = n <= 6 && words.every((w) => w.cap || SMALL.has(w.lower) || /^\d/.test(w.text));
  const inner = text.slice(q.start, q.end);
  const clauseInside = /[.!?,;:]\s/.test(inner);
  const sentenceInside = clauseInside || (/[.!?]$/.test(inner) && n >= 3);
  if (titleCase && !clauseInside && attribution.strength !== 'adjacent') return false;

  if (cued) return attribution.strength === 'adjacent' || n >= 2;
  // Four words with a reporting verb close by are speech whose speaker we could not parse.
  return n >= 5 || (sentenceInside && n >= 3) || (n >= 4 && (attribution.cue !== null || reportingNearby(text, q)));
}

/** A reporting verb within a few words before or after the quote, in its line. */
function reportingNearby(text: string, q: QuotedSpan): boolean {
  const near = [...wordsIn(text, Math.max(q.blockStart, q.open - 60), q.open), ...wordsIn(text, q.close, Math.min(q.blockEnd, q.close + 60))];
  return near.some((w) => !w.punct && CUE_VERBS.has(w.lower));
}
