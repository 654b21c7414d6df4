// `@lede/store/read`: what read commands need (`lede show`, the queries): openStore and the CSV
// encoder, without the batch ingest, the worker pool or the record validator (zod) the full
// index brings; the CLI's start-up is mostly module loading (issue #14: `lede show` < 300 ms).
export { openStore, DEFAULT_DB, redactUrl } from './open.js';
export { csvField, csvHeader, csvLine } from './export/csv.js';
export type { LedeStore, OpenStoreOptions } from './types.js';
