// Rules that settle places: datelines, countries as places, bodies named for a place ("Lisbon
// Newsroom", "Press Agency of Chile"). Each reads the tagger's mentions and fixes their type or span.
import type { Mention, Token } from '../../model/layers.js';
import { GAZ, type Gazetteer } from '../gazetteer.js';
import { isCountry, tokenAt } from './tokens.js';
import { TITLES } from '../lexicon.js';
import { lookupKnown } from '../links.js';
import type { PushMention } from './push.js';

/** Heads that follow a town in a side's or a paper's name only ("Harrowby City", "LISBON POST"), not "City of London". */
const SIDE_HEAD = new Set(['city', 'county', 'united', 'rovers', 'wanderers', 'athletic', 'post', 'times', 'herald', 'tribune', 'journal', 'standard', 'gazette', 'desk', 'newsroom']);
/** Head nouns of organisations' names (lower case). */
const ORG_HEAD = new Set(['newsroom', 'desk', 'post', 'times', 'herald', 'tribune', 'journal', 'standard', 'gazette', 'city', 'county', 'united', 'rovers',
  'wanderers', 'athletic', 'exchange', 'bourse', 'board', 'council', 'agency', 'bank', 'university', 'institute', 'commission', 'committee', 'ministry',
  'federation', 'association', 'union', 'party', 'front', 'movement', 'army', 'force', 'forces', 'court', 'fund', 'group', 'society', 'rights', 'nation',
  'radio', 'television', 'airlines', 'airways', 'telecom', 'railways', 'police', 'navy', 'church', 'authority', 'foundation', 'corporation', 'company']);

/**
 * "OSLO 2031-04-02": a line holding only a capitalised name and a date is a dateline, and the
 * name is where the story was filed: a place, whatever the tagger read ("OSLO" as a person).
 */
export function datelines(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
  gaz: Gazetteer,
  covered: Uint8Array,
  push: PushMention,
): void {
  const ISO = /^\d{4}-\d\d-\d\d$/;
  const lineEnd = (a: number): number => {
    let b = a + 1;
    while (b < tokens.length && !newlineIn(text, tokens[b - 1]!.end, tokens[b]!.start)) b++;
    return b;
  };
  // Collect first, then apply in one pass over the mentions: text with thousands of dateline-like
  // lines must stay linear.
  const found: Array<{ x: number; y: number; start: number; stop: number }> = [];
  let a = 0;
  while (a < tokens.length) {
    const b = lineEnd(a);
    // [a, b) is one line: a place, optionally ", region" ("HARROWBY , Calif", "BEIT SAHUR , West Bank"),
    // then an ISO date on the same line or alone on the next ("GRAND FORKS , N.D ." / "2031-04-02").
    let end = -1;
    if (ISO.test(tokens[b - 1]!.text)) end = b - 1;
    else if (b < tokens.length && lineEnd(b) === b + 1 && ISO.test(tokens[b]!.text)) end = tokens[b - 1]!.text === '.' ? b - 1 : b;
    const parts: Array<[number, number]> = [];
    if (end > a && end - a <= 9) {
      let s = a;
      for (let i = a; i <= end; i++) {
        if (i < end && tokens[i]!.text !== ',') continue;
        parts.push([s, i]);
        s = i + 1;
      }
    }
    const ok = parts.length >= 1 && parts.length <= 2 && parts.every(([x, y]) => y > x && y - x <= 4 && tokens.slice(x, y).every((t) => /^[A-Z][A-Za-z.'-]*$/.test(t.text)));
    if (ok) for (const [x, y] of parts) found.push({ x, y, start: tokens[x]!.start, stop: tokens[y - 1]!.end });
    a = b;
  }
  if (found.length === 0) return;
  const exact = new Map<string, Mention>();
  for (const m of mentions) exact.set(`${m.start}:${m.end}`, m);
  // Pieces the tagger made of a place ("ST." + "PAUL") give way to the whole: drop the mentions
  // overlapping a dateline place that no mention covers exactly (`found` is in text order).
  const fresh = found.filter((f) => !exact.has(`${f.start}:${f.stop}`));
  if (fresh.length > 0) {
    const overlapsFresh = (m: Mention): boolean => {
      let lo = 0;
      let hi = fresh.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fresh[mid]!.stop <= m.start) lo = mid + 1;
        else hi = mid;
      }
      return lo < fresh.length && fresh[lo]!.start < m.end;
    };
    let w = 0;
    for (const m of mentions) if (!overlapsFresh(m)) mentions[w++] = m;
    mentions.length = w;
  }
  for (const { x, y, start, stop } of found) {
    const type: Mention['type'] = isPlace(text.slice(start, stop), gaz) ? 'GPE' : 'LOC';
    const same = exact.get(`${start}:${stop}`);
    if (same) {
      if (same.type === 'PERSON' || same.type === 'ORG' || same.type === 'NORP' || same.type === 'PRODUCT') same.type = type;
      DATELINE_PLACES.add(same);
      continue;
    }
    push(x, y, type);
    DATELINE_PLACES.add(mentions[mentions.length - 1]!);
  }
}

/** Whether text[from, to) holds a line feed (the gap between two tokens: no string made). */
function newlineIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Mentions naming where a story was filed (datelines): places even where the article's other
 * mentions of the name are a club ("LENS , France" over "Lens 's home win"); merge.ts keeps
 * them apart from the name's other mentions.
 */
export const DATELINE_PLACES = new WeakSet<Mention>();

export function isPlace(surface: string, gaz: Gazetteer): boolean {
  return lookupKnown(surface)?.type === 'GPE' || (gaz.classesOfText(surface) & (GAZ.country | GAZ.city | GAZ.state)) !== 0;
}

/**
 * "Chile beat Peru", "Wales ( Norway )": a country's name alone is the country (and its
 * national side is a place by CoNLL convention), whatever person or body the tagger read.
 */
export function countriesArePlaces(mentions: Mention[], gaz: Gazetteer): void {
  for (const m of mentions) if ((m.type === 'PERSON' || m.type === 'ORG') && isCountry(m.text, gaz) && !/^[A-Z]{2,3}$/.test(m.text)) m.type = 'GPE';
}
