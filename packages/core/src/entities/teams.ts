import type { Mention, Token } from '../model/layers.js';
import { GAZ, type Gazetteer } from './gazetteer.js';
import { lookupKnown } from './links.js';

/**
 * Places used as competitors are teams (ORG), a news convention the tagger cannot see from one
 * sentence: result and standings lines ("CHICAGO 5 Houston 3", "Livingston 1 Hamilton 0",
 * "CLEVELAND 80 54 .597"), fixtures ("BOSTON AT OAKLAND", "Birmingham v Barnsley") and results
 * in prose ("Leicestershire beat Somerset"). Once a place is a team in an article, every other
 * mention of it there is too. Countries stay places (national sides are LOC by that convention).
 * Mutates the types of `mentions` in place.
 */
export function relabelTeams(
  text: string,
  tokens: readonly Token[],
  mentions: Mention[],
  gaz: Gazetteer,
  lineNames: ReadonlyArray<readonly [number, number]> = [],
): void {
  // Token index starting (ending) exactly at a mention's start (end): binary search, no per-article maps.
  const byStart = { get: (at: number): number | undefined => tokenAt(tokens, at, 'start') };
  const byEnd = { get: (at: number): number | undefined => tokenAt(tokens, at, 'end') };
  const onLine = (i: number, j: number): boolean => text.indexOf('\n', tokens[i]!.end) >= tokens[j]!.start || text.indexOf('\n', tokens[i]!.end) < 0;
  const word = (i: number): string => (i >= 0 && i < tokens.length ? tokens[i]!.text : '');
  const teams = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'GPE' && m.type !== 'LOC') continue;
    const a = byStart.get(m.start);
    const b = byEnd.get(m.end);
    if (a === undefined || b === undefined || isCountry(m.text, gaz)) continue;
    const next = b + 1 < tokens.length && onLine(b, b + 1) ? word(b + 1) : '';
    const prev = a > 0 && onLine(a - 1, a) ? word(a - 1) : '';
    const lineStart = prev === '' || prev === ':'; // "London ( The Oval ) : Warwickshire 195"
    const team =
      (SCORE.test(next) && (lineStart || SCORE.test(prev))) || // result or standings line
      // "Warwickshire 195 , Surrey 429-7": the second of results listed in a sentence
      (INNINGS.test(next) && (prev === ',' || prev === 'and') && INNINGS.test(word(a - 2))) ||
      FIXTURE.has(next) || FIXTURE.has(prev) || // "X AT Y", "X v Y"
      (WIN.has(next.toLowerCase()) && /^[A-Z]/.test(m.text)) || WIN.has(prev.toLowerCase());
    if (team) teams.add(m.text.toLowerCase());
  }
  // Names on result lines are teams even where the tagger read a person ("Haitai 2 Samsung 0").
  const listed = new Set<string>();
  for (const [from, to] of lineNames) {
    const surface = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    if (!isCountry(surface, gaz)) listed.add(surface.toLowerCase());
  }
  if (teams.size === 0 && listed.size === 0) return;
  for (const m of mentions) {
    if (isDateline(text, tokens, byStart.get(m.start), byEnd.get(m.end))) continue;
    const key = m.text.toLowerCase();
    if (((m.type === 'GPE' || m.type === 'LOC') && (teams.has(key) || listed.has(key))) || (m.type === 'PERSON' && listed.has(key))) m.type = 'ORG';
  }
}

/** Index of the token whose `key` offset is exactly `at` (tokens are in text order), or undefined. */
export function tokenAt(tokens: readonly Token[], at: number, key: 'start' | 'end'): number | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = tokens[mid]![key];
    if (v === at) return mid;
    if (v < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

const SCORE = /^\d{1,3}$/;
/** A score or a cricket total with wickets ("429-7"). */
const INNINGS = /^\d{1,3}(?:-\d{1,2})?$/;
const FIXTURE = new Set(['AT', 'v', 'v.', 'vs', 'vs.', 'V']);
const WIN = new Set(['beat', 'beats', 'defeated', 'thrashed', 'routed', 'edged', 'overcame', 'downed', 'trounced', 'outplayed']);

/**
 * "NEW YORK 1996-08-30", "LONDON (Reuters) -": a place opening a line and followed by a date or the
 * agency names where the story was filed, even in an article where the same name is a team.
 */
function isDateline(text: string, tokens: readonly Token[], a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined || b + 1 >= tokens.length) return false;
  if (a > 0 && !text.slice(tokens[a - 1]!.end, tokens[a]!.start).includes('\n')) return false;
  if (text.slice(tokens[b]!.end, tokens[b + 1]!.start).includes('\n')) return false;
  const next = tokens[b + 1]!.text;
  return /^\d{4}-\d\d-\d\d$/.test(next) || next === '(';
}

/** Home nations field national sides like countries do (England, Scotland, Wales, Northern Ireland). */
const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/** A country name or short code: national sides keep their place type by news convention. */
export function isCountry(surface: string, gaz: Gazetteer): boolean {
  if (lookupKnown(surface)?.type === 'GPE' && !/\s/.test(surface) && surface.length <= 3) return true; // US, UK
  if (HOME_NATIONS.has(surface.toLowerCase())) return true;
  return (gaz.classesOf(surface.split(/\s+/)) & GAZ.country) !== 0; // phrase lookup is case-blind
}

/**
 * Names in result and standings lines that the tagger left out ("Partick 1 St Mirren 1",
 * "York 4 2 0 2 6 6 6"): token spans [from, to) of 1-4 capitalised words, each followed by a
 * score, on a line that is nothing but names and numbers (a trailing "( 1st game )" aside).
 */
export function scoreLineNames(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = 0;
  while (a < tokens.length) {
    let b = a + 1;
    while (b < tokens.length && !text.slice(tokens[b - 1]!.end, tokens[b]!.start).includes('\n')) b++;
    lineNames(tokens, a, b, out);
    a = b;
  }
  return out;
}

function lineNames(tokens: readonly Token[], a: number, b: number, out: Array<[number, number]>): void {
  if (b - a < 2 || b - a > 30) return;
  const spans: Array<[number, number]> = [];
  let i = a;
  let numbers = 0;
  while (i < b && tokens[i]!.text !== '(') {
    const s = i;
    while (i < b && i - s < 4 && NAME.test(tokens[i]!.text)) i++;
    if (i === s) return; // a line starting with (or holding) anything else is not a result line
    let k = i;
    while (k < b && SCORE.test(tokens[k]!.text)) k++;
    if (k === i) return;
    spans.push([s, i]);
    numbers += k - i;
    i = k;
  }
  // Two teams with a score each, or one team with a row of standings.
  if ((spans.length === 2 && numbers === 2) || (spans.length === 1 && numbers >= 3)) out.push(...spans);
}

const NAME = /^[A-Z][A-Za-z'.-]*$/;

