// Request and response schemas of the HTTP API: zod validates requests and the same schemas
// generate /openapi.json, so the spec cannot drift from what the server accepts.
import { EntityType, QuoteForm, SpeakerKind } from '@lede/core';
import { FIELD_ALIASES } from '@lede/ingest';
import type { AddResult, ArticleSummary, Page, QuoteRow, SearchHit } from '@lede/store';
import { z } from 'zod';

const shortText = (max: number) => z.string().max(max);
/** ISO 8601 date or date-time prefix; a bounded pattern, so no pathological backtracking. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2}([T ][0-9:.]{2,15}(Z|[+-]\d{2}:?\d{2})?)?)?$/, 'expected an ISO 8601 date, e.g. 2024-03-05')
  .describe('ISO 8601 date or date-time.');
/** An article's own date: also a year or year-month, kept with its precision. */
const articleDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]{2,15}(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'expected an ISO 8601 date, e.g. 2024-03-05, 2024-03 or 2024')
  .describe('ISO 8601 date or date-time; a partial date (2024, 2024-03) is kept with its precision.');

/** Comma-separated stage names in a query string, or a JSON array in a body. */
const stageList = z.array(z.string().min(1).max(40)).max(20);

// ---- POST /v1/analyze and POST /v1/articles -------------------------------------------------

/**
 * A JSON article: the same record `lede add` reads from .jsonl, with the same field names and
 * aliases (`headline`, `published`, `outlet`, `author`, `body`, …: @lede/ingest's FIELD_ALIASES,
 * the README's "Record fields"), read by the same function. Exactly one of `text` (or an alias)
 * and `html`. `url` is metadata: the server never fetches it.
 */
const articleFields = {
  text: z.string().optional().describe('Plain article text (paragraphs separated by blank lines), kept exactly.'),
  html: z.string().optional().describe('An HTML page; the article body and metadata are extracted from it.'),
  id: z.union([shortText(200).min(1), z.number()]).optional().describe('Stable id; default: a hash of the content.'),
  title: shortText(1000).optional(),
  byline: shortText(1000).optional(),
  authors: z
    .union([shortText(1000), z.array(z.union([shortText(200), z.looseObject({ name: shortText(200) })])).max(100)])
    .optional()
    .describe('Author names: a list of names or of {"name": …}, or one string read like a byline.'),
  // Read by the record reader, as on the CLI: ISO 8601, RFC 2822, "March 2025", a Unix time; a
  // value it cannot read is a 422 naming the field.
  publishedAt: z
    .union([shortText(100), z.number()])
    .optional()
    .describe('ISO 8601 date or date-time, RFC 2822, a Unix time, or a partial date (2024, 2024-03, March 2024), kept with its precision.'),
  source: z.union([shortText(200), z.looseObject({ name: shortText(200) })]).optional().describe('The outlet: a name or {"name": …}.'),
  url: shortText(2048).optional().describe('Recorded as metadata only; never fetched.'),
  language: shortText(35).optional().describe('BCP 47 tag, e.g. "en".'),
};
type FieldName = keyof typeof FIELD_ALIASES;
const aliasFields = Object.fromEntries(
  (Object.entries(FIELD_ALIASES) as Array<[FieldName, readonly string[]]>).flatMap(([field, names]) =>
    names
      .filter((n) => !(n in articleFields))
      .map((n) => {
        const base = (articleFields as Record<string, z.ZodType>)[field] ?? z.string();
        return [n, base.optional().describe(`Same as \`${field}\`.`)];
      }),
  ),
);
const TEXT_NAMES: readonly string[] = FIELD_ALIASES.text;
const oneOfTextHtml = (b: Record<string, unknown>) => TEXT_NAMES.some((n) => b[n] !== undefined) !== (b.html !== undefined);
const oneOfMessage = { message: `give exactly one of "text" (or ${TEXT_NAMES.filter((n) => n !== 'text').map((n) => `"${n}"`).join(', ')}) and "html"`, path: ['text'] };

export const ArticleRequest = z
  .strictObject({
    ...articleFields,
    ...aliasFields,
    stages: stageList.optional().describe('Stages to run (their requirements are added); default: all. See `lede stages`.'),
    tokens: z.boolean().optional().describe('Include tokens in each sentence.'),
  })
  .refine(oneOfTextHtml, oneOfMessage);

