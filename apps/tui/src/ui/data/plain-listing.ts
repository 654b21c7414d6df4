/**
 * What `lede browse` prints when stdout is not a terminal (a pipe, a file, CI): the corpus as plain
 * tab-separated text, paged from the store so a 100k-article corpus streams in constant memory.
 */
import type { CorpusStore } from '@lede/store';
import { formatTone, shortDate } from '../format.js';

export async function writePlainListing(store: CorpusStore, write: (s: string) => void): Promise<void> {
  const s = await store.stats();
  write(`# ${s.articles} articles · ${s.quotes} quotes · ${s.entities} entities · ${s.duplicates} duplicates\n`);
  write(['date', 'title', 'source', 'quotes', 'tone', 'themes', 'id'].join('\t') + '\n');
  const limit = 500;
  for (let offset = 0; ; offset += limit) {
    const page = await store.list({ offset, limit, sort: 'date', order: 'desc' });
    for (const a of page.items) {
      const clean = (v: string | undefined) => (v ?? '').replace(/[\t\r\n]+/g, ' ');
      write([shortDate(a.publishedAt), clean(a.title), clean(a.source), a.quoteCount, formatTone(a.tone), a.topThemes.join(', '), a.id].join('\t') + '\n');
    }
    if (page.items.length < limit) break;
  }
}
