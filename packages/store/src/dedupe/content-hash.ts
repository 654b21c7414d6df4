import { createHash } from 'node:crypto';

/**
 * Normalise text so trivial differences (case, Unicode form, whitespace, curly vs straight quotes)
 * do not hide an exact duplicate: syndicated copies often differ only in those.
 */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201f]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** sha-256 (hex) of the normalised title and text: equal hashes = the same article. */
export function contentHash(title: string | undefined, text: string): string {
  return createHash('sha256')
    .update(normaliseForHash(title ?? ''))
    .update('\u0000')
    .update(normaliseForHash(text))
    .digest('hex');
}
