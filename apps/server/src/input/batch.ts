import { isLedeError } from '@lede/core';
import type { AppDeps } from '../deps.js';
import type { z } from 'zod';
import type { BatchResultSchema } from '../schemas.js';

type BatchResult = z.infer<typeof BatchResultSchema>;

/**
 * Store every article of an NDJSON body: each line is parsed, analysed and added on its own, so
 * one bad line is reported (with its line number) without failing the rest.
 */
export async function ingestBatch(bytes: Uint8Array, deps: AppDeps, signal: AbortSignal): Promise<BatchResult> {
  const out: BatchResult = { added: 0, updated: 0, unchanged: 0, duplicates: 0, failed: 0, results: [] };
  for (const item of deps.parseInput(bytes, { format: 'jsonl' })) {
    signal.throwIfAborted();
    if (!item.ok) {
      out.failed++;
      out.results.push({ record: item.record, error: errorInfo(item.error) });
      continue;
    }
    try {
      const analysis = await deps.analyzer.analyze(item.article, { tokens: false }, signal);
      const added = await deps.store.add(analysis);
      if (added.status === 'added') out.added++;
      else if (added.status === 'updated') out.updated++;
      else if (added.status === 'unchanged') out.unchanged++;
      else out.duplicates++;
      out.results.push({ record: item.record, ...added });
    } catch (e) {
      if (!isLedeError(e) || e.code === 'STORE_ERROR') throw e; // our failure, not the line's
      out.failed++;
      out.results.push({ record: item.record, error: errorInfo(e) });
    }
  }
  return out;
}

function errorInfo(e: { code: string; message: string; field?: string | undefined }) {
  return { code: e.code, message: e.message, ...(e.field !== undefined && { field: e.field }) };
}
