import type { Stage } from '../pipeline/stage.js';
import { readability } from './readability.js';

export const readabilityStage: Stage = {
  name: 'readability',
  requires: ['segment'],
  description: 'Flesch, Flesch-Kincaid, Gunning fog, SMOG, Coleman-Liau, words, sentences, reading time',
  run(doc) {
    doc.readability = readability(doc.sentences);
  },
};
