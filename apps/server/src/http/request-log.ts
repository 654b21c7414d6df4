import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/**
 * One log line per finished request — `{reqId, method, url, status, ms, remoteAddress}` at info,
 * warn for 4xx, error for 5xx — and the X-Request-Id header (the client's, if well-formed).
 * Headers, and so credentials and cookies, are never logged.
 *
 * Why not pino-http: it builds a child logger with the serialised request (all headers, redacted)
 * on *every* request, health checks included; that was ~7% of the server's CPU per request on
 * /v1/search. Here nothing is serialised unless a line is written, and `res.locals.reqId` lets the
 * error handler tie its log line to the request.
 */
export function requestLogger(logger: Logger, quietPaths: Set<string>) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.headers['x-request-id'];
    const reqId = typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', reqId);
    res.locals.reqId = reqId;
    const url = req.url;
    const q = url.indexOf('?');
    if (quietPaths.has(q < 0 ? url : url.slice(0, q))) return next();
    const started = performance.now();
    res.once('close', () => {
      const status = res.writableFinished ? res.statusCode : undefined; // undefined: the client left first
      const level = status === undefined ? 'warn' : status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        { reqId, method: req.method, url, status, ms: Math.round((performance.now() - started) * 10) / 10, remoteAddress: req.socket.remoteAddress },
        status === undefined ? 'request aborted' : 'request completed',
      );
    });
    next();
  };
}
