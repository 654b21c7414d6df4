/** What a format hands to the article builder: raw text plus whatever metadata it found. */
export interface RawArticle {
  text: string;
  /** Text came from markup: collapse whitespace HTML-style. */
  markup?: boolean;
  id?: string;
  title?: string;
  byline?: string;
  /** Raw date string; normalised to ISO 8601 by the builder. */
  publishedAt?: unknown;
  /** The record stated this date itself (a bad value is an error, not silently dropped). */
  strictDate?: boolean;
  source?: string;
  url?: string;
  language?: string;
}
