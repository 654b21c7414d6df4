// VADER's rule constants (Hutto & Gilbert 2014; vaderSentiment, MIT). Kept as data so the engine
// in vader.ts reads like the paper: boosters, negators, idioms and the empirically derived weights.

/** Mean rating increase for a booster ("very") / decrease for a dampener ("slightly"). */
export const B_INCR = 0.293;
export const B_DECR = -0.293;
/** Mean rating increase for an ALL-CAPS sentiment word among mixed-case words. */
export const C_INCR = 0.733;
/** A negated word keeps 74 % of its valence, flipped. */
export const N_SCALAR = -0.74;
/** Compound normalisation: x / sqrt(x² + alpha) approaches ±1. */
export const ALPHA = 15;

const NEGATIONS: ReadonlySet<string> = new Set([
  'aint', 'arent', 'cannot', 'cant', 'couldnt', 'darent', 'didnt', 'doesnt', "ain't", "aren't", "can't", "couldn't",
  "daren't", "didn't", "doesn't", 'dont', 'hadnt', 'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt', 'neither', "don't",
  "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", 'neednt', "needn't", 'never', 'none', 'nope', 'nor',
  'not', 'nothing', 'nowhere', 'oughtnt', 'shant', 'shouldnt', 'uhuh', 'wasnt', 'werent', "oughtn't", "shan't",
  "shouldn't", 'uh-uh', "wasn't", "weren't", 'without', 'wont', 'wouldnt', "won't", "wouldn't", 'rarely', 'seldom',
  'despite',
]);

const boosters = [
  'absolutely', 'amazingly', 'awfully', 'completely', 'considerably', 'decidedly', 'deeply', 'effing', 'enormously',
  'entirely', 'especially', 'exceptionally', 'extremely', 'fabulously', 'flipping', 'flippin', 'fricking', 'frickin',
  'frigging', 'friggin', 'fully', 'fucking', 'greatly', 'hella', 'highly', 'hugely', 'incredibly', 'intensely',
  'majorly', 'more', 'most', 'particularly', 'purely', 'quite', 'really', 'remarkably', 'so', 'substantially',
  'thoroughly', 'totally', 'tremendously', 'uber', 'unbelievably', 'unusually', 'utterly', 'very',
];
const dampeners = [
  'almost', 'barely', 'hardly', 'kinda', 'kindof', 'kind-of', 'less', 'little', 'marginally', 'occasionally', 'partly',
  'scarcely', 'slightly', 'somewhat', 'sorta', 'sortof', 'sort-of',
];
/** Degree adverbs (lowercase) and the valence they add or take away. */
const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...boosters.map((w) => [w, B_INCR] as const),
  ...dampeners.map((w) => [w, B_DECR] as const),
]);
/** Two-word dampeners, checked like VADER's "kind of" / "sort of" bigrams. */
export const BOOSTER_BIGRAMS: ReadonlySet<string> = new Set(['just enough', 'kind of', 'sort of']);

/** Idioms whose meaning is not the sum of their words. */
export const IDIOMS: ReadonlyMap<string, number> = new Map([
  ['the shit', 3], ['the bomb', 3], ['bad ass', 1.5], ['yeah right', -2], ['cut the mustard', 2],
  ['kiss of death', -1.5], ['hand to mouth', -2],
]);

/** The word lists and weights the engine applies; VADER_RULES is the published set. */
export interface ToneRules {
  negations: ReadonlySet<string>;
  boosters: ReadonlyMap<string, number>;
  /** Contrastive words and the factors for the words before and after the first one in a sentence. */
  contrast: ReadonlyMap<string, readonly [number, number]>;
  /** Factor on positive word valences (1 in VADER). */
  positiveScale: number;
  /**
   * Verbs that undo what they act on ("reduce the risk", "fight corruption", "overcome
   * discrimination"): a negative word up to three words after one counts flipped, scaled by
   * REVERSE_SCALAR, and the verb's own rating is dropped. Empty in VADER.
   */
  reversers: ReadonlySet<string>;
  /** How many words after a reverser it reaches (never past a clause break: see ToneInput.breaks). */
  reverserWindow: number;
  /**
   * Intransitive verbs of lessening ("deaths dropped", "tensions eased"): a negative word up to three
   * words before one counts flipped at REVERSE_SCALAR, and the verb's own rating is dropped. Empty in VADER.
   */
  decliners: ReadonlySet<string>;
  /** Factor on a negative word under a negator ("not bad", "never charged"); N_SCALAR in VADER. */
  negatedNegative: number;
  /** Factor on the valence of a sentence with a question mark (1 in VADER). */
  questionScale: number;
  /** Read proper nouns ("Supreme Court", "United Nations") as names, unrated (false in VADER). */
  properNames: boolean;
}

