import { CLUSTER_LEVELS, CLUSTER_WORDS } from './data/clusters.js';

/**
 * Word clusters learned from unlabelled news text (scripts/ner/clusters.ts): a word's fine
 * cluster and two coarser levels, packed as fine+1 | (level1+1) << 10 | (level2+1) << 17; 0 for
 * a word not clustered. Clusters let the tagger treat an unseen name like the seen names that
 * keep the same company ("Rosneft" near "Gazprom"), which word identity alone cannot.
 */
let table: Map<string, number> | undefined;

function load(): Map<string, number> {
  const m = new Map<string, number>();
  const levels = CLUSTER_LEVELS.split(' ').map((s) => s.split(',').map(Number));
  CLUSTER_WORDS.split('\n').forEach((line, c) => {
    if (!line) return;
    const [l1 = -1, l2 = -1] = levels[c] ?? [];
    const packed = (c + 1) | ((l1 + 1) << 10) | ((l2 + 1) << 17);
    for (const w of line.split(' ')) m.set(w, packed);
  });
  return m;
}

/**
 * Cluster of a word as written; an ALL-CAPS word (headline) falls back to its capitalised and
 * lower-case forms, any other word to its lower-case form.
 */
export function clusterOf(w: string): number {
  const m = (table ??= load());
  const hit = m.get(w);
  if (hit !== undefined) return hit;
  if (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()) {
    const cap = m.get(w[0]! + w.slice(1).toLowerCase());
    if (cap !== undefined) return cap;
  }
  return m.get(w.toLowerCase()) ?? 0;
}

/** Build the table now (model loading). */
export function loadClusters(): void {
  table ??= load();
}
