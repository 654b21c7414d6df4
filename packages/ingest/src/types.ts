import type { ArticleInput, LedeError } from '@lede/core';

/** Input formats; `auto` detects from the extension and the content. */
export type InputFormat = 'auto' | 'text' | 'md' | 'html' | 'feed' | 'json' | 'jsonl';
export type ConcreteFormat = Exclude<InputFormat, 'auto'>;
export const inputFormats: readonly InputFormat[] = ['auto', 'text', 'md', 'html', 'feed', 'json', 'jsonl'];

/**
 * One ingested record or the typed error that stopped it. `record` names where it came from:
 * a file path, `path:line` for JSONL, `path[i]` for JSON arrays and feed items.
 */
export type IngestResult =
  | { ok: true; record: string; article: ArticleInput; offsets?: OffsetMap }
  | { ok: false; record: string; error: LedeError };

/** Normalised-text index -> index in the text the format yielded (length text.length + 1). */
export type OffsetMap = Uint32Array;

export interface ParseOptions {
  format?: InputFormat;
  /** Where the input came from (file path, "stdin", an upload name); names records and helps detection. */
  name?: string;
  /** Per-record size limit in bytes (default 10 MB). */
  maxBytes?: number;
  /** Attach the normalised -> original offset map to each result. */
  keepOffsets?: boolean;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
