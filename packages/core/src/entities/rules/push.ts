import type { Mention } from '../../model/layers.js';

/** How a rule adds a mention of `type` over tokens [from, to) (recognise.ts marks them covered). */
export type PushMention = (from: number, to: number, type: Mention['type']) => void;
