import type { Mention, Token } from '../model/layers.js';
import { GAZ, GAZ_MAX_TOKENS, type Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import { CLASSES, type NerModel } from './model.js';
import { numericMentions, type TokenMention } from './numeric.js';
import { newTaggerScratch, trimTaggerCache, tagSentence, type TaggerScratch } from './tagger.js';
import { isCountry, relabelTeams, scoreLineNames, tokenAt } from './teams.js';
import { NOT_NORP, TITLES } from './lexicon.js';
import { lookupKnown } from './links.js';
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
  trimTaggerCache(scratch);
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
    knownOrgs(scratch.features.gaz, words, a, b, labels);
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
    namedEvents(scratch.features.gaz, a, b);
  }

  /** Capitalised events from the gazetteer the tagger left out ("WORLD CUP", "Tour de France"). */
  function namedEvents(marks: Int32Array, a: number, b: number): void {
    for (let i = 0; i < b - a; i++) {
      const m = marks[i]!;
      if ((m & 1) === 0 || ((m >> 2) & GAZ.event) === 0 || !/^[A-Z]/.test(words[a + i]!)) continue;
      let j = i + 1;
      while (j < b - a && (marks[j]! & 2) !== 0) j++;
      let free = true;
      for (let k = a + i; k < a + j; k++) if (covered[k]) free = false;
      if (free) push(a + i, a + j, 'EVENT');
      i = j - 1;
    }
  }

  /** Token i touches the one before it (no space between). */
  function glued(i: number): boolean {
    return i > 0 && tokens[i]!.start === tokens[i - 1]!.end;
  }

  function emit(from: number, to: number, cls: number): void {
    // A trailing possessive, stray punctuation or a dateline's date is not part of the name.
    // Nor is a formatted figure after it ("Colin Montgomerie 442,201", "Wasim Akram 10-0-50-0"),
    // though a plain number can be ("Boeing 747", "Euro 96"), or a number before it ("291 Phillip Price").
    const tagged = to;
    while (to > from && (/^(?:['’]s?|[,.;:-])$/.test(words[to - 1]!) || /^\d[\d,.:-]*[,.:-]\d*$/.test(words[to - 1]!) || /^\d+(?:st|nd|rd|th)$/.test(words[to - 1]!))) to--;
    // A hyphenated name split into tokens is one name ("Ata-ur-Rehman", "Chester-le-Street"), but
    // not a compound ending in a common word ("New York-based").
    let j = to;
    while (j + 1 < words.length && words[j] === '-' && (j + 1 < tagged || labels[j + 1] === 0) && (j < tagged || labels[j] === 0) && glued(j) && glued(j + 1) && /^\p{L}+$/u.test(words[j + 1]!)) j += 2;
    if (j > to && /^[A-Z]/.test(words[j - 1]!)) to = j;
    while (from < to && !/\p{L}/u.test(words[from]!)) from++;
    if (to <= from) return;
    // "South Korean": a compass word the tagger left out (or tagged apart) belongs to the name.
    if (from > 0 && COMPASS.has(words[from - 1]!) && tokens[from - 1]!.end + 1 >= tokens[from]!.start) {
      const prev = mentions[mentions.length - 1];
      if (prev && prev.end === tokens[from - 1]!.end && prev.start === tokens[from - 1]!.start) mentions.pop();
      if (!covered[from - 1] || prev?.end === tokens[from - 1]!.end) from--;
    }
    // "Elon Musk's Tesla": a possessive after a full name ends one entity and starts another.
    for (let k = from + 2; k < to - 1; k++) {
      if (/^['’]s$/.test(words[k]!) && /^[A-Z]/.test(words[k + 1]!)) {
        push(from, k, 'PERSON');
        from = k + 1;
        break;
      }
    }
    const span = words.slice(from, to);
    const start = tokens[from]!.start;
    const surface = text.slice(start, tokens[to - 1]!.end);
    push(from, to, fineType(CLASSES[cls]!, span, surface, gaz));
  }

  // Teams in result/standings lines the tagger missed ("Partick 1 St Mirren 1"); see teams.ts.
  const lineNames = scoreLineNames(text, tokens);
  for (const [from, to] of lineNames) {
    let free = true;
    for (let t = from; t < to; t++) if (covered[t]) free = false;
    const surface = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    if (free) push(from, to, isCountry(surface, gaz) ? 'GPE' : 'ORG');
  }
  acronyms(tokens, words, mentions, covered, push);
  const teamNames = pluralTeams(text, tokens, words, mentions, gaz, covered, push);
  propagate(text, tokens, words, mentions, covered, push);
  lexiconNorp(words, gaz, covered, push);
  initialledNames(words, covered, push);
  listMembers(tokens, words, mentions, covered, push);
  lowercaseEvents(words, gaz, covered, push);

  const numeric: TokenMention[] = [];
  for (const [a, b] of sentenceTokens) numericMentions(words, a, b, numeric);
  for (const m of numeric) {
    let free = true;
    for (let t = m.from; t < m.to; t++) if (covered[t]) free = false;
    if (free) push(m.from, m.to, m.type);
  }
  relabelTeams(text, tokens, mentions, gaz, lineNames);
  opponents(tokens, words, mentions, covered, push);
  countriesArePlaces(mentions, gaz);
  surnamesAsPeople(text, mentions, gaz);
  companyStems(mentions);
  datelines(text, tokens, mentions, gaz, covered, push);
  completePeople(text, tokens, words, mentions, gaz, covered);
  for (const m of mentions) if (teamNames.has(m.text) && m.type !== 'ORG') m.type = 'ORG';
  titledPeople(text, tokens, words, mentions, gaz);
  nationalityAfterName(tokens, words, mentions, gaz);
  mentions.sort((x, y) => x.start - y.start);
  return adjectivalCompounds(text, tokens, gaz, joinNeighbours(text, tokens, words, bodiesNamedForPlaces(text, tokens, splitCoordinations(text, tokens, mentions, gaz), gaz), covered));
}

/**
 * "Bucharest Newsroom", "JAKARTA POST", "Manchester City", "Human Rights in China", "News Agency of
 * Nigeria": a body named for a place, where the tagger kept only the place. A place followed by
 * capitalised words ending in an organisation's head noun, or an organisation's head noun (with
 * the capitalised words before it) followed by "of"/"in" and the place, is one organisation.
 * `mentions` in text order.
 */
function bodiesNamedForPlaces(text: string, tokens: readonly Token[], mentions: Mention[], gaz: Gazetteer): Mention[] {
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
 * "Mercantile , Commerce and Roosevelt", "First Bank System Inc. and Norwest Corp.", "England and
 * Pakistan": a span the tagger ran over a list is one name per item. A comma always separates
 * names; "and"/"&" does where each side is a listed place or ends in a company's legal form
 * (names such as "Organisation for Security and Cooperation" keep theirs). `mentions` in text order.
 */
function splitCoordinations(text: string, tokens: readonly Token[], mentions: Mention[], gaz: Gazetteer): Mention[] {
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
    const ok =
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
 * "Boston-based", "Communist-led", "Brazilian-born", "ex-England": a name glued into an adjectival
 * compound is, with it, a descriptive name (CoNLL MISC, our NORP) rather than the place or body
 * itself. A person's hyphenated name ("Li Song-ho") is left alone. `mentions` in text order.
 */
function adjectivalCompounds(text: string, tokens: readonly Token[], gaz: Gazetteer, mentions: Mention[]): Mention[] {
  const glued = (i: number): boolean => i > 0 && i < tokens.length && tokens[i]!.start === tokens[i - 1]!.end;
  const out: Mention[] = [];
  let k = 0;
  // Uncovered capitalised words in such compounds ("Dublin-born") are names too.
  const taken = new Uint8Array(tokens.length);
  for (const m of mentions) {
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a !== undefined && b !== undefined) taken.fill(1, a, b + 1);
  }
  const extra: Mention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (taken[i] || !/^[A-Z][a-z]+$/.test(tokens[i]!.text) || (i > 0 && glued(i)) || gaz.lowerLevel(hashString(tokens[i]!.text, true) | 0) === 2) continue;
    if (tokens[i + 1]!.text === '-' && glued(i + 1) && glued(i + 2) && PARTICIPLE.test(tokens[i + 2]!.text) && !(i + 3 < tokens.length && glued(i + 3))) {
      extra.push({ start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text, type: 'NORP' });
    }
  }
  const all = extra.length ? [...mentions, ...extra].sort((x, y) => x.start - y.start) : mentions;
  for (; k < all.length; k++) {
    const m = all[k]!;
    if (m.type === 'PERSON') {
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
 * "MADRID 1996-08-30": a line holding only a capitalised name and a date is a dateline, and the
 * name is where the story was filed: a place, whatever the tagger read ("WARSAW" as a person).
 */
function datelines(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
  gaz: Gazetteer,
  covered: Uint8Array,
  push: (a: number, b: number, t: Mention['type']) => void,
): void {
  const ISO = /^\d{4}-\d\d-\d\d$/;
  const lineEnd = (a: number): number => {
    let b = a + 1;
    while (b < tokens.length && !text.slice(tokens[b - 1]!.end, tokens[b]!.start).includes('\n')) b++;
    return b;
  };
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
    if (ok) {
      for (const [x, y] of parts) {
        const start = tokens[x]!.start;
        const stop = tokens[y - 1]!.end;
        const surface = text.slice(start, stop);
        const type: Mention['type'] = isPlace(surface, gaz) ? 'GPE' : 'LOC';
        const same = mentions.find((m) => m.start === start && m.end === stop);
        if (same) {
          if (same.type === 'PERSON' || same.type === 'ORG' || same.type === 'NORP' || same.type === 'PRODUCT') same.type = type;
          DATELINE_PLACES.add(same);
          continue;
        }
        // Pieces the tagger made of the place ("ST." + "LOUIS") give way to the whole.
        for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.start < stop && mentions[k]!.end > start) mentions.splice(k, 1);
        push(x, y, type);
        DATELINE_PLACES.add(mentions[mentions.length - 1]!);
      }
    }
    a = b;
  }
}

/**
 * Mentions naming where a story was filed (datelines): places even where the article's other
 * mentions of the name are a club ("NICE , France" over "Nice 's home defeat"); merge.ts keeps
 * them apart from the name's other mentions.
 */
export const DATELINE_PLACES = new WeakSet<Mention>();

function isPlace(surface: string, gaz: Gazetteer): boolean {
  return lookupKnown(surface)?.type === 'GPE' || (gaz.classesOf(surface.split(/\s+/)) & (GAZ.country | GAZ.city | GAZ.state)) !== 0;
}

/**
 * Spans the tagger cut short: a place or sponsor before a competition head is the competition's
 * name ("Texas Open", "BERLIN GRAND PRIX", "Atlanta Games": EVENT), and two nationality words in a
 * row name one group ("Iraqi Kurds", "Iraqi Kurdish"). `mentions` must be in text order.
 */
function joinNeighbours(text: string, tokens: readonly Token[], words: readonly string[], mentions: Mention[], covered: Uint8Array): Mention[] {
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
    // "African Nations Cup", "ENGLISH COUNTY CHAMPIONSHIP", "Italian Grand Prix", "European Tour":
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
    // "Southeast Asian", "Latin American", "S. Korean": a region word before a nationality belongs to it.
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

/**
 * Organisations in the link table ("Chinese Communist Party", "DeepSeek") are relabelled ORG
 * where they occur capitalised: curated names beat the tagger's guess at the span.
 */
function knownOrgs(marks: Int32Array, words: readonly string[], a: number, b: number, labels: Int32Array): void {
  for (let i = 0; i < b - a; i++) {
    const m = marks[i]!;
    if ((m & 1) === 0 || ((m >> 2) & GAZ.org) === 0 || !/^[A-Z]/.test(words[a + i]!)) continue;
    let j = i + 1;
    while (j < b - a && (marks[j]! & 2) !== 0) j++;
    const b0 = a + i;
    if (j - i === 1 && labels[b0] !== 0) continue; // one word the tagger already typed: keep it
    labels[b0] = 3; // B-ORG
    for (let k = b0 + 1; k < a + j; k++) labels[k] = 4;
    if (a + j < b && (labels[a + j]! & 1) === 0 && labels[a + j] !== 0) labels[a + j] = labels[a + j]! - 1; // an I- left behind starts anew
    i = j - 1;
  }
}

const COMPASS = new Set(['South', 'North', 'East', 'West', 'SOUTH', 'NORTH', 'EAST', 'WEST']);
const PER_CLASS = CLASSES.indexOf('PER');
/** Second halves of adjectival compounds with a name: participles ("based", "led", "born") and "origin". */
const PARTICIPLE = /^[a-z]*(?:ed|born|bound|origin|run|made)$/;
const PREFIX = /^(?:ex|pre|post|pro|anti|non)$/i;

/**
 * One sense per article: a name the tagger found once is a name wherever else it appears
 * ("Alexander Lebed" ... "Lebed said"), and a person's surname alone is that person. Only
 * capitalised, uncovered exact token matches are added, so common words are never promoted.
 */
function propagate(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  mentions: readonly Mention[],
  covered: Uint8Array,
  push: (a: number, b: number, t: Mention['type']) => void,
): void {
  if (mentions.length === 0) return;
  const byFirst = new Map<string, Array<{ words: string[]; type: Mention['type'] }>>();
  const addPhrase = (ws: string[], type: Mention['type']): void => {
    const w0 = ws[0]!;
    if (w0.length < 2 || w0[0] === w0[0]!.toLowerCase()) return;
    const list = byFirst.get(w0) ?? [];
    if (!list.some((p) => p.words.join(' ') === ws.join(' '))) list.push({ words: ws, type });
    byFirst.set(w0, list);
  };
  for (const m of mentions) {
    const ws = m.text.split(/\s+/);
    if (ws.length > 4) continue;
    addPhrase(ws, m.type);
    if (m.type === 'PERSON' && ws.length > 1) addPhrase([ws[ws.length - 1]!], 'PERSON');
    const stem = m.type === 'ORG' ? companyStem(ws) : undefined;
    if (stem) addPhrase(stem, 'ORG');
  }
  // ALL-CAPS headlines and datelines name the same things in capitals ("LEICESTERSHIRE").
  const byUpper = new Map<string, Array<{ words: string[]; type: Mention['type'] }>>();
  for (const list of byFirst.values()) {
    for (const p of list) {
      const up = p.words.map((w) => w.toUpperCase());
      if (up.join(' ') === p.words.join(' ')) continue;
      const l = byUpper.get(up[0]!) ?? [];
      l.push({ words: up, type: p.type });
      byUpper.set(up[0]!, l);
    }
  }
  for (const list of [...byFirst.values(), ...byUpper.values()]) list.sort((a, b) => b.words.length - a.words.length);
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const w = words[i]!;
    const c0 = w.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122) continue; // every phrase starts capitalised
    const list = byFirst.get(w) ?? (byUpper.size > 0 && w.length > 1 && w === w.toUpperCase() ? byUpper.get(w) : undefined);
    if (!list) continue;
    for (const p of list) {
      const n = p.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = !covered[i + k] && words[i + k] === p.words[k];
      // Whole tokens only: not the "Kong" of "Kong-based".
      if (ok && i + n < words.length && tokens[i + n]!.start === tokens[i + n - 1]!.end && /^[-\w]/.test(words[i + n]!)) ok = false;
      if (ok) {
        push(i, i + n, p.type);
        i += n - 1;
        break;
      }
    }
  }
  void text;
}

/**
 * Nationality, regional and religious adjectives the tagger left out ("the European championship",
 * "Kurdish rebels", "Islamic groups"): the training data (GMB) often leaves them untagged where news
 * conventions (CoNLL, OntoNotes NORP) name them. Capitalised whole tokens of the demonym/group
 * lexicon only; party names are left to the tagger (alone, "Labour" is the organisation).
 */
function lexiconNorp(words: readonly string[], gaz: Gazetteer, covered: Uint8Array, push: (a: number, b: number, t: Mention['type']) => void): void {
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const w = words[i]!;
    const c0 = w.charCodeAt(0);
    if (c0 < 65 || c0 > 90 || w.length < 3 || NOT_NORP.has(w.toLowerCase())) continue;
    if ((gaz.classesOf([w]) & (GAZ.demonym | GAZ.group)) !== 0) push(i, i + 1, 'NORP');
  }
}

/**
 * "the Organisation for Security and Cooperation in Europe ( OSCE )": a capitalised short form in
 * brackets right after an organisation's name, whose first letter one of the name's words starts
 * with, is that organisation (so later mentions of the acronym alone are found too).
 */
function acronyms(
  tokens: readonly Token[],
  words: readonly string[],
  mentions: Mention[],
  covered: Uint8Array,
  push: (a: number, b: number, t: Mention['type']) => void,
): void {
  const n = mentions.length;
  for (let k = 0; k < n; k++) {
    const m = mentions[k]!;
    if (m.type !== 'ORG') continue;
    const b = tokenAt(tokens, m.end, 'end');
    if (b === undefined || b + 3 >= words.length || words[b + 1] !== '(' || words[b + 3] !== ')') continue;
    const acr = words[b + 2]!;
    if (!/^[A-Z][A-Z&]{1,7}$/.test(acr)) continue;
    const initials = m.text.split(/[\s-]+/).map((w) => w[0]);
    if (!initials.includes(acr[0])) continue;
    const at = tokens[b + 2]!.start;
    const same = mentions.find((x) => x.start === at && x.end === tokens[b + 2]!.end);
    if (same) same.type = 'ORG';
    else if (!covered[b + 2]) push(b + 2, b + 3, 'ORG');
  }
}

/** Legal forms that end a company's name ("Pirelli SpA", "Cofinec S.A.", "Kia Motor Corp"). */
const CORPORATE = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'Plc', 'PLC', 'plc', 'SpA', 'S.p.A.', 'S.A.', 'SA', 'AG',
  'NV', 'N.V.', 'Co', 'Co.', 'GmbH', 'Bhd', 'Berhad', 'AB', 'ASA', 'Oyj', 'LLC', 'LP', 'Cos', 'Cos.', 'BV', 'B.V.', 'KK', 'K.K.']);

/** The name of a company before its legal form, or undefined. */
function companyStem(ws: readonly string[]): string[] | undefined {
  if (ws.length < 2 || !CORPORATE.has(ws[ws.length - 1]!)) return undefined;
  const stem = ws.slice(0, -1);
  if (stem[stem.length - 1] === ',' || stem[stem.length - 1] === '&') stem.pop();
  return stem.length > 0 && /^[A-Z]/.test(stem[0]!) ? stem : undefined;
}

/** "Pirelli SpA ... Pirelli said": the bare name of a company named with its legal form is the company. */
function companyStems(mentions: Mention[]): void {
  const stems = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const stem = companyStem(m.text.split(/\s+/));
    if (stem) stems.add(stem.join(' '));
  }
  if (stems.size === 0) return;
  for (const m of mentions) if ((m.type === 'PERSON' || m.type === 'GPE' || m.type === 'LOC') && stems.has(m.text)) m.type = 'ORG';
}

