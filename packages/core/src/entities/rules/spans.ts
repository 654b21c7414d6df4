// Rules that fix mention boundaries: coordinated lists split, neighbours joined ("Lisbon Open"),
// adjectival compounds ("Paris-based"), list members between two names of one type.
import type { Mention, Token } from '../../model/layers.js';
import { GAZ, type Gazetteer } from '../gazetteer.js';
import { isCapitalisedWord, tokenAt } from './tokens.js';
import { isPlace } from './places.js';
import { CORPORATE } from './orgs.js';
import type { PushMention } from './push.js';

/**
 * "Acme , Bolt and Corvo", "Harrow Bank Inc. and Tanaka Corp.", "Chile and
 * Peru": a span the tagger ran over a list is one name per item. A comma always separates
 * names; "and"/"&" does where each side is a listed place or ends in a company's legal form
 * (names such as "Office for Science and Technology" keep theirs). `mentions` in text order.
 */
export function splitCoordinations(text: string, tokens: readonly Token[], mentions: Mention[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a === undefined || b === undefined || b - a < 2 || !NAME_TYPES.has(m.type)) {
      out.push(m);
      continue;
    }
    const parts: Array<[number, number]> = [];
    let s = a;
    let joined = false;
    for (let i = a + 1; i < b; i++) {
      const w = tokens[i]!.text;
      if (w === ',' || w === 'and' || w === '&') {
        parts.push([s, i]);
        if (w !== ',') joined = true;
        s = i + 1;
      }
    }
    if (parts.length === 0) {
      out.push(m);
      continue;
    }
    parts.push([s, b + 1]);
    const wordsOf = ([x, y]: [number, number]): string[] => tokens.slice(x, y).map((t) => t.text);
    const place = (p: [number, number]): boolean => (gaz.classesOf(wordsOf(p)) & (GAZ.country | GAZ.city | GAZ.state | GAZ.region)) !== 0;
    const company = (p: [number, number]): boolean => CORPORATE.has(tokens[p[1] - 1]!.text);
    // "Marsh Okafor & Co", "Kane & Co": a legal form alone after "&" completes one name.
    const bareForm = parts.some(([x, y]) => y - x === 1 && CORPORATE.has(tokens[x]!.text));
    const ok =
      !bareForm &&
      parts.every(([x, y]) => y > x && /^[A-Z]/.test(tokens[x]!.text)) &&
      (!joined || parts.every(place) || parts.some(company));
    if (!ok) {
      out.push(m);
      continue;
    }
    for (const p of parts) {
      const start = tokens[p[0]]!.start;
      const end = tokens[p[1] - 1]!.end;
      const type: Mention['type'] = m.type === 'ORG' && place(p) && !company(p) ? (isPlace(text.slice(start, end), gaz) ? 'GPE' : 'LOC') : m.type;
      out.push({ start, end, text: text.slice(start, end), type });
    }
  }
  return out;
}

/**
 * "Socialist-led", "Peruvian-born", "ex-Chile": a name glued into an adjectival compound is,
 * with it, a descriptive name (CoNLL MISC, our NORP) rather than the body itself. A place stays
 * the place ("Paris-based": GPE Paris), not a nationality. A person's hyphenated name ("Kim Ji-woo") is left alone. `mentions` in text order;
 * words and lw are the tokens' folded words and their lower-cased hashes (recognise.ts).
 */
export function adjectivalCompounds(text: string, tokens: readonly Token[], words: readonly string[], lw: Int32Array, gaz: Gazetteer, mentions: Mention[]): Mention[] {
  const glued = (i: number): boolean => i > 0 && i < tokens.length && tokens[i]!.start === tokens[i - 1]!.end;
  const out: Mention[] = [];
  let k = 0;
  // Uncovered capitalised words in such compounds ("Lima-born") are names too.
  const taken = new Uint8Array(tokens.length);
  for (const m of mentions) {
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a !== undefined && b !== undefined) taken.fill(1, a, b + 1);
  }
  const extra: Mention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    // The folded word (words[i], one string per word type) is the token's text wherever it is a capitalised word.
    if (taken[i] || !isCapitalisedWord(words[i]!) || (i > 0 && glued(i)) || gaz.lowerLevel(lw[i]!) === 2) continue;
    if (tokens[i + 1]!.text === '-' && glued(i + 1) && glued(i + 2) && PARTICIPLE.test(tokens[i + 2]!.text) && !(i + 3 < tokens.length && glued(i + 3))) {
      extra.push({ start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text, type: isPlace(tokens[i]!.text, gaz) ? 'GPE' : 'NORP' });
    }
  }
  const all = extra.length ? [...mentions, ...extra].sort((x, y) => x.start - y.start) : mentions;
  for (; k < all.length; k++) {
    const m = all[k]!;
    // The tagger's own "Lisbon-based" span: the place alone.
    const dash = m.text.lastIndexOf('-');
    if (dash > 0 && PARTICIPLE.test(m.text.slice(dash + 1)) && isPlace(m.text.slice(0, dash), gaz)) {
      out.push({ start: m.start, end: m.start + dash, text: m.text.slice(0, dash), type: 'GPE' });
      continue;
    }
    if (m.type !== 'GPE' && m.type !== 'LOC' && isPlace(m.text, gaz)) {
      const b = tokenAt(tokens, m.end, 'end');
      if (b !== undefined && b + 2 < tokens.length && tokens[b + 1]!.text === '-' && glued(b + 1) && PARTICIPLE.test(tokens[b + 2]!.text)) {
        out.push({ ...m, type: 'GPE' });
        continue;
      }
    }
    if (m.type === 'PERSON' || m.type === 'GPE' || m.type === 'LOC') {
      out.push(m);
      continue;
    }
    let start = m.start;
    let end = m.end;
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a === undefined || b === undefined) {
      out.push(m);
      continue;
    }
    if (b + 2 < tokens.length && tokens[b + 1]!.text === '-' && glued(b + 1) && glued(b + 2) && PARTICIPLE.test(tokens[b + 2]!.text) && !(b + 3 < tokens.length && glued(b + 3))) {
      end = tokens[b + 2]!.end;
    } else if (a >= 2 && tokens[a - 1]!.text === '-' && glued(a) && glued(a - 1) && PREFIX.test(tokens[a - 2]!.text) && !glued(a - 2)) {
      start = tokens[a - 2]!.start;
    }
    if (start === m.start && end === m.end) out.push(m);
    else {
      if (out.length && out[out.length - 1]!.end > start) out.pop();
      out.push({ start, end, text: text.slice(start, end), type: 'NORP' });
    }
  }
  return out;
}

