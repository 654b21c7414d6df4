import { ALPHA, B_DECR, BOOSTER_BIGRAMS, C_INCR, IDIOMS, N_SCALAR, REVERSE_SCALAR, VADER_RULES, type ToneRules } from './vader-rules.js';

/** What the rule engine needs about one sentence: its words (original case) and its ! and ? marks. */
export interface ToneInput {
  words: readonly string[];
  /** Universal POS tag of each word, when known (proper nouns are then read as names, not sentiment). */
  pos?: readonly string[];
  /**
   * Indices of the words that follow a clause break, ascending: a semicolon or colon, or a comma before
   * a clause opener (", which", ", but"); a reverser's reach ends there.
   */
  breaks?: readonly number[];
  exclamations: number;
  questions: number;
}

/** Valence of a lowercase word, or undefined when it carries none. */
export type Lookup = (lower: string) => number | undefined;

/**
 * VADER's rules (Hutto & Gilbert 2014) over a word list: each lexicon word's valence is shifted by
 * the boosters and negators in the three words before it, by ALL-CAPS emphasis, idioms and "least";
 * words before "but" count half and words after it one and a half; ! and ? marks add emphasis.
 * Returns the raw valence sum (before normalisation).
 */
export function valenceSum(input: ToneInput, lookup: Lookup, rules: ToneRules = VADER_RULES): number {
  const { boosters, negations } = rules;
  const words = input.words;
  const pos = rules.properNames ? input.pos : undefined;
  const n = words.length;
  const lower = new Array<string>(n);
  // Each word is looked up once; the rules below consult these valences many times.
  const valences = new Array<number | undefined>(n);
  let rated = false;
  for (let i = 0; i < n; i++) {
    const w = words[i]!.toLowerCase();
    lower[i] = w;
    let v = lookup(w);
    if (v !== undefined && pos !== undefined && isName(words, pos, i)) v = undefined;
    valences[i] = v;
    if (v !== undefined) rated = true;
  }
  // No rated word: nothing to score (the common case for a plain factual sentence).
  if (!rated) return 0;
  const capDiff = capitalDifferential(words);
  const sentiments = new Array<number>(n).fill(0);

  for (let i = 0; i < n; i++) {
    const w = lower[i]!;
    if (boosters.has(w) || (w === 'kind' && lower[i + 1] === 'of')) continue;
    let valence = valences[i];
    if (valence === undefined) continue;
    // "no" before a sentiment word is a negator, not a negative word of its own ("no problem").
    if (w === 'no' && i + 1 < n && valences[i + 1] !== undefined) continue;
    if (lower[i - 1] === 'no' || lower[i - 2] === 'no') valence *= N_SCALAR;
    if (capDiff && isAllCaps(words[i]!)) valence += valence > 0 ? C_INCR : -C_INCR;

    for (let back = 0; back < 3; back++) {
      const j = i - back - 1;
      if (j < 0 || valences[j] !== undefined) continue;
      let s = boosterScalar(boosters, words[j]!, lower[j]!, valence, capDiff);
      if (back === 1) s *= 0.95;
      else if (back === 2) s *= 0.9;
      valence += s;
      valence = negationCheck(negations, valence, lower, back, i, rules.negatedNegative);
      if (back === 2 && nearIdiom(lower, i)) valence = idiomCheck(valence, lower, i);
    }
    sentiments[i] = leastCheck(valence, lower, i, lookup);
  }
  if (rules.reversers.size > 0) reverse(sentiments, lower, rules.reversers, rules.reverserWindow, input.breaks ?? []);
  if (rules.decliners.size > 0) decline(sentiments, lower, rules.decliners);

  // "but" shifts the weight of the sentence onto what follows it.
  const but = lower.findIndex((w) => rules.contrast.has(w));
  if (but >= 0) {
    const [before, after] = rules.contrast.get(lower[but]!)!;
    for (let i = 0; i < sentiments.length; i++) {
      if (i < but) sentiments[i]! *= before;
      else if (i > but) sentiments[i]! *= after;
    }
  }
  // News negativity bias: praise in reporting and opinion is often hedged, criticism rarely is.
  if (rules.positiveScale !== 1) for (let i = 0; i < sentiments.length; i++) if (sentiments[i]! > 0) sentiments[i]! *= rules.positiveScale;

  let sum = 0;
  for (const s of sentiments) sum += s;
  // A question asks rather than asserts ("Is the plan so good?"): its words count for less.
  if (input.questions > 0) sum *= rules.questionScale;
  if (sum !== 0) {
    const emphasis = Math.min(input.exclamations, 4) * 0.292 + (input.questions > 1 ? (input.questions <= 3 ? input.questions * 0.18 : 0.96) : 0);
    sum += sum > 0 ? emphasis : -emphasis;
  }
  return sum;
}

/**
 * "reduce the risk", "fight corruption": a negative word within `window` words after a reverser, in
 * the same clause, counts flipped at REVERSE_SCALAR, and the reverser's own rating ("fight" -1.6) no
 * longer counts.
 */
function reverse(sentiments: number[], lower: readonly string[], reversers: ReadonlySet<string>, window: number, breaks: readonly number[]): void {
  let b = 0;
  for (let r = 0; r < lower.length; r++) {
    if (!reversers.has(lower[r]!)) continue;
    while (b < breaks.length && breaks[b]! <= r) b++;
    // The reach ends at the clause's end or after `window` words, whichever comes first.
    const end = Math.min(r + window, lower.length - 1, b < breaks.length ? breaks[b]! - 1 : Infinity);
    let acted = false;
    for (let i = r + 1; i <= end; i++) {
      if (sentiments[i]! < 0) {
        sentiments[i]! *= REVERSE_SCALAR;
        acted = true;
      }
    }
    if (acted) sentiments[r] = 0;
  }
}

