import type { Doc } from './doc.js';
import type { AnalyzeOptions } from './options.js';

/** A named pipeline stage: reads the doc, adds its layer(s). */
export interface Stage {
  readonly name: string;
  /** Stages that must run first; they are added automatically when a caller picks this one. */
  readonly requires: readonly string[];
  /** One line for `lede stages` and the docs. */
  readonly description: string;
  run(doc: Doc, options: AnalyzeOptions): void;
}