/** A negative thing reduced or averted reads mildly positive: flipped, at half strength. */
export const REVERSE_SCALAR = -0.5;

export const VADER_RULES: ToneRules = {
  negations: NEGATIONS,
  boosters: BOOSTERS,
  contrast: new Map([['but', [0.5, 1.5]]]),
  positiveScale: 1,
  reversers: new Set(),
  reverserWindow: 3,
  decliners: new Set(),
  negatedNegative: N_SCALAR,
  questionScale: 1,
  properNames: false,
};

// Contextual valence shifters (Polanyi & Zaenen 2006): verbs of lessening, ending or averting,
// with their inflections. Policy and court writing is full of them ("curb emissions", "prevent
// fraud"), and VADER, rating words alone, reads such sentences as negative.
const REVERSERS = [
  'reduce reduces reduced reducing lower lowers lowered lowering curb curbs curbed curbing',
  'prevent prevents prevented preventing avert averts averted averting avoid avoids avoided avoiding',
  'fight fights fought fighting combat combats combated combating tackle tackles tackled tackling',
  'overcome overcomes overcame overcoming defeat defeats defeated defeating',
  'end ends ended ending eliminate eliminates eliminated eliminating eradicate eradicates eradicated eradicating',
  'ease eases eased easing relieve relieves relieved relieving alleviate alleviates alleviated alleviating',
  'cure cures cured curing heal heals healed healing solve solves solved solving resolve resolves resolved resolving',
  'protect protects protected protecting shield shields shielded shielding',
  'escape escapes escaped escaping survive survives survived surviving',
].flatMap((g) => g.split(' '));

// The same shift for a negative subject of an intransitive verb of lessening ("crime fell").
const DECLINERS = [
  'fall falls fell fallen falling drop drops dropped dropping decline declines declined declining',
  'decrease decreases decreased decreasing shrink shrinks shrank shrunk shrinking diminish diminishes diminished diminishing',
  'ease eases eased easing subside subsides subsided subsiding abate abates abated abating recede recedes receded receding',
  'wane wanes waned waning plunge plunges plunged plunging plummet plummets plummeted plummeting',
].flatMap((g) => g.split(' '));

/**
 * Our rules for news: "hardly", "barely" and "scarcely" negate ("hardly inspires confidence") rather
 * than dampen. Verbs of lessening and averting reverse the negative words they govern as far as their
 * object reaches ("cut the risk of floods, fires and power cuts"): to the end of the
 * clause, at most eight words on; a negative subject of "fell", "dropped" or "eased" is reversed the
 * same way. Positive valences count 0.75: reporting and editorials hedge praise far more often than
 * criticism, so a positive word is weaker evidence than a negative one.
 * Negation shifts rather than flips, and far less for negative words (Zhu et al. 2014, "An Empirical
 * Study on the Effect of Negation Words on Sentiment", ACL; Kiritchenko & Mohammad 2016, WASSA):
 * "not good" is bad, but "not bad" and "never charged" are not praise, so a negated negative word
 * counts 0. (The determiner "no" keeps VADER's flip: "no problem" denies that the bad thing exists,
 * as the reversers do.)
 * A question asks rather than asserts, an irrealis context (Taboada et al. 2011, SO-CAL): half weight.
 * Proper nouns are names: "Supreme Court", "United Nations", "Justice Department" carry no tone.
 */
export const NEWS_RULES: ToneRules = {
  ...VADER_RULES,
  negations: new Set([...NEGATIONS, 'hardly', 'barely', 'scarcely']),
  boosters: new Map([...BOOSTERS].filter(([w]) => w !== 'hardly' && w !== 'barely' && w !== 'scarcely')),
  positiveScale: 0.75,
  reversers: new Set(REVERSERS),
  reverserWindow: 8,
  decliners: new Set(DECLINERS),
  negatedNegative: 0,
  questionScale: 0.5,
  properNames: true,
};
