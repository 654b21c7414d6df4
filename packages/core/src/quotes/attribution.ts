import { CUE_VERBS, NOT_NAMES, SUBJECT_PRONOUNS } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { isSpeakerNoun, isStrictSpeakerNoun, speakerEndingAt, speakerStartingAt, type SpeakerMention } from './names.js';
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
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„']);
/** Words between a subject and its cue: "Hale also said", "she has repeatedly argued". */
const BETWEEN = new Set(
  ('also later then has had have previously once recently simply would will did further again repeatedly ' +
    'quickly finally even first reportedly only never often always once just still has since had long earlier ' +
    'immediately tersely bluntly flatly angrily frankly openly publicly privately then subsequently').split(' '),
);
/** Cues whose following name is the listener or an object, never an inverted speaker ("telling Radio 4"). */
const INVERSION_BLOCKERS = new Set(['tell', 'tells', 'told', 'telling', 'called', 'calling', 'described', 'describing']);
/** A reporting verb; "took note", "the reports", "his demands" (tagged nouns) are not. */
const isCue = (w: Word | undefined): boolean => !!w && !w.punct && CUE_VERBS.has(w.lower) && w.pos !== 'NOUN' && w.pos !== 'PROPN';
/**
 * isCue, trusting the word over a NOUN tag right after a name or pronoun: "Henry reports on
 * Monday", "The Times reports" are verbs ("Hale’s claims", "the reports" stay nouns).
 */
function isCueAt(words: readonly Word[], k: number): boolean {
  const w = words[k];
  if (isCue(w)) return true;
  // "as anti-terrorism prosecutor Marc Trévidic put it, “…”"
  if (w && (w.lower === 'put' || w.lower === 'puts') && words[k + 1]?.lower === 'it') return true;
  if (!w || w.punct || !CUE_VERBS.has(w.lower) || !/(?:s|ed)$/.test(w.lower)) return false;
  const prev = words[k - 1];
  if (!prev || prev.punct || /['’]s?$/.test(prev.text)) return false;
  return (prev.cap && !NOT_NAMES.has(prev.lower)) || (SUBJECT_PRONOUNS.has(prev.lower) && prev.lower !== 'who');
}
const isBetween = (w: Word): boolean => !w.punct && !w.cap && (BETWEEN.has(w.lower) || (w.lower.endsWith('ly') && w.lower.length > 4 && !LY_NOUNS.has(w.lower)));
/** Nouns ending in -ly that head a speaker ("the popular Dutch daily wrote", "a close ally said"). */
const LY_NOUNS = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'ally', 'family', 'assembly']);

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
  const a = attributeRaw(text, q, blockStart, blockEnd, prevClose, nextOpen, pos);
  // "…, a Holt endorser whose district went for her but who suggested …": a relative pronoun
  // whose antecedent we could not parse names nobody; the quote may still carry a neighbour's speaker.
  if (a.speaker?.kind === 'pronoun' && a.speaker.name.toLowerCase() === 'who') return { cue: a.cue, speaker: null, strength: 'none' };
  return a;
}

function attributeRaw(text: string, q: QuotedSpan, blockStart: number, blockEnd: number, prevClose: number, nextOpen: number, pos?: PosLookup): Attribution {
  const after = afterQuote(text, q, Math.min(blockEnd, nextOpen, q.close + WINDOW), pos, nextOpen);
  if (after && after.strength === 'adjacent') return after;
  const before = beforeQuote(text, q, Math.max(blockStart, prevClose, q.open - WINDOW), pos, blockStart);
  if (before) return before;
  return after ?? NONE;
}

/**
 * Does the cue at words[k] end its clause with a colon, or with a comma right before the next
 * quotation opens (`limit` is that opening)? Then the clause introduces what follows.
 */
function introducesNext(words: readonly Word[], k: number, limit: number, nextOpen: number): boolean {
  let j = k + 1;
  // "writes back, “…”" / "said in a statement: “…”": a short adjunct may sit between cue and mark.
  while (j < words.length && j < k + 6 && !words[j]!.punct) j++;
  const w = words[j];
  if (!w || !w.punct) return false;
  if (w.text === ':') return true;
  return w.text === ',' && j === words.length - 1 && limit === nextOpen;
}

