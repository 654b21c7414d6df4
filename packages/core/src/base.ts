// `@lede/core/base`: the model's errors, constants and small helpers without zod or the analyzers,
// for what must start fast and only reads stored analyses (`lede show`, the store's read path).
// The same classes as `@lede/core/model` (one module each), so `isLedeError` holds across entries.
export { ERROR_CODES, LedeError, isLedeError, type ErrorCode, type ErrorInfo } from './model/lede-error.js';
export { ENTITY_TYPES, THEME_THRESHOLD } from './model/constants.js';
export { OPENING_CHARS, openingWords } from './model/opening.js';
