import type { Doc } from '../pipeline/doc.js';
import type { Theme } from '../model/layers.js';
import type { ThemeDefinition } from './definition.js';
import { dropNameWords, nameMask } from './entity-words.js';
import { topicModel } from './learned.js';
import { matchTerms, type CompiledTaxonomy } from './matcher.js';
import { scoreThemes, type ScoreOptions, type ThemeEvidence } from './score.js';
import { BUNDLED_THEMES, compiledTaxonomy } from './taxonomy.js';
import { spellingTable } from './spelling-table.js';
import { beginDocument } from './vocab.js';
import { wordStream } from './word-stream.js';
import type { WordStream } from './words.js';

/** The headline's word stream: whitespace tokens (it is not segmented), capped so a runaway title stays cheap. */
function titleStream(title: string): WordStream {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of title.slice(0, 1000).matchAll(/\S+/g)) starts.push(m.index), ends.push(m.index + m[0].length);
  return wordStream(title, starts, ends, starts.length);
}

/** The body's word stream, from the segment stage's token table (or the token objects when a doc has none). */
function bodyStream(doc: Doc): WordStream {
  const t = doc.tokenTable;
  if (t && t.length === doc.tokens.length) return wordStream(doc.text, t.start, t.end, t.length, true);
  return wordStream(doc.text, Int32Array.from(doc.tokens, (x) => x.start), Int32Array.from(doc.tokens, (x) => x.end), doc.tokens.length, true);
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
 * entities stage ran), headline matches (the headline is not segmented) and the lead's length. The
 * body's stream lives in a shared buffer: valid until the next document's evidence is taken.
 */
export function themeEvidence(doc: Doc, tax: CompiledTaxonomy): ThemeEvidence {
  beginDocument();
  const stream = bodyStream(doc);
  const title = doc.article.title ? titleStream(doc.article.title) : null;
  const table = spellingTable(tax, topicModel());
  const titleMatches = title ? matchTerms(tax, title, table) : [];
  const mask = nameMask(stream, doc.entities);
  const matches = dropNameWords(tax, matchTerms(tax, stream, table), mask);
  return { stream, text: doc.text, matches, titleMatches, leadWords: leadWordCount(doc, stream), mask, title, table };
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
