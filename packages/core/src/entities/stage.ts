import type { Stage } from '../pipeline/stage.js';
import { mergeMentions } from './merge.js';
import { recogniseMentions } from './recognise.js';
import { defaultGazetteer, defaultModel } from './resources.js';

/**
 * Entities: a compact averaged-perceptron tagger trained on GMB (see scripts/train-ner.ts) finds
 * PER/ORG/LOC/MISC mentions over the doc's tokens; rules refine the types (GPE, NORP, EVENT,
 * PRODUCT) and add DATE/MONEY/PERCENT/QUANTITY; mentions are merged into linked entities.
 */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['segment'],
  description: 'people, organisations, places and more: recognised, typed, merged, linked',
  run(doc) {
    const mentions = recogniseMentions(doc.text, doc.tokens, doc.sentenceTokens, defaultModel(), defaultGazetteer(), doc.tokenTable);
    doc.entities = mergeMentions(mentions, doc.text.length, doc.article.title);
  },
};
