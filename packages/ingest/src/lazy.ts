// Heavy parsers load on first use, not at import: a `.txt` input never pays for the HTML DOM (linkedom ~100 ms),
// Readability, the feed parser (~60 ms), the Markdown parser or the date parser (~100 ms). require() rather than import() keeps
// parseInput synchronous for its callers (the server's request path, the CLI's reader); Node >= 20.19 (our
// engines floor) requires these packages synchronously.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

function lazy<T>(name: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= load(name) as T);
}

export const linkedom = lazy<typeof import('linkedom')>('linkedom');
export const readability = lazy<typeof import('@mozilla/readability')>('@mozilla/readability');
export const feedsmith = lazy<typeof import('feedsmith')>('feedsmith');
export const chrono = lazy<typeof import('chrono-node')>('chrono-node');
export const markedModule = lazy<typeof import('marked')>('marked');
