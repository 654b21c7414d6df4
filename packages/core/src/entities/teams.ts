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
  // No line break between tokens i and j (a scan of the gap only: linear in a single huge paragraph).
  const onLine = (i: number, j: number): boolean => {
    for (let c = tokens[i]!.end; c < tokens[j]!.start; c++) if (text.charCodeAt(c) === 10) return false;
    return true;
  };
  const word = (i: number): string => (i >= 0 && i < tokens.length ? tokens[i]!.text : '');
  const teams = new Set<string>();
  // Surnames of people named in full here: "Washington" is MaliVai Washington, not a side.
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'PERSON' && /\s/.test(m.text)) surnames.add(m.text.slice(m.text.lastIndexOf(' ') + 1));
  for (const m of mentions) {
    const person = m.type === 'PERSON' && !surnames.has(m.text);
    if (m.type !== 'GPE' && m.type !== 'LOC' && !person) continue;
    const a = byStart.get(m.start);
    const b = byEnd.get(m.end);
    if (a === undefined || b === undefined || isCountry(m.text, gaz)) continue;
    const next = b + 1 < tokens.length && onLine(b, b + 1) ? word(b + 1) : '';
    const prev = a > 0 && onLine(a - 1, a) ? word(a - 1) : '';
    // "Interfax news agency", "the daily Sueddeutsche Zeitung", "Pirelli shares": a news outlet or a
    // listed company, wherever else the article names it.
    const after = next === 'news' && /^(?:agency|service)$/.test(word(b + 2)) ? 'agency' : next;
    if ((ORG_AFTER.has(after) || ORG_BEFORE.has(prev)) && /^[A-Z]/.test(m.text) && !/^[A-Z]+$/.test(next)) {
      if (m.type === 'PERSON' || (gaz.classesOf(m.text.split(/\s+/)) & (GAZ.city | GAZ.state)) === 0) {
        m.type = 'ORG';
        teams.add(m.text.toLowerCase());
      }
      continue;
    }
    if (m.type === 'PERSON' && /\s/.test(m.text)) continue;
    // "Karlsruhe of Germany", "Espanyol of Barcelona": a town's name placed by another place is a club or firm.
    if (!person && next === 'of' && b + 2 < tokens.length && /^[A-Z]/.test(word(b + 2)) && (gaz.classesOf([word(b + 2)]) & (GAZ.country | GAZ.city)) !== 0) {
      teams.add(m.text.toLowerCase());
      continue;
    }
    // "Surrey captain Chris Lewis", "Norwich striker Keith O'Neill", "Cubs shortstop": a side's member.
    if (ROLE.has(next.toLowerCase()) && /^[A-Z]/.test(m.text) && !/^[A-Z]+$/.test(next)) {
      teams.add(m.text.toLowerCase());
      continue;
    }
    if (person) continue;
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
  // Sports stories (Reuters' "SOCCER - ..." slug): a town or state named without a locative word
  // before it is a club ("Cleveland 's lead", "joined Newcastle", "Milan won"), and a league,
  // division or tour is a competition (CoNLL MISC).
  const sports = isSportsStory(text);
  if (sports) {
    for (const m of mentions) {
      const a = byStart.get(m.start);
      const b = byEnd.get(m.end);
      if (a === undefined || b === undefined) continue;
      if ((m.type === 'ORG' || m.type === 'LOC' || m.type === 'GPE' || m.type === 'NORP') && /\s/.test(m.text) && COMPETITION_BODY.test(m.text)) {
        m.type = 'EVENT';
        continue;
      }
      if (m.type !== 'GPE' || isCountry(m.text, gaz) || (gaz.classesOf(m.text.split(/\s+/)) & (GAZ.city | GAZ.state)) === 0) continue;
      const prev = a > 0 && onLine(a - 1, a) ? word(a - 1) : '';
      if (prev === '' || LOCATIVE.has(prev.toLowerCase()) || prev === ',' || prev === '(' || isDateline(text, tokens, a, b)) continue;
      const next = b + 1 < tokens.length && onLine(b, b + 1) ? word(b + 1) : '';
      if ((prev === 'the' || prev === 'a') && /^[a-z]/.test(next)) continue; // "the Berlin stadium": a place as a modifier
      if (next === ',' && b + 2 < tokens.length && /^[A-Z]/.test(word(b + 2)) && (gaz.classesOf([word(b + 2)]) & (GAZ.country | GAZ.state)) !== 0) continue; // "Leeds , England"
      m.type = 'ORG';
    }
  }
  if (teams.size === 0 && listed.size === 0) return;
  for (const m of mentions) {
    if (isDateline(text, tokens, byStart.get(m.start), byEnd.get(m.end))) continue;
    const key = m.text.toLowerCase();
    if (((m.type === 'GPE' || m.type === 'LOC') && (teams.has(key) || listed.has(key))) || (m.type === 'PERSON' && (listed.has(key) || (teams.has(key) && !/\s/.test(m.text))))) m.type = 'ORG';
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
/** The sport slug that opens a Reuters sports story ("SOCCER - ...", "RUGBY UNION - ..."). */
function isSportsStory(text: string): boolean {
  const head = text.slice(0, Math.max(0, text.indexOf(' - ')));
  return head.length > 0 && head.length < 40 && SPORT_SLUG.test(head);
}
const SPORT_SLUG = /^(?:SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY|ATHLETICS|CYCLING|BOXING|MOTOR|MOTORCYCLING|HORSE|SQUASH|NFL|NBA|NHL|ICE HOCKEY|HOCKEY|AMERICAN FOOTBALL|SWIMMING|SKIING|ROWING|SAILING|BADMINTON|VOLLEYBALL|FORMULA|TABLE TENNIS|JUDO|WRESTLING|TRIATHLON|HANDBALL|SNOOKER|DARTS|ALPINE|SPEED)/;
/** Competitions named like bodies in sports stories. */
const COMPETITION_BODY = /\b(?:League|LEAGUE|Division|DIVISION|Tour|TOUR|Series|SERIES)(?: (?:Central|East|West|CENTRAL|EAST|WEST))?$/;
/** Words before a place that keep it a place: "in Toronto", "at Chicago", "from Milan". */
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'across', 'around', 'via', 'towards', 'toward', 'through', 'of']);
/** Words after (before) a name that make it a news outlet or a company. */
const ORG_AFTER = new Set(['newspaper', 'daily', 'weekly', 'agency', 'magazine', 'shares', 'stock', 'ceo', 'chairman', 'subsidiary']);
const ORG_BEFORE = new Set(['newspaper', 'daily', 'weekly', 'magazine', 'agency', 'club', 'side', 'team']);
/** Members and parts of a side named right after it. */
const ROLE = new Set(['captain', 'skipper', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'winger',
  'batsman', 'bowler', 'all-rounder', 'opener', 'spinner', 'pitcher', 'shortstop', 'outfielder', 'infielder', 'catcher', 'quarterback', 'fullback',
  'fly-half', 'scrum-half', 'hooker', 'prop', 'lock', 'flanker', 'fans', 'supporters', 'players', 'player', 'team-mate', 'teammate', 'side', 'squad']);
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
    fixtureNames(tokens, a, b, out);
    a = b;
  }
  return out;
}