/**
 * Ingestion always runs every stage, so the store holds complete analyses. Fields Lede does not
 * read are kept as `article.extra` and listed in the response's `warnings`, as `lede add` does.
 */
export const IngestRequest = z.looseObject({ ...articleFields, ...aliasFields }).refine(oneOfTextHtml, oneOfMessage);
export type ArticleRequest = z.infer<typeof ArticleRequest>;
export type IngestRequest = z.infer<typeof IngestRequest>;

/** Query options for raw text/plain and text/html bodies, which have no JSON envelope. */
const metaQuery = {
  id: shortText(200).min(1).optional(),
  title: shortText(1000).optional(),
  source: shortText(200).optional(),
  publishedAt: articleDate.optional(),
  url: shortText(2048).optional(),
  language: shortText(35).optional(),
};

export const IngestQuery = z.strictObject(metaQuery);

export const AnalyzeQuery = z.strictObject({
  ...metaQuery,
  stages: z
    .string()
    .max(800)
    .optional()
    .describe('Comma-separated stage names.')
    .transform((s) => (s === undefined ? undefined : s.split(',').map((x) => x.trim()).filter(Boolean))),
  tokens: z.enum(['true', 'false']).optional().transform((t) => (t === undefined ? undefined : t === 'true')),
});

export const AddResultSchema = z.object({
  id: z.string(),
  status: z.enum(['added', 'updated', 'unchanged', 'duplicate']).describe('updated: the id was stored with other content, now replaced.'),
  duplicateOf: z.string().optional().describe('For syndicated copies: the id of the article this one copies.'),
  similarity: z.number().optional().describe('For duplicates: estimated Jaccard similarity to the original.'),
  warnings: z.array(z.string()).optional().describe('E.g. fields Lede does not read, kept as article.extra (the warning `lede add` prints).'),
  extraFields: z.array(z.string()).optional().describe('The record fields kept as article.extra.'),
});

export const BatchResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  warnings: z.array(z.string()).optional().describe('E.g. fields Lede does not read, kept as article.extra, once for the whole body.'),
  results: z.array(
    z.union([
      AddResultSchema.extend({ record: z.string().describe('Which line, e.g. "body:3".') }),
      z.object({ record: z.string(), error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) }),
    ]),
  ),
});

/** POST /v1/articles with a queue: what was queued, and the lines that were not (with their errors). */
export const QueuedResultSchema = z.object({
  queued: z.number().int().describe('Articles put on the queue.'),
  alreadyQueued: z.number().int().describe('Articles in a batch already on the queue (the same body sent again).'),
  failed: z.number().int(),
  id: z.string().optional().describe('For a single article: its id (GET /v1/articles/{id} once a worker stored it).'),
  results: z.array(z.object({ record: z.string(), error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) })),
});

// ---- corpus queries -------------------------------------------------------------------------

// Decimal digits only: Number() would also take "0x10", "1e2", " 7" or "" (issue #15).
const wholeNumber = z.union([z.number().int(), z.string().regex(/^\d{1,9}$/, 'expected a whole number in decimal digits').transform(Number)]);
const limit = (max: number) => wholeNumber.pipe(z.number().min(1).max(max)).optional();
const offset = wholeNumber.pipe(z.number().min(0).max(1_000_000)).optional();
const name = shortText(200).min(1);
// The theme filters every corpus query takes (the store validates their combination).
const themeFilters = {
  theme: name.optional().describe('Articles tagged with this theme (id, top level or label): primary topic, or scoring at/above 0.5.').meta({ examples: ['economy'] }),
  primary: name.optional().describe('Articles whose primary top-level topic is this (id or label).').meta({ examples: ['politics'] }),
  minScore: z.coerce.number().min(0).max(1).optional().describe('With theme: only articles scoring at least this for it.'),
};
/**
 * offset + limit must stay within what the store will return for a top-N query (it has no offset
 * of its own): past that a 400 names offset, rather than a 503 from the store.
 */
