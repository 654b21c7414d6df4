import type { Doc } from '../pipeline/doc.js';
import type { Theme, Token } from '../model/layers.js';
import type { ThemeDefinition } from './definition.js';
import { dropNameWords, nameMask } from './entity-words.js';
import { topicModel } from './learned.js';
import { matchTerms, type CompiledTaxonomy } from './matcher.js';
import { scoreThemes, type ScoreOptions, type ThemeEvidence } from './score.js';
import { BUNDLED_THEMES, compiledTaxonomy } from './taxonomy.js';
import { beginDocument } from './vocab.js';
import { wordStream, type WordStream } from './words.js';

/** The headline as whitespace tokens (it is not segmented); capped so a runaway title stays cheap. */
function titleTokens(title: string): Token[] {
  const out: Token[] = [];
  for (const m of title.slice(0, 1000).matchAll(/\S+/g)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], pos: 'X' });
  return out;
}

const bundledSet = new Set<ThemeDefinition>(BUNDLED_THEMES);
const learnedCache = new WeakMap<CompiledTaxonomy, Set<string>>();

/** Ids the learned model scores: bundled definitions it was fitted for (a user theme with that id replaces it). */
function learnedIds(tax: CompiledTaxonomy): Set<string> {
  let ids = learnedCache.get(tax);
  if (!ids) {
    const model = topicModel();
    ids = new Set(tax.themes.filter((t) => bundledSet.has(t) && model.topics.has(t.id)).map((t) => t.id));
    learnedCache.set(tax, ids);
  }
  return ids;
}

/**
 * The term matches of a segmented doc: body matches less the words inside entity names (when the
 * entities stage ran), headline matches (the headline is not segmented) and the lead's length.
 */
export function themeEvidence(doc: Doc, tax: CompiledTaxonomy): ThemeEvidence {
  beginDocument();
  const stream = wordStream(doc.tokens);
  const title = doc.article.title ? wordStream(titleTokens(doc.article.title)) : null;
  const titleMatches = title ? matchTerms(tax, title) : [];
  const mask = nameMask(stream, doc.entities);
  const matches = dropNameWords(tax, matchTerms(tax, stream), mask);
  return { stream, text: doc.text, matches, titleMatches, leadWords: leadWordCount(doc, stream), mask, title };
}

/** Themes of a segmented doc, sorted by score, the primary top level flagged; `themes` defaults to the bundled taxonomy. */
export function computeThemes(doc: Doc, themes?: readonly ThemeDefinition[], options: ScoreOptions = {}): Theme[] {
  const tax = compiledTaxonomy(themes);
  return scoreThemes(tax, themeEvidence(doc, tax), options, learnedIds(tax));
}

/**
 * Words in the lead: the first two sentences, within the first paragraph. A news lead states what
 * the story is about; later paragraphs wander into background and reaction.
 */
function leadWordCount(doc: Doc, stream: WordStream): number {
  const first = doc.sentences[0];
  if (!first) return 0;
  const second = doc.sentences[1];
  const end = second && second.paragraph === first.paragraph ? second.end : first.end;
  let n = 0;
  while (n < stream.starts.length && stream.starts[n]! < end) n++;
  return n;
}

/** The primary top-level topic of an analysis (flagged by the themes stage; else its best top level), or null. */
export function primaryTopic(themes: readonly Theme[]): Theme | null {
  return themes.find((t) => t.primary) ?? themes.find((t) => t.id === t.topLevel) ?? null;
}
