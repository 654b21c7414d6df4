import { LedeError } from '../model/errors.js';
import type { Stage } from '../pipeline/stage.js';
import { keyphrases, type KeyphraseOptions } from './keyphrases.js';

export const keyphrasesStage: Stage = {
  name: 'keyphrases',
  requires: ['segment'],
  description: 'ranked key phrases: nouns, verbs and names by frequency times a word-length (rarity) prior, entity-aware',
  run(doc, options) {
    const opts = (options.stageOptions?.keyphrases ?? {}) as KeyphraseOptions;
    if (opts.max !== undefined && !(Number.isInteger(opts.max) && opts.max >= 0)) {
      throw new LedeError('INVALID_OPTION', `keyphrases.max must be a non-negative integer, got ${String(opts.max)}`, { field: 'stageOptions.keyphrases.max' });
    }
    doc.keyphrases = keyphrases(
      { text: doc.text, tokens: doc.tokens, tokenSentence: doc.tokenSentence, entities: doc.entities, tokenTable: doc.tokenTable },
      opts,
    );
  },
};
