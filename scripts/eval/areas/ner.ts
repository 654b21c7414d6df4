// NER on CoNLL-2003 dev (eng.testa): run the real pipeline (segment + entities) on each document's
// text and map Lede's types to CoNLL's: PERSON->PER, ORG->ORG, GPE/LOC->LOC, NORP/EVENT/PRODUCT->MISC.
// DATE/MONEY/PERCENT/QUANTITY are not CoNLL entities and are left out.
import { analyzeDoc, type EntityType } from '@lede/core';
import type { EvalArea } from '../area.js';

const CONLL: Partial<Record<EntityType, string>> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', EVENT: 'MISC', PRODUCT: 'MISC',
};

interface Gold { id: string; text: string }

export const area: EvalArea<Gold> = {
  name: 'ner',
  dataset: 'eval/ner/dev.jsonl',
  predict(record) {
    const doc = analyzeDoc({ id: record.id, text: record.text }, { stages: ['entities'] });
    const entities = doc.entities.flatMap((e) =>
      e.mentions.flatMap((m) => (CONLL[m.type] ? [{ start: m.start, end: m.end, type: CONLL[m.type]! }] : [])),
    );
    return { id: record.id, entities };
  },
  scorer: { script: 'eval/ner/score.mjs', args: (gold, pred) => [gold, pred, '--quiet'] },
  metrics: (r) => ({
    'exact micro-F1': r.exact.f1,
    'exact P': r.exact.p,
    'exact R': r.exact.r,
    'PER F1': r.perType.PER?.f1 ?? 0,
    'ORG F1': r.perType.ORG?.f1 ?? 0,
    'LOC F1': r.perType.LOC?.f1 ?? 0,
    'MISC F1': r.perType.MISC?.f1 ?? 0,
  }),
  bars: [{ metric: 'exact micro-F1', min: 0.91 }],
};
