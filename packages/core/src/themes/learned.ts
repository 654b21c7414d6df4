import { TOPIC_MODEL } from './data/topic-model.js';

/**
 * The shipped topic model (written by `pnpm train:themes`): per labelled top-level topic, a
 * logistic regression over the lexicon terms (feature value log(1 + count), headline and lead
 * occurrences counted once more), plus one calibration of hand-weighted evidence that puts every
 * other theme, bundled or user-defined, on the same probability scale.
 */
export interface TopicModelData {
  /** Feature keys: folded lexicon terms ("interest rate"). */
  features: string[];
  /** Topic id -> bias and sparse [feature index, weight] pairs. */
  topics: Record<string, { bias: number; weights: Array<[number, number]> }>;
  /** p = sigmoid(bias + raw * ln(evidence / length scale) + distinct * ln(distinct terms)). */
  hand: { bias: number; raw: number; distinct: number };
}

export interface TopicModel {
  topics: Map<string, { bias: number; weights: Map<string, number> }>;
  hand: TopicModelData['hand'];
}

let model: TopicModel | undefined;

export function decodeTopicModel(data: TopicModelData): TopicModel {
  const topics = new Map<string, { bias: number; weights: Map<string, number> }>();
  for (const [id, t] of Object.entries(data.topics)) {
    topics.set(id, { bias: t.bias, weights: new Map(t.weights.map(([i, w]) => [data.features[i]!, w])) });
  }
  return { topics, hand: data.hand };
}

/** The shipped model, decoded on first use. */
export function topicModel(): TopicModel {
  return (model ??= decodeTopicModel(TOPIC_MODEL));
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