/**
 * Sports sides named with a plural ("the Mets", "Cleveland Indians", "Chicago White Sox"): a place
 * directly followed by a capitalised plural is one team name, and "the" before a capitalised plural
 * the training text never writes in lower case, that is no place, nationality or group, names a team
 * or band: an organisation wherever else the article names it. Returns those one-word names.
 */
function pluralTeams(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  mentions: Mention[],
  gaz: Gazetteer,
  covered: Uint8Array,
  push: (a: number, b: number, t: Mention['type']) => void,
): Set<string> {
  const names = new Set<string>();
  const plural = (w: string): boolean => PLURAL_NAME.test(w) && !GEO_PLURALS.has(w) && (gaz.classesOf([w]) & (GAZ.demonym | GAZ.group)) === 0;
  // Place + plural: widen the place mention over the nickname, or retype a mention holding both.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type === 'GPE' || m.type === 'LOC') {
      const ws = m.text.split(/\s+/);
      if (ws.length >= 2 && plural(ws[ws.length - 1]!) && gaz.classesOf(ws) === 0) {
        for (let p = ws.length - 1; p >= 1; p--) {
          if ((gaz.classesOf(ws.slice(0, p)) & (GAZ.city | GAZ.state | GAZ.country)) !== 0) {
            m.type = 'ORG';
            break;
          }
        }
        if (m.type === 'ORG') continue;
      }
    }
    if (m.type !== 'GPE') continue;
    const b = tokenAt(tokens, m.end, 'end');
    if (b === undefined || b + 1 >= words.length || tokens[b + 1]!.start !== m.end + 1) continue;
    let j = b + 1;
    if (j + 1 < words.length && /^(?:Red|White|Blue|Black)$/.test(words[j]!) && tokens[j + 1]!.start === tokens[j]!.end + 1) j++;
    // A city's side may bear a people's name ("Cleveland Indians", "London Irish").
    const nick = words[j]!;
    const city = (gaz.classesOf(m.text.split(/\s+/)) & (GAZ.city | GAZ.country)) === GAZ.city;
    if (!plural(nick) && !(city && (PLURAL_NAME.test(nick) || nick === 'Irish') && (gaz.classesOf([nick]) & GAZ.group) === 0)) continue;
    const next = mentions.findIndex((x) => x.start === tokens[b + 1]!.start);
    if (next < 0 ? covered[b + 1] !== 0 : mentions[next]!.end !== tokens[j]!.end) continue;
    if (next >= 0) mentions.splice(next, 1);
    m.end = tokens[j]!.end;
    m.text = text.slice(m.start, m.end);
    m.type = 'ORG';
    covered.fill(1, b + 1, j + 1);
  }
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1] !== 'the' || !plural(words[i]!) || gaz.lowerLevel(hashString(words[i]!, true) | 0) !== 0 || gaz.classesOf([words[i]!]) !== 0) continue;
    if (i + 1 < words.length && /^[A-Z]/.test(words[i + 1]!) && tokens[i + 1]!.start === tokens[i]!.end + 1) continue; // "the Philippines Airlines"
    if (!covered[i]) push(i, i + 1, 'ORG');
    names.add(words[i]!);
  }
  for (const m of mentions) if (names.has(m.text)) m.type = 'ORG';
  return names;
}
const PLURAL_NAME = /^[A-Z][a-z]+(?:s|x)$/;
const GEO_PLURALS = new Set(['Islands', 'Mountains', 'Falls', 'Heights', 'Hills', 'Springs', 'Lakes', 'Keys', 'Plains', 'Highlands', 'Territories', 'Emirates', 'States', 'Isles', 'Rapids', 'Sands', 'Glades', 'Downs', 'Woods', 'Fields', 'Gardens', 'Rocks', 'Narrows', 'Alps', 'Andes', 'Americas', 'Balkans', 'Pyrenees', 'Rockies', 'Times', 'News', 'Affairs', 'Forces', 'Nations', 'Arms', 'Industries', 'Holdings', 'Communications', 'Airlines', 'Airways', 'Systems', 'Services', 'Motors', 'Sports', 'Games', 'Olympics', 'Championships', 'Awards', 'Studios', 'Records', 'Pictures']);

