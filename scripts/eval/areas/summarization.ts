// Extractive summary on BBC News Summary (dev): ROUGE-Lsum of our 3-sentence summary against the
// first three sentences (lead-3, from the same segmenter), both at 3 sentences and at equal length
// (ours cut to lead-3's token count), with the data set's own ROUGE implementation.
// Bar: never worse than lead-3, i.e. both deltas >= 0.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '@lede/core';
import { requireShared } from '../../lib/shared.js';
import type { EvalArea } from '../area.js';

interface Gold { id: string; text: string; summary: string; summarySentences?: string[] }
interface Pred { id: string; summary: string[]; lead: string[] }
type Tokenize = (s: string) => string[];
type RougeLsum = (pred: string[][], ref: string[][]) => { p: number; r: number; f: number };

const rouge = (await import(pathToFileURL(path.join(requireShared('pnpm eval'), 'eval/summarization/score.mjs')).href)) as {
  tokenize: Tokenize; rougeLsum: RougeLsum; splitSentences: (s: string) => string[];
};

/** Cut sentences (already tokenised) to a total token budget. */
function cut(sents: string[][], budget: number): string[][] {
  const out: string[][] = [];
  for (const s of sents) {
    if (budget <= 0) break;
    out.push(s.slice(0, budget));
    budget -= s.length;
  }
  return out;
}

export const area: EvalArea<Gold, Pred> = {
  name: 'summarization',
  dataset: 'eval/summarization/dev.jsonl',
  predict(g) {
    const a = analyze({ id: g.id, text: g.text }, { stages: ['summary'], stageOptions: { summary: { sentences: 3 } } });
    return { id: g.id, summary: a.summary.map((s) => s.text), lead: a.sentences.slice(0, 3).map((s) => s.text) };
  },
  score(gold, preds) {
    const byId = new Map(preds.map((p) => [p.id, p]));
    const sum = { ours: 0, lead: 0, oursEqual: 0, oursTokens: 0, leadTokens: 0 };
    for (const g of gold) {
      const p = byId.get(g.id)!;
      const ref = (g.summarySentences ?? rouge.splitSentences(g.summary)).map((s) => rouge.tokenize(s)).filter((s) => s.length);
      const ours = p.summary.map((s) => rouge.tokenize(s)).filter((s) => s.length);
      const lead = p.lead.map((s) => rouge.tokenize(s)).filter((s) => s.length);
      const leadTokens = lead.reduce((n, s) => n + s.length, 0);
      sum.ours += rouge.rougeLsum(ours, ref).f;
      sum.lead += rouge.rougeLsum(lead, ref).f;
      sum.oursEqual += rouge.rougeLsum(cut(ours, leadTokens), ref).f;
      sum.oursTokens += ours.reduce((n, s) => n + s.length, 0);
      sum.leadTokens += leadTokens;
    }
    const n = gold.length;
    const r = {
      rougeLsum: (100 * sum.ours) / n,
      lead3_rougeLsum: (100 * sum.lead) / n,
      rougeLsum_equalLength: (100 * sum.oursEqual) / n,
      avgTokens: sum.oursTokens / n,
      lead3_avgTokens: sum.leadTokens / n,
    };
    return { ...r, delta_vs_lead3: r.rougeLsum - r.lead3_rougeLsum, delta_vs_lead3_equalLength: r.rougeLsum_equalLength - r.lead3_rougeLsum };
  },
  metrics: (r) => r,
  bars: [
    { metric: 'delta_vs_lead3', min: 0 },
    { metric: 'delta_vs_lead3_equalLength', min: 0 },
  ],
};
