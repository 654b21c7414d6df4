import robotsParser from 'robots-parser';
import { fetchError, type FetchError } from './errors.js';
import type { FetchOptions, FetchResult } from './fetcher.js';

type Robot = ReturnType<typeof robotsParser>;

export interface RobotsRules {
  allowed(url: string): boolean;
  /** Crawl-delay for our agent, in ms (undefined when the site sets none). */
  delayMs?: number;
}

const FAILED_TTL_MS = 5 * 60_000;
const ALLOW_ALL: RobotsRules = { allowed: () => true };
const DISALLOW_ALL: RobotsRules = { allowed: () => false };

/**
 * robots.txt per origin, fetched once per run (cached for `ttlMs`) and read with robots-parser.
 * As RFC 9309 says: 4xx (no file) allows everything; a 5xx or unreachable file disallows the whole
 * site for now, since the site may be overloaded, and the error is reported.
 */
export function createRobots(fetchRobots: (url: string) => Promise<FetchResult>, agent: string, ttlMs = 60 * 60_000) {
  const cache = new Map<string, { at: number; failed: boolean; rules: Promise<{ rules: RobotsRules; error?: FetchError }> }>();
  const load = async (origin: string): Promise<{ rules: RobotsRules; error?: FetchError }> => {
    const url = `${origin}/robots.txt`;
    const res = await fetchRobots(url);
    if (res.ok && !res.notModified) {
      const robot: Robot = robotsParser(url, new TextDecoder().decode(res.body));
      const delay = robot.getCrawlDelay(agent);
      return { rules: { allowed: (u) => robot.isAllowed(u, agent) !== false, ...(delay !== undefined && { delayMs: Math.min(delay, 60) * 1000 }) } };
    }
    if (!res.ok && res.error.code === 'HTTP_STATUS' && res.error.status !== undefined && res.error.status < 500 && res.error.status !== 429) return { rules: ALLOW_ALL };
    if (!res.ok && res.error.code === 'ABORTED') return { rules: DISALLOW_ALL, error: res.error };
    const why = res.ok ? 'unexpected 304' : res.error.message;
    return { rules: DISALLOW_ALL, error: fetchError('ROBOTS_DISALLOWED', `robots.txt unavailable (${why}): not fetching from this site for now`, url, res.ok ? undefined : res.error.status) };
  };
  return {
    async rulesFor(url: string): Promise<{ rules: RobotsRules; error?: FetchError }> {
      const origin = new URL(url).origin;
      const hit = cache.get(origin);
      if (hit && Date.now() - hit.at < (hit.failed ? Math.min(ttlMs, FAILED_TTL_MS) : ttlMs)) return hit.rules;
      const entry = { at: Date.now(), failed: false, rules: load(origin) };
      cache.set(origin, entry);
      // An unavailable robots.txt is asked again sooner: the site may be back in minutes.
      void entry.rules.then((r) => (entry.failed = !!r.error));
      return entry.rules;
    },
  };
}

export type Robots = ReturnType<typeof createRobots>;
export type { FetchOptions };
