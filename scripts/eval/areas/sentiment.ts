// Tone vs human ratings of NYT editorial sentences (VADER's ground truth): Pearson r, scored by
// ../shared/eval/sentiment/score.mjs. Each snippet is analysed as a one-paragraph article and its
// document tone (the mean of its sentence tones) is the prediction.
import { analyzeDoc } from '@lede/core';
import type { EvalArea } from '../area.js';

interface Gold { id: string; text: string; score: number }

export const area: EvalArea<Gold, { id: string; score: number }> = {
  name: 'sentiment',
  dataset: 'eval/sentiment/dev.jsonl',
  predict(g) {
    const doc = analyzeDoc({ id: g.id, text: g.text }, { stages: ['tone'] });
    return { id: g.id, score: doc.tone?.document ?? 0 };
  },
  scorer: { script: 'eval/sentiment/score.mjs', args: (_gold, pred) => ['--pred', pred, '--split', 'dev'] },
  metrics: (r) => ({ pearson: r.pearson, spearman: r.spearman, macroF1: r.macroF1 }),
  bars: [{ metric: 'pearson', min: 0.52 }],
};
