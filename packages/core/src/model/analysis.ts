import { z } from 'zod';
import { Article } from './article.js';
import { Entity, Keyphrase, Quote, Readability, Sentence, SummarySentence, Theme, Tone } from './layers.js';

/**
 * The full result of analysing one article: a stable contract (CLI, store and HTTP build on it).
 * A layer whose stage did not run is empty (`[]` or `null`), never invented.
 */
export const Analysis = z.object({
  id: z.string(),
  article: Article,
  sentences: z.array(Sentence),
  quotes: z.array(Quote),
  entities: z.array(Entity),
  themes: z.array(Theme),
  tone: Tone.nullable(),
  keyphrases: z.array(Keyphrase),
  summary: z.array(SummarySentence),
  readability: Readability.nullable(),
});
export type Analysis = z.infer<typeof Analysis>;

/** The keys a stage may fill. */
export type LayerName = Exclude<keyof Analysis, 'id' | 'article'>;

/** JSON Schema (draft 2020-12) of the full analysis, derived from the zod schema. */
export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Analysis, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
