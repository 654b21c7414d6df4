import { CUE_VERBS } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { speakerEndingAt, speakerStartingAt, type SpeakerMention } from './names.js';
import { wordsIn, type Word } from './words.js';

/** What the text next to a quotation says about who spoke. */
export interface Attribution {
  cue: [number, number] | null;
  speaker: SpeakerMention | null;
  /**
   * adjacent: the cue touches the quote (`"…," she said` / `X said: "…"` / `"…" – X`);
   * sentence: a cue elsewhere in the same sentence; none: nothing found.
   */
  strength: 'adjacent' | 'sentence' | 'none';
}

const NONE: Attribution = { cue: null, speaker: null, strength: 'none' };
const WINDOW = 240;
const DASHES = new Set(['–', '—', '-', '―', '‒']);
const SENTENCE_END = new Set(['.', '?', '!']);
/** Words between a subject and its cue: "Trump also said", "she has repeatedly argued". */
const BETWEEN = new Set(
  ('also later then has had have previously once recently simply would will did further again repeatedly ' +
    'quickly finally even first reportedly only never often always once just still has since had long earlier ' +
    'immediately tersely bluntly flatly angrily frankly openly publicly privately then subsequently').split(' '),
);
const isCue = (w: Word | undefined): boolean => !!w && !w.punct && CUE_VERBS.has(w.lower);
const isBetween = (w: Word): boolean => !w.punct && (BETWEEN.has(w.lower) || (w.lower.endsWith('ly') && w.lower.length > 4 && !w.cap));

/** Index of the word before a cue's subject-side, skipping adverbs and auxiliaries. */
function subjectEnd(words: readonly Word[], cue: number, floor: number): number {
  let k = cue - 1;
  while (k >= floor && isBetween(words[k]!)) k--;
  return k;
}

/**
 * Attribution of one quoted span from the text around it, within its line: after the closing mark
 * (`," said X` / `," X said` / `" – X`) and before the opening mark (`X said: "` / `X says Obama is "`,
 * `according to X, "`). `prevClose`/`nextOpen` bound the windows at neighbouring quotes, so a
 * window never reads inside another quotation.
 */
export function attribute(text: string, q: QuotedSpan, blockStart: number, blockEnd: number, prevClose: number, nextOpen: number): Attribution {
  const after = afterQuote(text, q, Math.min(blockEnd, nextOpen, q.close + WINDOW));
  if (after && after.strength === 'adjacent') return after;
  const before = beforeQuote(text, q, Math.max(blockStart, prevClose, q.open - WINDOW));
  if (before) return before;
  return after ?? NONE;
}

function afterQuote(text: string, q: QuotedSpan, limit: number): Attribution | null {
  if (q.unclosed || q.close >= limit) return null;
  const words = wordsIn(text, q.close, limit);
  // A period ends the sentence only before a capitalised word or the window's end ("R-Ky., said" goes on).
  let end = words.findIndex((w, k) => w.punct && SENTENCE_END.has(w.text) && (k + 1 >= words.length || words[k + 1]!.cap || !words[k + 1]!.punct));
  if (end < 0) end = words.length;
  let i = 0;
  while (i < end && words[i]!.punct && (words[i]!.text === ',' || words[i]!.text === ';')) i++;
  const first = words[i];
  if (!first) return null;
  // "…," – Nis Grünberg
  if (first.punct && DASHES.has(first.text)) {
    const speaker = speakerStartingAt(text, words, i + 1, end);
    if (speaker && speaker.kind !== 'pronoun') return { cue: [first.start, first.end], speaker, strength: 'adjacent' };
    return null;
  }
  if (first.punct) return null;
  // "…," said Steve Little, parent of a Millikin student.
  if (isCue(first)) {
    const speaker = speakerStartingAt(text, words, i + 1, end);
    if (speaker) return { cue: [first.start, first.end], speaker, strength: 'adjacent' };
    return null;
  }
  // "…," she says / "…" Abraham, 92, said in an interview / "…," the football team wrote.
  for (let k = i + 1; k < end && k < i + 24; k++) {
    if (!isCue(words[k])) continue;
    const speaker = speakerEndingAt(text, words, subjectEnd(words, k, i), i);
    if (speaker && speaker.start === first.start) return { cue: [words[k]!.start, words[k]!.end], speaker, strength: 'adjacent' };
    if (speaker) return { cue: [words[k]!.start, words[k]!.end], speaker, strength: 'sentence' };
    break;
  }
  return null;
}

