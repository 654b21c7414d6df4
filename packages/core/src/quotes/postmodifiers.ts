import type { SpeakerMention } from './names.js';
import type { Word } from './words.js';

/** The parts of names.ts these readers use (names.ts passes them in: the two modules call each other). */
export interface Grammar {
  endingAt(text: string, words: readonly Word[], k: number, floor: number): SpeakerMention | null;
  isRoleNoun(word: string): boolean;
  isDeterminer(word: string): boolean;
}

/**
 * Phrases that follow a speaker's head noun and belong to the speaker: "a source close to the
 * talks", "officials familiar with the matter", "an adviser to the governor". Without them a
 * description is cut at its head ("a source close") or, read from the cue backwards, the noun
 * inside the phrase is taken for the speaker ("the matter said", "the governor said").
 */

/** Adjectives and participles that open such a phrase after a speaker noun. */
const OPENERS = new Set(['close', 'familiar', 'involved', 'briefed', 'knowledgeable', 'aware', 'speaking', 'working', 'loyal', 'allied', 'linked', 'connected', 'sympathetic', 'opposed', 'responsible']);
/** Prepositions those openers take. */
const PREPOSITIONS = new Set(['to', 'with', 'in', 'on', 'about', 'of', 'at', 'for', 'from', 'by', 'under']);
/** Role nouns completed by a "to"/"for" phrase: "an aide to the minister", "a spokesman for the firm". */
const ROLE_PREPOSITIONS = new Set(['to', 'for']);
/** Words that end the phrase going forwards: a clause or a new verb starts there. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'when', 'while', 'as', 'because', 'if', 'and', 'but', 'said', 'says', 'told', 'adding', 'saying']);
/** Words that end it going forwards: time and place phrases of the clause ("… close to the talks on Monday"). */
const ADJUNCT_WORDS = new Set(['on', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'after', 'before', 'during', 'via', 'according']);
/** Words a noun phrase cannot end in. */
const TRAILING_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'or']);
/** At most this many words from the opener to the phrase's end. */
const MAX_WORDS = 8;

/** Tags and words that start a predicate: "a spokesman for the group was unable to" is a clause. */
const VERBAL_TAGS = new Set(['VERB', 'AUX', 'PART']);
const VERBAL_WORDS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'to', 'not']);

/** A word that can sit inside the phrase: no punctuation (but a hyphen) and no verb. */
const plain = (w: Word | undefined): boolean => !!w && (!w.punct || w.text === '-') && !VERBAL_WORDS.has(w.lower) && !(w.pos !== undefined && VERBAL_TAGS.has(w.pos));

/** Does words[m] open a post-modifier of the noun before it (or of itself, for a role noun)? */
function opensAt(words: readonly Word[], m: number, isRoleNoun: (w: string) => boolean): 'opener' | 'role' | null {
  const w = words[m];
  const prep = words[m + 1];
  if (!w || w.punct || w.cap || !prep || prep.punct || !PREPOSITIONS.has(prep.lower)) return null;
  if (OPENERS.has(w.lower)) return 'opener';
  if (ROLE_PREPOSITIONS.has(prep.lower) && isRoleNoun(w.lower)) return 'role';
  return null;
}

/**
 * Going forwards after a description's head at words[e - 1] (an inverted cue: "said a person close
 * to the talks."): the index one past the post-modifier, or e when none follows.
 */
export function extendDescription(words: readonly Word[], e: number, ceil: number, isRoleNoun: (w: string) => boolean): number {
  const m = e - 1;
  if (opensAt(words, m, isRoleNoun) === null) return e;
  let x = m + 2;
  while (x < ceil && x < m + MAX_WORDS && plain(words[x]) && !CLAUSE_WORDS.has(words[x]!.lower) && !ADJUNCT_WORDS.has(words[x]!.lower)) x++;
  return x > m + 2 ? x : e;
}

/**
 * Going backwards from words[k] (the word before a cue: "a source familiar with the matter said"):
 * the index of the head noun whose post-modifier ends at k, or -1. The caller reads the head's own
 * phrase ("a source") and joins it to the post-modifier.
 */
function headBeforePostmodifier(words: readonly Word[], k: number, floor: number, isRoleNoun: (w: string) => boolean): number {
  const last = words[k];
  if (!plain(last) || CLAUSE_WORDS.has(last!.lower) || PREPOSITIONS.has(last!.lower) || TRAILING_FUNCTION_WORDS.has(last!.lower)) return -1;
  for (let m = k - 1; m > floor && m >= k - MAX_WORDS; m--) {
    const w = words[m]!;
    const kind = opensAt(words, m, isRoleNoun);
    // "A spokesman for Royal Mail said": the named body speaks through its spokesman (and is
    // linked to its entity); "a lawyer for the victims said" names no body, the lawyer spoke.
    if (kind === 'role') return words[m + 1]!.lower === 'for' && words[k]!.cap ? -1 : m;
    if (kind === 'opener') return m - 1 >= floor && plain(words[m - 1]) && !words[m - 1]!.cap ? m - 1 : -1;
    if (!plain(w) || CLAUSE_WORDS.has(w.lower)) return -1;
  }
  return -1;
}

