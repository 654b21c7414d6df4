/**
 * Page metadata from <meta> tags (Open Graph, article:*, Dublin Core, Twitter, name=author/date),
 * JSON-LD (NewsArticle and friends) and <link rel=canonical>. Read BEFORE Readability runs,
 * because Readability prunes the document it is given.
 */
export interface PageMeta {
  title?: string;
  byline?: string;
  publishedAt?: string;
  siteName?: string;
  url?: string;
  language?: string;
}

interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelectorAll(sel: string): ArrayLike<El>;
  documentElement?: El | null;
}

const PUBLISHED = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'publication_date'];
const AUTHOR = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'];
const TITLE = ['og:title', 'twitter:title', 'dc.title', 'headline'];
const SITE = ['og:site_name', 'application-name', 'publisher'];
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|WebPage|Report|ScholarlyArticle)$/;

export function readPageMeta(doc: Doc): PageMeta {
  const metas = new Map<string, string>();
  const all = doc.querySelectorAll('meta');
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  // article:author is often a profile URL, not a name: names only.
  const pick = (keys: string[]): string | undefined => keys.map((k) => metas.get(k)).find((v) => v && !/^https?:\/\//.test(v));
  const ld = readJsonLd(doc);
  const canonical = doc.querySelectorAll('link[rel="canonical"]')[0]?.getAttribute('href') ?? undefined;
  return {
    title: ld.headline ?? pick(TITLE),
    byline: ld.author ?? pick(AUTHOR),
    publishedAt: ld.datePublished ?? PUBLISHED.map((k) => metas.get(k)).find(Boolean),
    siteName: ld.publisher ?? pick(SITE),
    url: metas.get('og:url') ?? canonical ?? ld.url,
    language: doc.documentElement?.getAttribute('lang')?.trim() || metas.get('og:locale')?.replace('_', '-') || undefined,
  };
}

interface LdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
}

/** The first article-typed node in the page's JSON-LD blocks (also inside @graph arrays). */
function readJsonLd(doc: Doc): LdArticle {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > 1_000_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // broken JSON-LD is common; the meta tags still count
    }
    const node = findArticleNode(data, 0);
    if (node) return toLdArticle(node);
  }
  return {};
}

function findArticleNode(v: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 4 || v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const hit = findArticleNode(x, depth + 1);
      if (hit) return hit;
    }
    return undefined;
  }
  const o = v as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && (o.headline || o.datePublished)) return o;
  return findArticleNode(o['@graph'], depth + 1);
}

function names(v: unknown): string | undefined {
  const list = ([] as unknown[]).concat(v ?? []);
  const out = list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : undefined))
    .filter((s): s is string => typeof s === 'string' && s.trim().length > 0)
    .map((s) => s.trim());
  return out.length ? out.join(', ') : undefined;
}

function toLdArticle(o: Record<string, unknown>): LdArticle {
  const str = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
  return {
    headline: str(o.headline) ?? str(o.name),
    author: names(o.author),
    datePublished: str(o.datePublished) ?? str(o.dateCreated),
    publisher: names(o.publisher),
    url: str(o.url) ?? str(o.mainEntityOfPage),
  };
}
