import { extractHtml } from '../html/extract.js';
import type { RawArticle } from './fields.js';

/** A whole HTML page -> article body and metadata (see html/extract.ts). */
export function parseHtmlPage(html: string): RawArticle {
  const page = extractHtml(html);
  return {
    text: page.text,
    markup: true,
    title: page.title,
    byline: page.byline,
    publishedAt: page.publishedAt,
    source: page.siteName,
    url: page.url,
    language: page.language,
  };
}
