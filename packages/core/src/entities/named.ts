import type { EntityType } from '../model/layers.js';

/**
 * Types that name something (a person, organisation, place, group, event or product): what
 * entity queries, co-occurrence and tone toward an entity are about by default. Dates, amounts,
 * percentages and quantities are found too, but only listed when asked for.
 */
export const NAMED_ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT'];
export const isNamedType = (t: EntityType): boolean => NAMED_ENTITY_TYPES.includes(t);
