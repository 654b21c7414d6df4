import { NOT_NAMES, SUBJECT_PRONOUNS, TITLES } from './lexicon.js';
import { extendDescription, ownerOfBody, postmodifiedSpeaker, type Grammar } from './postmodifiers.js';
import type { Word } from './words.js';

/** Who a cue points at, as the text gives it. */
export interface SpeakerMention {
  /** The name with titles stripped ("Liu Dongshu"), the pronoun ("he") or the description ("a Dow spokeswoman"). */
  name: string;
  start: number;
  end: number;
  kind: 'name' | 'pronoun' | 'nominal';
  /** Title words before the name or an appositive after it ("an assistant professor at ..."). */
  role?: string;
}

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'du', 'dos', 'ter', 'ibn', 'el']);
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'several', 'two', 'three', 'both', 'other', 'this', 'that', 'these', 'those']);
/** Words before "another" that keep it a subject ("Yet another said"). */
const LEAD_ADVERBS = new Set(['yet', 'and', 'but', 'still', 'while']);
/** Numbers that head a description of people ("the two write"). */
const NUMBER_HEADS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Words that end a description going forwards ("a spokesman for the firm, who ..."). */
const NP_STOP = new Set(['who', 'which', 'that', 'when', 'while', 'as', 'in', 'on', 'at', 'during', 'after', 'before', 'adding', 'and', 'but', 'because', 'if', 'to', 'about', 'last', 'this', 'on', 'via', 'told', 'said', 'says']);

/** A capitalised word that may be part of a person's or organisation's name. */
export function isNameWord(w: Word | undefined): boolean {
  if (!w || w.punct) return false;
  if (w.cap) return !NOT_NAMES.has(w.lower) || TITLES.has(w.lower);
  return PARTICLES.has(w.lower);
}

const isTitle = (w: Word | undefined): boolean => !!w && !w.punct && TITLES.has(w.lower);

/** Build a name mention from words[a..b] (inclusive), moving leading titles into the role. */
function nameFrom(text: string, words: readonly Word[], a: number, b: number, extraRole?: string): SpeakerMention | null {
  while (b >= a && (PARTICLES.has(words[b]!.lower) || words[b]!.punct)) b--;
  // "Hale’s", "Editor’s": a possessive modifies what follows, it is not who spoke.
  if (b >= a && isPossessive(words[b]!)) return null;
  // "The Ledger’s Tom Hale": the name follows the possessor, which joins the role.
  for (let x = b - 1; x >= a; x--) {
    if (!isPossessive(words[x]!)) continue;
    const owner = text.slice(words[a]!.start, words[x]!.end);
    extraRole = extraRole ? `${extraRole} ${owner}` : owner;
    a = x + 1;
    break;
  }
  let s = a;
  while (s < b && (isTitle(words[s]) || !words[s]!.cap)) s++;
  while (s <= b && PARTICLES.has(words[s]!.lower) && !words[s]!.cap) s++;
  if (s > b || isTitle(words[s]) || !words[s]!.cap) {
    // Only titles ("the President", "Gov."): a description, not a name.
    if (a > b) return null;
    return { name: text.slice(words[a]!.start, words[b]!.end), start: words[a]!.start, end: words[b]!.end, kind: 'nominal' };
  }
  // "House Majority Leader Kevin McCarthy", "Pennsylvania Gov. Ed Rendell": the name follows the last title.
  for (let t = b - 1; t > s; t--) {
    if (!isTitle(words[t])) continue;
    if (words[t + 1]!.cap && !isTitle(words[t + 1])) s = t + 1;
    break;
  }
  const start = words[s]!.start;
  const end = words[b]!.end;
  const titles = s > a ? text.slice(words[a]!.start, words[s - 1]!.end) : '';
  const role = [extraRole, titles].filter(Boolean).join(', ') || undefined;
  return { name: text.slice(start, end), start, end, kind: 'name', ...(role && { role }) };
}

/**
 * The speaker noun phrase that ends at words[k] (the word before a cue): a pronoun, a name with
 * its titles ("Oregon Sen. Paul Vance"), a name followed by an appositive ("X, a professor at Y,"),
 * or a description ("a Dow spokeswoman"). Null when words[k] starts no such phrase.
 */
