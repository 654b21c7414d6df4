import { fetchError, isTransient } from './errors.js';
import { politeFetch, type FetchOptions, type FetchResult } from './fetcher.js';
import { createHostGate, DEFAULT_POLICY, type HostGate, type HostPolicy } from './hosts.js';
import { createRobots } from './robots.js';
import { hostOf } from './url.js';
import { ROBOTS_AGENT, userAgent } from './user-agent.js';

export interface ClientOptions {
  userAgent?: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  policy?: Partial<HostPolicy>;
  /** A host backing off for longer than this is skipped (BACKING_OFF) instead of waited for. */
  maxBackoffWaitMs?: number;
  /** false: ignore robots.txt (only for your own sites). */
  robots?: boolean;
  signal?: AbortSignal;
}

export interface Client {
  get(url: string, opts?: Pick<FetchOptions, 'etag' | 'lastModified' | 'accept'>): Promise<FetchResult>;
  readonly gate: HostGate;
  readonly userAgent: string;
}

export const DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, maxBackoffWaitMs: 30_000 };

/** One polite HTTP client for a collector run: host gate, robots.txt and fetch settings shared by every request. */
export function createClient(options: ClientOptions = {}): Client {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const gate = createHostGate(policy);
  const ua = options.userAgent ?? userAgent();
  const base = {
    userAgent: ua,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
    ...(options.signal && { signal: options.signal }),
  };
  const maxWait = options.maxBackoffWaitMs ?? DEFAULTS.maxBackoffWaitMs;

  const slot = async (url: string) => {
    const host = hostOf(url);
    const left = gate.backoffLeft(host);
    if (left > maxWait) return fetchError('BACKING_OFF', `${host} is failing; next try in ${Math.ceil(left / 1000)} s`, url);
    return (await gate.acquire(host, options.signal)) ?? fetchError('ABORTED', 'stopped', url);
  };
  const account = (res: FetchResult, url: string): FetchResult => {
    const host = hostOf(res.ok ? res.url : res.error.url || url);
    if (res.ok) gate.success(host);
    else if (isTransient(res.error) && res.error.code !== 'ABORTED' && res.error.code !== 'BACKING_OFF') gate.failure(host, res.error.retryAfterMs);
    return res;
  };
  const robots = createRobots(async (url) => account(await politeFetch(url, { ...base, accept: 'text/plain', maxBytes: 512 * 1024, gate: slot }), url), ROBOTS_AGENT);

  const gateWithRobots = async (url: string) => {
    if (options.robots !== false) {
      const { rules, error } = await robots.rulesFor(url);
      if (error) return { ...error, url };
      if (rules.delayMs) gate.slowDown(hostOf(url), rules.delayMs);
      if (!rules.allowed(url)) return fetchError('ROBOTS_DISALLOWED', 'robots.txt disallows this URL', url);
    }
    return slot(url);
  };

  return {
    gate,
    userAgent: ua,
    async get(url, opts = {}) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { ok: false, error: fetchError('BAD_URL', 'not a URL', url) };
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, error: fetchError('BAD_URL', 'only http and https are fetched', url) };
      return account(await politeFetch(url, { ...base, ...opts, gate: gateWithRobots }), url);
    },
  };
}
