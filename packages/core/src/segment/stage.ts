import type { Stage } from '../pipeline/stage.js';
import { segment } from './segment.js';

export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  description: 'paragraphs, sentences and tokens with exact offsets (wink-nlp, quotation-aware)',
  run(doc) {
    Object.assign(doc, segment(doc.text, doc.article.paragraphs));
  },
};