/**
 * "General Kutuzov", "Sir Anthony Quayle", "Bishop Desmond Tutu": a title the tagger took into the
 * name is left out (CoNLL convention), and what follows it is a person.
 */
function titledPeople(text: string, tokens: readonly Token[], words: readonly string[], mentions: Mention[], gaz: Gazetteer): void {
  const n = mentions.length;
  for (let k = 0; k < n; k++) {
    const m = mentions[k]!;
    if (m.type === 'DATE' || m.type === 'MONEY' || m.type === 'PERCENT' || m.type === 'QUANTITY') continue;
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a === undefined || b === undefined || b === a) continue;
    // The title may follow the organisation the tagger ran it into ("Federal Reserve Governor Lawrence Lindsey").
    let t = a;
    while (t < b && !(PERSON_TITLES.has(words[t]!.toLowerCase()) && /^[A-Z]/.test(words[t]!))) t++;
    if (t === b) continue;
    let from = t;
    while (from < b && PERSON_TITLES.has(words[from]!.toLowerCase()) && /^[A-Z]/.test(words[from]!)) from++;
    if (from > b || (t > a && m.type === 'PERSON')) continue;
    let ok = true;
    for (let i = from; i <= b && ok; i++) {
      const w = words[i]!;
      ok = INITIAL.test(w) || /^[IVX]+$/.test(w) || (NAME_WORD.test(w) && gaz.lowerLevel(hashString(w, true) | 0) !== 2 && (gaz.classesOf([w]) & (GAZ.country | GAZ.demonym | GAZ.group)) === 0);
    }
    if (!ok) continue;
    if (t > a) {
      // What precedes the title stays a name of its own ("Federal Reserve", "U.N.").
      const end = tokens[t - 1]!.end;
      mentions.push({ start: m.start, end, text: text.slice(m.start, end), type: m.type });
    }
    m.start = tokens[from]!.start;
    m.text = text.slice(m.start, m.end);
    m.type = 'PERSON';
  }
  if (mentions.length > n) mentions.sort((x, y) => x.start - y.start);
}
/** What follows a player in a cricket scorecard: "c Knight", "b Croft", "lbw b Gough", "st Moin Khan", "run out". */
const SCORECARD = /^(?:c|b|lbw|st|run)$/;
const PERSON_TITLES: ReadonlySet<string> = new Set([...TITLES, 'duke', 'duchess', 'emperor', 'empress', 'archbishop', 'sheikh', 'ayatollah', 'mullah', 'rabbi', 'father', 'sister',
  'brother', 'count', 'countess', 'baron', 'baroness', 'marshal', 'field', 'major', 'corporal', 'private', 'commander', 'dr', 'professor', 'saint']);

