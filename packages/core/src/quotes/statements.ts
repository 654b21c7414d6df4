// Reported statements found by the learned tagger (attribution/), as the quote stage's speaker
// mentions: the tagged source span is parsed as a name, pronoun or description (names.ts), so the
// stage's resolution (coref.ts, resolve.ts) maps it to the article's people and organisations.
import type { Entity, Token } from '../model/layers.js';
import type { TaggedStatement } from '../attribution/tag.js';
import { tagInWindows, type WindowOptions } from '../attribution/windows.js';
import { speakerStartingAt, type SpeakerMention } from './names.js';
import { wordsIn } from './words.js';
import { commonWord } from './common-word.js';

export interface Statement {
  /** Content fragments, in text order. */
  fragments: Array<[number, number]>;
  cue: [number, number] | null;
  speaker: SpeakerMention | null;
  tagged: TaggedStatement;
}

const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

export function findStatements(
  text: string,
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  entities: readonly Entity[],
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
  windows?: WindowOptions,
): Statement[] {
  // A huge document is tagged a window at a time; each statement is read against its window's mentions.
  return tagInWindows(text, tokens, sentences, entities, paragraphs, (t, input) => {
    const ms = input.mentions;
    let src = t.source;
    // "…, who said": the relative pronoun stands for the mention right before it; the speaker is
    // named after that mention but stays where the text gives it (the pronoun).
    let named: SpeakerMention | null = null;
    if (src && RELATIVE.test(text.slice(src[0], src[1]))) {
      const i = lastEndingBy(ms, src[0]);
      if (i >= 0 && src[0] - ms[i]!.end <= 3 && canSpeak(text, ms[i]!.start, ms[i]!.end)) named = { ...mentionOf(text, ms[i]!.start, ms[i]!.end), start: src[0], end: src[1] };
      else src = null;
    }
    if (named) return { fragments: t.content, cue: t.cue, speaker: named, tagged: t };
    // A refused source gives way to the ranker's runner-up.
    if ((!src || !canSpeak(text, src[0], src[1])) && t.altSource && canSpeak(text, t.altSource[0], t.altSource[1])) src = t.altSource;
    const speaker = src && canSpeak(text, src[0], src[1]) ? mentionOf(text, src[0], src[1]) : null;
    return { fragments: t.content, cue: t.cue, speaker: speaker?.kind === 'nominal' ? appositiveName(text, ms, speaker) ?? speaker : speaker, tagged: t };
  }, windows);
}

/**
 * Between a description and the name in apposition: the rest of a possessive ("the workers' union"),
 * a short complement ("for the finance ministry"), then the comma.
 */
const BEFORE_NAME = /^(?:['’]s?(?:\s+[\p{L}-]+){1,2})?(?:\s+(?:for|of|at|from|in|with)\s[^,;:.!?"“”\n]{1,60})?,\s+$/u;

/**
 * A description with the person's name in apposition ("The spokesman for the finance ministry,
 * Lin Bo, said …"): the named person is the speaker, the description their role.
 */
function appositiveName(text: string, ms: ReadonlyArray<{ start: number; end: number; type: string }>, d: SpeakerMention): SpeakerMention | null {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (ms[m]!.start < d.end) lo = m + 1;
    else hi = m;
  }
  const m = ms[lo];
  if (!m || m.type !== 'PERSON' || m.start - d.end > 80 || !BEFORE_NAME.test(text.slice(d.end, m.start))) return null;
  if (!/^\s*,/.test(text.slice(m.end, m.end + 3))) return null;
  const name = mentionOf(text, m.start, m.end);
  const role = text.slice(d.start, text.lastIndexOf(',', m.start));
  return name.kind === 'name' ? { ...name, role: [role, name.role].filter(Boolean).join(', ') } : null;
}

const RELATIVE = /^(?:who|which|that|whom)$/i;

/** Index of the last mention ending at or before pos (mentions sorted by start, non-nested). */
function lastEndingBy(ms: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (ms[m]!.start < pos) lo = m + 1;
    else hi = m;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) if (ms[i]!.end <= pos) return i;
  return -1;
}

/**
 * A source span that cannot be a speaker is refused (the ranker's runner-up stands in): a
 * possessive ("the company's") modifies the real head, and a source never spans lines. Which heads
 * can speak ("analysts", not "sectors" of a statistic) the ranker has learned (head word, suffix,
 * NER label), so no noun list is consulted here.
 */
function canSpeak(text: string, s: number, e: number): boolean {
  const raw = text.slice(s, e);
  return !raw.includes('\n') && !/['’]s?$/.test(raw);
}

function mentionOf(text: string, s: number, e: number): SpeakerMention {
  const raw = text.slice(s, e);
  if (PRONOUN.test(raw)) return { name: raw, start: s, end: e, kind: 'pronoun' };
  const words = wordsIn(text, s, e);
  const parsed = speakerStartingAt(text, words, 0);
  // "State media reported": a sentence-opening common word is no name, the phrase is a description.
  if (parsed && parsed.kind === 'name' && !(commonWord(parsed.name) && parsed.end < e)) return { ...parsed, start: s, end: e };
  return { name: raw.replace(/^(?:the|a|an)\s+/i, (m) => m), start: s, end: e, kind: parsed?.kind === 'pronoun' ? 'pronoun' : 'nominal' };
}