/** Heads of bodies named "<Head> of <Place>". */
const BODY_HEADS = new Set(['bank', 'university', 'department', 'ministry', 'bureau', 'office', 'council', 'court', 'board', 'institute', 'college', 'school', 'church', 'society', 'association', 'federation', 'union', 'league', 'chamber', 'museum', 'agency', 'commission', 'committee', 'fund', 'academy', 'house', 'city', 'state', 'republic', 'government', 'people', 'friends']);

/** Prepositions that put a body or place in a person's role: "George Wells of the Farm Bureau". */
const OWNER_PREPOSITIONS = new Set(['of', 'from', 'at']);

/**
 * A name run words[a..k] that is the body or place of a person before it: "Gov. Mike Pence of
 * Indiana said", "Tom Reyes at Harbor Securities said", and the appositive its writer did not
 * close, "Anna Berg, chief executive of Nordvik Energy said". The person spoke; the body joins the role.
 */
export function ownerOfBody(text: string, words: readonly Word[], a: number, k: number, floor: number, g: Grammar): SpeakerMention | null {
  let p = a - 1;
  if (p - 1 >= floor && words[p]!.lower === 'the') p--;
  if (p - 1 < floor || !OWNER_PREPOSITIONS.has(words[p]!.lower)) return null;
  const body = text.slice(words[p]!.start, words[k]!.end);
  if (words[p - 1]!.cap) {
    // A one-word name with no title is a body itself: "Bank of England", "University of Chicago".
    const inner = g.endingAt(text, words, p - 1, floor);
    if (inner && inner.kind === 'name' && (inner.name.includes(' ') || inner.role)) return { ...inner, role: inner.role ? `${inner.role} ${body}` : body };
    // "the Bank of England said": a body named by its kind and its place is one name.
    if (inner && words[p]!.lower === 'of' && !inner.name.includes(' ') && BODY_HEADS.has(inner.name.toLowerCase())) return { name: text.slice(inner.start, words[k]!.end), start: inner.start, end: words[k]!.end, kind: 'name' };
    return null;
  }
  let c = p - 1;
  while (c > floor && c >= p - 6 && !words[c]!.punct) c--;
  const first = words[c + 1]!;
  if (words[c]!.text !== ',' || c + 1 >= p || !(g.isRoleNoun(first.lower) || g.isDeterminer(first.lower))) return null;
  const outer = g.endingAt(text, words, c - 1, floor);
  if (!outer || outer.kind !== 'name') return null;
  const appositive = text.slice(first.start, words[k]!.end);
  return { ...outer, role: outer.role ? `${outer.role}, ${appositive}` : appositive };
}

/**
 * "a source familiar with the matter said", "an adviser to the governor said": the description
 * with the phrase that completes its head; "Jane Roe, a spokeswoman for the ministry said" (an
 * appositive left open) credits the person before it.
 */
export function postmodifiedSpeaker(text: string, words: readonly Word[], k: number, floor: number, g: Grammar): SpeakerMention | null {
  const h = headBeforePostmodifier(words, k, floor, g.isRoleNoun);
  if (h < 0) return null;
  // "the minister for civil aviation Praful Patel said": a name after lower-case words of its own
  // is the person the title describes, not the object of the preposition ("an adviser to Ann Lee").
  if (words[k]!.cap) {
    let a = k;
    while (a - 1 > h && words[a - 1]!.cap && !words[a - 1]!.punct) a--;
    const before = words[a - 1]!;
    if (!before.cap && !PREPOSITIONS.has(before.lower) && !g.isDeterminer(before.lower)) return null;
  }
  const head = g.endingAt(text, words, h, floor);
  if (!head || head.kind !== 'nominal') return null;
  let hi = h;
  while (hi > floor && words[hi]!.start > head.start) hi--;
  const phrase = text.slice(head.start, words[k]!.end);
  if (hi - 2 >= floor && words[hi - 1]!.text === ',') {
    const outer = g.endingAt(text, words, hi - 2, floor);
    if (outer && outer.kind === 'name') return { ...outer, role: outer.role ? `${outer.role}, ${phrase}` : phrase };
  }
  return { name: phrase, start: head.start, end: words[k]!.end, kind: 'nominal' };
}