/**
 * "Ludmila Engquist ( Sweden ) 12.74": a name of two or three name-like words followed by a country,
 * a figure or a role in brackets is a person (results lists, "X ( Germany ) beat Y ( Spain )",
 * "Kevin Tapani ( 12-8 )", "Wasim Akram ( captain )"), and so is one followed by a scorecard's
 * "c"/"b"/"lbw"; the tagger reads brackets after a name as an organisation's acronym. Team and
 * company names hold common words ("Red Star ( Yugoslavia )").
 */
function nationalityAfterName(tokens: readonly Token[], words: readonly string[], mentions: Mention[], gaz: Gazetteer): void {
  const nationality = (b: number): void => {
    // The bracketed country after a person is their nationality, a place.
    if (words[b + 1] !== '(' || b + 2 >= words.length) return;
    const c = mentions.find((x) => x.start === tokens[b + 2]!.start);
    if (c && (c.type === 'ORG' || c.type === 'PERSON') && isCountry(c.text, gaz) && words[tokenAt(tokens, c.end, 'end')! + 1] === ')') c.type = 'GPE';
  };
  for (const m of mentions) {
    if (m.type === 'DATE' || m.type === 'MONEY' || m.type === 'PERCENT' || m.type === 'QUANTITY') continue;
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a === undefined || b === undefined) continue;
    if (m.type === 'PERSON') {
      nationality(b);
      continue;
    }
    if (b - a < 1 || b - a > 2 || b + 2 >= words.length) continue;
    if (words[b + 1] === '(') {
      // "( Sweden )", "( U.S. )", "( 31st )", "( 12-8 )", "( captain )" -- not an acronym "( OSCE )".
      let c = b + 2;
      while (c < words.length && c - b <= 4 && words[c] !== ')') c++;
      const inside = words.slice(b + 2, c).join(' ');
      if (words[c] !== ')' || !(isCountry(inside, gaz) || /^[A-Z]\.[A-Z]\.$/.test(inside) || /^\d/.test(inside) || /^[a-z]+$/.test(inside))) continue;
    } else if (!SCORECARD.test(words[b + 1]!) || !(/^[A-Z]/.test(words[b + 2]!) || /^\d/.test(words[b + 2]!))) continue;
    let ok = true;
    for (let i = a; i <= b && ok; i++) {
      const w = words[i]!;
      ok = NAME_WORD.test(w) && gaz.lowerLevel(hashString(w, true) | 0) !== 2 && (i === a || gaz.classesOf([w]) === 0);
    }
    if (!ok) continue;
    m.type = 'PERSON';
    nationality(b);
  }
}

