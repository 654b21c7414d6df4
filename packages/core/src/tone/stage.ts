import type { Stage } from '../pipeline/stage.js';
import { computeTone } from './tone.js';

export const toneStage: Stage = {
  name: 'tone',
  requires: ['segment', 'entities'],
  description: 'document, sentence and entity tone in -1..1 (VADER rules over a news-tuned lexicon)',
  run(doc) {
    doc.tone = computeTone(doc);
  },
};
