import type { Stage } from '../pipeline/stage.js';
import { extractQuotes, type QuoteOptions } from './extract.js';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['segment', 'entities'],
  description: 'direct, partial, block and indirect quotes with cue and speaker',
  run(doc, options) {
    const own = (options.stageOptions?.quotes ?? {}) as QuoteOptions;
    doc.quotes = extractQuotes({ text: doc.text, paragraphs: doc.article.paragraphs, sentences: doc.sentences, entities: doc.entities, tokens: doc.tokens }, own);
  },
};
