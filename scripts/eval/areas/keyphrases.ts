// Key phrases on 500N-KPCrowd (English news, crowd keys), scored by the data set's own scorer:
// F1@10 after lower-casing, punctuation removal and Porter stemming. Bar: YAKE's 0.173 + margin.
import { analyze } from '@lede/core';
import type { EvalArea } from '../area.js';

interface Gold { id: string; text: string; keyphrases: string[] }

export const area: EvalArea<Gold, { id: string; keyphrases: string[] }> = {
  name: 'keyphrases',
  dataset: 'eval/keyphrases/dev.jsonl',
  predict(g) {
    const a = analyze({ id: g.id, text: g.text }, { stages: ['entities', 'keyphrases'], stageOptions: { keyphrases: { max: 15 } } });
    // The data set's keys were stored with hyphens deleted ("life-threatening" -> "lifethreatening",
    // see its PROVENANCE), while the scorer turns a hyphen into a space: write compounds its way.
    return { id: g.id, keyphrases: a.keyphrases.map((k) => k.text.replace(/(?<=\p{L})-(?=\p{L})/gu, '')) };
  },
  scorer: { script: 'eval/keyphrases/score.mjs', args: (_gold, pred) => ['--pred', pred, '--split', 'dev'] },
  metrics: (r) => ({ 'F1@10': r['F1@10'], 'P@10': r['P@10'], 'R@10': r['R@10'], 'F1@5': r['F1@5'] }),
  bars: [{ metric: 'F1@10', min: 0.19 }],
};
