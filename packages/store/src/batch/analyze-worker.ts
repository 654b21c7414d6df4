// Worker-thread entry: analyse a batch of articles and flatten each into store rows, so the
// writer thread only runs INSERTs. Errors come back as values; a bad article never kills the worker.
import { analyze, isLedeError, type ArticleInput, type ErrorInfo } from '@lede/core';
import { prepareArticle, type PreparedArticle } from '../prepare.js';

export type AnalyzedItem = { ok: true; prepared: PreparedArticle } | { ok: false; id: string; error: ErrorInfo };

export default function analyzeBatch(inputs: ArticleInput[]): AnalyzedItem[] {
  return inputs.map((input) => {
    try {
      return { ok: true, prepared: prepareArticle(analyze(input)) };
    } catch (e) {
      const error: ErrorInfo = isLedeError(e)
        ? e.toJSON()
        : { code: 'INVALID_RECORD', message: `analysis failed: ${(e as Error)?.message ?? String(e)}`, record: input.id };
      return { ok: false, id: input.id, error };
    }
  });
}