/**
 * "D. Blenkiron 4-43", "Amanda Coetzer ( South Africa )": a person's name the tagger cut short, the
 * initial or first name before it (or the surname after it) left out. Only a neighbouring initial or
 * a capitalised word the training text never writes in lower case (not a title, a month, a day or a
 * listed place or group) on the same line, one space away, joins the name.
 */
function completePeople(text: string, tokens: readonly Token[], words: readonly string[], mentions: Mention[], gaz: Gazetteer, covered: Uint8Array): void {
  const nameLike = (i: number): boolean => {
    const w = words[i]!;
    if (!NAME_WORD.test(w) || TITLES.has(w.toLowerCase()) || CALENDAR.has(w)) return false;
    return gaz.lowerLevel(hashString(w, true) | 0) === 0 && gaz.classesOf([w]) === 0;
  };
  const near = (i: number, j: number): boolean => tokens[j]!.start - tokens[i]!.end === 1;
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a === undefined || b === undefined) continue;
    let from = a;
    let to = b + 1;
    if (a > 0 && !covered[a - 1] && near(a - 1, a) && (INITIAL.test(words[a - 1]!) || nameLike(a - 1))) from = a - 1;
    // "J. R. Smith": more initials before an initial.
    while (from > 0 && from < a && INITIAL.test(words[from]!) && !covered[from - 1] && near(from - 1, from) && INITIAL.test(words[from - 1]!)) from--;
    if (to < words.length && !covered[to] && near(to - 1, to) && nameLike(to) && !(to + 1 < words.length && tokens[to + 1]!.start === tokens[to]!.end)) to++;
    if (from === a && to === b + 1) continue;
    covered.fill(1, from, to);
    m.start = tokens[from]!.start;
    m.end = tokens[to - 1]!.end;
    m.text = text.slice(m.start, m.end);
  }
}
const NAME_WORD = /^[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*$/;
const CALENDAR = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/**
 * "C. Lewis 80 not out , M. Butcher 70": an initial and a capitalised word the tagger left out is a
 * person's name (scorecards, bylines, lists). The initial must be its own token ("C."), one letter.
 */
function initialledNames(words: readonly string[], covered: Uint8Array, push: (a: number, b: number, t: Mention['type']) => void): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (covered[i] || !INITIAL.test(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i < 3 && !covered[j] && INITIAL.test(words[j]!)) j++;
    if (j < words.length && !covered[j] && SURNAME.test(words[j]!)) {
      push(i, j + 1, 'PERSON');
      i = j;
    }
  }
}
const INITIAL = /^[A-Z]\.$/;

