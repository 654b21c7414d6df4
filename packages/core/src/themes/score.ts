import { THEME_THRESHOLD, type Theme } from '../model/layers.js';
import { spanOf } from '../model/span.js';
import type { ThemeDefinition } from './definition.js';
import { sigmoid, topicModel, type TopicModel } from './learned.js';
import { learnedScores } from './learned-score.js';
import type { CompiledTaxonomy, TermMatch } from './matcher.js';
import type { SpellingTable } from './spelling-table.js';
import { keyAt, type WordStream } from './words.js';

export { THEME_THRESHOLD };

export interface ScoreOptions {
  /** Drop themes scoring below this (0..1). */
  minScore?: number;
  /** Evidence spans kept per theme. */
  evidence?: number;
}

/** Themes below this are left out of the output (the primary topic is always kept). */
const REPORT_FLOOR = 0.001;

/** What scoring needs from one document: its term matches (name words already dropped). */
export interface ThemeEvidence {
  stream: WordStream;
  text: string;
  matches: TermMatch[];
  titleMatches: TermMatch[];
  /** Stream words [0, leadWords) are the lead; their terms count once more. */
  leadWords: number;
  /** Stream words inside names (see nameMask), or null. */
  mask: Uint8Array | null;
  /** The headline's word stream, or null. */
  title: WordStream | null;
  /** The streams' spellings' trie nodes and model rows (spelling-table.ts). */
  table: SpellingTable;
}

/** Matches per theme; a match also counts toward its theme's top level (precomputed `targets`). */
function groupByTheme(tax: CompiledTaxonomy, matches: readonly TermMatch[]): Map<number, TermMatch[]> {
  const byTheme = new Map<number, TermMatch[]>();
  for (const m of matches) {
    for (const t of tax.targets[tax.terms[m.term]!.theme]!) {
      let list = byTheme.get(t);
      if (!list) byTheme.set(t, (list = []));
      list.push(m);
    }
  }
  return byTheme;
}

/** Matches that do not overlap, longest first at each start, so "local government debt" counts once. */
function resolveOverlaps(tax: CompiledTaxonomy, matches: TermMatch[]): TermMatch[] {
  // Same span matched by two terms: keep the stronger (then the earlier-defined) one.
  matches.sort((a, b) => a.from - b.from || b.to - a.to || tax.terms[b.term]!.weight - tax.terms[a.term]!.weight || a.term - b.term);
  const kept: TermMatch[] = [];
  let end = -1;
  for (const m of matches) {
    if (m.from < end) continue;
    kept.push(m);
    end = m.to;
  }
  return kept;
}

/** Feature values of the learned model: lexicon terms, plain words and words inside names, each log(1 + count). */
export interface Features {
  terms: Map<string, number>;
  words: Map<string, number>;
  /** Words inside person and multi-word names ("blair", "wenger"): their own features, never the common word's. */
  names: Map<string, number>;
}

/**
 * Per folded lexicon term, log(1 + count), where a headline or lead occurrence counts once more.
 * Term overlaps resolve across the taxonomy (longest wins).
 */
function lexiconFeatures(tax: CompiledTaxonomy, ev: ThemeEvidence): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (ms: TermMatch[], lead: number) => {
    for (const m of resolveOverlaps(tax, [...ms])) {
      const key = tax.terms[m.term]!.key;
      terms.set(key, (terms.get(key) ?? 0) + (m.from < lead ? 2 : 1));
    }
  };
  add(ev.matches, ev.leadWords);
  add(ev.titleMatches, 0);
  for (const [k, c] of terms) terms.set(k, Math.log1p(c));
  return terms;
}

