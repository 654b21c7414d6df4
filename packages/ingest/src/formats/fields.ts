/** What a format hands to the article builder: raw text plus whatever metadata it found. */
export interface RawArticle {
  text: string;
  /** Text came from markup: collapse whitespace HTML-style (the article says textSource "extracted"). */
  markup?: boolean;
  id?: string;
  title?: string;
  byline?: string;
  /** Author names when the record lists them; else they are read from the byline. */
  authors?: string[];
  /** Raw date string; normalised to ISO 8601 by the builder. */
  publishedAt?: unknown;
  /** The record stated this date itself (a bad value is an error, not silently dropped). */
  strictDate?: boolean;
  /** The name the date had in the record, for the error message. */
  dateField?: string;
  source?: string;
  url?: string;
  language?: string;
  /** Record fields Lede does not read, kept as article.extra. */
  extra?: Record<string, unknown>;
}
