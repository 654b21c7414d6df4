// Worker-thread entry: analyse a batch of articles and flatten each into store rows, so the
// writer thread only runs INSERTs. Errors come back as values; a bad article never kills the worker.
import { workerData } from 'node:worker_threads';
import { analyze, isLedeError, type AnalyzeOptions, type ArticleInput, type ErrorInfo } from '@lede/core';
import { prepareArticle, type PreparedArticle } from '../prepare.js';
import { validateRecord } from './validate-record.js';

// The pool's analyze options (pool.ts), one object per worker so stage options are validated once.
const options: AnalyzeOptions = (workerData as { analyzeOptions?: AnalyzeOptions } | null)?.analyzeOptions ?? {};

export type AnalyzedItem = { ok: true; prepared: PreparedArticle } | { ok: false; id: string; error: ErrorInfo };

export default function analyzeBatch(inputs: ArticleInput[]): AnalyzedItem[] {
  return inputs.map((input) => {
    // Validate first, so a malformed record is reported with its field, whatever the stages assume.
    const parsed = validateRecord(input);
    if (!parsed.ok) return { ok: false, id: String(input?.id), error: parsed.error };
    try {
      return { ok: true, prepared: prepareArticle(analyze(parsed.article, options)) };
    } catch (e) {
      const error: ErrorInfo = isLedeError(e)
        ? e.toJSON()
        : { code: 'INVALID_RECORD', message: `analysis failed: ${(e as Error)?.message ?? String(e)}`, record: input.id };
      return { ok: false, id: input.id, error };
    }
  });
}