export function speakerEndingAt(text: string, words: readonly Word[], k: number, floor = 0): SpeakerMention | null {
  if (k < floor || k < 0) return null;
  let w = words[k]!;
  let role: string | undefined;
  // "Rep. Jim Clyburn (D-S.C.) said": skip a short parenthetical.
  if (w.text === ')') {
    let j = k - 1;
    while (j >= floor && j > k - 8 && words[j]!.text !== '(') j--;
    if (j < floor || words[j]!.text !== '(') return null;
    k = j - 1;
    if (k < floor) return null;
    w = words[k]!;
  }
  // "Liu Dongshu, an assistant professor at City University of Hong Kong, said": the appositive is the role.
  if (w.text === ',') {
    let j = k - 1;
    while (j >= floor && j > k - 32 && words[j]!.text !== ',' && !(words[j]!.punct && words[j]!.text !== '-' && words[j]!.text !== '.' && words[j]!.text !== "'")) j--;
    if (j <= floor || words[j]!.text !== ',') return null;
    const inner = speakerEndingAt(text, words, j - 1, floor);
    if (!inner || inner.kind === 'pronoun') return null;
    // "Mia Roth, executive director of the River Fund, a charity, said": a name
    // inside an appositive ("of the River Fund") belongs to the role; the person comes first.
    let ia = j - 1;
    while (ia > floor && words[ia]!.start > inner.start) ia--;
    const before = words[ia - 1];
    if (before && !before.punct && APPOSITIVE_INNER.has(before.lower) && ia - 1 > floor) {
      let c = ia - 1;
      while (c > floor && c > ia - 24 && words[c]!.text !== ',' && !(words[c]!.punct && words[c]!.text !== '-' && words[c]!.text !== "'")) c--;
      const outer = words[c]!.text === ',' ? speakerEndingAt(text, words, c - 1, floor) : null;
      if (outer && outer.kind === 'name') {
        const appositive = text.slice(words[c + 1]!.start, words[k - 1]!.end);
        return { ...outer, role: outer.role ? `${outer.role}, ${appositive}` : appositive };
      }
    }
    const appositive = text.slice(words[j + 1]!.start, words[k - 1]!.end);
    return { ...inner, role: inner.role ? `${inner.role}, ${appositive}` : appositive };
  }
  if (w.punct) return null;
  if (SUBJECT_PRONOUNS.has(w.lower)) {
    if (w.lower === 'who' && k - 1 >= floor) {
      // "Hale, who said": the relative pronoun stands for the phrase before it.
      const before = words[k - 1]!.text === ',' ? k - 2 : k - 1;
      const inner = speakerEndingAt(text, words, before, floor);
      if (inner) return inner;
    }
    return { name: w.text, start: w.start, end: w.end, kind: 'pronoun' };
  }
  const postmodified = postmodifiedSpeaker(text, words, k, floor, grammar);
  if (postmodified) return postmodified;
  if (isNameWord(w) && w.cap) {
    let a = k;
    while (a - 1 >= floor && (isNameWord(words[a - 1]) || isTitle(words[a - 1]))) a--;
    const owner = ownerOfBody(text, words, a, k, floor, grammar);
    if (owner) return owner;
    // Lower-case role words just before the name: "therapist Ed Lyle", "campaign manager Jo Birch".
    let r = a;
    while (r - 1 >= floor && r > a - 4 && !words[r - 1]!.punct && !words[r - 1]!.cap && !DETERMINERS.has(words[r - 1]!.lower) && !NP_STOP.has(words[r - 1]!.lower) && words[r - 1]!.lower.length > 2 && isRoleNoun(words[r - 1]!.lower)) r--;
    if (r < a) role = text.slice(words[r]!.start, words[a - 1]!.end);
    return nameFrom(text, words, a, k, role);
  }
  // A description: back to its determiner, at most six words ("the former finance minister").
  // (Its head is a noun: "The newspaper took [note]" has a verb where the head would be.)
  // "Yet another said, “…”": one more of the people just described.
  if (w.lower === 'another' && (k - 1 < floor || words[k - 1]!.punct || LEAD_ADVERBS.has(words[k - 1]!.lower))) return { name: w.text, start: w.start, end: w.end, kind: 'nominal' };
  // "the two write", "the three said": a number standing for people named before.
  if (NUMBER_HEADS.has(w.lower) && k - 1 >= floor && words[k - 1]!.lower === 'the') {
    const d = words[k - 1]!;
    return { name: text.slice(d.start, w.end), start: d.start, end: w.end, kind: 'nominal' };
  }
  // A role or body noun heads it whatever the tagger says ("the popular Dutch daily" tags "daily" ADV).
  if (!w.cap && (/^[a-z]/.test(w.text) || AGE.test(w.lower)) && !NP_STOP.has(w.lower) && (!VERBAL.has(w.pos ?? '') || isStrictSpeakerNoun(w.lower))) {
    for (let j = k; j >= floor && j > k - 7; j--) {
      const x = words[j]!;
      if (x.punct && x.text !== '-') break;
      if (DETERMINERS.has(x.lower)) {
        if (j === k || !isSpeakerNoun(w.lower)) return null;
        // "Heads of the group have said": a group noun heading the description.
        const head = words[j - 2];
        if (j - 2 >= floor && words[j - 1]!.lower === 'of' && head && !head.punct && /^[A-Za-z]+$/.test(head.text) && isStrictSpeakerNoun(head.lower) && !TITLES.has(head.lower) && (j - 3 < floor || words[j - 3]!.punct || DETERMINERS.has(words[j - 3]!.lower) || !words[j - 3]!.cap)) {
          return { name: text.slice(head.start, w.end), start: head.start, end: w.end, kind: 'nominal' };
        }
        return { name: text.slice(x.start, w.end), start: x.start, end: w.end, kind: 'nominal' };
      }
    }
    // A bare plural ("officials said", "analysts say").
    if (w.lower.endsWith('s') && w.lower.length > 4 && isRoleNoun(w.lower.slice(0, -1))) return { name: w.text, start: w.start, end: w.end, kind: 'nominal' };
  }
  return null;
}