function lineNames(tokens: readonly Token[], a: number, b: number, out: Array<[number, number]>): void {
  if (b - a < 2) return;
  if (scorecardLine(tokens, a, b, out) || b - a > 30) return;
  const spans: Array<[number, number]> = [];
  let i = a;
  let numbers = 0;
  while (i < b && tokens[i]!.text !== '(') {
    const s = i;
    while (i < b && i - s < 4 && NAME.test(tokens[i]!.text)) i++;
    if (i === s) return; // a line starting with (or holding) anything else is not a result line
    if (CALENDAR_WORDS.has(tokens[s]!.text)) return; // "July 96 June 96": dates heading a table's columns
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

/**
 * "Birmingham v Barnsley", "May 18 v Worcestershire", "East Fife v Clydebank": the capitalised names
 * (1-4 words) on either side of a fixture's "v" are the sides.
 */
function fixtureNames(tokens: readonly Token[], a: number, b: number, out: Array<[number, number]>): void {
  const isName = (k: number): boolean => NAME.test(tokens[k]!.text) && !CALENDAR_WORDS.has(tokens[k]!.text) && !/^(?:The|A|At|In|On)$/.test(tokens[k]!.text);
  for (let k = a + 1; k + 1 < b; k++) {
    if (!/^(?:v|vs|vs\.)$/.test(tokens[k]!.text)) continue;
    let s = k;
    while (s > a && k - s < 4 && isName(s - 1)) s--;
    let e = k + 1;
    while (e < b && e - k <= 4 && isName(e)) e++;
    if (s < k && (out.length === 0 || out[out.length - 1]![1] <= s)) out.push([s, k]);
    if (e > k + 1) out.push([k + 1, e]);
  }
}
const CALENDAR_WORDS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/**
 * "Hove : Sussex 363 ( W. Athey 111 ) , Lancashire 197-8", "Middlesex 199 and 426 , Hampshire 232":
 * a line of sides each with a total (or two), an optional bracketed detail and an optional venue
 * before a colon. Pushes the sides' token spans; true when the line is one.
 */
function scorecardLine(tokens: readonly Token[], a: number, b: number, out: Array<[number, number]>): boolean {
  let i = a;
  // Optional venue: "Hove :", "At The Oval ( London ) :" (its name is left to the tagger).
  for (let k = a; k < Math.min(b, a + 8); k++) {
    if (tokens[k]!.text === ':') {
      i = k + 1;
      break;
    }
  }
  const spans: Array<[number, number]> = [];
  while (i < b) {
    const s = i;
    while (i < b && i - s < 4 && NAME.test(tokens[i]!.text) && !/^\d/.test(tokens[i]!.text)) i++;
    if (i === s || i >= b || !INNINGS.test(tokens[i]!.text) || CALENDAR_WORDS.has(tokens[s]!.text)) return false;
    i++;
    if (i + 1 < b && tokens[i]!.text === 'and' && INNINGS.test(tokens[i + 1]!.text)) i += 2;
    if (i < b && tokens[i]!.text === '(') {
      while (i < b && tokens[i]!.text !== ')') i++;
      if (i === b) return false;
      i++;
    }
    spans.push([s, s + countName(tokens, s, i)]);
    if (i < b && (tokens[i]!.text === ',' || tokens[i]!.text === '.')) i++;
  }
  // One side with innings detail, or two sides: plain "York 4" lines are lineNames' business.
  const detailed = spans.length >= 2 || tokens.slice(a, b).some((t) => t.text === '(' || t.text === 'and');
  if (spans.length === 0 || !detailed) return false;
  out.push(...spans);
  return true;
}
function countName(tokens: readonly Token[], s: number, e: number): number {
  let n = 0;
  while (s + n < e && NAME.test(tokens[s + n]!.text) && !/^\d/.test(tokens[s + n]!.text)) n++;
  return n;
}

