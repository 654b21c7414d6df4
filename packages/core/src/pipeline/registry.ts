import { entitiesStage } from '../entities/stage.js';
import { keyphrasesStage } from '../keyphrases/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { readabilityStage } from '../readability/stage.js';
import { segmentStage } from '../segment/stage.js';
import { summaryStage } from '../summary/stage.js';
import { themesStage } from '../themes/stage.js';
import { toneStage } from '../tone/stage.js';
import type { Stage } from './stage.js';

/** Every built-in stage, in default run order. */
export const defaultStages: readonly Stage[] = [
  segmentStage,
  entitiesStage,
  quotesStage,
  themesStage,
  toneStage,
  keyphrasesStage,
  summaryStage,
  readabilityStage,
];

export const stageNames: readonly string[] = defaultStages.map((s) => s.name);
