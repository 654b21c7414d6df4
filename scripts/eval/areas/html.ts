// HTML main-text extraction on the article-extraction-benchmark dev split (news and blog pages),
// scored by the data set's own scorer: token 4-gram shingle F1 (evaluate.py). The prediction is
// exactly what ingestion puts in article.text. Bar: Readability.js level (its published F1 0.947).
import { parseInput } from '@lede/ingest';
import type { EvalArea } from '../area.js';

interface Gold { id: string; html: string; body: string }

export const area: EvalArea<Gold, { id: string; body: string }> = {
  name: 'html',
  dataset: 'eval/html/dev.jsonl',
  predict(g) {
    const [r] = parseInput(g.html, { format: 'html', name: g.id });
    return { id: g.id, body: r?.ok ? r.article.text : '' };
  },
  scorer: { script: 'eval/html/score.mjs', args: (gold, pred) => ['--gold', gold, '--pred', pred, '--n-bootstrap', '200'] },
  metrics: (r) => ({ f1: r.f1, precision: r.precision, recall: r.recall, accuracy: r.accuracy }),
  bars: [{ metric: 'f1', min: 0.94 }],
};