function beforeQuote(text: string, q: QuotedSpan, limit: number): Attribution | null {
  if (q.open <= limit) return null;
  let words = wordsIn(text, limit, q.open);
  // Only this sentence: from after the last sentence end in the window.
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k]!.punct && SENTENCE_END.has(words[k]!.text) && k < words.length - 1) {
      words = words.slice(k + 1);
      break;
    }
  }
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const touching = last.text === ',' || last.text === ':' || isCue(last) || last.lower === 'that';
  // "according to X, "
  for (let k = 0; k + 2 < words.length; k++) {
    if (words[k]!.lower === 'according' && words[k + 1]!.lower === 'to') {
      const speaker = speakerStartingAt(text, words, k + 2);
      if (speaker) return { cue: [words[k]!.start, words[k + 1]!.end], speaker, strength: touching ? 'adjacent' : 'sentence' };
    }
  }
  // The last cue before the quote, then its subject; participles ("adding", "saying") defer to a finite cue.
  let cue = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    if (!isCue(words[k])) continue;
    if (cue < 0) cue = k;
    if (!words[k]!.lower.endsWith('ing')) {
      cue = k;
      break;
    }
  }
  if (cue >= 0) {
    const cueSpan: [number, number] = [words[cue]!.start, words[cue]!.end];
    const strength = cue >= words.length - 3 || touching ? 'adjacent' : 'sentence';
    let speaker = speakerEndingAt(text, words, subjectEnd(words, cue, 0), 0);
    // Inverted: "said Trump: "…"" / "writes columnist Jane Doe, "…"".
    if (!speaker || speaker.kind === 'nominal') {
      const inverted = speakerStartingAt(text, words, cue + 1);
      if (inverted && inverted.kind === 'name') speaker = inverted;
    }
    // "adding, "…"" / "and joked, "…"": the clause's subject is the sentence's.
    if (!speaker && (words[cue]!.lower.endsWith('ing') || words[cue - 1]?.lower === 'and' || words[cue - 1]?.lower === 'to')) speaker = firstSubject(text, words, cue);
    if (speaker) return { cue: cueSpan, speaker, strength };
  }
  // "Trump: "…"": a name and a colon right before the quote.
  if (last.text === ':' && words.length >= 2) {
    const speaker = speakerEndingAt(text, words, words.length - 2, 0);
    if (speaker && speaker.kind === 'name') return { cue: [last.start, last.end], speaker, strength: 'adjacent' };
  }
  return null;
}

/** The subject a participle clause hangs on: the first name or pronoun of the sentence. */
function firstSubject(text: string, words: readonly Word[], before: number): SpeakerMention | null {
  for (let k = 0; k < before && k < 12; k++) {
    const w = words[k]!;
    if (w.punct) continue;
    if (w.cap || w.lower === 'he' || w.lower === 'she') {
      let e = k;
      while (e + 1 < before && words[e + 1]!.cap) e++;
      const s = speakerEndingAt(text, words, e, k);
      if (s && s.kind !== 'nominal') return s;
    }
  }
  return null;
}

/** A transcript line: the quote itself opens with "PENCE:" or "Mr. Smith:". */
export function transcriptSpeaker(text: string, q: QuotedSpan): SpeakerMention | null {
  const limit = Math.min(q.end, q.start + 40);
  const colon = text.indexOf(':', q.start);
  if (colon < 0 || colon >= limit) return null;
  const words = wordsIn(text, q.start, colon);
  if (words.length === 0 || words.length > 4 || !words.every((w) => w.cap || w.punct)) return null;
  if (!words.some((w) => !w.punct && w.text === w.text.toUpperCase() && w.text.length > 1)) return null;
  const last = words[words.length - 1]!;
  return { name: text.slice(words[0]!.start, last.end), start: words[0]!.start, end: last.end, kind: 'name' };
}

/**
 * The speaker a line introduces for the quotation that opens the next line: "He then listed the
 * qualities:" / "Kerry said that 100,000 would be accepted." The last sentence of the line is read
 * as if the quote followed it.
 */
export function introducedBy(text: string, lineStart: number, lineEnd: number): Attribution | null {
  const fake = { open: lineEnd } as QuotedSpan;
  const a = beforeQuote(text, fake, Math.max(lineStart, lineEnd - WINDOW));
  return a && a.speaker && a.speaker.kind !== 'nominal' ? a : null;
}
