import type { Article } from '../model/article.js';
import type { TokenTable } from '../segment/token-table.js';
import type { Entity, Keyphrase, Quote, Readability, Sentence, SummarySentence, Theme, Token, Tone } from '../model/layers.js';

/**
 * The working document a pipeline passes from stage to stage (spaCy's Doc, in spirit): the
 * immutable article plus the layers built so far. Stages add layers; nobody touches `text`.
 */
export interface Doc {
  readonly article: Article;
  readonly text: string;
  /** Sentences without their tokens; `tokens` holds them all, in text order. */
  sentences: Sentence[];
  tokens: Token[];
  /** For each token, the index of its sentence (a huge document makes it on each read: keep the result). */
  tokenSentence: Int32Array;
  /** For each sentence, the index of its first token and one past its last. */
  sentenceTokens: Array<[number, number]>;
  /** `tokens` as typed arrays of offsets and tags (set by the segment stage). */
  tokenTable?: TokenTable;
  quotes: Quote[];
  entities: Entity[];
  themes: Theme[];
  tone: Tone | null;
  keyphrases: Keyphrase[];
  summary: SummarySentence[];
  readability: Readability | null;
}

export function emptyDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    sentences: [],
    tokens: [],
    tokenSentence: new Int32Array(0),
    sentenceTokens: [],
    quotes: [],
    entities: [],
    themes: [],
    tone: null,
    keyphrases: [],
    summary: [],
    readability: null,
  };
}
