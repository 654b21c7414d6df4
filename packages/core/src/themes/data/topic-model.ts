// Placeholder until `pnpm train:themes` writes the fitted model.
import type { TopicModelData } from '../learned.js';

export const TOPIC_MODEL: TopicModelData = { features: [], topics: {}, hand: { bias: -3, raw: 1.5, distinct: 1 } };
