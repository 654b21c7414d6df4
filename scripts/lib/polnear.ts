// The PolNeAR training articles as every attribution training script reads them: sorted by id, with
// the fixed held-out slice (hash of the id, one in ten) and a seeded generator for shuffles.
import path from 'node:path';
import { readJsonl } from './shared.js';
import { hashString } from '../../packages/core/src/attribution/hash.js';

export interface Frag { start: number; end: number; text?: string }
export interface PolnearRecord { id: string; text: string; attributions: Array<{ source: Frag[]; cue: Frag[]; content: Frag[] }> }

/** Whether an article is in the slice held out from training (error analysis and calibration). */
export const isHeldOut = (id: string): boolean => hashString(id) % 10 === 0;

export function polnearTraining(shared: string): { records: PolnearRecord[]; held: Set<string> } {
  const records = readJsonl<PolnearRecord>(path.join(shared, 'train/attribution/polnear-train.jsonl')).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { records, held: new Set(records.filter((r) => isHeldOut(r.id)).map((r) => r.id)) };
}

/** A linear congruential generator in [0, 1): the shuffles' fixed seed makes training reproducible. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
