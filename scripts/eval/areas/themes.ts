// Top-level theme vs the BBC News label (Greene & Cunningham 2006: 2,225 articles, 5 classes), scored
// in-process: the article's best top-level IPTC Media Topic must be the one its label maps to.
// The lexicons were written by hand, not trained on this corpus; it is used to measure only.
import { analyzeDoc, primaryTopic } from '@lede/core';
import type { EvalArea } from '../area.js';

interface Gold { id: string; title: string; text: string; label: string }
interface Pred { id: string; label: string; predicted: string | null; expected: string }

const IPTC_FOR_LABEL: Record<string, string> = {
  business: 'medtop:04000000',
  entertainment: 'medtop:01000000',
  politics: 'medtop:11000000',
  sport: 'medtop:15000000',
  tech: 'medtop:13000000',
};

export const area: EvalArea<Gold, Pred> = {
  name: 'themes',
  dataset: 'corpus/bbc.jsonl',
  predict(g) {
    const doc = analyzeDoc({ id: g.id, title: g.title, text: g.text }, { stages: ['themes'] });
    return { id: g.id, label: g.label, predicted: primaryTopic(doc.themes)?.id ?? null, expected: IPTC_FOR_LABEL[g.label]! };
  },
  score(_gold, preds) {
    const result: Record<string, number> = { accuracy: preds.filter((p) => p.predicted === p.expected).length / preds.length };
    for (const label of Object.keys(IPTC_FOR_LABEL)) {
      const of = preds.filter((p) => p.label === label);
      result[`accuracy.${label}`] = of.filter((p) => p.predicted === p.expected).length / of.length;
    }
    result.none = preds.filter((p) => p.predicted === null).length;
    return result;
  },
  metrics: (r) => r,
  bars: [{ metric: 'accuracy', min: 0.9 }],
};
