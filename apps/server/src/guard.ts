import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { HttpProblem } from './http/problem.js';

/** Who may call the API: see the README's Security section. */
export interface SecurityOptions {
  /** Bearer token that writes (and, with `private`, reads) need. Without one, writes are loopback-only and JSON-only. */
  token?: string;
  /** Reads need the token too (health probes excepted). */
  private?: boolean;
  /** Origins allowed to call from a browser (CORS); none by default. */
  cors?: string[];
  /**
   * Host header names (without port) requests must carry: stops DNS rebinding, where a page on
   * evil.example resolves its own name to 127.0.0.1. Default: the loopback names; false: no check.
   */
  hosts?: string[] | false;
}

export const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'];

/** Loopback addresses: the only ones a server without a token may bind to. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// Routes that change the store; everything else is a read (POST /v1/analyze computes, stores nothing).
const writes = new Set(['/v1/articles']);
// Media types a browser may send cross-origin without a preflight (plus text/html, never JSON).
const jsonTypes = ['application/json', '+json', 'application/x-ndjson'];
const probes = new Set(['/healthz', '/readyz']);

/** One middleware, before any body parsing: host, origin, CORS, then token. */
export function guard(options: SecurityOptions = {}) {
  const hosts = options.hosts === undefined ? loopbackHosts : options.hosts;
  const cors = new Set(options.cors ?? []);
  const digest = options.token === undefined ? undefined : sha256(options.token);
  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.path;
    if (hosts && !hosts.includes(hostName(req.headers.host))) {
      return next(new HttpProblem('FORBIDDEN', `Host "${req.headers.host ?? ''}" is not a name this server answers to`, [{ field: 'Host', message: 'not allowed' }]));
    }
    const origin = req.headers.origin;
    const allowedOrigin = origin !== undefined && cors.has(origin);
    if (allowedOrigin) {
      res.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
      if (req.method === 'OPTIONS') {
        return void res
          .set({ 'Access-Control-Allow-Methods': 'GET, HEAD, POST', 'Access-Control-Allow-Headers': 'Authorization, Content-Type', 'Access-Control-Max-Age': '600' })
          .status(204)
          .end();
      }
    }
    const write = req.method === 'POST' && writes.has(path);
    if (req.method !== 'GET' && req.method !== 'HEAD' && !allowedOrigin && crossSite(req)) {
      return next(new HttpProblem('FORBIDDEN', 'cross-site requests are refused (Origin/Sec-Fetch-Site); allow an origin with --cors', [{ field: 'Origin', message: 'cross-site' }]));
    }
    const needsToken = digest !== undefined && (write || (options.private === true && !probes.has(path)));
    if (needsToken && !tokenMatches(req.headers.authorization, digest)) {
      return next(new HttpProblem('UNAUTHORIZED', `${write ? 'writes need' : 'this server is private:'} a token (Authorization: Bearer <token>)`, [{ field: 'Authorization', message: 'missing or wrong token' }], { 'WWW-Authenticate': 'Bearer realm="lede"' }));
    }
    // Without a token, a write must be one no browser can send without a preflight: JSON.
    if (write && digest === undefined && req.headers['content-length'] !== '0' && req.headers['content-type'] !== undefined && req.is(jsonTypes) === false) {
      return next(new HttpProblem('UNSUPPORTED_MEDIA_TYPE', `without a token, writes must be application/json or application/x-ndjson; got ${req.headers['content-type']}`));
    }
    next();
  };
}

function hostName(host: string | undefined): string {
  if (!host) return '';
  const h = host.toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return colon < 0 ? h : h.slice(0, colon);
}

/** A browser marks where a request comes from; non-browser clients send neither header. */
function crossSite(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  if (origin === 'null') return true; // sandboxed frames, file:// pages
  try {
    return new URL(origin).host.toLowerCase() !== (req.headers.host ?? '').toLowerCase();
  } catch {
    return true;
  }
}

function sha256(s: string): Buffer {
  return crypto.createHash('sha256').update(s).digest();
}

/** Constant-time comparison of digests, so timing does not reveal a prefix of the token. */
function tokenMatches(header: string | undefined, digest: Buffer): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m !== null && crypto.timingSafeEqual(sha256(m[1]!), digest);
}
