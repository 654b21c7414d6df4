import type { IngestResult } from '@lede/ingest';

export type { IngestResult };
export type IngestFormat = 'text' | 'html' | 'json' | 'jsonl';

/** @lede/ingest's pure parser (injectable for tests): bytes or a string in, one result per record out. */
export type ParseInput = (input: string | Uint8Array, options: { format: IngestFormat }) => IngestResult[];
