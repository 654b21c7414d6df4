import type { Stage } from '../pipeline/stage.js';

// Not built yet: the layer stays empty (never invented) until this analyzer lands.
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['segment'],
  description: 'people, organisations, places and more: recognised, typed, merged, linked',
  run() {},
};
