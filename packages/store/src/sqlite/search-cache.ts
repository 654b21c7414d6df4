import type { SearchHit } from '../types.js';

/**
 * A small LRU of search results, keyed by (normalised FTS query, kind, limit, filters). Real search traffic
 * repeats queries (dashboards, paging back, several users on one topic) and a ranked search with
 * snippets costs ~1–2 ms of SQLite CPU on a few thousand articles; a hit costs microseconds.
 *
 * Correctness: the store calls `invalidate()` on every write of its own, and checks SQLite's
 * `PRAGMA data_version` (which changes when *another* connection commits, e.g. `lede add` while
 * `lede serve` runs) before every lookup — so a cached answer is never older than the data.
 */
export class SearchCache {
  private readonly entries = new Map<string, SearchHit[]>();

  constructor(
    private readonly maxEntries = 256,
    /** Larger pages are not kept: they are rare and would dominate the cache's memory. */
    private readonly maxHits = 100,
  ) {}

  static key(match: string, kind: string, limit: number, filter = ''): string {
    return `${kind}\u0000${limit}\u0000${filter}\u0000${match}`;
  }

  /** A copy of the cached hits (callers may mutate what they get), or undefined. */
  get(key: string): SearchHit[] | undefined {
    const hits = this.entries.get(key);
    if (!hits) return undefined;
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, hits);
    return hits.map((h) => ({ ...h }));
  }

  set(key: string, hits: SearchHit[]): void {
    if (this.maxEntries <= 0 || hits.length > this.maxHits) return;
    this.entries.delete(key);
    this.entries.set(key, hits.map((h) => ({ ...h })));
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  invalidate(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
