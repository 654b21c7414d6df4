export type * from './types.js';
export { openStore, DEFAULT_DB, redactUrl } from './open.js';
export { prepareArticle, restoreAnalysis, entityKey, dayOf, type PreparedArticle, type PreparedQuote, type PreparedEntity, type PreparedTheme } from './prepare.js';
export { contentHash, normaliseForHash } from './dedupe/content-hash.js';
export { minhash, similarity, bandKeys, NEAR_DUPLICATE_THRESHOLD } from './dedupe/minhash.js';
export { toFtsQuery } from './sqlite/fts-query.js';
export { createAnalyzerPool, type AnalyzerPool, type AnalyzerPoolOptions, type AnalyzedItem } from './batch/pool.js';
export { ingestCorpus, type IngestItem, type IngestSummary, type IngestOptions } from './batch/ingest-corpus.js';
