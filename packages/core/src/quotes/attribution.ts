import { CUE_VERBS, NOT_NAMES, SUBJECT_PRONOUNS } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { isStrictSpeakerNoun, speakerEndingAt, speakerStartingAt, type SpeakerMention } from './names.js';
import { isSpace } from '../segment/paragraphs.js';
import { wordsIn, type PosLookup, type Word } from './words.js';

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
/** Cues whose following name is the listener or an object, never an inverted speaker ("telling Fox 35"). */
const INVERSION_BLOCKERS = new Set(['tell', 'tells', 'told', 'telling', 'called', 'calling', 'described', 'describing']);
/** A reporting verb; "took note", "the reports", "his demands" (tagged nouns) are not. */
const isCue = (w: Word | undefined): boolean => !!w && !w.punct && CUE_VERBS.has(w.lower) && w.pos !== 'NOUN' && w.pos !== 'PROPN';
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
export function attribute(text: string, q: QuotedSpan, blockStart: number, blockEnd: number, prevClose: number, nextOpen: number, pos?: PosLookup): Attribution {
  const after = afterQuote(text, q, Math.min(blockEnd, nextOpen, q.close + WINDOW), pos);
  if (after && after.strength === 'adjacent') return after;
  const before = beforeQuote(text, q, Math.max(blockStart, prevClose, q.open - WINDOW), pos, blockStart);
  if (before) return before;
  return after ?? NONE;
}

function afterQuote(text: string, q: QuotedSpan, limit: number, pos?: PosLookup): Attribution | null {
  if (q.unclosed || q.close >= limit) return null;
  const words = wordsIn(text, q.close, limit, pos);
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
  // "…,” according to Judicial Watch.
  if (first.lower === 'according' && words[i + 1]?.lower === 'to') {
    const speaker = speakerStartingAt(text, words, i + 2, end);
    if (speaker && speaker.kind !== 'pronoun') return { cue: [first.start, words[i + 1]!.end], speaker, strength: 'adjacent' };
    return null;
  }
  // "…," said Steve Little, parent of a Millikin student. ("…," telling Fox 35 … names the listener.)
  if (isCue(first) && !INVERSION_BLOCKERS.has(first.lower) && !first.lower.endsWith('ing')) {
    const speaker = speakerStartingAt(text, words, i + 1, end);
    if (speaker) return { cue: [first.start, first.end], speaker, strength: 'adjacent' };
    return null;
  }
  // "…," she says / "…" Abraham, 92, said in an interview / "…," the football team wrote.
  // A quote that ends its own sentence ("….”) is not reported by a next sentence that reports
  // something else: "“….” He said the firm had been hired …" starts new speech.
  const closed = /\.$/.test(text.slice(q.start, q.end));
  for (let k = i + 1; k < end && k < i + 24; k++) {
    if (!isCue(words[k])) continue;
    const next = words[k + 1];
    if (closed && first.cap && next && !next.punct && !ADJUNCTS.has(next.lower) && !next.cap) return null;
    const speaker = speakerEndingAt(text, words, subjectEnd(words, k, i), i);
    if (speaker && speaker.start === first.start) return { cue: [words[k]!.start, words[k]!.end], speaker, strength: 'adjacent' };
    if (speaker) return { cue: [words[k]!.start, words[k]!.end], speaker, strength: 'sentence' };
    // "“…” if she lost by less, said David Wasserman, an analyst": inverted after the quote's own clause.
    if (words[k - 1]?.text === ',') {
      const inverted = speakerStartingAt(text, words, k + 1, end);
      if (inverted && inverted.kind !== 'pronoun') return { cue: [words[k]!.start, words[k]!.end], speaker: inverted, strength: 'sentence' };
    }
    break;
  }
  return null;
}

