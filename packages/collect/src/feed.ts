import { createRequire } from 'node:module';
import { parseFeedItems } from '@lede/ingest';
import { fetchError, type FetchError } from './errors.js';
import { normalizeUrl } from './url.js';

/** One feed item: where its article page is and what the feed says about it. */
export interface FeedEntry {
  /** Normalised article URL (the key an item is collected once by). */
  url: string;
  guid?: string;
  title?: string;
  byline?: string;
  publishedAt?: string;
  /** The feed's own text for the item (often a teaser), used when the page yields none. */
  text?: string;
}

/** Bytes as text: the charset the server or the XML declaration names, else UTF-8. */
export function decodeFeed(body: Uint8Array, contentType?: string): string {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 200));
  const label = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /^<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/**
 * RSS, Atom, RDF or JSON Feed -> entries, through the parser `lede add` uses (feedsmith, via
 * @lede/ingest). Items without a usable link have no page to fetch and are skipped.
 */
export function readFeed(text: string, feedUrl: string): { title?: string; entries: FeedEntry[] } | FetchError {
  let parsed: ReturnType<typeof parseFeedItems>;
  try {
    parsed = parseFeedItems(text, feedUrl);
  } catch (e) {
    return fetchError('INVALID_FEED', (e as Error).message, feedUrl);
  }
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  for (const { raw } of parsed.items) {
    const url = raw.url ? normalizeUrl(raw.url, feedUrl) : undefined;
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const entry: FeedEntry = { url };
    if (raw.id && raw.id !== raw.url) entry.guid = raw.id;
    if (raw.title) entry.title = raw.title;
    if (raw.byline) entry.byline = raw.byline;
    if (typeof raw.publishedAt === 'string') entry.publishedAt = raw.publishedAt;
    if (raw.text.trim()) entry.text = raw.text.trim();
    entries.push(entry);
  }
  return parsed.title ? { title: parsed.title, entries } : { entries };
}

export interface OpmlFeed {
  url: string;
  name?: string;
  /** The enclosing outline's text (OPML folders are collections). */
  collection?: string;
}

type Outline = { text?: string; title?: string; xmlUrl?: string; outlines?: Outline[] };

/** The feeds of an OPML subscription list, folders as collections. */
export function readOpml(text: string): OpmlFeed[] {
  const { parseOpml } = createRequire(import.meta.url)('feedsmith') as { parseOpml: (s: string) => { body?: { outlines?: Outline[] } } };
  const out: OpmlFeed[] = [];
  const walk = (list: Outline[] | undefined, folder: string | undefined) => {
    for (const o of list ?? []) {
      const url = o.xmlUrl ? normalizeUrl(o.xmlUrl) : undefined;
      const name = o.title ?? o.text;
      if (url) out.push({ url, ...(name && { name }), ...(folder && { collection: folder }) });
      if (o.outlines?.length) walk(o.outlines, url ? folder : (name ?? folder));
    }
  };
  walk(parseOpml(text).body?.outlines, undefined);
  return out;
}
