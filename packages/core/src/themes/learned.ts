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

/** One labelled topic: bias and lexicon-term weights (its word weights live in the model's rows). */
export interface LearnedTopic {
  bias: number;
  terms: Map<string, number>;
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

let model: TopicModel | undefined;

export function decodeTopicModel(data: TopicModelData): TopicModel {
  const order = Object.keys(data.topics);
  const topics = new Map<string, LearnedTopic>();
  // One pass over the sparse weights (O(entries)): each word feature gets a row the first time a
  // topic weighs it; the rows are then laid out by a counting sort, topics in order within a row.
  const rowOfFeature = new Int32Array(data.features.length).fill(-1);
  const wordIndex = new Map<string, number>();
  const nameIndex = new Map<string, number>();
  let rows = 0;
  let words = 0;
  for (const id of order) {
    const t = data.topics[id]!;
    const terms = new Map<string, number>();
    for (const [i] of t.weights) {
      const f = data.features[i]!;
      const word = f.startsWith(WORD_PREFIX);
      if (!word && !f.startsWith(NAME_PREFIX)) continue;
      words++;
      if (rowOfFeature[i] !== -1) continue;
      rowOfFeature[i] = rows;
      (word ? wordIndex : nameIndex).set(f.slice(2), rows++);
    }
    for (const [i, w] of t.weights) if (rowOfFeature[i] === -1) terms.set(data.features[i]!, w);
    topics.set(id, { bias: t.bias, terms });
  }
  const rowStart = new Int32Array(rows + 1);
  for (const id of order) for (const [i] of data.topics[id]!.weights) if (rowOfFeature[i] !== -1) rowStart[rowOfFeature[i]! + 1]!++;
  for (let r = 0; r < rows; r++) rowStart[r + 1]! += rowStart[r]!;
  const fill = rowStart.slice(0, rows);
  const rowTopic = new Int32Array(words);
  const rowWeight = new Float64Array(words);
  order.forEach((id, k) => {
    for (const [i, w] of data.topics[id]!.weights) {
      const r = rowOfFeature[i]!;
      if (r === -1) continue;
      const at = fill[r]!++;
      rowTopic[at] = k;
      rowWeight[at] = w;
    }
  });
  return { topics, order, wordIndex, nameIndex, rowStart, rowTopic, rowWeight, hand: data.hand };
}

/** The shipped model, decoded on first use. */
export function topicModel(): TopicModel {
  return (model ??= decodeTopicModel(TOPIC_MODEL));
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
