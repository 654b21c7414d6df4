import { FEMALE_PRONOUNS, FEMALE_WORDS, MALE_PRONOUNS, MALE_WORDS } from './lexicon.js';
import { isRoleNoun, type SpeakerMention } from './names.js';
import { firstStartingAt } from './search.js';
import type { Gender, PersonMention } from './people.js';

/** Who a pronoun stands for: a person of the article, or a description ("a Coca-Cola spokesman"). */
export interface Referent {
  name: string;
  gender: Gender;
  entityId?: string;
}

interface Candidate {
  start: number;
  end: number;
  /** 0: subject of a reporting verb; 1: any other mention; 2: possessive or object of a preposition. */
  rank: number;
  /** Fixed referent (a person or a description), or null for a pronoun resolved in turn. */
  referent: Referent | null;
  pronoun: 'm' | 'f' | null;
}

/** How many sentences back (the pronoun's own included) a pronoun looks for its antecedent. */
const SENTENCES_BACK = 5;
const MAX_CHARS_BACK = 3000;
const PREPOSITIONS = new Set(['to', 'by', 'with', 'for', 'of', 'about', 'against', 'from', 'at', 'on', 'in', 'into', 'toward', 'towards', 'than', 'like', 'over', 'under', 'between', 'among', 'behind', 'after', 'before', 'via', 'without', 'including']);

/**
 * Pronoun resolution over the article's sentences, in the spirit of Hobbs' algorithm: the pronoun's
 * own sentence (before it), then earlier sentences one by one; within a sentence the subjects of
 * reporting verbs first, then mentions left to right (subjects come first in English), possessives
 * and objects of prepositions last. Earlier "he"/"she" are candidates too, resolved in text order,
 * so a chain of pronouns keeps pointing at the person who opened it. A gender clash rules a
 * candidate out; a person of unknown gender fits either pronoun and learns the gender of the first
 * pronoun that unambiguously picks them. Linear: each pronoun reads at most a few sentences.
 */
export class PronounResolver {
  private readonly cands: Candidate[] = [];
  private readonly resolved = new Map<number, Referent | null>();
  private readonly learned = new Map<string, Gender>();

  constructor(
    private readonly text: string,
    people: readonly PersonMention[],
    speakers: readonly SpeakerMention[],
    private readonly sentenceStarts: readonly number[],
    private readonly outside: (pos: number) => boolean,
    /** For a pronoun that follows its quote ("“…,” he said"), where its search starts: the quote's opening. */
    private readonly searchFrom: ReadonlyMap<number, number> = new Map(),
  ) {
    // Nothing to resolve (no "he"/"she" speaker): skip the work.
    if (!speakers.some((s) => s.kind === 'pronoun' && /^(he|she)$/i.test(s.name))) return;
    const subjects = new Set(speakers.map((s) => s.start));
    for (const p of people) {
      if (!outside(p.start)) continue;
      this.cands.push({ start: p.start, end: p.end, rank: subjects.has(p.start) ? 0 : this.weak(p.start, p.end) ? 2 : 1, referent: { name: p.name, gender: p.gender, ...(p.entityId && { entityId: p.entityId }) }, pronoun: null });
    }
    // Singular descriptions that spoke ("a Coca-Cola spokesman said") can be what "he" refers to.
    for (const s of speakers) {
      if (s.kind !== 'nominal' || !outside(s.start)) continue;
      const words = s.name.toLowerCase().split(/\s+/);
      if (!/^(a|an|the)$/.test(words[0]!) || !isRoleNoun(words[words.length - 1]!)) continue;
      const gender: Gender = words.some((w) => MALE_WORDS.has(w)) ? 'm' : words.some((w) => FEMALE_WORDS.has(w)) ? 'f' : null;
      this.cands.push({ start: s.start, end: s.end, rank: 0, referent: { name: s.name, gender }, pronoun: null });
    }
    for (const m of text.matchAll(/\b(?:[Hh]e|[Ss]he)\b/g)) {
      if (!outside(m.index)) continue;
      this.cands.push({ start: m.index, end: m.index + m[0].length, rank: subjects.has(m.index) ? 0 : 1, referent: null, pronoun: m[0].length === 2 ? 'm' : 'f' });
    }
    this.cands.sort((a, b) => a.start - b.start || a.rank - b.rank);
    // Resolve every pronoun in text order, so each one can lean on the ones before it.
    for (const c of this.cands) if (c.pronoun) this.resolved.set(c.start, this.find(this.searchFrom.get(c.start) ?? c.start, c.pronoun));
  }

  /** The referent of a "he"/"she" speaker mention (null when nothing fits). */
  resolve(m: SpeakerMention): Referent | null {
    const lower = m.name.toLowerCase();
    const want = MALE_PRONOUNS.has(lower) ? 'm' : FEMALE_PRONOUNS.has(lower) ? 'f' : null;
    if (!want) return null;
    if (this.resolved.has(m.start)) return this.resolved.get(m.start)!;
    return this.find(this.searchFrom.get(m.start) ?? m.start, want);
  }

  private genderOf(r: Referent): Gender {
    return r.gender ?? this.learned.get(r.name) ?? null;
  }

  private find(pos: number, want: 'm' | 'f'): Referent | null {
    const si = upperBound(this.sentenceStarts, pos) - 1;
    for (let s = Math.max(si, 0), n = 0; s >= 0 && n < SENTENCES_BACK && pos - this.sentenceStarts[s]! < MAX_CHARS_BACK; s--, n++) {
      const from = si < 0 ? 0 : this.sentenceStarts[s]!;
      const to = s === si || si < 0 ? pos : this.sentenceStarts[s + 1]!;
      const lo = firstStartingAt(this.cands, from);
      const inSentence: Candidate[] = [];
      for (let i = lo; i < this.cands.length && this.cands[i]!.start < to; i++) if (this.cands[i]!.end <= pos) inSentence.push(this.cands[i]!);
      inSentence.sort((a, b) => a.rank - b.rank || a.start - b.start);
      let first = true;
      for (const c of inSentence) {
        const r = c.referent ?? this.resolved.get(c.start) ?? null;
        if (!r) continue;
        const g = this.genderOf(r);
        if (g === null || g === want) {
          // The only reading this sentence offers: a person of unknown gender learns it.
          if (g === null && first && inSentence.length === 1) this.learned.set(r.name, want);
          return r;
        }
        first = false;
      }
      if (si < 0) break;
    }
    return null;
  }

  /** Possessive ("Hale's") or object of a preposition ("met with Hale"): rarely the antecedent. */
  private weak(start: number, end: number): boolean {
    const after = this.text.slice(end, end + 2);
    if (/^['’]s?/.test(after)) return true;
    let i = start;
    while (i > 0 && /\s/.test(this.text[i - 1]!)) i--;
    let j = i;
    while (j > 0 && j > i - 12 && /[a-z]/.test(this.text[j - 1]!)) j--;
    return PREPOSITIONS.has(this.text.slice(j, i));
  }
}

/** Sentence start offsets: the segmenter's sentences, or a simple split on end punctuation. */
export function sentenceStarts(text: string, sentences: ReadonlyArray<{ start: number }>): number[] {
  if (sentences.length > 0) return sentences.map((s) => s.start);
  const out = [0];
  for (const m of text.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})|\n\s*/gu)) out.push(m.index + m[0].length);
  return out;
}


/** First index whose value is greater than `pos`. */
function upperBound(xs: readonly number[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
