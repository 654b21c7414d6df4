import { z } from 'zod';
import { Span } from './span.js';
import { validText } from './valid-text.js';

export const Article = z.object({
  id: validText().min(1).describe('Stable id: from the input record, or a content hash.'),
  text: validText().describe('The immutable article body every offset refers to; no NUL or lone surrogate.'),
  textSource: z
    .enum(['given', 'extracted'])
    .optional()
    .describe('"given": the text is the input exactly (plain text, JSON/JSONL "text"); "extracted": derived from HTML, Markdown or a feed and normalised.'),
  title: validText().optional(),
  byline: validText().optional(),
  authors: z.array(validText()).optional().describe('Author names, from an author/authors/byline field (the byline split on commas and "and").'),
  publishedAt: validText().optional().describe('ISO 8601 date or date-time; a partial date is "YYYY" or "YYYY-MM" (see datePrecision).'),
  datePrecision: z.enum(['year', 'month', 'day', 'time']).optional().describe('How much of publishedAt the input stated.'),
  source: validText().optional().describe('Publisher or feed name.'),
  url: validText().optional(),
  language: validText().optional().describe('BCP 47 tag, e.g. "en".'),
  paragraphs: z.array(Span).describe('Paragraph spans over text.'),
  extra: z.record(z.string(), z.unknown()).optional().describe('Record fields Lede does not read, kept as given.'),
});
export type Article = z.infer<typeof Article>;

/** What an ingester hands over before paragraphs are computed. */
export const ArticleInput = Article.omit({ paragraphs: true }).extend({
  paragraphs: z.array(Span).optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