/**
 * Spans the tagger cut short: a place or sponsor before a competition head is the competition's
 * name ("Lisbon Open", "OSLO GRAND PRIX", "Lima Games": EVENT), and two nationality words in a
 * row name one group ("Syrian Kurds", "Syrian Kurdish"). `mentions` must be in text order.
 */
export function joinNeighbours(text: string, tokens: readonly Token[], words: readonly string[], mentions: Mention[], covered: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const b = tokenAt(tokens, m.end, 'end');
    const next = mentions[k + 1];
    if (b !== undefined && b + 1 < words.length && !covered[b + 1] && tokens[b + 1]!.start === m.end + 1 && (m.type === 'GPE' || m.type === 'LOC' || m.type === 'ORG')) {
      let head = EVENT_HEAD.test(words[b + 1]!) ? 1 : 0;
      if (/^(?:Grand|GRAND)$/.test(words[b + 1]!) && b + 2 < words.length && /^(?:Prix|PRIX)$/.test(words[b + 2]!)) head = 2;
      if (head > 0) {
        const end = tokens[b + head]!.end;
        out.push({ start: m.start, end, text: text.slice(m.start, end), type: 'EVENT' });
        continue;
      }
    }
    // "Asian Games", "FRENCH LEAGUE CUP", "Chilean Grand Prix", "Nordic Tour":
    // a nationality before a competition's name is part of it.
    if (m.type === 'NORP' && b !== undefined) {
      let j = b + 1;
      let head = -1;
      while (j < words.length && j - b <= 3 && tokens[j]!.start === tokens[j - 1]!.end + 1 && /^[A-Z][A-Za-z]*$/.test(words[j]!)) {
        if (COMPETITION.test(words[j]!)) head = j;
        j++;
      }
      if (head > b) {
        const end = tokens[head]!.end;
        while (k + 1 < mentions.length && mentions[k + 1]!.start < end) k++;
        out.push({ start: m.start, end, text: text.slice(m.start, end), type: 'EVENT' });
        continue;
      }
    }
    if (m.type === 'NORP' && next?.type === 'NORP' && next.start === m.end + 1 && !/\s/.test(m.text) && !/\s/.test(next.text)) {
      out.push({ start: m.start, end: next.end, text: text.slice(m.start, next.end), type: 'NORP' });
      k++;
      continue;
    }
    // "Central Asian", "South American", "N. Korean": a region word before a nationality belongs to it.
    const a = tokenAt(tokens, m.start, 'start');
    if (m.type === 'NORP' && a !== undefined && a > 0 && !covered[a - 1] && tokens[a - 1]!.end + 1 === m.start && REGION_WORD.test(words[a - 1]!)) {
      const start = tokens[a - 1]!.start;
      out.push({ start, end: m.end, text: text.slice(start, m.end), type: 'NORP' });
      continue;
    }
    out.push(m);
  }
  return out;
}

const REGION_WORD = /^(?:Southeast|Southwest|Northeast|Northwest|Far|Latin|Central|Middle|S\.|N\.|SOUTHEAST|FAR|LATIN|CENTRAL)$/;

// Last words of a competition's name after a nationality.
const COMPETITION = /^(?:Cup|CUP|Championships?|CHAMPIONSHIPS?|Tour|TOUR|Masters|MASTERS|Open|OPEN|Games|GAMES|Prix|PRIX|Trophy|TROPHY|Classic|CLASSIC|League|LEAGUE)$/;
// Capitalised competition heads that follow a place or sponsor name.
const EVENT_HEAD = /^(?:Open|OPEN|Cup|CUP|Games|GAMES|Classic|CLASSIC|Trophy|TROPHY|Championships?|CHAMPIONSHIPS?|Tournament|TOURNAMENT|Marathon|MARATHON|Masters|MASTERS)$/;

/** Second halves of adjectival compounds with a name: participles ("based", "led", "born") and "origin". */
const PARTICIPLE = /^[a-z]*(?:ed|born|bound|origin|run|made)$/;
const PREFIX = /^(?:ex|pre|post|pro|anti|non)$/i;

const LIST_JOIN = new Set([',', 'and', 'or', '&']);
const coarse = (t: Mention['type']): Mention['type'] => (t === 'GPE' ? 'LOC' : t);
const NAME_TYPES = new Set<Mention['type']>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);
export const SURNAME = /^(?:[A-Z][a-z]+|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)(?:-[A-Z][a-z]+)?$/;
