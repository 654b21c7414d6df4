import { isUtf8 } from 'node:buffer';
import { LedeError } from '@lede/core';
import type { CorpusStore } from '@lede/store';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import { inlineAnalyzer, type Analyzer } from './analyzer.js';
import type { AppDeps } from './deps.js';
import { guard, type SecurityOptions } from './guard.js';
import { problemFromError } from './http/errors.js';
import { requestLogger } from './http/request-log.js';
import { HttpProblem, sendProblem, toProblem } from './http/problem.js';
import { isRawBody, JsonText, type RawBody, type RouteDef } from './http/route.js';
import { validate } from './http/validate.js';
import { defaultParseInput } from './input/default-parser.js';
import type { ParseInput } from './input/ingest.js';
import { buildOpenApi } from './openapi/spec.js';
import { routes as apiRoutes } from './routes/index.js';
import { docsRoutes } from './routes/docs.js';
import { version } from './version.js';
import { webNotFound, webRouter } from './web/router.js';
import { defaultAnalyseLimit, type AnalyseLimit } from './web/analyse-limit.js';

export interface AppOptions {
  store: CorpusStore;
  analyzer?: Analyzer;
  parseInput?: ParseInput;
  logger?: Logger;
  /** Largest accepted request body, in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** Answer 503 when a request takes longer than this (default 30 s). */
  timeoutMs?: number;
  /** Requests per window per client IP on /v1 (default 600 per minute); false turns it off. */
  rateLimit?: { limit: number; windowMs: number } | false;
  /** Analyses per window per client IP on the web reader's POST /analyse (default 30 a minute); false turns it off. */
  analyseRateLimit?: AnalyseLimit | false;
  /** Express "trust proxy": set when behind a reverse proxy so rate limits see client IPs. */
  trustProxy?: boolean | number | string;
  /** Token, private reads, CORS origins and allowed Host names (see guard.ts); default: loopback, no token. */
  security?: SecurityOptions;
  /** The ingest queue (`--queue`): writes are enqueued, /readyz reports it. */
  queue?: AppDeps['queue'];
}

export interface LedeApp {
  app: Express;
  deps: AppDeps;
}

export const defaults = { bodyLimit: 1 << 20, timeoutMs: 30_000, rateLimit: { limit: 600, windowMs: 60_000 }, analyseRateLimit: defaultAnalyseLimit };

export function createApp(options: AppOptions): LedeApp {
  const logger = options.logger ?? pino({ redact: ['req.headers.authorization', 'req.headers.cookie'] });
  const deps: AppDeps = {
    store: options.store,
    analyzer: options.analyzer ?? inlineAnalyzer(),
    parseInput: options.parseInput ?? defaultParseInput,
    logger,
    state: { draining: false },
    ...(options.queue && { queue: options.queue }),
  };
  const bodyLimit = options.bodyLimit ?? defaults.bodyLimit;
  const timeoutMs = options.timeoutMs ?? defaults.timeoutMs;
  const limits = options.rateLimit === undefined ? defaults.rateLimit : options.rateLimit;

  let spec: Record<string, unknown> | undefined;
  const routes: RouteDef[] = [...apiRoutes, ...docsRoutes(() => (spec ??= buildOpenApi(routes, { version })))];
  const infraPaths = new Set(routes.filter((r) => r.infra).map((r) => r.path));

  const app = express();
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(helmet());
  app.use(requestLogger(logger, infraPaths));
  app.use(requestTimeout(timeoutMs));
  app.use(guard(options.security));
  if (limits) {
    app.use(
      '/v1',
      rateLimit({
        windowMs: limits.windowMs,
        limit: limits.limit,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (req, res, _next, opts) =>
          sendProblem(res, toProblem('RATE_LIMITED', `more than ${opts.limit} requests in ${opts.windowMs / 1000} s`, req.originalUrl), {
            'Retry-After': String(Math.ceil(opts.windowMs / 1000)),
          }),
      }),
    );
  }

  // The web reader (server-rendered pages under /, see web/router.ts); the API stays under /v1.
  app.use(webRouter(deps, { bodyLimit, analyseLimit: options.analyseRateLimit ?? defaults.analyseRateLimit }));
  for (const route of routes) app[route.method](route.path, ...bodyParsers(route, bodyLimit), handler(route, deps));
  methodNotAllowed(app, routes);
  app.use(webNotFound);
  app.use((req: Request, _res: Response, next: NextFunction) => next(new HttpProblem('ROUTE_NOT_FOUND', `no route for ${req.method} ${req.path}`)));
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const { problem, headers } = problemFromError(err, req.originalUrl.split('?')[0]!);
    if (problem.code === 'INTERNAL') logger.error({ err, reqId: res.locals.reqId }, 'request failed');
    sendProblem(res, problem, headers);
  });
  return { app, deps };
}

