import type { Stage } from '../pipeline/stage.js';

// Not built yet: the layer stays empty (never invented) until this analyzer lands.
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['segment', 'entities'],
  description: 'direct, partial, block and indirect quotes with cue and speaker',
  run() {},
};
