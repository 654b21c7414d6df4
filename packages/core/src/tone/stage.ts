import type { Stage } from '../pipeline/stage.js';

// Not built yet: the layer stays empty (never invented) until this analyzer lands.
export const toneStage: Stage = {
  name: 'tone',
  requires: ['segment', 'entities'],
  description: 'document, sentence and entity tone in -1..1',
  run() {},
};
