import type { Stage } from '../pipeline/stage.js';

// Not built yet: the layer stays empty (never invented) until this analyzer lands.
export const summaryStage: Stage = {
  name: 'summary',
  requires: ['segment'],
  description: 'extractive summary sentences',
  run() {},
};
