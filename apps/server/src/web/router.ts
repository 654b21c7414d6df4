/**
 * The web reader: server-rendered pages under `/` beside the JSON API under `/v1`. It renders what
 * the store and core compute and adds no analysis of its own. The security guard (Host check,
 * cross-site refusal, token) runs before it, as for the API.
 */
import { LedeError } from '@lede/core';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { AppDeps } from '../deps.js';
import { analyseLimiter, type AnalyseLimit } from './analyse-limit.js';
import { assets } from './assets.js';
import { html } from './html.js';
import { page } from './layout.js';
import type { PageHandler } from './filters.js';
import { articleCsv, articlePage } from './pages/article.js';
import { corpusPage } from './pages/corpus.js';
import { analysePage, analysePost } from './pages/analyse.js';
import { entityPage } from './pages/entity.js';
import { exportCsv } from './pages/export.js';
import { speakerPage } from './pages/speaker.js';
import { themesPage } from './pages/themes.js';

/**
 * Strict policy: scripts and styles from this server only, no inline script or style attribute,
 * no plugins, no framing, forms post here only. Article text can therefore never run code.
 */
export const readerCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const readerHeaders = { 'Content-Security-Policy': readerCsp, 'Referrer-Policy': 'same-origin', 'X-Content-Type-Options': 'nosniff' };

export type { PageHandler } from './filters.js';

export interface WebOptions {
  bodyLimit: number;
  /** Analyses per window per client on POST /analyse (see analyse-limit.ts); false: no limit. */
  analyseLimit: AnalyseLimit | false;
}

export function webRouter(deps: AppDeps, options: WebOptions): Router {
  const router = Router();
  const get = (path: string, handler: PageHandler) => router.get(path, wrap(handler, deps));

  router.get('/assets/:name', (req, res, next) => {
    const asset = assets().get(req.params.name);
    if (!asset) return next();
    res.set({ 'Content-Type': asset.type, 'Cache-Control': req.query.v === asset.hash ? 'public, max-age=31536000, immutable' : 'no-cache', ETag: `"${asset.hash}"` });
    if (req.headers['if-none-match'] === `"${asset.hash}"`) return void res.status(304).end();
    res.send(asset.body);
  });
  get('/', corpusPage);
  get('/articles/:id', articlePage);
  get('/articles/:id/:table.csv', articleCsv);
  get('/speakers/:name', speakerPage);
  get('/entities/:name', entityPage);
  get('/themes', themesPage);
  get('/export/:table.csv', exportCsv);
  get('/analyse', analysePage);
  // A form post of pasted text: analysed and shown, never stored (a read, like POST /v1/analyze).
  // Limited before the body is read: a client over its limit costs neither parsing nor analysis.
  const limited = options.analyseLimit ? [analyseLimiter(options.analyseLimit, readerHeaders)] : [];
  router.post('/analyse', ...limited, express.urlencoded({ extended: false, limit: options.bodyLimit, parameterLimit: 20 }), wrap(analysePost, deps));
  return router;
}

function wrap(handler: PageHandler, deps: AppDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    res.set(readerHeaders);
    try {
      const out = await handler(req, res, deps);
      if (res.headersSent || out === undefined) return;
      res.status(res.statusCode || 200).type('html').send(out);
    } catch (e) {
      if (res.headersSent) return next(e);
      const status = errorStatus(e);
      if (status === 500) deps.logger.error({ err: e }, 'web page failed');
      const message = status === 500 ? 'Something went wrong on the server.' : (e as Error).message;
      res.status(status).type('html').send(errorPage(status, message));
    }
  };
}

const errorPage = (status: number, message: string) =>
  page({ title: status === 404 ? 'Not found' : 'Error', body: html`<main id="main"><h1>${status === 404 ? 'Not found' : 'That did not work'}</h1><p class="error">${message}</p><p><a href="/">Back to the corpus</a></p></main>` });

/** The API's namespace (/v1, and any later version): unknown paths there stay JSON problems. */
const apiPath = /^\/v\d+(\/|$)/;

/**
 * Unknown paths outside the API get the reader's 404 page (its layout, its CSP), unless the
 * client asks for JSON over HTML; unknown /v1 paths fall through to the JSON problem.
 */
export function webNotFound(req: Request, res: Response, next: NextFunction): void {
  if (apiPath.test(req.path) || req.accepts(['html', 'json']) !== 'html') return next();
  res.set(readerHeaders);
  res.status(404).type('html').send(errorPage(404, `There is no page at ${readablePath(req.path).slice(0, 200)}.`));
}

/** The path as typed (percent-decoding undone where it is valid); the page escapes it. */
function readablePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function errorStatus(e: unknown): number {
  if (!(e instanceof LedeError)) return (e as { status?: number }).status === 413 ? 413 : 500;
  if (e.code === 'NOT_FOUND') return 404;
  if (e.code === 'STORE_ERROR' && e.field === 'db') return 500;
  return 400;
}
