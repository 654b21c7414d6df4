// `@lede/core/model`: the article model alone (zod schemas, their types, errors, the span check),
// without the analyzers, their lexicons and weights. Stores, UIs and servers that only read
// analyses import this entry, so they start without loading ~5 MB of analysis code.
export * from './span.js';
export * from './article.js';
export * from './layers.js';
export * from './analysis.js';
export * from './errors.js';
export { checkSpans } from './check-spans.js';
export { OPENING_CHARS, openingWords } from './opening.js';
export { textProblem, validText } from './valid-text.js';
export { ERROR_CODES } from './lede-error.js';
export { ENTITY_TYPES } from './constants.js';
