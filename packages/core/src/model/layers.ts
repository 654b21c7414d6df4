import { z } from 'zod';
import { Span, spanShape } from './span.js';
import { ENTITY_TYPES, THEME_THRESHOLD } from './constants.js';

export const Token = z.object({
  ...spanShape,
  pos: z.string().describe('Universal POS tag (UPOS).'),
});
export type Token = z.infer<typeof Token>;

export const Sentence = z.object({
  ...spanShape,
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative().describe('Index into article.paragraphs.'),
  tokens: z.array(Token).optional().describe('Present when tokens were requested.'),
});
export type Sentence = z.infer<typeof Sentence>;

export const QuoteForm = z.enum(['direct', 'partial', 'block', 'indirect']);
export type QuoteForm = z.infer<typeof QuoteForm>;

export const SpeakerKind = z.enum(['named', 'resolved', 'description', 'organisation']);
export type SpeakerKind = z.infer<typeof SpeakerKind>;

export const Speaker = z.object({
  name: z.string().describe('Canonical name of who said it, as the text gives it.'),
  start: z.number().int().nonnegative().optional().describe('Offset of the mention the attribution rests on.'),
  end: z.number().int().nonnegative().optional(),
  entityId: z.string().optional().describe('Id of the entity in this analysis, when linked.'),
  role: z.string().optional().describe('Role or affiliation given by the text.'),
  kind: SpeakerKind.optional().describe('named: a name in the attribution; resolved: a pronoun or description resolved to a named entity; description: unresolved ("a spokesman", "analysts"); organisation: an organisation speaking.'),
});
export type Speaker = z.infer<typeof Speaker>;

export const Quote = z.object({
  id: z.string(),
  ...spanShape,
  form: QuoteForm,
  cue: Span.nullable().describe('The reporting verb, dash or "according to".'),
  speaker: Speaker.nullable().describe('null when the text does not say who spoke.'),
  sentence: z.number().int().nonnegative().optional().describe('Index of the sentence holding the start.'),
  statement: z.string().optional().describe('Id of the statement this quote belongs to: fragments of one statement ("…," she said, "…") share it.'),
  confidence: z.number().min(0).max(1).optional().describe('Calibrated probability that content and speaker are right.'),
});
export type Quote = z.infer<typeof Quote>;

export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const Mention = z.object({ ...spanShape, type: EntityType });
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string(),
  name: z.string().describe('Canonical name.'),
  type: EntityType,
  mentions: z.array(Mention),
  count: z.number().int().nonnegative(),
  salience: z.number().min(0).max(1),
  links: z
    .record(z.string(), z.string())
    .optional()
    .describe('Stable ids, e.g. {"wikidata":"Q148","iso3166":"CN"}.'),
});
export type Entity = z.infer<typeof Entity>;

export { THEME_THRESHOLD };

export const Theme = z.object({
  id: z.string(),
  label: z.string(),
  topLevel: z.string().describe('IPTC Media Topic id of the top-level theme, e.g. medtop:13000000.'),
  score: z.number().min(0).max(1).describe('Calibrated probability that the article is about the theme; 0.5 is the documented tag threshold.'),
  primary: z.boolean().optional().describe('True on the one top-level topic the article is primarily about (its best-scoring top level).'),
  evidence: z.array(Span),
});
export type Theme = z.infer<typeof Theme>;

export const ScoredSentence = z.object({ index: z.number().int().nonnegative(), score: z.number().min(-1).max(1) });
export const EntityTone = z.object({
  entityId: z.string(),
  score: z.number().min(-1).max(1),
  sentences: z.array(z.number().int().nonnegative()),
});
export const Tone = z.object({
  document: z.number().min(-1).max(1),
  sentences: z.array(ScoredSentence),
  entities: z.array(EntityTone),
});
export type Tone = z.infer<typeof Tone>;

export const Keyphrase = z.object({
  text: z.string().describe('Normalised phrase.'),
  score: z.number(),
  spans: z.array(Span).describe('Occurrences in the text.'),
});
export type Keyphrase = z.infer<typeof Keyphrase>;

export const SummarySentence = z.object({ ...spanShape, index: z.number().int().nonnegative() });
export type SummarySentence = z.infer<typeof SummarySentence>;

export const Readability = z.object({
  fleschReadingEase: z.number(),
  fleschKincaidGrade: z.number(),
  gunningFog: z.number(),
  smog: z.number(),
  colemanLiau: z.number(),
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  syllables: z.number().int().nonnegative(),
  readingTimeMinutes: z.number().nonnegative(),
});
export type Readability = z.infer<typeof Readability>;
