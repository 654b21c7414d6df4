import type { ArticleInput } from '@lede/core/model';
import { authorList, contentId, parseInput, readDate } from '@lede/ingest';
import { fetchError, type FetchError } from './errors.js';
import type { FeedEntry } from './feed.js';
import { chooseCanonical } from './url.js';

/** What the collector knows about an item's source when it builds the article. */
export interface SourceInfo {
  url: string;
  name?: string;
  /** The feed's own title. */
  feedTitle?: string;
}

/**
 * An article page (+ its feed entry) -> the article `lede add` would make of the page, with the
 * feed's title, date, author and outlet filling what the page lacks. The id is a hash of the
 * canonical URL, so a story re-fetched with edits replaces itself instead of piling up copies.
 * A page with no extractable text falls back to the feed's text for the item.
 */
export function buildCollected(page: { url: string; body: Uint8Array } | undefined, entry: FeedEntry, source: SourceInfo): { article: ArticleInput; canonical: string } | FetchError {
  let article: ArticleInput | undefined;
  let declared: string | undefined;
  if (page) {
    const [r] = parseInput(page.body, { format: 'html', name: page.url });
    if (r?.ok) {
      article = r.article;
      declared = r.article.url;
    }
  }
  if (!article) {
    if (!entry.text) return fetchError('EMPTY_PAGE', 'no article text on the page or in the feed', page?.url ?? entry.url);
    const [r] = parseInput(entry.text, { format: 'text', name: entry.url });
    if (!r?.ok) return fetchError('EMPTY_PAGE', r?.error.message ?? 'no article text', entry.url);
    article = { ...r.article, textSource: 'extracted' };
  }
  const canonical = chooseCanonical(page?.url ?? entry.url, declared);
  const out: ArticleInput = { ...article, id: contentId(canonical), url: canonical };
  if (!out.title && entry.title) out.title = entry.title;
  if (!out.byline && entry.byline) {
    out.byline = entry.byline;
    const authors = authorList(entry.byline);
    if (authors.length) out.authors = authors;
  }
  if (!out.publishedAt && entry.publishedAt) {
    const d = readDate(entry.publishedAt);
    if (d) Object.assign(out, d);
  }
  const outlet = source.name ?? source.feedTitle;
  if (!out.source && outlet) out.source = outlet;
  return { article: out, canonical };
}
