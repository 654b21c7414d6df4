import { LedeError } from '@lede/core';
import { feedsmith } from '../lazy.js';
import { htmlFragmentToText } from '../html/fragment.js';
import type { RawArticle } from './fields.js';

export interface FeedItem {
  /** Position of the item in the feed (0-based), for the record name. */
  index: number;
  raw: RawArticle;
}

type Loose = Record<string, unknown>;

/** A string, or the `.value` of feedsmith's Atom text constructs. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && typeof (v as Loose).value === 'string') return str((v as Loose).value);
  return undefined;
}
function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}
function get(o: unknown, path: string): unknown {
  let cur = o;
  for (const k of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Loose)[k] : undefined;
  return cur;
}
function authorNames(v: unknown): string | undefined {
  if (!Array.isArray(v)) return str(v);
  const names = v.map((a) => (typeof a === 'string' ? a : str((a as Loose)?.name))).filter((s): s is string => !!s);
  return names.length ? names.join(', ') : undefined;
}

/**
 * RSS 0.9x/2.0, Atom, RDF (RSS 1.0) and JSON Feed via feedsmith; each item is one article.
 * The item body is the fullest text the feed carries: content:encoded / Atom content /
 * content_html, else the description or summary.
 */
export function parseFeedItems(source: string, record: string): { title?: string; items: FeedItem[] } {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = feedsmith().parseFeed(source) as never;
  } catch (cause) {
    const detect = cause instanceof Error && cause.name === 'DetectError';
    throw new LedeError(detect ? 'UNKNOWN_FORMAT' : 'INVALID_RECORD', detect ? 'not an RSS, Atom, RDF or JSON feed' : `malformed feed: ${(cause as Error).message}`, { record, cause });
  }
  const feed = parsed.feed as Loose;
  const feedTitle = str(feed.title);
  const list = (parsed.format === 'atom' ? feed.entries : feed.items) as unknown[] | undefined;
  const items = (list ?? []).map((item, index): FeedItem => {
    const it = item as Loose;
    const atomLink = Array.isArray(it.links) ? ((it.links as Loose[]).find((l) => !l.rel || l.rel === 'alternate') ?? it.links[0]) : undefined;
    const url = str(it.link) ?? str(it.url) ?? str((atomLink as Loose | undefined)?.href);
    const html = str(get(it, 'content.encoded')) ?? (parsed.format === 'atom' ? str(it.content) : undefined) ?? str(it.content_html);
    const plain = str(it.content_text);
    const summary = str(it.description) ?? str(it.summary);
    const text = html ? htmlFragmentToText(html) : plain ?? (summary ? htmlFragmentToText(summary) : '');
    return {
      index,
      raw: {
        text,
        markup: true,
        id: str(get(it, 'guid.value')) ?? str(it.guid) ?? str(it.id) ?? url,
        title: str(it.title) ? htmlFragmentToText(str(it.title)!).trim() : undefined,
        byline: authorNames(it.authors) ?? authorNames(get(it, 'dc.creators')),
        publishedAt: str(it.pubDate) ?? str(it.published) ?? str(it.date_published) ?? str(first(get(it, 'dc.dates'))) ?? str(it.updated) ?? str(it.date_modified),
        source: feedTitle,
        url,
      },
    };
  });
  return { title: feedTitle, items };
}
