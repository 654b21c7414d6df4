// Rules that find organisations the tagger mistyped or missed: gazetteer organisations, acronyms in
// brackets, companies by legal form, plural team names, sides in fixtures.
import type { Mention, Token } from '../../model/layers.js';
import { GAZ, type Gazetteer } from '../gazetteer.js';
import { hashString } from '../hash.js';
import { tokenAt } from '../teams.js';
import type { PushMention } from './push.js';

/**
 * Organisations in the link table ("Chinese Communist Party", "DeepSeek") are relabelled ORG
 * where they occur capitalised: curated names beat the tagger's guess at the span.
 */
export function knownOrgs(marks: Int32Array, words: readonly string[], a: number, b: number, labels: Int32Array): void {
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

/**
 * "the Organisation for Security and Cooperation in Europe ( OSCE )": a capitalised short form in
 * brackets right after an organisation's name, whose first letter one of the name's words starts
 * with, is that organisation (so later mentions of the acronym alone are found too).
 */
export function acronyms(
  tokens: readonly Token[],
  words: readonly string[],
  mentions: Mention[],
  covered: Uint8Array,
  push: PushMention,
): void {
  const n = mentions.length;
  let bySpan: Map<string, Mention> | undefined; // mentions by "start:end", built on first need
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
    if (!bySpan) {
      bySpan = new Map();
      for (const x of mentions) if (!bySpan.has(`${x.start}:${x.end}`)) bySpan.set(`${x.start}:${x.end}`, x);
    }
    const same = bySpan.get(`${at}:${tokens[b + 2]!.end}`);
    if (same) same.type = 'ORG';
    else if (!covered[b + 2]) push(b + 2, b + 3, 'ORG');
  }
}

/** Legal forms that end a company's name ("Pirelli SpA", "Cofinec S.A.", "Kia Motor Corp"). */
export const CORPORATE = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'Plc', 'PLC', 'plc', 'SpA', 'S.p.A.', 'S.A.', 'SA', 'AG',
  'NV', 'N.V.', 'Co', 'Co.', 'GmbH', 'Bhd', 'Berhad', 'AB', 'ASA', 'Oyj', 'LLC', 'LP', 'Cos', 'Cos.', 'BV', 'B.V.', 'KK', 'K.K.']);

/** The name of a company before its legal form, or undefined. */
export function companyStem(ws: readonly string[]): string[] | undefined {
  if (ws.length < 2 || !CORPORATE.has(ws[ws.length - 1]!)) return undefined;
  const stem = ws.slice(0, -1);
  if (stem[stem.length - 1] === ',' || stem[stem.length - 1] === '&') stem.pop();
  return stem.length > 0 && /^[A-Z]/.test(stem[0]!) ? stem : undefined;
}

/** "Pirelli SpA ... Pirelli said": the bare name of a company named with its legal form is the company. */
export function companyStems(mentions: Mention[]): void {
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
export function pluralTeams(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  mentions: Mention[],
  gaz: Gazetteer,
  covered: Uint8Array,
  push: PushMention,
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
 * "Leicestershire beat Somerset", "Sampras beat Korda": the capitalised name a named team or
 * person beat is an opponent of the same kind, even where the tagger missed it.
 */
export function opponents(
  tokens: readonly Token[],
  words: readonly string[],
  mentions: readonly Mention[],
  covered: Uint8Array,
  push: PushMention,
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

export const SPEECH_AFTER = /^ (?:said|says|told|added|asked)\b/;
export const SPEECH_BEFORE = /\bsaid $/;
const BEAT = new Set(['beat', 'beats', 'defeated', 'thrashed', 'routed', 'edged', 'overcame', 'downed', 'trounced', 'outplayed']);

/**
 * "Edward D. Jones & Co", "Morgan Stanley & Co.": a name, "&" and a bare legal form are one company
 * (the tagger reads the name as a person and the legal form as a company of its own).
 * `mentions` in text order; returns them with each such pair merged.
 */
export function ampersandCompanies(text: string, tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    const b = tokenAt(tokens, m.end, 'end');
    if (next && b !== undefined && b + 2 < tokens.length && tokens[b + 1]!.text === '&' && tokens[b + 2]!.start === next.start && tokens[b + 2]!.end === next.end &&
      CORPORATE.has(next.text) && (m.type === 'PERSON' || m.type === 'ORG')) {
      out.push({ start: m.start, end: next.end, text: text.slice(m.start, next.end), type: 'ORG' });
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
}