/** Parse only the media types a route declares; anything else is a 415 before any parsing. */
function bodyParsers(route: RouteDef, limit: number) {
  if (!route.body) return [];
  const accepted = [...(route.body.json ? ['application/json', '+json'] : []), ...(route.body.raw ?? [])];
  return [
    (req: Request, _res: Response, next: NextFunction) => {
      // `Content-Length: 0` is no body at all (the handler answers EMPTY_INPUT), not a wrong type.
      if (req.is(accepted) === false && req.headers['content-length'] !== '0') {
        next(new HttpProblem('UNSUPPORTED_MEDIA_TYPE', `send ${accepted.filter((t) => !t.startsWith('+')).join(', ')}; got ${req.headers['content-type'] ?? 'no Content-Type'}`));
      } else next();
    },
    ...(route.body.json ? [express.json({ limit, strict: true, type: ['application/json', '+json'], verify: rejectInvalidUtf8 })] : []),
    ...(route.body.raw ? [express.raw({ limit, type: route.body.raw })] : []),
  ];
}

/**
 * body-parser decodes bad UTF-8 to U+FFFD without a word; text/plain bodies reject it
 * (INVALID_UTF8), and so does JSON now: one rule for every body.
 */
function rejectInvalidUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) throw new LedeError('INVALID_UTF8', 'the JSON body is not valid UTF-8', { field: 'body' });
}

function handler(route: RouteDef, deps: AppDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const query = route.query ? validate(route.query, req.query, 'INVALID_OPTION', 'query') : {};
      const params = route.params ? validate(route.params, req.params, 'INVALID_OPTION', 'path') : {};
      let body: unknown;
      if (route.body && req.body !== undefined) {
        body = Buffer.isBuffer(req.body)
          ? ({ mediaType: String(req.is(route.body.raw ?? [])), bytes: req.body } satisfies RawBody)
          : validate(route.body.json!, req.body, 'INVALID_RECORD', 'body');
      }
      if (route.body?.required && (body === undefined || (isRawBody(body) && body.bytes.length === 0))) {
        throw new HttpProblem('EMPTY_INPUT', 'the request has no body', [{ field: 'body', message: 'required' }]);
      }
      const reply = await route.handle({ query, params, body, req, res, deps, signal: res.locals.signal as AbortSignal });
      if (res.headersSent) return; // timed out meanwhile
      res.status(reply.status ?? 200).set(reply.headers ?? {});
      if (reply.body === undefined) res.end();
      else if (reply.body instanceof JsonText) res.type('application/json').send(reply.body.text);
      else if (typeof reply.body === 'string') res.send(reply.body);
      else res.json(reply.body);
    } catch (e) {
      next(e);
    }
  };
}

/** A known path with another method answers 405 with Allow, not 404. */
function methodNotAllowed(app: Express, routes: RouteDef[]): void {
  const byPath = new Map<string, Set<string>>();
  for (const r of routes) byPath.set(r.path, (byPath.get(r.path) ?? new Set()).add(r.method.toUpperCase()));
  for (const [path, methods] of byPath) {
    if (methods.has('GET')) methods.add('HEAD');
    const allow = [...methods].join(', ');
    app.all(path, (req: Request, res: Response, next: NextFunction) => {
      if (req.method === 'OPTIONS') return void res.set('Allow', allow).status(204).end();
      next(new HttpProblem('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${path}; use ${allow}`, [], { Allow: allow }));
    });
  }
}

/**
 * Answer 503 when a handler overruns, and abort its signal so pending work can stop. The Node
 * server's own requestTimeout (set in server.ts) covers slow uploads before a handler runs.
 */
function requestTimeout(ms: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const controller = new AbortController();
    res.locals.signal = controller.signal;
    // Work that can answer in parts (NDJSON batches) stops here, leaving time to send the answer.
    res.locals.deadline = Date.now() + ms * 0.8;
    const timer = setTimeout(() => {
      controller.abort();
      sendProblem(res, toProblem('TIMEOUT', `no answer within ${ms} ms`, req.originalUrl.split('?')[0]!), { Connection: 'close' });
    }, ms);
    res.on('close', () => {
      clearTimeout(timer);
      // Only a response cut short (client gone) aborts: abort() builds a DOMException with a
      // stack, measurable on every request if done after normal completion too.
      if (!res.writableFinished) controller.abort();
    });
    next();
  };
}
