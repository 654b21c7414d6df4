import { createHash } from 'node:crypto';

/**
 * The BBC train/test split of ../shared/corpus/PROVENANCE.md: sha256(title + "\n" + text), first
 * 8 hex digits as an integer, mod 5 == 0 -> test (456 articles), else train (1,769). Hashing the
 * content keeps exact duplicates on one side.
 */
export function bbcSplit<T extends { title: string; text: string }>(records: readonly T[]): { train: T[]; test: T[] } {
  const train: T[] = [];
  const test: T[] = [];
  for (const r of records) {
    const h = parseInt(createHash('sha256').update(`${r.title}\n${r.text}`).digest('hex').slice(0, 8), 16);
    (h % 5 === 0 ? test : train).push(r);
  }
  return { train, test };
}