/**
 * "Essex , Derbyshire and Surrey": capitalised words the tagger left out between two names of one
 * type, joined by list punctuation or a conjunction, are a name of that type (coordination).
 */
function listMembers(
  tokens: readonly Token[],
  words: readonly string[],
  mentions: readonly Mention[],
  covered: Uint8Array,
  push: (a: number, b: number, t: Mention['type']) => void,
): void {
  if (mentions.length < 2) return;
  const typeByEnd = new Map<number, Mention['type']>();
  const typeByStart = new Map<number, Mention['type']>();
  for (const m of mentions) {
    typeByEnd.set(m.end, m.type);
    typeByStart.set(m.start, m.type);
  }
  for (let i = 2; i + 2 < words.length; i++) {
    if (covered[i] || !LIST_JOIN.has(words[i - 1]!) || !/^[A-Z][a-z]/.test(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i < 3 && !covered[j] && /^[A-Z][a-z]/.test(words[j]!)) j++;
    if (j + 1 >= words.length || !LIST_JOIN.has(words[j]!)) continue;
    const left = typeByEnd.get(tokens[i - 2]!.end);
    const right = typeByStart.get(tokens[j + 1]!.start);
    if (left !== undefined && right !== undefined && coarse(left) === coarse(right) && NAME_TYPES.has(left)) {
      push(i, j, left);
      i = j;
    }
  }
}
const LIST_JOIN = new Set([',', 'and', 'or', '&']);
const coarse = (t: Mention['type']): Mention['type'] => (t === 'GPE' ? 'LOC' : t);
const NAME_TYPES = new Set<Mention['type']>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);
const SURNAME = /^(?:[A-Z][a-z]+|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)(?:-[A-Z][a-z]+)?$/;


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

