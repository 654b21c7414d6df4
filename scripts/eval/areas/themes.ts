// Top-level theme vs the BBC News label (Greene & Cunningham 2006: 2,225 articles, 5 classes), scored
// in-process: the article's best top-level IPTC Media Topic must be the one its label maps to.
// A second corpus guards against fitting BBC: AG News test (Zhang et al. 2015, 7,600 short wire briefs),
// reported for its business, sci/tech and sports classes ("world" spans several IPTC topics).
// The lexicons were written by hand, not trained on either corpus; they are used to measure only.
import path from 'node:path';
import { analyzeDoc, primaryTopic } from '@lede/core';
import { readJsonl, requireShared } from '../../lib/shared.js';
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

const IPTC_FOR_AG_LABEL: Record<string, string> = {
  business: 'medtop:04000000',
  'sci/tech': 'medtop:13000000',
  sports: 'medtop:15000000',
};

const primary = (g: Gold) => primaryTopic(analyzeDoc({ id: g.id, title: g.title, text: g.text }, { stages: ['themes'] }).themes)?.id ?? null;

/** Agreement with AG News on the classes that map to one IPTC topic, overall and per class. */
function agNewsAgreement(): Record<string, number> {
  const gold = readJsonl<Gold>(path.join(requireShared('themes eval'), 'corpus/ag_news_test.jsonl')).filter((g) => g.label in IPTC_FOR_AG_LABEL);
  const out: Record<string, number> = {};
  let hits = 0;
  for (const label of Object.keys(IPTC_FOR_AG_LABEL)) {
    const of = gold.filter((g) => g.label === label);
    const ok = of.filter((g) => primary(g) === IPTC_FOR_AG_LABEL[label]).length;
    out[`agNews.${label}`] = ok / of.length;
    hits += ok;
  }
  out['agNews.accuracy'] = hits / gold.length;
  return out;
}

export const area: EvalArea<Gold, Pred> = {
  name: 'themes',
  dataset: 'corpus/bbc.jsonl',
  predict(g) {
    return { id: g.id, label: g.label, predicted: primary(g), expected: IPTC_FOR_LABEL[g.label]! };
  },
  score(_gold, preds) {
    const result: Record<string, number> = { accuracy: preds.filter((p) => p.predicted === p.expected).length / preds.length };
    for (const label of Object.keys(IPTC_FOR_LABEL)) {
      const of = preds.filter((p) => p.label === label);
      result[`accuracy.${label}`] = of.filter((p) => p.predicted === p.expected).length / of.length;
    }
    result.none = preds.filter((p) => p.predicted === null).length;
    return { ...result, ...agNewsAgreement() };
  },
  metrics: (r) => r,
  bars: [{ metric: 'accuracy', min: 0.9 }],
};
