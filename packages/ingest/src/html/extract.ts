import type { Readability } from '@mozilla/readability';
import { linkedom, readability } from '../lazy.js';
import { withinHtmlLimits } from './limits.js';
import { readPageMeta, type PageMeta } from './metadata.js';
import { domToText } from './to-text.js';

export interface ExtractedPage extends PageMeta {
  /** Main text, paragraphs separated by blank lines (not yet normalised). */
  text: string;
}

/**
 * Main text and metadata of an HTML page: Mozilla Readability (Firefox Reader View) finds the
 * article on a linkedom DOM (a fast DOM without layout, ~10x lighter than jsdom); we turn the
 * article element into paragraph-structured text ourselves, because Readability's textContent
 * glues paragraphs together ("end.Next") and loses the structure sentence splitting needs.
 * Fragments and pages Readability rejects fall back to the whole body text.
 */
export function extractHtml(html: string): ExtractedPage {
  const { document } = linkedom().parseHTML(ensureDocument(html));
  const meta = readPageMeta(document as never);
  let article: ReturnType<Readability<unknown>['parse']> = null;
  // Too deep or too large for Readability: the linear body-text path below (see limits.ts).
  if (withinHtmlLimits(document as never).ok) {
    try {
      // serializer: hand back the element itself instead of an HTML string we would re-parse.
      article = new (readability().Readability)(document as never, { serializer: (el: unknown) => el, keepClasses: true } as never).parse();
    } catch {
      article = null; // Readability throws on some degenerate DOMs; the body fallback still works
    }
  }
  const content = article?.content as unknown as Parameters<typeof domToText>[0] | undefined;
  let text = content ? domToText(content) : '';
  if (!text.trim()) {
    const { document: fresh } = linkedom().parseHTML(ensureDocument(html));
    text = fresh.body ? domToText(fresh.body as never) : '';
  }
  return {
    text,
    title: clean(article?.title) ?? meta.title,
    byline: cleanByline(article?.byline) ?? cleanByline(meta.byline),
    publishedAt: meta.publishedAt ?? clean(article?.publishedTime),
    siteName: clean(article?.siteName) ?? meta.siteName,
    url: meta.url,
    language: clean(article?.lang) ?? meta.language,
  };
}

/** linkedom only builds <html>/<body> for input that starts like a document. */
function ensureDocument(html: string): string {
  return /^\s*(<!doctype|<html|<\?xml)/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function cleanByline(s: string | null | undefined): string | undefined {
  const t = clean(s)?.replace(/^by\s+/i, '');
  return t && t.length <= 200 ? t : undefined;
}
