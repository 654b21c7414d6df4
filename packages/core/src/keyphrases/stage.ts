import type { Stage } from '../pipeline/stage.js';

// Not built yet: the layer stays empty (never invented) until this analyzer lands.
export const keyphrasesStage: Stage = {
  name: 'keyphrases',
  requires: ['segment'],
  description: 'ranked noun-phrase key phrases',
  run() {},
};
