import { fetchError, type FetchError } from './errors.js';
import { normalizeUrl } from './url.js';

export interface FetchOptions {
  userAgent: string;
  /** For one request hop, headers and body together. */
  timeoutMs: number;
  /** Cap on the decoded body: a gzip bomb counts at its unpacked size. */
  maxBytes: number;
  maxRedirects: number;
  accept?: string;
  /** Conditional GET: what the last 200 answered. */
  etag?: string;
  lastModified?: string;
  signal?: AbortSignal;
  /**
   * Called before every request hop (the first and each redirect): waits for the host's turn and
   * checks robots.txt; resolves to a release, or to a FetchError that stops the fetch.
   */
  gate?: (url: string) => Promise<(() => void) | FetchError>;
}

export type FetchResult =
  | { ok: true; notModified: false; status: number; url: string; body: Uint8Array; contentType?: string; etag?: string; lastModified?: string }
  | { ok: true; notModified: true; status: 304; url: string }
  | { ok: false; error: FetchError };

/**
 * GET one URL politely with Node's own fetch (undici): descriptive User-Agent, gzip/deflate/br,
 * conditional headers, a timeout per hop, a size cap while streaming, and redirects followed by
 * hand so each hop passes the gate (rate limit, robots) and loops are named. Never throws.
 */
export async function politeFetch(url: string, opts: FetchOptions): Promise<FetchResult> {
  const seen = new Set<string>();
  let current = url;
  for (let hop = 0; ; hop++) {
    const key = normalizeUrl(current) ?? current;
    if (seen.has(key)) return { ok: false, error: fetchError('REDIRECT_LOOP', `redirect loop back to ${current}`, url) };
    seen.add(key);
    const release = opts.gate ? await opts.gate(current) : () => {};
    if (typeof release !== 'function') return { ok: false, error: release };
    let step: Step;
    try {
      step = await oneRequest(current, opts);
    } finally {
      release();
    }
    if (step.kind !== 'redirect') return step.result;
    if (hop >= opts.maxRedirects) return { ok: false, error: fetchError('TOO_MANY_REDIRECTS', `more than ${opts.maxRedirects} redirects`, url) };
    current = step.location;
  }
}

type Step = { kind: 'done'; result: FetchResult } | { kind: 'redirect'; location: string };
const done = (result: FetchResult): Step => ({ kind: 'done', result });

async function oneRequest(url: string, opts: FetchOptions): Promise<Step> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent,
    'accept-encoding': 'gzip, deflate, br',
    accept: opts.accept ?? '*/*',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const failed = (e: unknown): Step => {
    if (opts.signal?.aborted) return done({ ok: false, error: fetchError('ABORTED', 'stopped', url) });
    if (timeout.aborted) return done({ ok: false, error: fetchError('TIMEOUT', `no complete answer within ${opts.timeoutMs} ms`, url) });
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return done({ ok: false, error: fetchError('NETWORK', cause?.code ?? cause?.message ?? (e as Error).message, url) });
  };
  let res: Response;
  try {
    res = await fetch(url, { headers, redirect: 'manual', signal });
  } catch (e) {
    return failed(e);
  }
  if (res.status >= 300 && res.status < 400 && res.status !== 304) {
    await res.body?.cancel().catch(() => {});
    const loc = res.headers.get('location');
    const next = loc ? normalizeUrl(loc, url) : undefined;
    if (!next) return done({ ok: false, error: fetchError('HTTP_STATUS', `redirect (${res.status}) without a usable Location`, url, res.status) });
    return { kind: 'redirect', location: next };
  }
  if (res.status === 304) {
    await res.body?.cancel().catch(() => {});
    return done({ ok: true, notModified: true, status: 304, url });
  }
  if (res.status < 200 || res.status >= 300) {
    await res.body?.cancel().catch(() => {});
    const error = fetchError('HTTP_STATUS', `HTTP ${res.status}`, url, res.status);
    const retry = retryAfter(res.headers.get('retry-after'));
    if (retry !== undefined) error.retryAfterMs = retry;
    return done({ ok: false, error });
  }
  const declared = Number(res.headers.get('content-length'));
  if (!res.headers.get('content-encoding') && declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => {});
    return done({ ok: false, error: fetchError('TOO_LARGE', `${declared} bytes declared, the limit is ${opts.maxBytes}`, url, res.status) });
  }
  let body: Uint8Array;
  try {
    const read = await readCapped(res, opts.maxBytes);
    if (!read) return done({ ok: false, error: fetchError('TOO_LARGE', `body over the limit of ${opts.maxBytes} bytes`, url, res.status) });
    body = read;
  } catch (e) {
    return failed(e);
  }
  const result: FetchResult = { ok: true, notModified: false, status: res.status, url, body };
  const type = res.headers.get('content-type');
  const etag = res.headers.get('etag');
  const lastModified = res.headers.get('last-modified');
  if (type) result.contentType = type;
  if (etag) result.etag = etag;
  if (lastModified) result.lastModified = lastModified;
  return done(result);
}

/** The body, or null as soon as it passes `max` bytes (the rest is never read). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Retry-After as seconds or an HTTP date -> ms from now (undefined when absent or unreadable). */
export function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
