import { Article, type ArticleInput } from '../model/article.js';
import type { Analysis } from '../model/analysis.js';
import { LedeError } from '../model/errors.js';
import { splitParagraphs } from '../segment/paragraphs.js';
import { emptyDoc, type Doc } from './doc.js';
import type { AnalyzeOptions } from './options.js';
import { resolveStages } from './resolve.js';
import { defaultStages } from './registry.js';

/** Validate an article (adding paragraphs when missing) with a typed error naming the field. */
export function toArticle(input: ArticleInput): Article {
  const withParagraphs = { ...input, paragraphs: input.paragraphs ?? splitParagraphs(input.text ?? '') };
  const parsed = Article.safeParse(withParagraphs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LedeError('INVALID_RECORD', issue.message, { field: issue.path.join('.') || undefined, record: input.id });
  }
  return parsed.data;
}

/** Run the chosen stages over one article and return the doc with its layers. */
export function analyzeDoc(input: ArticleInput, options: AnalyzeOptions = {}): Doc {
  const article = toArticle(input);
  const doc = emptyDoc(article);
  for (const stage of resolveStages(options.registry ?? defaultStages, options.stages)) {
    const t0 = performance.now();
    stage.run(doc, options);
    options.onStage?.(stage.name, performance.now() - t0);
  }
  return doc;
}

/** The public result contract of one article. */
export function toAnalysis(doc: Doc, options: Pick<AnalyzeOptions, 'tokens'> = {}): Analysis {
  const sentences = options.tokens
    ? doc.sentences.map((s, i) => {
        const [a, b] = doc.sentenceTokens[i] ?? [0, 0];
        return { ...s, tokens: doc.tokens.slice(a, b) };
      })
    : doc.sentences;
  return {
    id: doc.article.id,
    article: doc.article,
    sentences,
    quotes: doc.quotes,
    entities: doc.entities,
    themes: doc.themes,
    tone: doc.tone,
    keyphrases: doc.keyphrases,
    summary: doc.summary,
    readability: doc.readability,
  };
}

/** Analyse one article: the library's main entry point. */
export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(analyzeDoc(input, options), options);
}