const windowRule = <T extends z.ZodType<{ offset?: number; limit?: number }>>(schema: T, max: number, defaultLimit: number): T =>
  schema.refine((q) => (q.offset ?? 0) + (q.limit ?? defaultLimit) <= max, { message: `offset + limit must be at most ${max}`, path: ['offset'] }) as T;
const windowOffset = offset.describe('Skip this many rows (the CLI\'s --offset).');

/** minScore qualifies a theme: alone it would silently filter nothing, so it is a 400 naming the field. */
const themeRule = <T extends z.ZodType<{ theme?: string; minScore?: number }>>(schema: T): T =>
  schema.refine((q) => q.minScore === undefined || q.theme !== undefined, { message: 'minScore needs a theme to apply to', path: ['minScore'] }) as T;

export const ListArticlesQuery = themeRule(z.strictObject({
  limit: limit(500),
  offset,
  sort: z.enum(['date', 'title', 'quotes', 'tone', 'added']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  ...themeFilters,
  entity: name.optional(),
  speaker: name.optional(),
  outlet: name.optional().describe('Only articles from this outlet (the source, e.g. "Reuters"; whole name, any case).'),
  from: isoDate.optional(),
  to: isoDate.optional(),
}));

export const ArticleParams = z.strictObject({ id: shortText(200).min(1) });

export const SearchQuery = windowRule(themeRule(z.strictObject({
  q: z.string().trim().min(1, 'q must not be empty').max(500).describe('Words or "a phrase"; ranked full-text search.').meta({ examples: ['chips export'] }),
  limit: limit(200),
  kind: z.enum(['articles', 'quotes', 'all']).optional(),
  ...themeFilters,
  entity: name.optional().describe('Only hits in articles mentioning this entity.'),
  speaker: name.optional().describe('Only hits in articles quoting this speaker.'),
  outlet: name.optional().describe('Only hits in articles from this outlet (whole name, any case).'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  offset: windowOffset,
})), 1000, 20);

/** A true/false query flag ("true" or "false"; anything else is a 400 naming it). */
const flag = () => z.enum(['true', 'false']).optional().transform((t) => (t === undefined ? undefined : t === 'true'));

export const QuotesQuery = themeRule(z.strictObject({
  speaker: name.optional(),
  outlet: name.optional().describe('Only quotes in articles from this outlet (whole name, any case).'),
  ...themeFilters,
  from: isoDate.optional(),
  to: isoDate.optional(),
  form: z.enum(['direct', 'mixed', 'indirect']).optional()
    .describe('direct (direct and block quotes), mixed (quoted words inside reported speech) or indirect (paraphrase).'),
  minConfidence: z.coerce.number().min(0).max(1).optional().describe('Only quotes with at least this confidence (0-1); quotes without one are left out.'),
  named: flag().describe('true: only quotes whose speaker is named, or a pronoun or description resolved to a named entity.'),
  limit: limit(500),
  offset,
}));

/** The store's top-N queries return at most this many rows. */
const FACET_MAX = 10_000;
const facetShape = { ...themeFilters, from: isoDate.optional(), to: isoDate.optional(), limit: limit(500), offset: windowOffset };
export const FacetQuery = windowRule(themeRule(z.strictObject(facetShape)), FACET_MAX, 20);
export const SpeakersQuery = windowRule(themeRule(z.strictObject({
  ...facetShape,
  all: flag().describe('true: also count unresolved descriptions ("analysts", "a spokesman") and unlinked organisations.'),
})), FACET_MAX, 20);
export const EntitiesQuery = windowRule(themeRule(z.strictObject({
  ...facetShape,
  type: EntityType.optional(),
  types: z.string().optional()
    .transform((s) => s?.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean))
    .pipe(z.array(EntityType).optional())
    .describe('Comma-separated types; default the named types (DATE, MONEY, PERCENT, QUANTITY only when asked).')
    .meta({ examples: ['DATE,MONEY'] }),
})), FACET_MAX, 20);

export const CooccurrenceQuery = windowRule(z.strictObject({
  entity: name.optional().describe('Partners of this entity; without it, the most frequent pairs.').meta({ examples: ['Xi Jinping'] }),
  minArticles: z.coerce.number().int().min(1).max(1_000_000).optional().describe('Pairs seen together in at least this many articles.'),
  limit: limit(500),
  offset: windowOffset,
}), FACET_MAX, 50);

export const EntityParams = z.strictObject({
  id: name.describe('The entity: its name as stored (e.g. "Xi Jinping"), URL-encoded.').meta({ examples: ['Xi Jinping'] }),
});
const period = z.enum(['day', 'week', 'month']).optional().describe('Period length (default month; a week is named by its Monday).');
export const EntityToneQuery = z.strictObject({ by: period, offset: windowOffset, limit: limit(10_000) });

export const ThemeCountsQuery = windowRule(z.strictObject({ from: isoDate.optional(), to: isoDate.optional(), limit: limit(10_000), offset: windowOffset }), FACET_MAX, 50);

export const TimelineQuery = z.strictObject({
  theme: name.optional(),
  by: period,
  offset: windowOffset,
  limit: limit(10_000),
});

/** The `outlet` parameter is the store's `source` filter (the name a reader knows it by, as in the CLI). */
export function withSource<T extends { outlet?: string | undefined }>({ outlet, ...rest }: T): Omit<T, 'outlet'> & { source?: string } {
  return { ...rest, ...(outlet !== undefined && { source: outlet }) };
}

// ---- responses ------------------------------------------------------------------------------

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  opening: z.string().optional().describe('Without a title: the opening words of the text (first line, about 120 characters).'),
  source: z.string().optional(),
  publishedAt: z.string().optional(),
  topThemes: z.array(z.string()),
  quoteCount: z.number().int(),
  tone: z.number().nullable(),
  duplicateOf: z.string().optional(),
});