function afterQuote(text: string, q: QuotedSpan, limit: number, pos?: PosLookup, nextOpen = Infinity): Attribution | null {
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
    // A credit line opens with the name, a determiner or a role and ends with the name (or its
    // appositive): "” – the Founding Father who Beck idolizes" and "” - including the Service
    // Employees International Union - wanted" are dash asides that go on as a clause.
    const lead = words[i + 1];
    const credit = !!lead && !lead.punct && (lead.cap || (!lead.lower.endsWith('ing') && !DASH_ASIDES.has(lead.lower)));
    const speaker = credit ? speakerStartingAt(text, words, i + 1, end) : null;
    const after = speaker ? words.find((w) => w.start >= speaker.end) : undefined;
    if (speaker && speaker.kind !== 'pronoun' && (!after || after.punct)) return { cue: [first.start, first.end], speaker, strength: 'adjacent' };
    return null;
  }
  if (first.punct) return null;
  // "…,” according to Judicial Watch.
  if (first.lower === 'according' && words[i + 1]?.lower === 'to') {
    const speaker = speakerStartingAt(text, words, i + 2, end);
    if (speaker && speaker.kind !== 'pronoun') return { cue: [first.start, words[i + 1]!.end], speaker, strength: 'adjacent' };
    return null;
  }
  // "…," said Sam Lyle, parent of a Northfield pupil. ("…," telling Radio 4 … names the listener.)
  if (isCue(first) && !INVERSION_BLOCKERS.has(first.lower) && !first.lower.endsWith('ing')) {
    const speaker = speakerStartingAt(text, words, i + 1, end);
    if (speaker) return { cue: [first.start, first.end], speaker, strength: 'adjacent' };
    return null;
  }
  // "…," she says / "…" Abraham, 92, said in an interview / "…," the football team wrote.
  // A quote that ends its own sentence ("….”) is not reported by a next sentence that reports
  // something else: "“….” He said the firm had been hired …" starts new speech.
  // The same holds for "She said Orvex had been paid …" (a capitalised subject of the new clause)
  // and for a sentence that hands over to the next quotation: "“…?” Mills then writes back, “…”" /
  // "“….” The candidate reiterated: “…”".
  const closed = /[.?!]$/.test(text.slice(q.start, q.end));
  for (let k = i + 1; k < end && k < i + 36; k++) {
    if (!isCueAt(words, k)) continue;
    const next = words[k + 1];
    if (closed && first.cap && next && !next.punct && !ADJUNCTS.has(next.lower) && (!next.cap || startsClause(words, k + 1))) return null;
    if (closed && first.cap && introducesNext(words, k, limit, nextOpen)) return null;
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
  // "Hale: "…"" / "… – PollWatch: "…"": a name that opens its clause, then a colon.
  if (last.text === ':' && words.length >= 2) {
    let speaker = speakerEndingAt(text, words, words.length - 2, 0);
    let k = speaker ? words.findIndex((w) => w.start === speaker!.start) : -1;
    // "- Mark Blumenthal and Jon Cohen: “…”": co-authors credited together.
    if (speaker && speaker.kind === 'name' && k > 1 && words[k - 1]!.lower === 'and') {
      const first = speakerEndingAt(text, words, k - 2, 0);
      const k0 = first ? words.findIndex((w) => w.start === first.start) : -1;
      if (first && first.kind === 'name' && k0 >= 0) {
        speaker = { name: text.slice(first.start, speaker.end), start: first.start, end: speaker.end, kind: 'name', ...(first.role && { role: first.role }) };
        k = k0;
      }
    }
    if (speaker && speaker.kind === 'name' && (k === 0 ? sentenceStart : k > 0 && ((words[k - 1]!.punct && words[k - 1]!.text !== ',') || (words[k - 1]!.lower === 'from' && words[k - 2]?.lower === 'more')))) return { cue: [last.start, last.end], speaker, strength: 'adjacent' };
    // "From the report: “…”" / "More from Pew’s analysts: “…”": the source named after "from".
    if (speaker && speaker.kind !== 'pronoun' && k > 0 && words[k - 1]!.lower === 'from' && ((k === 1 && sentenceStart) || words[k - 2]?.lower === 'more')) return { cue: [words[k - 1]!.start, last.end], speaker, strength: 'adjacent' };
  }
  // "because, in her words, “…”" / "in Hale’s own words: “…”": the owner of the words said them.
  const inWords = ownerOfWords(text, words);
  if (inWords) return { cue: [inWords.start, last.end], speaker: inWords, strength: 'adjacent' };
  const touching = last.text === ',' || last.text === ':' || isCue(last) || last.lower === 'that';
  // "according to X, "
  for (let k = 0; k + 2 < words.length; k++) {
    if (words[k]!.lower === 'according' && words[k + 1]!.lower === 'to') {
      const speaker = speakerStartingAt(text, words, k + 2) ?? sourcePhrase(text, words, k + 2);
      if (speaker) return { cue: [words[k]!.start, words[k + 1]!.end], speaker, strength: touching ? 'adjacent' : 'sentence' };
    }
  }
  // The last cue before the quote, then its subject; participles ("adding", "saying") defer to a finite cue.
  let cue = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    if (!isCueAt(words, k)) continue;
    // "…, who told Congress when asked last month about the inquiry: “…”": a reduced clause
    // ("when asked", "if pressed") reports nothing; the cue before it does.
    if (k > 0 && SUBORDINATORS.has(words[k - 1]!.lower) && /ed$/.test(words[k]!.lower)) continue;
    if (cue < 0) cue = k;
    if (!words[k]!.lower.endsWith('ing')) {
      cue = k;
      break;
    }
  }
  if (cue >= 0) {
    const cueSpan: [number, number] = [words[cue]!.start, words[cue]!.end];
    const strength = cue >= words.length - 3 || touching ? 'adjacent' : 'sentence';
    // "Sen. Ray Lund visited ABN to discuss his remarks about his rival, Dana Holt,
    // saying “…”": a participle after a comma hangs on the sentence's subject, not on the phrase
    // before the comma.
    const participle = words[cue]!.lower.endsWith('ing') && words[cue - 1]?.text === ',';
    // "Rubio was asked by Fox Business moderator Gerard Baker whether …": the asker.
    if (words[cue]!.lower === 'asked' && PASSIVE_AUX.has(words[cue - 1]?.lower ?? '') && words[cue + 1]?.lower === 'by') {
      const asker = speakerStartingAt(text, words, cue + 2);
      if (asker && asker.kind !== 'pronoun') return { cue: cueSpan, speaker: asker, strength };
    }
    let speaker = participle ? (sentenceStart ? firstSubject(text, words, cue - 1) : participleSubject(text, words[cue]!, blockStart, pos)) : null;
    speaker ??= speakerEndingAt(text, words, subjectEnd(words, cue, 0), 0);
    // Inverted: "said Hale: "…"" / "writes columnist Jane Doe, "…"". The name ends the clause
    // ("said the U.S. "clearly" needed" has a verb after it; "telling Radio 4 that" names the listener).
    // Punctuation sets the name off from the quote: "said the EU “plainly” wanted" makes the name
    // the subject of the quoted clause.
    if ((!speaker || speaker.kind === 'nominal') && !INVERSION_BLOCKERS.has(words[cue]!.lower)) {
      const inverted = speakerStartingAt(text, words, cue + 1);
      const after = inverted ? words.find((w) => w.start >= inverted.end) : undefined;
      if (inverted && inverted.kind === 'name' && after && after.punct) speaker = inverted;
    }
    // "adding, "…"" / "and joked, "…"": the clause's subject is the sentence's, when the window
    // holds the sentence's start (after an earlier quote of the sentence, carrying decides).
    // "she smiled and said, "…"": the subject of the verb coordinated with the cue.
    // "… said she thinks the video should be released but said “…”": "but" coordinates like "and".
    const coordinated = words[cue - 1]?.lower === 'and' || words[cue - 1]?.lower === 'but';
    if (!speaker && coordinated) speaker = coordinatedSubject(text, words, cue - 1);
    if (!speaker && sentenceStart && (words[cue]!.lower.endsWith('ing') || coordinated || words[cue - 1]?.lower === 'to')) speaker = firstSubject(text, words, cue);
    if (speaker) return { cue: cueSpan, speaker, strength };
  }
  // "Jeb Bush broke down what was wrong with the image to the Dutch newspaper NRC: “…”" /
  // "Lund shot back, “…”": a clause that ends in a colon (or a "back"/"in" phrasal verb and a
  // comma) hands the quotation to its subject.
  const phrasal = last.text === ',' && words.length >= 3 && PHRASAL_PARTICLES.has(words[words.length - 2]!.lower) && !words[words.length - 3]!.punct && !words[words.length - 3]!.cap;
  if ((last.text === ':' || phrasal) && sentenceStart && cue < 0) {
    // The subject opens the sentence (after an introductory phrase) and its verb follows it.
    const s = firstSubject(text, words, words.length - 1);
    const ks = s ? words.findIndex((w) => w.start === s.start) : -1;
    const verb = s ? words.find((w) => w.start >= s.end) : undefined;
    const opens = ks === 0 || (ks > 0 && (words[ks - 1]!.text === ',' || LEAD_WORDS.has(words[ks - 1]!.lower) || (ks >= 2 && words[ks - 1]!.cap && words[ks - 2]!.text === ',') || (!!s!.role && ks <= 6 && words[0]!.cap && words.slice(0, ks).every((w) => !w.punct))));
    if (s && s.kind !== 'nominal' && s.name.toLowerCase() !== 'it' && opens && verb && !verb.punct && !verb.cap) return { cue: [last.start, last.end], speaker: s, strength: phrasal ? 'adjacent' : 'sentence' };
  }
  return null;
}

