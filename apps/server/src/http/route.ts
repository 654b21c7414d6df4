import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { AppDeps } from '../deps.js';

/** A raw (non-JSON) request body, kept as bytes so the ingester can detect binary and bad UTF-8. */
export interface RawBody { mediaType: string; bytes: Buffer }

export interface RouteContext<Q, P, B> {
  query: Q;
  params: P;
  /** The validated JSON body, or the raw body for the route's raw media types; undefined without a body. */
  body: B | RawBody | undefined;
  req: Request;
  res: Response;
  deps: AppDeps;
  /** Aborted when the request times out or the client goes away. */
  signal: AbortSignal;
}

export interface Reply { status?: number; body: unknown; headers?: Record<string, string> }

/**
 * A body already serialised as JSON (by a worker thread, say): sent as it is, so the event loop
 * neither rebuilds the object from a structured clone nor stringifies it again.
 */
export class JsonText {
  constructor(readonly text: string) {}
}

export interface ResponseDef {
  description: string;
  /** A zod schema, or the id of a shared component (e.g. "Analysis"). */
  schema?: z.ZodType | string;
  contentType?: string;
  /** A realistic response body, shown in the OpenAPI document and /docs. */
  example?: unknown;
}

/**
 * One HTTP route, declared once: the app mounts it (validating with these schemas) and the
 * OpenAPI document is generated from the same declaration.
 */
export interface RouteDef<Q = unknown, P = unknown, B = unknown> {
  method: 'get' | 'post' | 'delete';
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  body?: { json?: z.ZodType<B>; raw?: string[]; required: boolean };
  /** Exempt from the /v1 rate limit and request logging noise (health checks, docs). */
  infra?: boolean;
  responses: Record<number, ResponseDef>;
  handle(ctx: RouteContext<Q, P, B>): Promise<Reply>;
}

/** Erase the generics so routes of different shapes fit in one table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function defineRoute<Q, P, B>(def: RouteDef<Q, P, B>): RouteDef<any, any, any> {
  return def;
}

export function isRawBody(b: unknown): b is RawBody {
  return typeof b === 'object' && b !== null && Buffer.isBuffer((b as RawBody).bytes);
}
