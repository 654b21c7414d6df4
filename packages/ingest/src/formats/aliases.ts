/**
 * The record field names Lede reads, with the names news datasets and scrapers commonly use for
 * them. The first name present wins; the README's "Record fields" table is this list.
 */
export const FIELD_ALIASES = {
  id: ['id'],
  text: ['text', 'body', 'content'],
  html: ['html'],
  title: ['title', 'headline'],
  publishedAt: ['publishedAt', 'published', 'date', 'pubDate', 'published_at', 'datePublished'],
  source: ['source', 'outlet', 'site', 'publisher'],
  byline: ['byline'],
  authors: ['authors', 'author'],
  url: ['url', 'link'],
  language: ['language', 'lang'],
} as const;

export type FieldName = keyof typeof FIELD_ALIASES;

const KNOWN = new Set<string>(Object.values(FIELD_ALIASES).flat());

/** The value of a field under its first present name, and that name (for error messages). */
export function pick(o: Record<string, unknown>, field: FieldName): { name: string; value: unknown } | undefined {
  for (const name of FIELD_ALIASES[field]) {
    const value = o[name];
    if (value !== undefined && value !== null) return { name, value };
  }
  return undefined;
}

/** Fields no alias names, kept as given (undefined when there are none). */
export function extraFields(o: Record<string, unknown>): Record<string, unknown> | undefined {
  let extra: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(o)) if (!KNOWN.has(k)) (extra ??= {})[k] = v;
  return extra;
}

/** The one warning for record fields Lede does not read (CLI stderr, HTTP `warnings`), up to 20 names. */
export function extraFieldsWarning(names: Iterable<string>): string {
  const all = [...new Set(names)].sort();
  return `fields not read by Lede, kept as article.extra: ${all.slice(0, 20).map((k) => JSON.stringify(k)).join(', ')}${all.length > 20 ? ', …' : ''}`;
}
