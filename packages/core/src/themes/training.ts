import type { Doc } from '../pipeline/doc.js';
import { NAME_PREFIX, WORD_PREFIX } from './learned.js';
import { handEvidence, termFeatures } from './score.js';
import { compiledTaxonomy } from './taxonomy.js';
import { themeEvidence } from './themes.js';

/** What `pnpm train:themes` fits on, per document: exactly what the stage computes at run time. */
export interface ThemeTrainingRow {
  /** Learned-model features: folded term, "w:" + word or "n:" + word inside a name -> log(1 + count). */
  features: Map<string, number>;
  /** Hand-weighted evidence per bundled top level that has any: raw strength, distinct terms. */
  hand: Map<string, { raw: number; distinct: number }>;
  words: number;
}

/** The training view of a doc segmented (and, for name filtering, entity-tagged) by the pipeline. */
export function themeTrainingRow(doc: Doc): ThemeTrainingRow {
  const tax = compiledTaxonomy(undefined);
  const ev = themeEvidence(doc, tax);
  const hand = new Map<string, { raw: number; distinct: number }>();
  const own = new Map<number, typeof ev.matches>();
  const title = new Map<number, typeof ev.matches>();
  for (const [list, into] of [[ev.matches, own], [ev.titleMatches, title]] as const) {
    for (const m of list) for (const t of tax.targets[tax.terms[m.term]!.theme]!) {
      if (tax.themes[t]!.topLevel !== tax.themes[t]!.id) continue;
      (into.get(t) ?? into.set(t, []).get(t)!).push(m);
    }
  }
  for (const [t, ms] of own) {
    const h = handEvidence(tax, ms, title.get(t), ev.leadWords);
    if (h && h.raw >= (tax.themes[t]!.minEvidence ?? 1)) hand.set(tax.themes[t]!.id, { raw: h.raw * (tax.themes[t]!.prior ?? 1), distinct: h.distinct });
  }
  const f = termFeatures(tax, ev);
  const features = new Map(f.terms);
  for (const [w, x] of f.words) features.set(WORD_PREFIX + w, x);
  for (const [w, x] of f.names) features.set(NAME_PREFIX + w, x);
  return { features, hand, words: ev.stream.words };
}
