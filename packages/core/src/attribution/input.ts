// From the pipeline's layers to the tagger's input: tokens with POS, sentence spans, entity
// mentions in text order, and the token range of each paragraph (the tagger's sequence unit:
// statements cross sentences but, in news, hardly ever paragraphs).
import type { Entity, Token } from '../model/layers.js';
import type { TagInput, TagMention, TokenView } from './features.js';
import { TAG_MIN } from './features.js';

export function tagInput(text: string, tokens: readonly Token[], sentences: ReadonlyArray<{ start: number; end: number }>, entities: readonly Entity[]): TagInput {
  const mentions: TagMention[] = [];
  for (const e of entities) for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, type: e.type });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, tokens, sentences, mentions };
}

/** [first token, one past last] of each paragraph that holds a token. */
export function paragraphRanges(tokens: readonly Token[], paragraphs: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const p of paragraphs) {
    while (i < tokens.length && tokens[i]!.start < p.start) i++;
    const a = i;
    while (i < tokens.length && tokens[i]!.start < p.end) i++;
    if (i > a) out.push([a, i]);
  }
  return out;
}

/**
 * A paragraph longer than this many tokens (never one of news prose: the training paragraphs hold
 * at most a few hundred) is tagged in sequences cut at sentence openings, so the tagger's
 * per-sequence feature and Viterbi buffers stay small on a 50 MB single paragraph.
 */
export const MAX_SEQUENCE = 4000;

/** The paragraph ranges, with each range longer than `max` tokens cut before a sentence opening. */
export function sequenceRanges(ranges: ReadonlyArray<[number, number]>, sent: Int32Array, max = MAX_SEQUENCE): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of ranges) {
    let s = a;
    while (b - s > max) {
      let cut = s + max;
      while (cut > s + 1 && sent[cut] === sent[cut - 1]) cut--;
      if (cut <= s + 1) cut = s + max; // one sentence longer than a sequence
      out.push([s, cut]);
      s = cut;
    }
    out.push([s, b]);
  }
  return out;
}

/** Only paragraphs with a strong learned cue word or a quotation mark are tagged (the stage's speed). */
export function worthTagging(v: TokenView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (v.cue[i]! >= TAG_MIN || v.quote[i]! >= 2) return true;
  return false;
}
