import { z } from 'zod';
import { Span } from './span.js';
import { validText } from './valid-text.js';

export const Article = z.object({
  id: validText().min(1).describe('Stable id: from the input record, or a content hash.'),
  text: validText().describe('The immutable article body every offset refers to; no NUL or lone surrogate.'),
  title: validText().optional(),
  byline: validText().optional(),
  publishedAt: validText().optional().describe('ISO 8601 date or date-time.'),
  source: validText().optional().describe('Publisher or feed name.'),
  url: validText().optional(),
  language: validText().optional().describe('BCP 47 tag, e.g. "en".'),
  paragraphs: z.array(Span).describe('Paragraph spans over text.'),
});
export type Article = z.infer<typeof Article>;

/** What an ingester hands over before paragraphs are computed. */
export const ArticleInput = Article.omit({ paragraphs: true }).extend({
  paragraphs: z.array(Span).optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