/** Lexicon-term features (lexiconFeatures) and per folded word outside names the same way (training's view). */
export function termFeatures(tax: CompiledTaxonomy, ev: ThemeEvidence): Features {
  const terms = lexiconFeatures(tax, ev);
  const words = new Map<string, number>();
  const names = new Map<string, number>();
  const addWords = (s: WordStream, lead: number, mask: Uint8Array | null) => {
    for (let i = 0; i < s.spellings.length; i++) {
      const k = keyAt(s, i);
      if (k.length < 2) continue;
      const into = mask && mask[i] ? names : words;
      into.set(k, (into.get(k) ?? 0) + (i < lead ? 2 : 1));
    }
  };
  addWords(ev.stream, ev.leadWords, ev.mask);
  if (ev.title) addWords(ev.title, ev.title.spellings.length, null);
  for (const m of [words, names]) for (const [k, c] of m) m.set(k, Math.log1p(c));
  return { terms, words, names };
}

/** Hand-weighted evidence of one theme: summed weights (repeats logarithmic), distinct terms. */
export interface HandEvidence {
  raw: number;
  distinct: number;
  kept: TermMatch[];
}

function strength(tax: CompiledTaxonomy, matches: readonly TermMatch[]): number {
  const counts = new Map<number, number>();
  for (const m of matches) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
  let raw = 0;
  for (const [term, c] of counts) raw += tax.terms[term]!.weight * (1 + Math.log(c));
  return raw;
}

/**
 * A single common word never makes a theme: evidence counts only when it has several distinct
 * terms, or one multi-word term ("interest rates", "world cup"). "The goal is to try" is not sport.
 */
function supported(tax: CompiledTaxonomy, terms: Iterable<number>): boolean {
  // Distinct by folded text: "AI" in two lexicons is still one word.
  const seen = new Set<string>();
  for (const term of terms) {
    if (tax.terms[term]!.multiword) return true;
    seen.add(tax.terms[term]!.key);
    if (seen.size >= 2) return true;
  }
  return false;
}

/**
 * `parentSupported`: a fine theme whose top level has supported evidence may stand on one term the
 * lexicon marks unambiguous (weight >= 3: "robotics" in a technology story).
 */
export function handEvidence(
  tax: CompiledTaxonomy,
  own: TermMatch[],
  title: TermMatch[] | undefined,
  leadWords: number,
  parentSupported = false,
): HandEvidence | null {
  const kept = resolveOverlaps(tax, own);
  const titleKept = title ? resolveOverlaps(tax, title) : [];
  // Weak terms (weight < 1) support a theme but never make one on their own.
  const strong = new Set<number>();
  const all = new Set<number>();
  for (const m of [...kept, ...titleKept]) {
    all.add(m.term);
    if (tax.terms[m.term]!.weight >= 1) strong.add(m.term);
  }
  const unambiguous = parentSupported && [...strong].some((term) => tax.terms[term]!.weight >= 3);
  if (strong.size === 0 || (!supported(tax, all) && !unambiguous)) return null;
  let raw = strength(tax, kept) + strength(tax, titleKept);
  if (leadWords > 0) raw += strength(tax, kept.filter((m) => m.from < leadWords));
  return { raw, distinct: all.size, kept };
}

/** Length scale: a long article needs more evidence than a brief for the same score. */
export const lengthScale = (words: number): number => 6 * Math.sqrt(Math.max(words, 100) / 100);

/** Calibrated probability of a hand-weighted theme (bundled narrow topics, fine and user themes). */
export function handScore(model: TopicModel, def: ThemeDefinition, ev: HandEvidence, words: number): number {
  const h = model.hand;
  const x = Math.log((ev.raw * (def.prior ?? 1)) / lengthScale(words));
  return sigmoid(h.bias + h.raw * x + h.distinct * Math.log(ev.distinct));
}