/** "in her (own) words," / "in the president’s words:" right before the quote: who owns the words. */
function ownerOfWords(text: string, words: readonly Word[]): SpeakerMention | null {
  const n = words.length;
  const last = words[n - 1];
  if (!last || (last.text !== ',' && last.text !== ':') || words[n - 2]?.lower !== 'words') return null;
  let o = n - 3;
  if (words[o]?.lower === 'own') o--;
  const owner = words[o];
  if (!owner || owner.punct) return null;
  // "in his words": the possessive pronoun stands for the subject pronoun he/she.
  if (words[o - 1]?.lower === 'in' && POSSESSIVE_PRONOUNS.has(owner.lower)) return { name: POSSESSIVE_PRONOUNS.get(owner.lower)!, start: owner.start, end: owner.end, kind: 'pronoun' };
  if (!/['’]s$/.test(owner.text) || !owner.cap) return null;
  let a = o;
  while (a - 1 >= 0 && words[a - 1]!.cap && !words[a - 1]!.punct && !NOT_NAMES.has(words[a - 1]!.lower)) a--;
  if (words[a - 1]?.lower !== 'in' && !(words[a - 1]?.lower === 'the' && words[a - 2]?.lower === 'in')) return null;
  const end = owner.end - 2;
  return { name: text.slice(words[a]!.start, end), start: words[a]!.start, end, kind: 'name' };
}

const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she']]);

const SUBORDINATORS = new Set(['when', 'if', 'unless', 'until', 'once', 'while']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are']);

/** Particles of reporting phrasal verbs: "shot back", "fired back", "chimed in", "weighed in". */
const PHRASAL_PARTICLES = new Set(['back', 'in']);

/**
 * The subject of a ", saying" participle whose sentence starts before an earlier quoted title or
 * phrase of the same sentence (`visited ABN’s “Today” to discuss …, saying “…”`): the words from
 * the sentence's start, when it is within the window.
 */
function participleSubject(text: string, cue: Word, blockStart: number, pos?: PosLookup): SpeakerMention | null {
  const from = Math.max(blockStart, cue.start - WINDOW);
  let words = wordsIn(text, from, cue.start, pos);
  let start = from === blockStart;
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k]!.punct && SENTENCE_END.has(words[k]!.text) && k < words.length - 1 && words[k + 1]!.cap) {
      words = words.slice(k + 1);
      start = true;
      break;
    }
  }
  if (!start || words.length < 2) return null;
  // The sentence must open outside quotation marks: its first mark opens a quote after its subject.
  const mark = words.findIndex((w) => w.punct && QUOTE_MARKS.has(w.text));
  if (mark === 0) return null;
  const m = words[mark];
  if (m && (m.text === '”' || m.text === '’' || m.text === '»' || (m.text === '"' && !/\S/.test(text[m.end] ?? ' ')))) return null;
  return firstSubject(text, words, words.length - 1);
}

