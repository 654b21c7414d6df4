import { LedeError } from '../model/errors.js';
import type { Stage } from '../pipeline/stage.js';
import { summarize, type SummaryOptions } from './summarize.js';

export const summaryStage: Stage = {
  name: 'summary',
  requires: ['segment'],
  description: 'extractive summary: N sentences by centrality and lead position, redundancy-aware (MMR)',
  run(doc, options) {
    const opts = (options.stageOptions?.summary ?? {}) as SummaryOptions;
    if (opts.sentences !== undefined && !(Number.isInteger(opts.sentences) && opts.sentences >= 0 && opts.sentences <= 1000)) {
      throw new LedeError('INVALID_OPTION', `summary.sentences must be an integer from 0 to 1000, got ${String(opts.sentences)}`, {
        field: 'stageOptions.summary.sentences',
      });
    }
    doc.summary = summarize({ sentences: doc.sentences, tokens: doc.tokens, sentenceTokens: doc.sentenceTokens }, opts);
  },
};