/**
 * "Leicestershire beat Somerset", "Sampras beat Korda": the capitalised name a named team or
 * person beat is an opponent of the same kind, even where the tagger missed it.
 */
function opponents(
  tokens: readonly Token[],
  words: readonly string[],
  mentions: readonly Mention[],
  covered: Uint8Array,
  push: (a: number, b: number, t: Mention['type']) => void,
): void {
  const typeByEnd = new Map<number, Mention['type']>();
  for (const m of mentions) typeByEnd.set(m.end, m.type);
  for (let i = 1; i + 1 < words.length; i++) {
    if (!BEAT.has(words[i]!)) continue;
    const type = typeByEnd.get(tokens[i - 1]!.end);
    if (type !== 'ORG' && type !== 'PERSON') continue;
    let j = i + 1;
    while (j < words.length && j - i <= 3 && !covered[j] && /^[A-Z][a-z]/.test(words[j]!)) j++;
    if (j > i + 1) push(i + 1, j, type);
  }
}

const SPEECH_AFTER = /^ (?:said|says|told|added|asked)\b/;
const SPEECH_BEFORE = /\bsaid $/;
const BEAT = new Set(['beat', 'beats', 'defeated', 'thrashed', 'routed', 'edged', 'overcame', 'downed', 'trounced', 'outplayed']);

