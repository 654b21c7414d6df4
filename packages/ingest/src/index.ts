// @lede/ingest: bytes and files -> validated ArticleInput records, with typed errors per record.
export type { InputFormat, ConcreteFormat, IngestResult, OffsetMap, ParseOptions } from './types.js';
export { DEFAULT_MAX_BYTES, inputFormats } from './types.js';
export { parseInput, parseDocument, resolveFormat } from './parse.js';
export { detectFormat, extensionOf } from './detect.js';
export { readInputs, type ReadOptions } from './read.js';
export { normalizeText, toOriginalSpan, type Normalized, type NormalizeOptions } from './normalize.js';
export { extractHtml, type ExtractedPage } from './html/extract.js';
export { htmlFragmentToText } from './html/fragment.js';
export { toIsoDate, readDate, type DatePrecision, type ReadDate } from './dates.js';
export { FIELD_ALIASES, extraFieldsWarning } from './formats/aliases.js';
export { authorList } from './authors.js';
export { contentId } from './article-id.js';
export { parseFeedItems, type FeedItem } from './formats/feed.js';
