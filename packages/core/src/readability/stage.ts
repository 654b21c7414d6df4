import type { Stage } from '../pipeline/stage.js';

// Not built yet: the layer stays empty (never invented) until this analyzer lands.
export const readabilityStage: Stage = {
  name: 'readability',
  requires: ['segment'],
  description: 'Flesch, Flesch-Kincaid, Gunning fog, SMOG, Coleman-Liau',
  run() {},
};
