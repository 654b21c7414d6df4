// Rules for people's names: titles stripped, missing initials or first names restored, initialled
// names, nationality in brackets after a player, surnames of known people.
import type { Mention, Token } from '../../model/layers.js';
import { GAZ, type Gazetteer } from '../gazetteer.js';
import { hashString } from '../hash.js';
import { isCountry, tokenAt } from './tokens.js';
import { TITLES } from '../lexicon.js';
import { SURNAME } from './spans.js';
import { SPEECH_AFTER, SPEECH_BEFORE } from './orgs.js';
import type { PushMention } from './push.js';

/**
 * "General Okafor", "Sir Alan Marsh", "Bishop Ruth Kane": a title the tagger took into the
 * name is left out (CoNLL convention), and what follows it is a person.
 */
export function titledPeople(text: string, tokens: readonly Token[], words: readonly string[], mentions: Mention[], gaz: Gazetteer): void {
  const n = mentions.length;
  for (let k = 0; k < n; k++) {
    const m = mentions[k]!;
    if (m.type === 'DATE' || m.type === 'MONEY' || m.type === 'PERCENT' || m.type === 'QUANTITY') continue;
    const a = tokenAt(tokens, m.start, 'start');
    const b = tokenAt(tokens, m.end, 'end');
    if (a === undefined || b === undefined || b === a) continue;
    // The title may follow the organisation the tagger ran it into ("Central Bank Governor Ana Ruiz").
    let t = a;
    while (t < b && !(startsUpper(words[t]!) && PERSON_TITLES.has(words[t]!.toLowerCase()))) t++;
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
      // What precedes the title stays a name of its own ("Central Bank", "U.N.").
      const end = tokens[t - 1]!.end;
      mentions.push({ start: m.start, end, text: text.slice(m.start, end), type: m.type });
    }
    m.start = tokens[from]!.start;
    m.text = text.slice(m.start, m.end);
    m.type = 'PERSON';
  }
  if (mentions.length > n) mentions.sort((x, y) => x.start - y.start);
}
/** What follows a player in a cricket scorecard: "c Marsh", "b Okafor", "lbw b Kane", "st Ruiz", "run out". */
const SCORECARD = /^(?:c|b|lbw|st|run)$/;
const PERSON_TITLES: ReadonlySet<string> = new Set([...TITLES, 'duke', 'duchess', 'emperor', 'empress', 'archbishop', 'sheikh', 'ayatollah', 'mullah', 'rabbi', 'father', 'sister',
  'brother', 'count', 'countess', 'baron', 'baroness', 'marshal', 'field', 'major', 'corporal', 'private', 'commander', 'dr', 'professor', 'saint']);

/**
 * "T. Marsh 3-21", "Ana Ruiz ( Chile )": a person's name the tagger cut short, the
 * initial or first name before it (or the surname after it) left out. Only a neighbouring initial or
 * a capitalised word the training text never writes in lower case (not a title, a month, a day or a
 * listed place or group) on the same line, one space away, joins the name.
 */
export function completePeople(text: string, tokens: readonly Token[], words: readonly string[], mentions: Mention[], gaz: Gazetteer, covered: Uint8Array): void {
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
/** /^[A-Z]/.test(w), by character code. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}
const NAME_WORD = /^[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*$/;
const CALENDAR = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

const INITIAL = /^[A-Z]\.$/;

/**
 * "Kenya Barris ... before Barris answered": a one-word place or organisation
 * that is the surname of a person named in full in the same article is that person (one sense
 * per article). Countries keep their type.
 */
export function surnamesAsPeople(text: string, mentions: Mention[], gaz: Gazetteer): void {
  const surnames = new Set<string>();
  // Names in a headline are the tagger's least sure ("Ruiz backs Okafor trade plan"): not evidence here.
  const bodyStart = text.indexOf('\n') + 1;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.start < bodyStart) continue;
    const ws = m.text.split(/\s+/);
    if (ws.length > 1) surnames.add(ws[ws.length - 1]!);
  }
  if (surnames.size === 0) return;
  for (const m of mentions) {
    if ((m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'ORG') || !surnames.has(m.text)) continue;
    // A country keeps its type unless the name speaks ("Chad said", "said Chad").
    if (!isCountry(m.text, gaz) || SPEECH_AFTER.test(text.slice(m.end, m.end + 12)) || SPEECH_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) m.type = 'PERSON';
  }
}
