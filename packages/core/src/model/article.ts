import { z } from 'zod';
import { Span } from './span.js';

export const Article = z.object({
  id: z.string().min(1).describe('Stable id: from the input record, or a content hash.'),
  text: z.string().describe('The immutable article body every offset refers to.'),
  textSource: z
    .enum(['given', 'extracted'])
    .optional()
    .describe('"given": the text is the input exactly (plain text, JSON/JSONL "text"); "extracted": derived from HTML, Markdown or a feed and normalised.'),
  title: z.string().optional(),
  byline: z.string().optional(),
  authors: z.array(z.string()).optional().describe('Author names, from an author/authors/byline field (the byline split on commas and "and").'),
  publishedAt: z.string().optional().describe('ISO 8601 date or date-time; a partial date is "YYYY" or "YYYY-MM" (see datePrecision).'),
  datePrecision: z.enum(['year', 'month', 'day', 'time']).optional().describe('How much of publishedAt the input stated.'),
  source: z.string().optional().describe('Publisher or feed name.'),
  url: z.string().optional(),
  language: z.string().optional().describe('BCP 47 tag, e.g. "en".'),
  paragraphs: z.array(Span).describe('Paragraph spans over text.'),
  extra: z.record(z.string(), z.unknown()).optional().describe('Record fields Lede does not read, kept as given.'),
});
export type Article = z.infer<typeof Article>;

/** What an ingester hands over before paragraphs are computed. */
export const ArticleInput = Article.omit({ paragraphs: true }).extend({
  paragraphs: z.array(Span).optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
