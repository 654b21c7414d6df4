import { CITIES, COUNTRIES, STATES } from './data/gazetteer.js';
import { LOWER_COMMON, LOWER_MIXED } from './data/lower-words.js';
import { NER_WEIGHTS } from './data/ner-weights.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { DEMONYMS, EVENTS, GROUPS, REGIONS } from './lexicon.js';
import { knownAliases } from './links.js';
import { decodeModel, fromBase64, type NerModel } from './model.js';

let gaz: Gazetteer | undefined;
let model: NerModel | undefined;

/** The place/demonym/organisation gazetteer the tagger's features and the typing rules use. */
export function defaultGazetteer(): Gazetteer {
  gaz ??= buildGazetteer({
    country: [...COUNTRIES.map(([, name]) => name), ...knownAliases('GPE')],
    city: CITIES,
    state: STATES,
    region: REGIONS,
    demonym: DEMONYMS,
    group: GROUPS,
    org: knownAliases('ORG'),
    event: EVENTS,
  }, LOWER_COMMON.split(' '), LOWER_MIXED.split(' '));
  return gaz;
}

/** The shipped tagger weights, decoded on first use. */
export function defaultModel(): NerModel {
  model ??= decodeModel(fromBase64(NER_WEIGHTS));
  return model;
}

/** Load (decode) the tagger and gazetteer now rather than on the first article; returns ms taken. */
export function loadEntityResources(): number {
  const t0 = performance.now();
  defaultModel();
  defaultGazetteer();
  return performance.now() - t0;
}
