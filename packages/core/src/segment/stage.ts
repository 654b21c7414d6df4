import type { Stage } from '../pipeline/stage.js';
import { segment } from './segment.js';

/** `stageOptions.segment`: the sizes at which huge texts are read in windows and tokens kept compact. */
export interface SegmentOptions {
  /** wink reads at most this many characters at once (default 100,000). */
  window?: number;
  /** Above this many tokens the doc keeps them in typed arrays (default 200,000). */
  compactFrom?: number;
}

export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  description: 'paragraphs, sentences and tokens with exact offsets (wink-nlp, quotation-aware)',
  run(doc, options) {
    const own = (options.stageOptions?.segment ?? {}) as SegmentOptions;
    // Descriptors, not values: a huge document's `tokenSentence` is a getter (segment.ts).
    Object.defineProperties(doc, Object.getOwnPropertyDescriptors(segment(doc.text, doc.article.paragraphs, own.window, own.compactFrom)));
  },
};
