import type { Sentence } from '../model/layers.js';
import { isSpace } from '../segment/paragraphs.js';
import { INDIRECT_VERBS } from './lexicon.js';
import { speakerEndingAt, speakerStartingAt, type SpeakerMention } from './names.js';
import { wordsIn, type Word } from './words.js';

export interface ReportedSpeech {
  start: number;
  end: number;
  cue: [number, number];
  speaker: SpeakerMention;
}

const LEAD = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'late', 'yesterday', 'today', 'friday', 'monday', 'tuesday', 'wednesday', 'thursday', 'saturday', 'sunday', 'an', 'a', 'the', 'his', 'her', 'their', 'its', 'statement', 'interview', 'told', 'reporters']);
const OBJECT_CUES = new Set(['told', 'tells', 'warned', 'warns']);
const MIN_WORDS = 4;
/** Cheap pre-filter: only sentences holding a reporting verb or "according" are tokenised. */
const CUE_WORD = new RegExp(`\\b(?:according|${[...INDIRECT_VERBS].join('|')})\\b`, 'i');
const MAX_SENTENCE = 1500;

/**
 * Reported speech in sentences without quotation marks: "X said (that) …", "X told Y that …",
 * "according to X, …", "…, X said." / "…, according to X.". The span is the reported content.
 * Only sentences that hold no direct quotation are read, so a quote is never reported twice.
 */
export function findIndirect(text: string, sentences: readonly Sentence[], quoted: ReadonlyArray<readonly [number, number]>): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let qi = 0;
  for (const s of sentences) {
    while (qi < quoted.length && quoted[qi]![1] <= s.start) qi++;
    if (qi < quoted.length && quoted[qi]![0] < s.end) continue;
    if (s.end - s.start > MAX_SENTENCE || !CUE_WORD.test(s.text) || hasQuoteMark(text, s.start, s.end)) continue;
    const r = inSentence(text, s.start, s.end);
    if (r) out.push(r);
  }
  return out;
}

function hasQuoteMark(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) return true;
  }
  return false;
}

function inSentence(text: string, start: number, end: number): ReportedSpeech | null {
  const words = wordsIn(text, start, end);
  if (words.length < MIN_WORDS + 2) return null;
  let e = end;
  while (e > start && (isSpace(text.charCodeAt(e - 1)) || /[.!?]/.test(text[e - 1]!))) e--;

  // "According to X, …"
  if (words[0]!.lower === 'according' && words[1]?.lower === 'to') {
    const speaker = speakerStartingAt(text, words, 2);
    const comma = words.findIndex((w, i) => i > 2 && w.text === ',');
    if (speaker && comma > 0 && countWords(words, comma + 1, words.length) >= MIN_WORDS) return { start: words[comma + 1]!.start, end: e, cue: [words[0]!.start, words[1]!.end], speaker };
  }
  // "…, according to X."
  for (let k = 1; k + 2 < words.length; k++) {
    if (words[k]!.lower === 'according' && words[k + 1]!.lower === 'to' && words[k - 1]!.text === ',') {
      const speaker = speakerStartingAt(text, words, k + 2);
      if (speaker && countWords(words, 0, k - 1) >= MIN_WORDS) return { start: words[0]!.start, end: words[k - 2]!.end, cue: [words[k]!.start, words[k + 1]!.end], speaker };
    }
  }
  // "…, X said." / "…, said X."
  const tail = tailAttribution(text, words);
  if (tail) return tail;
  // "X said (that) …" / "X told reporters that …"
  for (let k = 1; k < words.length - MIN_WORDS && k < 30; k++) {
    const w = words[k]!;
    if (w.punct || !INDIRECT_VERBS.has(w.lower)) continue;
    let subj = k - 1;
    while (subj >= 0 && !words[subj]!.punct && /^(also|later|has|had|have|previously|repeatedly|once|further|again)$/.test(words[subj]!.lower)) subj--;
    const speaker = speakerEndingAt(text, words, subj, 0);
    if (!speaker || (speaker.kind === 'nominal' && !/^(the|a|an)\s/i.test(speaker.name) && !/s$/.test(speaker.name))) return null;
    let c = k + 1;
    const that = findThat(words, c, OBJECT_CUES.has(w.lower) ? 6 : 8);
    if (that >= 0) c = that + 1;
    // Without "that", only say/said report a clause ("Smith said the firm would …"); "maintains
    // control", "notes of" and the like are not speech.
    else if (!(w.lower === 'said' || w.lower === 'says') || LEAD.has(words[c]!.lower) || words[c]!.punct) return null;
    if (countWords(words, c, words.length) < MIN_WORDS || words[c]!.start >= e) return null;
    return { start: words[c]!.start, end: e, cue: [w.start, w.end], speaker };
  }
  return null;
}

function tailAttribution(text: string, words: readonly Word[]): ReportedSpeech | null {
  // Find the last comma; what follows must be "X said[ adverbial]" or "said X".
  let comma = -1;
  for (let k = words.length - 1; k > 0 && k > words.length - 14; k--) if (words[k]!.text === ',') {
    comma = k;
    break;
  }
  if (comma < MIN_WORDS) return null;
  let last = words.length - 1;
  while (last > comma && words[last]!.punct) last--;
  for (let k = comma + 1; k <= last && k < comma + 10; k++) {
    const w = words[k]!;
    if (w.punct || !INDIRECT_VERBS.has(w.lower)) continue;
    let speaker: SpeakerMention | null = null;
    if (k === comma + 1) speaker = speakerStartingAt(text, words, k + 1, last + 1);
    else {
      const s = speakerEndingAt(text, words, k - 1, comma + 1);
      if (s && s.start === words[comma + 1]!.start) speaker = s;
    }
    if (!speaker) return null;
    return { start: words[0]!.start, end: words[comma - 1]!.end, cue: [w.start, w.end], speaker };
  }
  return null;
}

function findThat(words: readonly Word[], from: number, within: number): number {
  for (let k = from; k < words.length && k < from + within; k++) {
    if (words[k]!.lower === 'that') return k;
    if (words[k]!.punct && words[k]!.text !== ',') return -1;
  }
  return -1;
}

function countWords(words: readonly Word[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (!words[k]!.punct) n++;
  return n;
}