function beforeQuote(text: string, q: QuotedSpan, limit: number, pos?: PosLookup, blockStart = limit): Attribution | null {
  if (q.open <= limit) return null;
  let words = wordsIn(text, limit, q.open, pos);
  // Only this sentence: from after the last sentence end in the window.
  let sentenceStart = startsSentence(text, limit, blockStart);
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k]!.punct && SENTENCE_END.has(words[k]!.text) && k < words.length - 1) {
      words = words.slice(k + 1);
      sentenceStart = true;
      break;
    }
  }
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  // "Trump: "…"" / "… – HuffPollster: "…"": a name that opens its clause, then a colon.
  if (last.text === ':' && words.length >= 2) {
    const speaker = speakerEndingAt(text, words, words.length - 2, 0);
    const k = speaker ? words.findIndex((w) => w.start === speaker.start) : -1;
    if (speaker && speaker.kind === 'name' && (k === 0 ? sentenceStart : k > 0 && ((words[k - 1]!.punct && words[k - 1]!.text !== ',') || (words[k - 1]!.lower === 'from' && words[k - 2]?.lower === 'more')))) return { cue: [last.start, last.end], speaker, strength: 'adjacent' };
  }
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
    // Inverted: "said Trump: "…"" / "writes columnist Jane Doe, "…"". The name ends the clause
    // ("said the U.S. "clearly" needed" has a verb after it; "telling Fox 35 that" names the listener).
    if ((!speaker || speaker.kind === 'nominal') && !INVERSION_BLOCKERS.has(words[cue]!.lower)) {
      const inverted = speakerStartingAt(text, words, cue + 1);
      const after = inverted ? words.find((w) => w.start >= inverted.end) : undefined;
      if (inverted && inverted.kind === 'name' && (!after || after.punct)) speaker = inverted;
    }
    // "adding, "…"" / "and joked, "…"": the clause's subject is the sentence's, when the window
    // holds the sentence's start (after an earlier quote of the sentence, carrying decides).
    // "he laughed and said, "…"": the subject of the verb coordinated with the cue.
    if (!speaker && words[cue - 1]?.lower === 'and') speaker = coordinatedSubject(text, words, cue - 1);
    if (!speaker && sentenceStart && (words[cue]!.lower.endsWith('ing') || words[cue - 1]?.lower === 'and' || words[cue - 1]?.lower === 'to')) speaker = firstSubject(text, words, cue);
    if (speaker) return { cue: cueSpan, speaker, strength };
  }
  return null;
}

/** Does offset `at` open a sentence: the block start, or after an end mark (possibly inside a closed quote)? */
function startsSentence(text: string, at: number, blockStart: number): boolean {
  let i = at;
  while (i > blockStart && isSpace(text.charCodeAt(i - 1))) i--;
  if (i <= blockStart) return true;
  const c = text[i - 1]!;
  if (SENTENCE_END.has(c)) return true;
  return (c === '”' || c === '"' || c === '’') && i - 2 >= blockStart && SENTENCE_END.has(text[i - 2]!);
}

/** Words that may follow a final "X said" without starting a reported clause. */
const ADJUNCTS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'afterwards', 'again', 'then', 'to', 'from', 'via', 'with', 'of', 'about', 'recently', 'reporters', 'told']);

const DETERMINER_OPENERS = new Set(['the', 'a', 'an']);

/** Capitalised sentence openers that are not names. */
const OPENERS = new Set(
  ('amid earlier later hours days weeks months years minutes moments after before since despite following during ' +
    'meanwhile instead last next asked speaking although though because unlike like once upon within without ' +
    'throughout over under across by with for from into through toward towards among between').split(' '),
);

/** A description opening at words[i] cut at its head noun ("The newspaper took …" -> "The newspaper"). */
function headed(text: string, words: readonly Word[], i: number): SpeakerMention | null {
  let h = i + 1;
  while (h < words.length && h < i + 4 && !words[h]!.punct && !isStrictSpeakerNoun(words[h]!.lower)) h++;
  if (h >= words.length || h >= i + 4 || words[h]!.punct) return null;
  return { name: text.slice(words[i]!.start, words[h]!.end), start: words[i]!.start, end: words[h]!.end, kind: 'nominal' };
}

/** "X laughed and said": the pronoun or name right before a short verb phrase that ends at words[and]. */
function coordinatedSubject(text: string, words: readonly Word[], and: number): SpeakerMention | null {
  let p = and - 1;
  while (p >= 0 && p > and - 7 && !words[p]!.punct && !words[p]!.cap && !SUBJECT_PRONOUNS.has(words[p]!.lower)) p--;
  // "a colleague who pinched her waist and told her": the relative clause's antecedent is no name we parse.
  if (p < 0 || p === and - 1 || words[p]!.punct || words[p]!.lower === 'who') return null;
  const s = speakerEndingAt(text, words, p, 0);
  return s && s.kind !== 'nominal' ? s : null;
}

/** Sentence adverbs and conjunctions that open a sentence before its subject ("Then he cut into Bush"). */
const LEAD_WORDS = new Set(['then', 'also', 'but', 'and', 'so', 'yet', 'still', 'now', 'later', 'instead', 'again']);

