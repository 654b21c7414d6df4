import type { Stage } from '../pipeline/stage.js';
import { resolveThemesOptions } from './options.js';
import { computeThemes } from './themes.js';

export const themesStage: Stage = {
  name: 'themes',
  requires: ['segment'],
  description: 'IPTC Media Topics and finer themes with evidence spans (user definitions: stageOptions.themes)',
  run(doc, options) {
    const { themes, minScore, evidence } = resolveThemesOptions(options.stageOptions?.themes);
    doc.themes = computeThemes(doc, themes, { minScore, evidence });
  },
};
