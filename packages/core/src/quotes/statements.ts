// Reported statements found by the learned tagger (attribution/), as the quote stage's speaker
// mentions: the tagged source span is parsed as a name, pronoun or description (names.ts), so the
// stage's resolution (coref.ts, resolve.ts) maps it to the article's people and organisations.
import type { Entity, Token } from '../model/layers.js';
import { tagInput } from '../attribution/input.js';
import { tagStatements, type TaggedStatement } from '../attribution/tag.js';
import { speakerStartingAt, type SpeakerMention } from './names.js';
import { wordsIn } from './words.js';

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
): Statement[] {
  const tagged = tagStatements(tagInput(text, tokens, sentences, entities), paragraphs);
  return tagged.map((t) => ({ fragments: t.content, cue: t.cue, speaker: t.source ? mentionOf(text, t.source[0], t.source[1]) : null, tagged: t }));
}

function mentionOf(text: string, s: number, e: number): SpeakerMention {
  const raw = text.slice(s, e);
  if (PRONOUN.test(raw)) return { name: raw, start: s, end: e, kind: 'pronoun' };
  const words = wordsIn(text, s, e);
  const parsed = speakerStartingAt(text, words, 0);
  if (parsed && parsed.kind === 'name') return { ...parsed, start: s, end: e };
  return { name: raw.replace(/^(?:the|a|an)\s+/i, (m) => m), start: s, end: e, kind: parsed?.kind === 'pronoun' ? 'pronoun' : 'nominal' };
}
