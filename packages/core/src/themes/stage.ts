import type { Stage } from '../pipeline/stage.js';

// Not built yet: the layer stays empty (never invented) until this analyzer lands.
export const themesStage: Stage = {
  name: 'themes',
  requires: ['segment'],
  description: 'IPTC Media Topics themes with evidence spans',
  run() {},
};
