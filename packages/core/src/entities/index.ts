// Public surface of the entity analyzer.
export { entitiesStage } from './stage.js';
export { recogniseMentions } from './recognise.js';
export { mergeMentions } from './merge.js';
export { lookupKnown, type KnownEntity } from './links.js';
export { loadEntityResources, defaultModel, defaultGazetteer } from './resources.js';
export { NAMED_ENTITY_TYPES, isNamedType } from './named.js';
