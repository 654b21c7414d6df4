import { extraFieldsWarning } from '@lede/ingest';

/**
 * Record fields Lede does not read end up in article.extra; users should learn that once per run
 * (not once per record), since a misspelt `publishd` would otherwise vanish silently.
 */
export function extraFieldTracker() {
  const seen = new Set<string>();
  return {
    note(article: { extra?: Record<string, unknown> | undefined }): void {
      if (article.extra) for (const k of Object.keys(article.extra)) seen.add(k);
    },
    /** The one warning line, or '' when every field was read. */
    warning(command: string): string {
      return seen.size ? `lede ${command}: warning: ${extraFieldsWarning(seen)}\n` : '';
    },
  };
}

/** Pass results through, noting each article's extra fields. */
export async function* noteExtras<T extends { ok: boolean; article?: { extra?: Record<string, unknown> | undefined } }>(items: AsyncIterable<T>, tracker: ReturnType<typeof extraFieldTracker>): AsyncIterable<T> {
  for await (const item of items) {
    if (item.ok && item.article) tracker.note(item.article);
    yield item;
  }
}
