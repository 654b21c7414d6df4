// Extractive summary on BBC News Summary (dev): ROUGE-Lsum of our 3-sentence summary against the
// first three sentences (lead-3, from the same segmenter), both at 3 sentences and at equal length
// (ours cut to lead-3's token count), with the data set's own ROUGE implementation.
// Bar: never worse than lead-3, i.e. both deltas >= 0.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '@lede/core';
import { requireShared } from '../../lib/shared.js';
import type { EvalArea } from '../area.js';

interface Gold { id: string; text: string; summary: string; summarySentences?: string[] }
interface Pred { id: string; summary: string[]; lead: string[]; textrank: string[] }

// node-summarizer 1.0.7 (TextRank over sentence similarity), the maintained baseline to beat.
const { SummarizerManager } = createRequire(import.meta.url)('node-summarizer') as {
  SummarizerManager: new (text: string, n: number) => { getSummaryByRank(): Promise<{ sentence_list?: unknown; summary?: unknown }> };
};
async function textrank(text: string, n: number): Promise<string[]> {
  const r = await new SummarizerManager(text.replace(/\s+/g, ' '), n).getSummaryByRank();
  const out = Array.isArray(r?.sentence_list) ? (r.sentence_list as string[]) : typeof r?.summary === 'string' ? [r.summary] : [];
  // Without its WordNet index (built by wordpos's install script) it logs and returns nothing: a
  // baseline of empty summaries would make any comparison meaningless, so stop instead.
  if (!out.length || out.every((x) => !x)) throw new Error("node-summarizer returned no summary (is wordpos's WordNet index built? run `pnpm rebuild wordpos`)");
  return out;
}

/** Paired bootstrap (fixed seed): share of resamples where the mean difference is <= 0. */
function bootstrapP(diffs: number[], rounds = 2000): number {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  let le = 0;
  for (let b = 0; b < rounds; b++) {
    let sum = 0;
    for (let i = 0; i < diffs.length; i++) sum += diffs[Math.floor(rand() * diffs.length)]!;
    if (sum <= 0) le++;
  }
  return le / rounds;
}
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
  async predict(g) {
    const a = analyze({ id: g.id, text: g.text }, { stages: ['summary'], stageOptions: { summary: { sentences: 3 } } });
    return { id: g.id, summary: a.summary.map((s) => s.text), lead: a.sentences.slice(0, 3).map((s) => s.text), textrank: await textrank(g.text, 3) };
  },
  score(gold, preds) {
    const byId = new Map(preds.map((p) => [p.id, p]));
    const sum = { ours: 0, lead: 0, oursEqual: 0, oursTokens: 0, leadTokens: 0, textrank: 0 };
    const diffs: number[] = [];
    for (const g of gold) {
      const p = byId.get(g.id)!;
      const ref = (g.summarySentences ?? rouge.splitSentences(g.summary)).map((s) => rouge.tokenize(s)).filter((s) => s.length);
      const ours = p.summary.map((s) => rouge.tokenize(s)).filter((s) => s.length);
      const lead = p.lead.map((s) => rouge.tokenize(s)).filter((s) => s.length);
      const leadTokens = lead.reduce((n, s) => n + s.length, 0);
      sum.ours += rouge.rougeLsum(ours, ref).f;
      sum.lead += rouge.rougeLsum(lead, ref).f;
      sum.oursEqual += rouge.rougeLsum(cut(ours, leadTokens), ref).f;
      // Ours vs TextRank at equal length: both cut to the shorter one's token count.
      const tr = p.textrank.map((s) => rouge.tokenize(s)).filter((s) => s.length);
      const n = Math.min(ours.reduce((k, s) => k + s.length, 0), tr.reduce((k, s) => k + s.length, 0));
      const o = rouge.rougeLsum(cut(ours, n), ref).f;
      const t = rouge.rougeLsum(cut(tr, n), ref).f;
      sum.textrank += t;
      diffs.push(100 * (o - t));
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
    const deltaTr = diffs.reduce((a, b) => a + b, 0) / n;
    return {
      ...r,
      delta_vs_lead3: r.rougeLsum - r.lead3_rougeLsum,
      delta_vs_lead3_equalLength: r.rougeLsum_equalLength - r.lead3_rougeLsum,
      textrank_rougeLsum_equalLength: (100 * sum.textrank) / n,
      delta_vs_textrank_equalLength: deltaTr,
      delta_vs_textrank_bootstrapP: bootstrapP(diffs),
    };
  },
  metrics: (r) => r,
  bars: [
    { metric: 'delta_vs_lead3', min: 0 },
    { metric: 'delta_vs_lead3_equalLength', min: 0 },
    { metric: 'delta_vs_textrank_equalLength', min: 1 },
  ],
};