/**
 * "England beat Pakistan", "Wales ( Finland )": a country's name alone is the country (and its
 * national side is a place by CoNLL convention), whatever person or body the tagger read.
 */
function countriesArePlaces(mentions: Mention[], gaz: Gazetteer): void {
  for (const m of mentions) if ((m.type === 'PERSON' || m.type === 'ORG') && isCountry(m.text, gaz) && !/^[A-Z]{2,3}$/.test(m.text)) m.type = 'GPE';
}

/**
 * "MaliVai Washington ... before Washington came charging back": a one-word place or organisation
 * that is the surname of a person named in full in the same article is that person (one sense
 * per article). Countries keep their type.
 */
function surnamesAsPeople(text: string, mentions: Mention[], gaz: Gazetteer): void {
  const surnames = new Set<string>();
  // Names in a headline are the tagger's least sure ("Yeltsin endorses Lebed Chechnya peace plan"): not evidence here.
  const bodyStart = text.indexOf('\n') + 1;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.start < bodyStart) continue;
    const ws = m.text.split(/\s+/);
    if (ws.length > 1) surnames.add(ws[ws.length - 1]!);
  }
  if (surnames.size === 0) return;
  for (const m of mentions) {
    if ((m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'ORG') || !surnames.has(m.text)) continue;
    // A country keeps its type unless the name speaks ("Jordan said", "said Jordan").
    if (!isCountry(m.text, gaz) || SPEECH_AFTER.test(text.slice(m.end, m.end + 12)) || SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) m.type = 'PERSON';
  }
}