/**
 * "According to the recently court-released Hale University playbook, …": whatever noun phrase
 * follows "according to" up to its comma is the source (a document, a report, a person).
 */
function sourcePhrase(text: string, words: readonly Word[], k: number): SpeakerMention | null {
  const first = words[k];
  if (!first || first.punct || !DETERMINER_OPENERS.has(first.lower)) return null;
  let e = k + 1;
  while (e < words.length && e < k + 10 && !words[e]!.punct) e++;
  if (e >= words.length || words[e]!.text !== ',' || e < k + 2) return null;
  const last = words[e - 1]!;
  if (last.cap || !/^[a-z]+$/.test(last.text) || !isSpeakerNoun(last.lower)) return null;
  return { name: text.slice(first.start, last.end), start: first.start, end: last.end, kind: 'nominal' };
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

/** Words that open a dash aside rather than a credit ("” - including …", "” — which …"). */
const DASH_ASIDES = new Set(['with', 'and', 'but', 'or', 'as', 'which', 'who', 'that', 'to', 'for', 'from', 'in', 'on', 'at', 'by', 'of', 'than', 'not', 'if', 'because', 'while', 'when', 'where', 'even', 'plus', 'like', 'unlike', 'despite']);

/** Capitalised words that may follow a final "X said" as its time: "Smith said Tuesday." */
const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

/**
 * Does the capitalised run at words[k] open a clause ("said Orvex had been paid": a name and
 * then its verb)? A time ("said Tuesday") or a listener ("told ABC News on Sunday.") does not.
 */
function startsClause(words: readonly Word[], k: number): boolean {
  if (TIME_WORDS.has(words[k]!.lower)) return false;
  let e = k;
  while (e < words.length && e < k + 6 && words[e]!.cap && !words[e]!.punct) e++;
  const after = words[e];
  return !!after && !after.punct && !after.cap && !ADJUNCTS.has(after.lower) && !TIME_WORDS.has(after.lower);
}

/** Capitalised sentence openers that are not names. */
const OPENERS = new Set(
  ('amid earlier later hours days weeks months years minutes moments after before since despite following during ' +
    'meanwhile instead last next asked speaking although though because unlike like once upon within without ' +
    'throughout over under across by with for from into through toward towards among between').split(' '),
);

/** A description opening at words[i] cut at its head noun ("The newspaper took …" -> "The newspaper"). */
function headed(text: string, words: readonly Word[], i: number): SpeakerMention | null {
  let h = i + 1;
  // "the former finance minister": "former" modifies the head, "of state" completes it.
  while (h < words.length && h < i + 4 && !words[h]!.punct && (!isStrictSpeakerNoun(words[h]!.lower) || TITLE_MODIFIERS.has(words[h]!.lower))) h++;
  if (h >= words.length || h >= i + 4 || words[h]!.punct) return null;
  if (words[h + 1]?.lower === 'of' && words[h + 2] && /^[a-z]+$/.test(words[h + 2]!.text) && !DETERMINER_OPENERS.has(words[h + 2]!.lower) && isStrictSpeakerNoun(words[h]!.lower) && words[h + 2]!.pos !== 'VERB') h += 2;
  return { name: text.slice(words[i]!.start, words[h]!.end), start: words[i]!.start, end: words[h]!.end, kind: 'nominal' };
}

/** Title words that modify a following head ("the former secretary", "the acting director"). */
const TITLE_MODIFIERS = new Set(['former', 'acting', 'deputy', 'vice', 'first', 'assistant', 'executive', 'chief', 'interim']);

/** "X laughed and said": the pronoun or name right before a short verb phrase that ends at words[and]. */
function coordinatedSubject(text: string, words: readonly Word[], and: number): SpeakerMention | null {
  // A capitalised word inside the verb phrase ("put on a thick Northern drawl and joked") is an
  // object or a modifier; the subject opens the clause (after punctuation or a sentence adverb).
  const inPhrase = (w: Word, k: number): boolean => w.cap && k > 0 && !words[k - 1]!.punct && !words[k - 1]!.cap && !LEAD_WORDS.has(words[k - 1]!.lower) && !SUBJECT_PRONOUNS.has(w.lower);
  let p = and - 1;
  while (p >= 0 && p > and - 10 && !words[p]!.punct && (!words[p]!.cap || inPhrase(words[p]!, p)) && !SUBJECT_PRONOUNS.has(words[p]!.lower)) p--;
  // "a colleague who pinched her waist and told her": the relative clause's antecedent is no name we parse.
  if (p < 0 || p === and - 1 || words[p]!.punct || words[p]!.lower === 'who') return null;
  const s = speakerEndingAt(text, words, p, 0);
  return s && s.kind !== 'nominal' ? s : null;
}

/** Sentence adverbs and conjunctions that open a sentence before its subject ("Then he turned on Gray"). */
const LEAD_WORDS = new Set(['then', 'also', 'but', 'and', 'so', 'yet', 'still', 'now', 'later', 'instead', 'again']);

/** The subject a participle clause hangs on: the first name or pronoun of the sentence. */
function firstSubject(text: string, words: readonly Word[], before: number): SpeakerMention | null {
  // "In an interview with The Morning Ledger, Hale …": skip the introductory phrase.
  let from = 0;
  if (words[0] && LEAD_WORDS.has(words[0].lower)) from = words[1]?.text === ',' ? 2 : 1;
  const w0 = words[from];
  // "Repeating a line she likes, the former finance minister spoke …": an opening
  // participle phrase, like an introductory phrase, comes before the subject.
  const participial = !!w0 && w0.cap && w0.lower.endsWith('ing') && w0.lower.length > 5 && !!words[from + 1] && !words[from + 1]!.cap;
  if (from === 0 && w0 && !w0.punct && (OPENERS.has(w0.lower) || participial || (NOT_NAMES.has(w0.lower) && !SUBJECT_PRONOUNS.has(w0.lower) && !DETERMINER_OPENERS.has(w0.lower)))) {
    const comma = words.findIndex((w, k) => k < 16 && k < before && w.text === ',');
    if (comma < 0) return null;
    from = comma + 1;
  }
  for (let k = from; k < before && k < from + 12; k++) {
    const w = words[k]!;
    // "Democratic presidential nominee Dana Holt chimed in …": role words, then the name.
    if (k === from && w.cap && !SUBJECT_PRONOUNS.has(w.lower) && !DETERMINER_OPENERS.has(w.lower)) {
      const s = speakerStartingAt(text, words, k, before);
      if (s && s.kind === 'name') return s;
      // "Lazar’s public defense counsel asked …": a possessive description headed by a role noun.
      if (s && s.kind === 'nominal' && /['’]s\s/.test(s.name) && isStrictSpeakerNoun(s.name.slice(s.name.lastIndexOf(' ') + 1).toLowerCase())) return s;
    }
    if (w.punct) continue;
    // "The newspaper took note …, writing: “…”": a description heading the sentence.
    if (k === from && DETERMINER_OPENERS.has(w.lower)) {
      const d = headed(text, words, k);
      if (d) return d;
      continue;
    }
    // "It may be saying something like, “…”": a sentence opening with "it" has no speaker subject.
    if (k === from && w.lower === 'it') return null;
    if (w.cap || w.lower === 'he' || w.lower === 'she') {
      // "Amid …", "Earlier this week, …", "Hours later, …": a capitalised sentence opener, not a name.
      if (k === from && OPENERS.has(w.lower)) continue;
      let e = k;
      while (e + 1 < before && words[e + 1]!.cap) e++;
      // "the Mexican audience": a capitalised modifier of a noun is no subject.
      const next = words[e + 1];
      if (next && !next.punct && !next.cap && next.pos === 'NOUN' && !SUBJECT_PRONOUNS.has(w.lower)) continue;
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
  // A quote that opens its sentence has no subject before it.
  const lastWord = words[words.length - 1];
  if (lastWord && lastWord.punct && SENTENCE_END.has(lastWord.text)) return null;
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
  // "But he laid off 200 staffers and began talking about “…”": a sentence adverb or conjunction
  // before the subject.
  if (LEAD_WORDS.has(words[0]!.lower) && words[0]!.cap && words[1] && !words[1].punct) i = 1;
  const first = words[i]!.lower;
  if ((!words[i]!.cap && !(i > 0 && SUBJECT_PRONOUNS.has(first))) || OPENERS.has(first) || first.endsWith('ing') || (NOT_NAMES.has(first) && !SUBJECT_PRONOUNS.has(first) && !DETERMINER_OPENERS.has(first))) {
    const comma = words.findIndex((w, k) => k < 16 && w.text === ',');
    if (comma < 0) return null;
    i = comma + 1;
  }
  const owner = possessiveSpeech(text, words, i);
  if (owner) return owner;
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
    // "Reyes, star of radio’s “Nightline,” thanked Dunn": the appositive may end in a title.
    while (k < words.length && words[k]!.punct && QUOTE_MARKS.has(words[k]!.text)) k++;
  }
  const verb = words[k];
  if (!verb || verb.punct || verb.cap || verb.end > q.open) return null;
  return speaker;
}

/** Nouns for what someone said or wrote: "Holt’s response was: “…”". */
const SPEECH_NOUNS = new Set(['response', 'reply', 'answer', 'statement', 'message', 'words', 'remarks', 'comment', 'comments', 'retort', 'tweet', 'verdict', 'advice', 'explanation', 'argument', 'pitch', 'promise', 'warning', 'conclusion']);
/** Copulas and verbs after such a noun that hand over to the quotation. */
const SPEECH_NOUN_VERBS = new Set(['was', 'is', 'were', 'are', 'read', 'reads', 'came', 'went', 'included', 'includes']);

/**
 * "Holt’s response was: “…”" / "The Oregon senator’s answer was that “…”": the owner of a
 * noun for speech, opening the sentence, said the quote. A name or a description headed by a
 * speaking noun; the noun must be followed by its verb.
 */
function possessiveSpeech(text: string, words: readonly Word[], i: number): SpeakerMention | null {
  let p = i;
  while (p < words.length && p < i + 5 && !words[p]!.punct && !/['’]s$/.test(words[p]!.text)) p++;
  const w = words[p];
  if (!w || w.punct || !/['’]s$/.test(w.text) || !SPEECH_NOUNS.has(words[p + 1]?.lower ?? '') || !SPEECH_NOUN_VERBS.has(words[p + 2]?.lower ?? '')) return null;
  const end = w.end - 2;
  const first = words[i]!;
  if (first.cap && !DETERMINER_OPENERS.has(first.lower) && !NOT_NAMES.has(first.lower)) {
    for (let k = i; k <= p; k++) if (!words[k]!.cap) return null;
    return { name: text.slice(first.start, end), start: first.start, end, kind: 'name' };
  }
  if (DETERMINER_OPENERS.has(first.lower) && p > i && isStrictSpeakerNoun(w.lower.slice(0, -2))) return { name: text.slice(first.start, end), start: first.start, end, kind: 'nominal' };
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
 * qualities:" / "Moreno said that 2,000 would be hired." The last sentence of the line is read
 * as if the quote followed it.
 */
export function introducedBy(text: string, lineStart: number, lineEnd: number, pos?: PosLookup): Attribution | null {
  const fake = { open: lineEnd } as QuotedSpan;
  const a = beforeQuote(text, fake, Math.max(lineStart, lineEnd - WINDOW), pos, lineStart);
  if (a && a.speaker && a.speaker.kind !== 'nominal') return a;
  // "He then listed the qualities:" / "Hale took to Twitter:": a line ending in a colon hands the
  // quotation to its sentence's subject, whatever the verb.
  if (text[lineEnd - 1] !== ':') return null;
  const subject = clauseSubject(text, fake, lineStart, pos);
  return subject && subject.kind !== 'nominal' ? { cue: [lineEnd - 1, lineEnd], speaker: subject, strength: 'sentence' } : null;
}
