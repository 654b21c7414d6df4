import dc from 'node:diagnostics_channel';

/**
 * Politeness per host: at most `perHost` requests at once, requests sent at least `intervalMs`
 * apart (or the site's robots.txt Crawl-delay, if longer), and a host that keeps failing waits
 * exponentially longer (base · 2^(failures-1), capped) before it is asked again. `total` bounds
 * requests over all hosts. A waiting request holds no slot, so one slow host never starves others.
 *
 * Spacing counts from when a request really left: undici reports each request's headers going out
 * (diagnostics channel `undici:client:sendHeaders`), and the next request to that host is let go
 * only after the previous one was sent. Spacing grants alone is not enough: a busy event loop (HTML
 * extraction runs on it) can hold a granted request back until the next is granted, and both
 * would then reach the site together.
 */
export interface HostPolicy {
  intervalMs: number;
  perHost: number;
  total: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export const DEFAULT_POLICY: HostPolicy = { intervalMs: 1000, perHost: 2, total: 8, backoffBaseMs: 2000, backoffMaxMs: 10 * 60_000 };

interface Grant {
  sent: boolean;
}

interface Host {
  active: number;
  /** Granted requests whose headers have not gone out yet, oldest first. */
  unsent: Grant[];
  lastSent: number;
  nextStart: number;
  blockedUntil: number;
  failures: number;
  intervalMs: number;
  waiters: Array<(release: (() => void) | null) => void>;
  timer?: NodeJS.Timeout;
}

export interface HostGate {
  /** Wait for this host's turn; resolves to a release, or null when `signal` aborted first. */
  acquire(host: string, signal?: AbortSignal): Promise<(() => void) | null>;
  /** A request to the host failed (network, timeout, 5xx): back off, at least `minWaitMs` (Retry-After; capped). */
  failure(host: string, minWaitMs?: number): void;
  success(host: string): void;
  /** A longer spacing for one host (robots.txt Crawl-delay); never shorter than the policy's. */
  slowDown(host: string, intervalMs: number): void;
  /** Milliseconds until the host may be asked again because of backoff (0 when it is not backing off). */
  backoffLeft(host: string): number;
}

export function createHostGate(policy: HostPolicy = DEFAULT_POLICY): HostGate {
  const hosts = new Map<string, Host>();
  const waiting = new Set<string>();
  let active = 0;

  const hostOf = (name: string): Host => {
    let h = hosts.get(name);
    if (!h) hosts.set(name, (h = { active: 0, unsent: [], lastSent: 0, nextStart: 0, blockedUntil: 0, failures: 0, intervalMs: policy.intervalMs, waiters: [] }));
    return h;
  };

  const pump = (name: string): void => {
    const h = hostOf(name);
    // An unsent request holds the host back; its send (or its end) pumps again.
    while (h.waiters.length && h.active < policy.perHost && active < policy.total && !h.unsent.length) {
      const wait = Math.max(h.nextStart, h.blockedUntil, h.lastSent + h.intervalMs) - Date.now();
      if (wait > 0) {
        if (!h.timer) h.timer = setTimeout(() => ((h.timer = undefined), pump(name)), wait);
        return;
      }
      const resolve = h.waiters.shift()!;
      h.active++;
      active++;
      h.nextStart = Date.now() + h.intervalMs;
      const grant: Grant = { sent: false };
      h.unsent.push(grant);
      let released = false;
      resolve(() => {
        if (released) return;
        released = true;
        if (!grant.sent) h.unsent.splice(h.unsent.indexOf(grant), 1); // ended before sending (refused, aborted)
        h.active--;
        active--;
        pumpAll();
      });
    }
    if (!h.waiters.length) waiting.delete(name);
  };
  const pumpAll = () => {
    for (const name of [...waiting]) pump(name);
  };

  const onSent = (name: string) => {
    const h = hosts.get(name);
    const grant = h?.unsent.shift();
    if (!h || !grant) return;
    grant.sent = true;
    h.lastSent = Date.now();
    pump(name);
  };
  sentListeners.add(onSent);

  return {
    acquire(name, signal) {
      if (signal?.aborted) return Promise.resolve(null);
      return new Promise((resolve) => {
        const h = hostOf(name);
        const waiter = (release: (() => void) | null) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        };
        const onAbort = () => {
          const i = h.waiters.indexOf(waiter);
          if (i >= 0) h.waiters.splice(i, 1);
          resolve(null);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        h.waiters.push(waiter);
        waiting.add(name);
        pump(name);
      });
    },
    failure(name, minWaitMs = 0) {
      const h = hostOf(name);
      h.failures++;
      h.blockedUntil = Date.now() + Math.min(Math.max(policy.backoffBaseMs * 2 ** (h.failures - 1), minWaitMs), policy.backoffMaxMs);
    },
    success(name) {
      const h = hostOf(name);
      h.failures = 0;
      h.blockedUntil = 0;
    },
    slowDown(name, intervalMs) {
      const h = hostOf(name);
      h.intervalMs = Math.max(policy.intervalMs, intervalMs);
    },
    backoffLeft(name) {
      return Math.max(0, (hosts.get(name)?.blockedUntil ?? 0) - Date.now());
    },
  };
}

/** Gates of this process, told when undici sends a request's headers to a host. */
const sentListeners = new Set<(host: string) => void>();
dc.subscribe('undici:client:sendHeaders', (message) => {
  const origin = (message as { request?: { origin?: string } }).request?.origin;
  if (!origin || !sentListeners.size) return;
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return;
  }
  for (const listener of sentListeners) listener(host);
});