export const SearchHitSchema = z.object({
  kind: z.enum(['article', 'quote']),
  articleId: z.string(),
  title: z.string().optional(),
  snippet: z.string().describe('Matches wrapped in [ and ].'),
  rank: z.number(),
  quoteId: z.string().optional(),
  speaker: z.string().optional(),
});

export const QuoteRowSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string().optional(),
  publishedAt: z.string().optional(),
  quoteId: z.string(),
  text: z.string(),
  form: QuoteForm,
  speaker: z.string().nullable(),
  role: z.string().optional(),
  start: z.number().int(),
  end: z.number().int(),
  statement: z.string().describe('Statement id: fragments of one statement ("…," she said, "…") share it.'),
  confidence: z.number().optional().describe('Calibrated probability (0-1) that content and speaker are right.'),
  speakerKind: SpeakerKind.optional(),
});

export const EntityFacetSchema = z.object({ name: z.string(), type: EntityType, mentions: z.number().int(), articles: z.number().int() });
export const SpeakerFacetSchema = z.object({ name: z.string(), entityId: z.string().optional(), quotes: z.number().int(), articles: z.number().int() });
export const ThemeCountSchema = z.object({
  themeId: z.string(),
  label: z.string(),
  topLevel: z.string(),
  articles: z.number().int().describe('Articles tagged with the theme (primary, or at/above the threshold).'),
  primary: z.number().int().describe('Of those, articles whose primary topic it is.'),
});
export const TimelinePointSchema = z.object({ period: z.string(), theme: z.string(), articles: z.number().int() });
export const CooccurrenceSchema = z.object({ a: z.string(), b: z.string(), articles: z.number().int() });
export const TonePointSchema = z.object({ period: z.string(), tone: z.number(), articles: z.number().int() });
export const StatsSchema = z.object({ articles: z.number().int(), quotes: z.number().int(), entities: z.number().int(), duplicates: z.number().int() });

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

// Compile-time guard: the response schemas describe the store's types exactly.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertSame = <T extends true>(): T => true as T;
assertSame<Same<z.infer<typeof ArticleSummarySchema>, ArticleSummary>>();
assertSame<Same<z.infer<typeof SearchHitSchema>, SearchHit>>();
assertSame<Same<z.infer<typeof QuoteRowSchema>, QuoteRow>>();
assertSame<Same<z.infer<typeof AddResultSchema>, AddResult>>();
assertSame<Same<Page<ArticleSummary>['total'], number>>();
