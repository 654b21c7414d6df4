import { z } from 'zod';
import { Span } from './span.js';

export const Article = z.object({
  id: z.string().min(1).describe('Stable id: from the input record, or a content hash.'),
  text: z.string().describe('The immutable article body every offset refers to.'),
  title: z.string().optional(),
  byline: z.string().optional(),
  publishedAt: z.string().optional().describe('ISO 8601 date or date-time.'),
  source: z.string().optional().describe('Publisher or feed name.'),
  url: z.string().optional(),
  language: z.string().optional().describe('BCP 47 tag, e.g. "en".'),
  paragraphs: z.array(Span).describe('Paragraph spans over text.'),
});
export type Article = z.infer<typeof Article>;

/** What an ingester hands over before paragraphs are computed. */
export const ArticleInput = Article.omit({ paragraphs: true }).extend({
  paragraphs: z.array(Span).optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
