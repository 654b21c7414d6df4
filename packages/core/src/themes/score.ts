import type { Theme } from '../model/layers.js';
import { spanOf } from '../model/span.js';
import type { CompiledTaxonomy, TermMatch } from './matcher.js';
import type { WordStream } from './words.js';

export interface ScoreOptions {
  /** Drop themes scoring below this (0..1). */
  minScore?: number;
  /** Evidence spans kept per theme. */
  evidence?: number;
}

/** Extra weight of headline and lead terms (1 = they count twice): both state what the story is about. */
const TITLE_WEIGHT = 1;
const LEAD_WEIGHT = 1;

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

/**
 * Evidence strength: each distinct term adds its weight, repeats add only logarithmically (an article
 * repeating "tariffs" ten times is about trade, but not ten times more than one saying it twice).
 */
function strength(tax: CompiledTaxonomy, matches: readonly TermMatch[]): number {
  const counts = new Map<number, number>();
  for (const m of matches) counts.set(m.term, (counts.get(m.term) ?? 0) + 1);
  let raw = 0;
  for (const [term, c] of counts) raw += tax.terms[term]!.weight * (1 + Math.log(c));
  return raw;
}

/** The strongest few matches, distinct terms first, in text order. */
function pickEvidence(tax: CompiledTaxonomy, matches: readonly TermMatch[], limit: number): TermMatch[] {
  const seen = new Set<number>();
  const firsts: TermMatch[] = [];
  const repeats: TermMatch[] = [];
  for (const m of matches) (seen.has(m.term) ? repeats : firsts).push(m), seen.add(m.term);
  const byWeight = (a: TermMatch, b: TermMatch) => tax.terms[b.term]!.weight - tax.terms[a.term]!.weight;
  return [...firsts.sort(byWeight), ...repeats.sort(byWeight)].slice(0, limit).sort((a, b) => a.from - b.from);
}

/**
 * Themes of a text from its term matches. A fine theme scores on its own terms; a top-level theme
 * (topLevel === id) on its own terms plus those of every theme under it. Scores saturate in 0..1 and
 * are normalised by the square root of the length, so a long article needs more evidence than a brief.
 */
export function scoreThemes(
  tax: CompiledTaxonomy,
  stream: WordStream,
  text: string,
  matches: readonly TermMatch[],
  options: ScoreOptions = {},
  titleMatches: readonly TermMatch[] = [],
  /** Stream words [0, leadWords) are the lead; their terms count once more. */
  leadWords = 0,
): Theme[] {
  const minScore = options.minScore ?? 0;
  const evidenceLimit = options.evidence ?? 5;
  const byTheme = groupByTheme(tax, matches);
  const titleByTheme = groupByTheme(tax, titleMatches);
  const scale = 6 * Math.sqrt(Math.max(stream.words, 100) / 100);
  const themes: Theme[] = [];
  for (const [t, own] of byTheme) {
    const def = tax.themes[t]!;
    const kept = resolveOverlaps(tax, own);
    const title = titleByTheme.get(t);
    // A headline term counts once more: headlines state what the story is about.
    let raw = strength(tax, kept) + (title ? TITLE_WEIGHT * strength(tax, resolveOverlaps(tax, title)) : 0);
    if (leadWords > 0) raw += LEAD_WEIGHT * strength(tax, kept.filter((m) => m.from < leadWords));
    // Weak terms (weight < 1) support a theme but never make one on their own.
    if (raw < (def.minEvidence ?? 1) || !kept.some((m) => tax.terms[m.term]!.weight >= 1)) continue;
    // The prior scales evidence only once the theme has enough of it: it ranks, it does not create.
    const score = Math.round((1 - Math.exp(-(raw * (def.prior ?? 1)) / scale)) * 1e4) / 1e4;
    if (score < minScore) continue;
    themes.push({
      id: def.id,
      label: def.label,
      topLevel: def.topLevel,
      score,
      evidence: pickEvidence(tax, kept, evidenceLimit).map((m) => spanOf(text, stream.starts[m.from]!, stream.ends[m.to - 1]!)),
    });
  }
  return themes.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