/** The strongest few matches, distinct terms first, in text order. */
function pickEvidence(matches: readonly TermMatch[], weightOf: (m: TermMatch) => number, limit: number): TermMatch[] {
  const seen = new Set<number>();
  const firsts: TermMatch[] = [];
  const repeats: TermMatch[] = [];
  for (const m of matches) (seen.has(m.term) ? repeats : firsts).push(m), seen.add(m.term);
  const byWeight = (a: TermMatch, b: TermMatch) => weightOf(b) - weightOf(a);
  return [...firsts.sort(byWeight), ...repeats.sort(byWeight)].slice(0, limit).sort((a, b) => a.from - b.from);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
/** localeCompare's order (the spec defines it as this collator's), without a collator made per call. */
const collate = new Intl.Collator().compare;

/**
 * Themes of a text. The labelled top levels (bundled definitions only) score with the learned
 * model; every other theme with its hand weights through the shared calibration. A fine theme
 * scores on its own terms; a top level on its own plus those of the themes under it. The best top
 * level is the article's `primary` topic, whatever its score; the rest are secondary themes.
 */
export function scoreThemes(tax: CompiledTaxonomy, ev: ThemeEvidence, options: ScoreOptions = {}, learnedIds?: ReadonlySet<string>): Theme[] {
  const minScore = options.minScore ?? 0;
  const evidenceLimit = options.evidence ?? 5;
  const model = topicModel();
  const byTheme = groupByTheme(tax, ev.matches);
  const titleByTheme = groupByTheme(tax, ev.titleMatches);
  const features = learnedIds?.size ? lexiconFeatures(tax, ev) : null;
  const learnedScore = features ? learnedScores(model, features, ev, learnedIds!) : null;
  const themes: Theme[] = [];
  // Learned topics score on words too, so a brief with no lexicon term still gets its desk.
  if (features) tax.themes.forEach((def, t) => { if (learnedIds!.has(def.id) && !byTheme.has(t)) byTheme.set(t, []); });
  for (const [t, own] of byTheme) {
    const def = tax.themes[t]!;
    const learned = features && learnedIds!.has(def.id) ? model.topics.get(def.id) : undefined;
    let score: number;
    let shown: TermMatch[];
    if (learned) {
      const r = learnedScore!.get(def.id) ?? null;
      if (r === null) continue;
      score = r;
      const w = (m: TermMatch) => learned.terms.get(tax.terms[m.term]!.key) ?? 0;
      const kept = resolveOverlaps(tax, own);
      const positive = kept.filter((m) => w(m) > 0);
      // Evidence shows the terms that pushed the score up; failing those, the theme's own terms.
      shown = positive.length ? pickEvidence(positive, w, evidenceLimit) : pickEvidence(kept, (m) => tax.terms[m.term]!.weight, evidenceLimit);
    } else {
      const top = tax.targets[t]![1];
      const parent = top !== undefined && supported(tax, new Set((byTheme.get(top) ?? []).map((m) => m.term)));
      const h = handEvidence(tax, own, titleByTheme.get(t), ev.leadWords, parent);
      if (!h || h.raw < (def.minEvidence ?? 1)) continue;
      score = handScore(model, def, h, ev.stream.words);
      shown = pickEvidence(h.kept, (m) => tax.terms[m.term]!.weight, evidenceLimit);
    }
    themes.push({
      id: def.id,
      label: def.label,
      topLevel: def.topLevel,
      score: round(score),
      evidence: shown.map((m) => spanOf(ev.text, ev.stream.starts[m.from]!, ev.stream.ends[m.to - 1]!)),
    });
  }
  themes.sort((a, b) => b.score - a.score || collate(a.id, b.id));
  // The main desks the model learned from labelled news lead; a narrower hand-scored topic (crime,
  // health, ...) leads only when no main desk reaches the threshold: a sentencing bill is a
  // politics story that talks about courts.
  const tops = themes.filter((th) => th.id === th.topLevel);
  const desk = tops.find((th) => learnedIds?.has(th.id));
  const primary = desk && desk.score >= THEME_THRESHOLD ? desk : tops[0];
  if (primary) primary.primary = true;
  return themes.filter((th) => th.primary || (th.score >= minScore && th.score >= REPORT_FLOOR));
}
