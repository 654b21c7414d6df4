// Quotes and speakers on PolNeAR (../shared/eval/quotes). Its gold holds only double-quoted spans
// (direct and partial), so the prediction leaves out `indirect` quotes, which the scorer would
// count as false positives; everything else is the stage's output unchanged (block counts as direct).
// The speaker is `speaker.name`, the product's answer: the resolved canonical name ("Jane
// Marr" for "she", "Ray Lund" for "the senator"), never the raw pronoun. The scorer then
// misses gold pronouns/descriptions that CoreNLP left unresolved and gold spans cut at an appositive
// comma ("the mayor’s press secretary, Jane Marr"); we accept that rather than output
// less useful surface strings.
import { analyzeDoc } from '@lede/core';
import type { EvalArea } from '../area.js';

interface Gold { id: string; text: string }

export const area: EvalArea<Gold> = {
  name: 'quotes',
  dataset: 'eval/quotes/dev.jsonl',
  predict(record) {
    const doc = analyzeDoc({ id: record.id, text: record.text }, { stages: ['quotes'] });
    const quotes = doc.quotes
      .filter((q) => q.form !== 'indirect')
      .map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name ?? null, form: q.form }));
    return { id: record.id, quotes };
  },
  scorer: { script: 'eval/quotes/score.mjs', args: (gold, pred) => [gold, pred, '--by-type'] },
  metrics: (r) => ({
    'exact precision': r.exact.p,
    'exact recall': r.exact.r,
    'speaker accuracy': r.speakerAcc,
    'speaker acc (named gold)': r.speakerAccNamedGold,
    'attributed F1': r.attributed.f1,
  }),
  bars: [
    { metric: 'exact precision', min: 0.95 },
    { metric: 'speaker accuracy', min: 0.86 },
  ],
};
