// Rules that settle places: datelines, countries as places, bodies named for a place ("Bucharest
// Newsroom", "News Agency of Nigeria"). Each reads the tagger's mentions and fixes their type or span.
import type { Mention, Token } from '../../model/layers.js';
import { GAZ, type Gazetteer } from '../gazetteer.js';
import { isCountry, tokenAt } from '../teams.js';
import { TITLES } from '../lexicon.js';
import { lookupKnown } from '../links.js';
import type { PushMention } from './push.js';

/**
 * "Bucharest Newsroom", "JAKARTA POST", "Manchester City", "Human Rights in China", "News Agency of
 * Nigeria": a body named for a place, where the tagger kept only the place. A place followed by
 * capitalised words ending in an organisation's head noun, or an organisation's head noun (with
 * the capitalised words before it) followed by "of"/"in" and the place, is one organisation.
 * `mentions` in text order.
 */
export function bodiesNamedForPlaces(text: string, tokens: readonly Token[], mentions: Mention[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const cap = (i: number): boolean => i >= 0 && i < tokens.length && /^[A-Z][A-Za-z.'-]*$/.test(tokens[i]!.text);
  const near = (i: number, j: number): boolean => tokens[j]!.start - tokens[i]!.end === 1;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'GPE' && m.type !== 'LOC') {
      out.push(m);
      continue;
    }
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a === undefined || b === undefined) {
      out.push(m);
      continue;
    }
    let from = a;
    let to = b;
    // Place + head: up to two more capitalised words, the last a head noun.
    for (let j = b + 1; j <= b + 3 && cap(j) && near(j - 1, j); j++) {
      if (ORG_HEAD.has(tokens[j]!.text.toLowerCase())) to = j;
    }
    if (to === b && a >= 2 && (tokens[a - 1]!.text === 'of' || tokens[a - 1]!.text === 'in') && cap(a - 2) && ORG_HEAD.has(tokens[a - 2]!.text.toLowerCase()) && !SIDE_HEAD.has(tokens[a - 2]!.text.toLowerCase())) {
      // Head + of/in + place: the name starts at the capitalised run ending in the head.
      from = a - 2;
      while (from > 0 && cap(from - 1) && near(from - 1, from) && !TITLES.has(tokens[from - 1]!.text.toLowerCase()) && from > a - 5) from--;
      if (/^(?:The|THE)$/.test(tokens[from]!.text)) from++;
    }
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    if ((from === a && to === b) || (gaz.classesOf(tokens.slice(from, to + 1).map((t) => t.text)) & (GAZ.city | GAZ.country | GAZ.state)) !== 0) {
      out.push(m);
      continue;
    }
    // Mentions swallowed by the wider name give way to it.
    while (out.length && out[out.length - 1]!.end > start) out.pop();
    while (k + 1 < mentions.length && mentions[k + 1]!.start < end) k++;
    out.push({ start, end, text: text.slice(start, end), type: 'ORG' });
  }
  return out;
}
/** Heads that follow a town in a side's or a paper's name only ("Manchester City", "JAKARTA POST"), not "City of London". */
const SIDE_HEAD = new Set(['city', 'county', 'united', 'rovers', 'wanderers', 'athletic', 'post', 'times', 'herald', 'tribune', 'journal', 'standard', 'gazette', 'desk', 'newsroom']);
/** Head nouns of organisations' names (lower case). */
const ORG_HEAD = new Set(['newsroom', 'desk', 'post', 'times', 'herald', 'tribune', 'journal', 'standard', 'gazette', 'city', 'county', 'united', 'rovers',
  'wanderers', 'athletic', 'exchange', 'bourse', 'board', 'council', 'agency', 'bank', 'university', 'institute', 'commission', 'committee', 'ministry',
  'federation', 'association', 'union', 'party', 'front', 'movement', 'army', 'force', 'forces', 'court', 'fund', 'group', 'society', 'rights', 'nation',
  'radio', 'television', 'airlines', 'airways', 'telecom', 'railways', 'police', 'navy', 'church', 'authority', 'foundation', 'corporation', 'company']);

/**
 * "MADRID 1996-08-30": a line holding only a capitalised name and a date is a dateline, and the
 * name is where the story was filed: a place, whatever the tagger read ("WARSAW" as a person).
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
    while (b < tokens.length && !text.slice(tokens[b - 1]!.end, tokens[b]!.start).includes('\n')) b++;
    return b;
  };
  // Collect first, then apply in one pass over the mentions: text with thousands of dateline-like
  // lines must stay linear.
  const found: Array<{ x: number; y: number; start: number; stop: number }> = [];
  let a = 0;
  while (a < tokens.length) {
    const b = lineEnd(a);
    // [a, b) is one line: a place, optionally ", region" ("IRVINE , Calif", "AL-RAM , West Bank"),
    // then an ISO date on the same line or alone on the next ("FARMINGTON HILLS , Mich ." / "1996-08-30").
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
  // Pieces the tagger made of a place ("ST." + "LOUIS") give way to the whole: drop the mentions
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

/**
 * Mentions naming where a story was filed (datelines): places even where the article's other
 * mentions of the name are a club ("NICE , France" over "Nice 's home defeat"); merge.ts keeps
 * them apart from the name's other mentions.
 */
export const DATELINE_PLACES = new WeakSet<Mention>();

export function isPlace(surface: string, gaz: Gazetteer): boolean {
  return lookupKnown(surface)?.type === 'GPE' || (gaz.classesOf(surface.split(/\s+/)) & (GAZ.country | GAZ.city | GAZ.state)) !== 0;
}

/**
 * "England beat Pakistan", "Wales ( Finland )": a country's name alone is the country (and its
 * national side is a place by CoNLL convention), whatever person or body the tagger read.
 */
export function countriesArePlaces(mentions: Mention[], gaz: Gazetteer): void {
  for (const m of mentions) if ((m.type === 'PERSON' || m.type === 'ORG') && isCountry(m.text, gaz) && !/^[A-Z]{2,3}$/.test(m.text)) m.type = 'GPE';
}