/** The speaker phrase starting at words[k] (after an inverted cue: "said Sam Lyle, parent of ..."). */
export function speakerStartingAt(text: string, words: readonly Word[], k: number, ceil = words.length): SpeakerMention | null {
  const w = words[k];
  if (!w || w.punct || k >= ceil) return null;
  if (SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'who' && w.lower !== 'it') return { name: w.text, start: w.start, end: w.end, kind: 'pronoun' };
  // Role words and titles, then the capitalised name: "psychologist Ivo Marsh", "campaign manager Jo Birch".
  let j = k;
  let det = false;
  if (DETERMINERS.has(w.lower)) {
    det = true;
    j++;
  }
  // A tagged verb ends the role words ("A clerk sent Moss the file" is a clause, not
  // "staffer Mills"); "24/7 nurse Ana Brix" keeps its slash.
  while (j < ceil && j < k + 6 && (!words[j]!.punct || isSlashInNumber(words, j)) && !words[j]!.cap && !NP_STOP.has(words[j]!.lower) && !(j > k && (words[j]!.pos === 'VERB' || words[j]!.pos === 'AUX') && !isTitle(words[j]))) j++;
  const nameStart = j;
  while (j < ceil && (isNameWord(words[j]) || isTitle(words[j]))) j++;
  // "former Ohio Gov. and National Party Chairman Ray Lund": coordinated
  // titles, the name after the last one.
  if (j > nameStart && words[j]?.lower === 'and' && isTitle(words[j - 1]) && words[j + 1]?.cap) {
    let e = j + 1;
    while (e < ceil && e < j + 8 && (isNameWord(words[e]) || isTitle(words[e]))) e++;
    const tail = e > j + 1 ? nameFrom(text, words, j + 1, e - 1, text.slice(words[k]!.start, words[j]!.end)) : null;
    if (tail && tail.kind === 'name') return tail;
  }
  if (j > nameStart && words[nameStart]!.cap) {
    const modified = modifiedName(text, words, k, nameStart, j, ceil);
    if (modified !== undefined) return modified;
    // "the GOP presidential candidate", "the Texas developer": a determiner, a capitalised
    // modifier and a lower-case head noun make a description, not the name "GOP".
    if (det) {
      let r = j;
      while (r < ceil && r < j + 3 && !words[r]!.punct && !words[r]!.cap && !NP_STOP.has(words[r]!.lower) && !FUNCTION_WORDS.has(words[r]!.lower) && !VERBAL.has(words[r]!.pos ?? '')) r++;
      if (r > j && isStrictSpeakerNoun(words[r - 1]!.lower)) return { name: text.slice(w.start, words[r - 1]!.end), start: w.start, end: words[r - 1]!.end, kind: 'nominal' };
      // "the Democratic caucus", "the U.S. economy": a thing named by its modifier, nobody who spoke.
      // (Without tags, a lower-case word that is no past form or participle is taken for that head.)
      const head = words[r - 1]!;
      if (r > j && (head.pos === undefined ? !/(?:ed|ing)$/.test(head.lower) : head.pos !== 'PROPN')) return null;
    }
    let mention = nameFrom(text, words, nameStart, j - 1, nameStart > k ? text.slice(words[k]!.start, words[nameStart - 1]!.end) : undefined);
    if (!mention) return null;
    if (mention.kind === 'nominal' && det) mention = { ...mention, name: text.slice(words[k]!.start, mention.end), start: words[k]!.start };
    // ", parent of a Northfield pupil," / ", head of research": appositive role.
    if (mention.kind === 'name' && words[j]?.text === ',' && words[j + 1] && !words[j + 1]!.cap && !NP_STOP.has(words[j + 1]!.lower)) {
      let e = j + 1;
      while (e < ceil && e < j + 14 && !(words[e]!.punct && words[e]!.text !== '-' && words[e]!.text !== "'")) e++;
      if (e > j + 1) mention = { ...mention, role: [mention.role, text.slice(words[j + 1]!.start, words[e - 1]!.end)].filter(Boolean).join(', ') };
    }
    return mention;
  }
  if (det && j > k + 1) {
    // "said a spokesman for the company": the description, up to punctuation or a clause word
    // ("said a person close to the talks": past the phrase that completes its head).
    let e = j;
    while (e < ceil && e < k + 8 && !words[e]!.punct && !NP_STOP.has(words[e]!.lower)) e++;
    e = extendDescription(words, e, ceil, isRoleNoun);
    // Its head must be able to speak: "said a low voice" or "shouted the streets" name nobody.
    if (!isSpeakerNoun(words[j - 1]!.lower)) return null;
    return { name: text.slice(w.start, words[e - 1]!.end), start: w.start, end: words[e - 1]!.end, kind: 'nominal' };
  }
  return null;
}

