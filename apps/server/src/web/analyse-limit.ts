/**
 * The Analyse page's rate limit: every POST /analyse runs the whole pipeline (CPU-bound, on the
 * worker pool when there is one), so one client may only ask for so many a window. Keyed by the
 * client address as Express sees it (`trustProxy` decides whether X-Forwarded-For counts); IPv6
 * clients are keyed by their /56, as the /v1 limit does. Over the limit: a 429 page in the reader's
 * layout with Retry-After, and no analysis.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { html } from './html.js';
import { page } from './layout.js';

export interface AnalyseLimit { limit: number; windowMs: number }

/** 30 analyses a minute per client: a person pasting articles never meets it; a script does. */
export const defaultAnalyseLimit: AnalyseLimit = { limit: 30, windowMs: 60_000 };

export function analyseLimiter({ limit, windowMs }: AnalyseLimit, headers: Record<string, string>): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const wait = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
      res.set({ ...headers, 'Retry-After': String(wait) });
      res.status(429).type('html').send(page({
        title: 'Too many analyses',
        section: 'analyse',
        body: html`<main id="main"><h1>Too many analyses</h1><p class="error" role="alert">This server analyses at most ${limit} texts a client every ${windowMs / 1000} seconds. Try again in ${wait} seconds.</p><p><a href="/analyse">Back to the Analyse page</a></p></main>`,
      }));
    },
  });
}
