import { TOPIC_MODEL } from './data/topic-model.js';

/**
 * The shipped topic model (written by `pnpm train:themes`): per labelled top-level topic, a
 * logistic regression over the lexicon terms (feature value log(1 + count), headline and lead
 * occurrences counted once more), plus one calibration of hand-weighted evidence that puts every
 * other theme, bundled or user-defined, on the same probability scale.
 */
export interface TopicModelData {
  /** Feature keys: folded lexicon terms ("interest rate"), words ("w:striker") and words inside names ("n:wenger"). */
  features: string[];
  /** Topic id -> bias and sparse [feature index, weight] pairs. */
  topics: Record<string, { bias: number; weights: Array<[number, number]> }>;
  /** p = sigmoid(bias + raw * ln(evidence / length scale) + distinct * ln(distinct terms)). */
  hand: { bias: number; raw: number; distinct: number };
}

/** One labelled topic: bias, lexicon-term weights and plain-word weights. */
export interface LearnedTopic {
  bias: number;
  terms: Map<string, number>;
  words: Map<string, number>;
}

export interface TopicModel {
  topics: Map<string, LearnedTopic>;
  /** Topic ids in a fixed order; per vocabulary word its row index, and the rows sparse (row r's entries are
   *  rowStart[r] .. rowStart[r + 1]: topic index and weight, topics in order), so a document's words are
   *  looked up once for all topics. */
  order: string[];
  wordIndex: Map<string, number>;
  /** Words inside names, by row of the same table (their own features: "blair" in a name is not the word). */
  nameIndex: Map<string, number>;
  rowStart: Int32Array;
  rowTopic: Int32Array;
  rowWeight: Float64Array;
  hand: TopicModelData['hand'];
}

/** Feature keys of plain words carry this prefix in the data file; lexicon terms have none. */
export const WORD_PREFIX = 'w:';
/** Words inside person and multi-word names ("n:blair") in the data file. */
export const NAME_PREFIX = 'n:';
/** In a topic's `words`, a name word's key: NUL never occurs in valid text, so it cannot collide with a word. */
export const NAME_KEY = '\u0000';

let model: TopicModel | undefined;

export function decodeTopicModel(data: TopicModelData): TopicModel {
  const topics = new Map<string, LearnedTopic>();
  for (const [id, t] of Object.entries(data.topics)) {
    const topic: LearnedTopic = { bias: t.bias, terms: new Map(), words: new Map() };
    for (const [i, w] of t.weights) {
      const f = data.features[i]!;
      if (f.startsWith(WORD_PREFIX)) topic.words.set(f.slice(WORD_PREFIX.length), w);
      else if (f.startsWith(NAME_PREFIX)) topic.words.set(NAME_KEY + f.slice(NAME_PREFIX.length), w);
      else topic.terms.set(f, w);
    }
    topics.set(id, topic);
  }
  const vocab = new Set<string>();
  for (const t of topics.values()) for (const w of t.words.keys()) vocab.add(w);
  const order = [...topics.keys()];
  // Every word some topic weighs: other words are not counted at all (speed).
  const rowOf = new Map<string, number>();
  for (const w of vocab) rowOf.set(w, rowOf.size);
  const wordIndex = new Map<string, number>();
  const nameIndex = new Map<string, number>();
  for (const [w, r] of rowOf) {
    if (w.startsWith(NAME_KEY)) nameIndex.set(w.slice(NAME_KEY.length), r);
    else wordIndex.set(w, r);
  }
  const rowStart = new Int32Array(rowOf.size + 1);
  const entries: number[] = [];
  const weights: number[] = [];
  for (const w of rowOf.keys()) {
    order.forEach((id, i) => {
      const x = topics.get(id)!.words.get(w);
      if (x !== undefined) entries.push(i), weights.push(x);
    });
    rowStart[rowOf.get(w)! + 1] = entries.length;
  }
  return { topics, order, wordIndex, nameIndex, rowStart, rowTopic: Int32Array.from(entries), rowWeight: Float64Array.from(weights), hand: data.hand };
}

/** The shipped model, decoded on first use. */
export function topicModel(): TopicModel {
  return (model ??= decodeTopicModel(TOPIC_MODEL));
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