/** "the 46-year-old said": an age standing for a person. */
const AGE = /^\d+-year-olds?$/;

/** A slash between digits ("9/11"), part of a modifier rather than punctuation. */
const isSlashInNumber = (words: readonly Word[], j: number): boolean => words[j]!.text === '/' && /^\d/.test(words[j - 1]?.text ?? '') && /^\d/.test(words[j + 1]?.text ?? '');

/** Words before a name that put it inside a phrase about someone else ("director of the River Fund"). */
const APPOSITIVE_INNER = new Set(['of', 'the', 'at', 'for', 'from', 'with', 'in', 'by', 'on', 'to', 'and']);

/** POS tags that cannot head a description. */
const VERBAL = new Set(['VERB', 'AUX', 'ADP', 'ADV', 'PRON', 'SCONJ', 'CCONJ', 'PART']);

const FUNCTION_WORDS = new Set(['of', 'for', 'with', 'from', 'by', 'or', 'the', 'a', 'an', 'to', 'into', 'than', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been', 'not']);
const isPossessive = (w: Word): boolean => !w.punct && /['’]s$/.test(w.text);

/**
 * A name after a modifier, read forwards from words[k] with a capitalised run at [nameStart, j):
 * "Holt’s press secretary, Jane Marr", "Westbrook pollster Alan Price",
 * "Budget ranking member Ada Wells". The modifier becomes the role. Returns undefined
 * when the phrase has no such shape, null when it names nobody ("Hale’s campaign").
 */
function modifiedName(text: string, words: readonly Word[], k: number, nameStart: number, j: number, ceil: number): SpeakerMention | null | undefined {
  // A possessive inside the run: "Northfield College’s Press Officer Kim Lo".
  for (let x = nameStart; x < j - 1; x++) {
    if (!isPossessive(words[x]!)) continue;
    const tail = nameFrom(text, words, x + 1, j - 1, text.slice(words[k]!.start, words[x]!.end));
    if (tail && tail.kind === 'name') return tail;
  }
  const possessive = isPossessive(words[j - 1]!);
  let r = j;
  // The modifier is a noun phrase: "Dana Holt threw her weight behind Sen. Ray Cole" has a verb.
  while (r < ceil && r < j + 4 && !words[r]!.punct && !words[r]!.cap && !NP_STOP.has(words[r]!.lower) && !FUNCTION_WORDS.has(words[r]!.lower) && !DETERMINERS.has(words[r]!.lower) && !VERBAL.has(words[r]!.pos ?? '')) r++;
  if (r === j && !possessive) return undefined;
  let n = r;
  if (words[n]?.text === ',') n++;
  let e = n;
  while (e < ceil && (isNameWord(words[e]) || isTitle(words[e]))) e++;
  const roleEnd = words[r - 1]!.end;
  // The name after the modifier needs two words (or a possessive or role noun before it), so that
  // "said Obama administration officials" or "told Fox News reporters" stay what they were.
  const strong = possessive || isRoleNoun(words[r - 1]!.lower);
  if (e > n && words[n]!.cap && (strong || e - n >= 2) && !isPossessive(words[e - 1]!)) {
    const inner = nameFrom(text, words, n, e - 1, text.slice(words[k]!.start, roleEnd));
    if (inner && inner.kind === 'name') return inner;
  }
  if (!possessive) return undefined;
  // "Hale’s spokesman said": a description; "Hale’s" alone names nobody.
  if (r > j && isSpeakerNoun(words[r - 1]!.lower)) return { name: text.slice(words[k]!.start, roleEnd), start: words[k]!.start, end: roleEnd, kind: 'nominal' };
  return null;
}

/** Nouns that can head a speaker description: people by role, and bodies that issue statements. */
export function isSpeakerNoun(word: string): boolean {
  if (isStrictSpeakerNoun(word)) return true;
  const singular = word.endsWith('s') && word.length > 4 ? word.slice(0, -1) : word;
  // Other nouns ("the heavyweights", "another child") may speak; settings, times and events may not.
  return /^[a-z][a-z-]+$/.test(word) && !/(?:ly|ing)$/.test(word) && !NOT_SPEAKERS.has(word) && !NOT_SPEAKERS.has(singular) && !FUNCTION_WORDS.has(word) && !NP_STOP.has(word);
}

/** Role nouns and bodies only: the head of a description in subject position. */
export function isStrictSpeakerNoun(word: string): boolean {
  const singular = word.endsWith('s') && word.length > 4 ? word.slice(0, -1) : word;
  return ROLE_NOUNS.has(word) || ROLE_NOUNS.has(singular) || TITLES.has(word) || SPEAKING_BODIES.has(word) || SPEAKING_BODIES.has(singular) || /(?:ist|ian|man|woman|person|people|men|women|staff|team|group)s?$/.test(word) || AGE.test(word);
}

/** Heads of phrases that follow a reporting verb without being its speaker ("said in a post"). */
const NOT_SPEAKERS = new Set(
  ('statement voice tone street conference debate convention reaction interview speech video event rally ' +
    'meeting hearing session briefing call way time day week month year morning afternoon evening night ago ' +
    'now then moment place room town city country response release remark comment question answer point ' +
    'end start beginning lot bit while deal fact thing matter note line word phrase').split(' '),
);

const SPEAKING_BODIES = new Set(
  ('newspaper paper daily magazine network channel station agency department ministry office company firm ' +
    'group organization organisation foundation campaign committee council board court union association ' +
    'government administration party commission institute bank report study poll survey website site ' +
    'memo letter email tweet post transcript document filing family relatives cable column editorial disclosure record').split(' '),
);

/** Nouns that describe a person by job or group: role words before a name, bare plural speakers. */
export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || TITLES.has(word) || (/(?:ist|ian|er|or|man|woman|person)$/.test(word) && !NOT_ROLES.has(word));
}

/** Words with a role-like ending that name no person. */
const NOT_ROLES = new Set('paper newspaper number letter order center centre matter border power water corner quarter chapter error honor honour factor sector door floor floor mirror color colour summer winter dinner banner manner member'.split(' '));

const ROLE_NOUNS = new Set(
  ('official officials source sources expert analyst aide adviser advisor spokesman spokeswoman spokesperson ' +
    'economist lawyer attorney strategist pollster psychologist psychotherapist researcher scientist professor ' +
    'historian candidate nominee senator governor mayor minister president chairman chairwoman director chief ' +
    'founder executive leader activist organizer voter resident witness police officer doctor nurse teacher student ' +
    'parent mother father host anchor reporter editor author writer commentator critic supporter opponent member ' +
    'constituent veteran worker owner partner colleague friend neighbor neighbour secretary diplomat envoy ' +
    'ambassador prosecutor judge investigator agent manager coach player fan campaign party state member ' +
    'president resident student agent assistant consultant correspondent participant immigrant applicant ' +
    'lieutenant sergeant attendant contestant defendant plaintiff claimant incumbent delegate representative ' +
    'congressman congresswoman lawmaker legislator widow widower moderator counsel staffer').split(' '),
);

/** What postmodifiers.ts needs of this module (passed, not imported: the two call each other). */
const grammar: Grammar = { endingAt: (text, words, k, floor) => speakerEndingAt(text, words, k, floor), isRoleNoun: (w) => isRoleNoun(w), isDeterminer: (w) => DETERMINERS.has(w) };