/**
 * "injuries fell", "tensions eased": the same shift with the negative word before an
 * intransitive verb of lessening (its subject, up to three words back); the verb's own rating
 * ("dropped" in market copy) no longer counts.
 */
function decline(sentiments: number[], lower: readonly string[], decliners: ReadonlySet<string>): void {
  for (let d = 0; d < lower.length; d++) {
    if (!decliners.has(lower[d]!)) continue;
    let acted = false;
    for (let i = d - 1; i >= d - 3 && i >= 0; i--) {
      if (sentiments[i]! < 0) {
        sentiments[i]! *= REVERSE_SCALAR;
        acted = true;
      }
    }
    if (acted) sentiments[d] = 0;
  }
}

/**
 * A proper noun ("the Supreme Court", "United Nations") or a capitalised word that opens a run of
 * capitalised words inside a sentence ("the Justice Department", "the Bank of Hope",
 * where the tagger says NOUN/ADJ) names something rather than rating it. The first word of a sentence
 * counts as a name only when the next word is capitalised too (the tagger often calls a capitalised
 * first word a proper noun), and an ALL-CAPS word is emphasis, not a name.
 */
function isName(words: readonly string[], pos: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (isAllCaps(word)) return false;
  const nextCapitalised = i + 1 < words.length && isCapitalised(words[i + 1]!);
  if (pos[i] === 'PROPN') return i > 0 || nextCapitalised;
  return i > 0 && nextCapitalised && isCapitalised(word);
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** VADER's compound normalisation of a valence sum into -1..1. */
export function normalizeValence(sum: number, alpha = ALPHA): number {
  const n = sum / Math.sqrt(sum * sum + alpha);
  return n < -1 ? -1 : n > 1 ? 1 : n;
}

const IDIOM_WORDS: ReadonlySet<string> = new Set([...IDIOMS.keys(), ...BOOSTER_BIGRAMS].flatMap((p) => p.split(' ')));

/** Has an ASCII capital and no ASCII lower-case letter (a char loop: called on every word of rated sentences). */
function isAllCaps(word: string): boolean {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** True when some but not all words are ALL CAPS (caps then signal emphasis, not a shouted headline). */
function capitalDifferential(words: readonly string[]): boolean {
  let caps = 0;
  for (const w of words) if (isAllCaps(w)) caps++;
  return caps > 0 && caps < words.length;
}

function boosterScalar(boosters: ReadonlyMap<string, number>, word: string, lower: string, valence: number, capDiff: boolean): number {
  let scalar = boosters.get(lower);
  if (scalar === undefined) return 0;
  if (valence < 0) scalar = -scalar;
  if (capDiff && isAllCaps(word)) scalar += valence > 0 ? C_INCR : -C_INCR;
  return scalar;
}

/**
 * VADER's negation window. A negated positive word keeps N_SCALAR of its valence, flipped; a negated
 * negative word is multiplied by `negatedNegative` (N_SCALAR in VADER).
 */
function negationCheck(negations: ReadonlySet<string>, valence: number, lower: readonly string[], back: number, i: number, negatedNegative: number): number {
  const isNegation = (w: string | undefined) => w !== undefined && (negations.has(w) || w.endsWith("n't"));
  const negated = valence * (valence < 0 ? negatedNegative : N_SCALAR);
  if (back === 0) return isNegation(lower[i - 1]) ? negated : valence;
  if (back === 1) {
    if (lower[i - 2] === 'never' && (lower[i - 1] === 'so' || lower[i - 1] === 'this')) return valence * 1.5;
    return isNegation(lower[i - 2]) ? negated : valence;
  }
  if ((lower[i - 3] === 'never' && (lower[i - 2] === 'so' || lower[i - 2] === 'this')) || lower[i - 1] === 'so' || lower[i - 1] === 'this') {
    return valence * 1.25;
  }
  return isNegation(lower[i - 3]) ? negated : valence;
}

/** Cheap pre-check: idiomCheck can only change anything when a word near i belongs to an idiom or bigram. */
function nearIdiom(lower: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= i + 2 && k < lower.length; k++) if (IDIOM_WORDS.has(lower[k]!)) return true;
  return false;
}

function idiomCheck(valence: number, lower: readonly string[], i: number): number {
  const w = (k: number) => lower[k] ?? '';
  const before = [
    `${w(i - 1)} ${w(i)}`,
    `${w(i - 2)} ${w(i - 1)} ${w(i)}`,
    `${w(i - 2)} ${w(i - 1)}`,
    `${w(i - 3)} ${w(i - 2)} ${w(i - 1)}`,
    `${w(i - 3)} ${w(i - 2)}`,
  ];
  for (const seq of before) {
    const v = IDIOMS.get(seq);
    if (v !== undefined) {
      valence = v;
      break;
    }
  }
  if (i + 1 < lower.length) valence = IDIOMS.get(`${w(i)} ${w(i + 1)}`) ?? valence;
  if (i + 2 < lower.length) valence = IDIOMS.get(`${w(i)} ${w(i + 1)} ${w(i + 2)}`) ?? valence;
  if (BOOSTER_BIGRAMS.has(before[4]!) || BOOSTER_BIGRAMS.has(before[2]!)) valence += B_DECR;
  return valence;
}

/** "least" negates ("the least useful"), except in "at least" and "very least". */
function leastCheck(valence: number, lower: readonly string[], i: number, lookup: Lookup): number {
  if (i < 1 || lower[i - 1] !== 'least' || lookup('least') !== undefined) return valence;
  if (i > 1 && (lower[i - 2] === 'at' || lower[i - 2] === 'very')) return valence;
  return valence * N_SCALAR;
}
