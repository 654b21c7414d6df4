import type { Doc } from '../pipeline/doc.js';
import type { Theme, Token } from '../model/layers.js';
import type { ThemeDefinition } from './definition.js';
import { matchTerms } from './matcher.js';
import { scoreThemes, type ScoreOptions } from './score.js';
import { compiledTaxonomy } from './taxonomy.js';
import { wordStream, type WordStream } from './words.js';

/** The headline as whitespace tokens (it is not segmented); capped so a runaway title stays cheap. */
function titleTokens(title: string): Token[] {
  const out: Token[] = [];
  for (const m of title.slice(0, 1000).matchAll(/\S+/g)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], pos: 'X' });
  return out;
}

/** Themes of a segmented doc (headline terms count twice but give no evidence spans), sorted by score; `themes` defaults to the bundled taxonomy. */
export function computeThemes(doc: Doc, themes?: readonly ThemeDefinition[], options: ScoreOptions = {}): Theme[] {
  const tax = compiledTaxonomy(themes);
  const stream = wordStream(doc.tokens);
  const title = doc.article.title ? matchTerms(tax, wordStream(titleTokens(doc.article.title))) : [];
  return scoreThemes(tax, stream, doc.text, matchTerms(tax, stream), options, title, leadWordCount(doc, stream));
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

/** The top-level IPTC Media Topic of an analysis: its best-scoring top-level theme, or null. */
export function primaryTopic(themes: readonly Theme[]): Theme | null {
  return themes.find((t) => t.id === t.topLevel) ?? null;
}
