// Model constants without zod, shared by the schemas (layers.ts) and `@lede/core/base`.

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'PRODUCT', 'DATE', 'MONEY', 'PERCENT', 'QUANTITY'] as const;

/**
 * The documented tag threshold: a theme scoring at least this is one the article is about (the
 * store's `--theme` filter uses it). Scores are calibrated probabilities, so 0.5 means "more likely
 * than not" on the labelled news the model was fitted to.
 */
export const THEME_THRESHOLD = 0.5;