/** The subject a participle clause hangs on: the first name or pronoun of the sentence. */
function firstSubject(text: string, words: readonly Word[], before: number): SpeakerMention | null {
  // "In an interview with The Wall Street Journal, Trump …": skip the introductory phrase.
  let from = 0;
  if (words[0] && LEAD_WORDS.has(words[0].lower)) from = words[1]?.text === ',' ? 2 : 1;
  const w0 = words[from];
  if (from === 0 && w0 && !w0.punct && (OPENERS.has(w0.lower) || (NOT_NAMES.has(w0.lower) && !SUBJECT_PRONOUNS.has(w0.lower) && !DETERMINER_OPENERS.has(w0.lower)))) {
    const comma = words.findIndex((w, k) => k < 12 && k < before && w.text === ',');
    if (comma < 0) return null;
    from = comma + 1;
  }
  for (let k = from; k < before && k < from + 12; k++) {
    const w = words[k]!;
    // "Democratic presidential nominee Hillary Clinton chimed in …": role words, then the name.
    if (k === from && w.cap && !SUBJECT_PRONOUNS.has(w.lower) && !DETERMINER_OPENERS.has(w.lower)) {
      const s = speakerStartingAt(text, words, k, before);
      if (s && s.kind === 'name') return s;
    }
    if (w.punct) continue;
    // "The newspaper took note …, writing: “…”": a description heading the sentence.
    if (k === from && DETERMINER_OPENERS.has(w.lower)) {
      const d = headed(text, words, k);
      if (d) return d;
      continue;
    }
    if (w.cap || w.lower === 'he' || w.lower === 'she') {
      // "Amid …", "Earlier this week, …", "Hours later, …": a capitalised sentence opener, not a name.
      if (k === from && OPENERS.has(w.lower)) continue;
      let e = k;
      while (e + 1 < before && words[e + 1]!.cap) e++;
      const s = speakerEndingAt(text, words, e, k);
      if (s && s.kind !== 'nominal') return s;
    }
  }
  return null;
}

/**
 * The subject of the sentence a quote sits in, when nothing reports it: "Moore thanked him for
 * “…”", "Huckabee is labeling the actions “…”", "She applauded him for fighting “…”". News quotes a
 * fragment of what the sentence's subject said or wrote. Only a name, a personal pronoun or a
 * description headed by a speaking noun that opens the sentence (after an introductory phrase)
 * and is followed by a lower-case word (its verb) counts.
 */
export function clauseSubject(text: string, q: QuotedSpan, limit: number, pos?: PosLookup): SpeakerMention | null {
  const from = Math.max(limit, q.open - WINDOW);
  if (q.open <= from) return null;
  let words = wordsIn(text, from, q.open, pos);
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k]!.punct && SENTENCE_END.has(words[k]!.text) && k < words.length - 1 && (words[k + 1]!.cap || !words[k + 1]!.punct)) {
      words = words.slice(k + 1);
      break;
    }
  }
  // The sentence must visibly start inside the window (or at the line start).
  if (words.length < 3 || (from > limit && words[0]!.start === wordsIn(text, from, from + 40)[0]?.start)) return null;
  let i = 0;
  // "In a statement Tuesday, …" / "Earlier this week, …": skip an introductory phrase.
  const first = words[0]!.lower;
  if (!words[0]!.cap || OPENERS.has(first) || first.endsWith('ing') || (NOT_NAMES.has(first) && !SUBJECT_PRONOUNS.has(first) && !DETERMINER_OPENERS.has(first))) {
    const comma = words.findIndex((w, k) => k < 12 && w.text === ',');
    if (comma < 0) return null;
    i = comma + 1;
  }
  let speaker = speakerStartingAt(text, words, i, words.length);
  if (!speaker) return null;
  if (speaker.kind === 'nominal') speaker = headed(text, words, i);
  if (!speaker) return null;
  if (speaker.kind === 'pronoun' && !/^(he|she)$/i.test(speaker.name)) return null;
  // The word after the subject (past an appositive) must be lower case: its verb.
  let k = i;
  while (k < words.length && words[k]!.end <= speaker.end) k++;
  if (words[k]?.text === ',' || words[k]?.text === '(') {
    const close = words[k]!.text === ',' ? ',' : ')';
    let j = k + 1;
    while (j < words.length && j < k + 24 && words[j]!.text !== close) j++;
    k = j + 1;
  }
  const verb = words[k];
  if (!verb || verb.punct || verb.cap || verb.end > q.open) return null;
  return speaker;
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
export function introducedBy(text: string, lineStart: number, lineEnd: number, pos?: PosLookup): Attribution | null {
  const fake = { open: lineEnd } as QuotedSpan;
  const a = beforeQuote(text, fake, Math.max(lineStart, lineEnd - WINDOW), pos, lineStart);
  if (a && a.speaker && a.speaker.kind !== 'nominal') return a;
  // "He then listed the qualities:" / "Trump took to Twitter:": a line ending in a colon hands the
  // quotation to its sentence's subject, whatever the verb.
  if (text[lineEnd - 1] !== ':') return null;
  const subject = clauseSubject(text, fake, lineStart, pos);
  return subject && subject.kind !== 'nominal' ? { cue: [lineEnd - 1, lineEnd], speaker: subject, strength: 'sentence' } : null;
}
