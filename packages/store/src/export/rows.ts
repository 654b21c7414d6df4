import type { Analysis } from '@lede/core';
import type { CorpusStore, ListQuery } from '../types.js';
import type { ExportTable, Row } from './columns.js';

export type ExportFilter = Pick<ListQuery, 'theme' | 'primary' | 'minScore' | 'entity' | 'speaker' | 'source' | 'from' | 'to'>;
/** The article order of the per-article tables (default: as added); the browser exports its list as sorted. */
export type ExportOrder = Pick<ListQuery, 'sort' | 'order'>;

const PAGE = 500;
/** Quote pages are cheap rows: big pages keep OFFSET re-scans and per-page counts few (the store caps a page at 10k). */
const QUOTE_PAGE = 10_000;
const join = (xs: readonly string[] | undefined) => (xs?.length ? xs.join('; ') : null);

/**
 * The rows of one export table, streamed page by page (memory stays flat on any corpus). Quotes come
 * from the store's quote index (duplicates excluded, as everywhere); the other tables from the stored
 * analyses of the listed articles (per-article tables skip linked copies, so nothing counts twice).
 */
export async function* exportRows(store: CorpusStore, table: ExportTable, filter: ExportFilter, order: ExportOrder = {}): AsyncIterable<Row> {
  // The quote index has no entity or outlet column: those filters go through the article list.
  if (table === 'quotes' && !filter.entity && !filter.source) {
    for (let offset = 0; ; offset += QUOTE_PAGE) {
      const page = await store.quotes({ ...filter, limit: QUOTE_PAGE, offset });
      for (const q of page.items) {
        yield {
          article_id: q.articleId, article_title: q.articleTitle ?? null, published_at: q.publishedAt ?? null, quote_id: q.quoteId, speaker: q.speaker, role: q.role ?? null, form: q.form, start: q.start, end: q.end, text: q.text,
          statement: q.statement, speaker_kind: q.speakerKind ?? null, confidence: q.confidence ?? null,
        };
      }
      if (page.items.length < QUOTE_PAGE) return;
    }
  }
  // Default: oldest added first (a stable order while the corpus grows); a given sort keeps its natural order.
  const sort = order.sort ?? 'added';
  const dir = order.order ?? (order.sort ? undefined : 'asc');
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.list({ ...filter, sort, ...(dir && { order: dir }), limit: PAGE, offset });
    for (const summary of page.items) {
      if (table !== 'articles' && summary.duplicateOf) continue;
      const a = await store.get(summary.id);
      if (a) yield* rowsOf(a, table, summary.duplicateOf);
    }
    if (page.items.length < PAGE) return;
  }
}

/** The rows of one table for one stored or freshly analysed article (the web reader downloads these per article). */
export function* rowsOf(a: Analysis, table: ExportTable, duplicateOf: string | undefined): Generator<Row> {
  const art = a.article;
  switch (table) {
    case 'articles': {
      const primary = a.themes.find((t) => t.primary);
      yield {
        id: a.id, title: art.title ?? null, source: art.source ?? null, url: art.url ?? null, byline: art.byline ?? null, authors: join(art.authors),
        published_at: art.publishedAt ?? null, date_precision: art.datePrecision ?? null, language: art.language ?? null, text_source: art.textSource ?? null,
        quote_count: a.quotes.length, entity_count: a.entities.length, tone: a.tone?.document ?? null, primary_theme: primary?.label ?? null,
        themes: join(a.themes.map((t) => t.label)), duplicate_of: duplicateOf ?? null, extra: art.extra ? JSON.stringify(art.extra) : null,
      };
      return;
    }
    case 'quotes':
      for (const q of a.quotes) {
        yield {
          article_id: a.id, article_title: art.title ?? null, published_at: art.publishedAt ?? null, quote_id: q.id, speaker: q.speaker?.name ?? null, role: q.speaker?.role ?? null, form: q.form, start: q.start, end: q.end, text: q.text,
          statement: q.statement ?? q.id, speaker_kind: q.speaker?.kind ?? null, confidence: q.confidence ?? null,
        };
      }
      return;
    case 'entities':
      for (const e of a.entities) yield { article_id: a.id, entity_id: e.id, name: e.name, type: e.type, mentions: e.count, salience: e.salience, wikidata: e.links?.wikidata ?? null };
      return;
    case 'mentions':
      for (const e of a.entities) for (const m of e.mentions) yield { article_id: a.id, entity_id: e.id, name: e.name, type: m.type ?? e.type, start: m.start, end: m.end, text: m.text };
      return;
    case 'themes':
      for (const t of a.themes) yield { article_id: a.id, theme_id: t.id, label: t.label, top_level: t.topLevel, score: t.score, primary: t.primary === true };
  }
}
