import { ArticleInput, type ErrorInfo } from '@lede/core/model';

/**
 * Check a record against the article schema before analysis: the typed error names the first
 * offending field. One function for the local pool and the queue producer, so a bad record gets the
 * same INVALID_RECORD error whichever path it takes.
 */
export function validateRecord(input: unknown): { ok: true; article: ArticleInput } | { ok: false; error: ErrorInfo } {
  const parsed = ArticleInput.safeParse(input);
  if (parsed.success) return { ok: true, article: parsed.data };
  const issue = parsed.error.issues[0]!;
  const id = (input as { id?: unknown } | null)?.id;
  return { ok: false, error: { code: 'INVALID_RECORD', message: issue.message, ...(issue.path.length && { field: issue.path.join('.') }), ...(typeof id === 'string' && { record: id }) } };
}
