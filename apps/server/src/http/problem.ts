import type { ErrorCode, LedeError } from '@lede/core';
import type { Response } from 'express';
import { z } from 'zod';

/**
 * Problem codes: every LedeError code plus the few that only exist over HTTP. The code is also
 * the fragment of the problem `type` URI, so clients can switch on either.
 */
export type ProblemCode =
  | ErrorCode
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'BUDGET_EXCEEDED'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/** HTTP status per code: 4xx for anything the client can fix, 5xx only for our side. */
const statusOf: Record<ProblemCode, number> = {
  EMPTY_INPUT: 422,
  BINARY_INPUT: 415,
  INVALID_UTF8: 400,
  INVALID_JSON: 400,
  INVALID_RECORD: 422,
  UNKNOWN_FORMAT: 415,
  TOO_LARGE: 413,
  NOT_FOUND: 404,
  UNKNOWN_STAGE: 400,
  INVALID_OPTION: 400,
  STORE_ERROR: 503,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  BUDGET_EXCEEDED: 422,
  RATE_LIMITED: 429,
  TIMEOUT: 503,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

const titleOf: Record<ProblemCode, string> = {
  EMPTY_INPUT: 'Empty input',
  BINARY_INPUT: 'Binary input',
  INVALID_UTF8: 'Invalid UTF-8',
  INVALID_JSON: 'Malformed JSON',
  INVALID_RECORD: 'Invalid article',
  UNKNOWN_FORMAT: 'Unknown input format',
  TOO_LARGE: 'Payload too large',
  NOT_FOUND: 'Not found',
  UNKNOWN_STAGE: 'Unknown stage',
  INVALID_OPTION: 'Invalid parameter',
  STORE_ERROR: 'Corpus store unavailable',
  ROUTE_NOT_FOUND: 'No such route',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  UNAUTHORIZED: 'Token required',
  FORBIDDEN: 'Request refused',
  BUDGET_EXCEEDED: 'Analysis budget exceeded',
  RATE_LIMITED: 'Too many requests',
  TIMEOUT: 'Request timed out',
  UNAVAILABLE: 'Service unavailable',
  INTERNAL: 'Internal server error',
};

export const problemCodes = Object.keys(statusOf) as ProblemCode[];

/** RFC 9457 problem details, with Lede's `code` and the failing fields as extension members. */
export const Problem = z.object({
  type: z.string().describe('URI reference naming the problem type; resolves to its entry in /docs.'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional().describe('The request path.'),
  code: z.string().describe('Lede error code, e.g. INVALID_JSON.'),
  errors: z
    .array(z.object({ field: z.string().optional(), message: z.string() }))
    .optional()
    .describe('Each failing field (dot path into the body or the query parameter name).'),
});
export type Problem = z.infer<typeof Problem>;

export interface FieldError { field?: string; message: string }

/** An error a handler throws to answer with a problem; the error middleware renders it. */
export class HttpProblem extends Error {
  readonly code: ProblemCode;
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;
  constructor(code: ProblemCode, detail: string, errors: FieldError[] = [], headers: Record<string, string> = {}) {
    super(detail);
    this.name = 'HttpProblem';
    this.code = code;
    this.errors = errors;
    this.headers = headers;
  }
  static fromLede(e: LedeError): HttpProblem {
    // The store names the query option it rejected (from, sort, limit, …): that is the client's 400, not a 503.
    if (e.code === 'STORE_ERROR' && e.field !== undefined && e.field !== 'db') {
      return new HttpProblem('INVALID_OPTION', e.message, [{ field: e.field, message: e.message }]);
    }
    return new HttpProblem(e.code, e.message, [{ ...(e.field !== undefined && { field: e.field }), message: e.message }]);
  }
}

export function statusFor(code: ProblemCode): number {
  return statusOf[code];
}

export function toProblem(code: ProblemCode, detail: string, instance: string, errors: FieldError[] = []): Problem {
  return {
    type: `/docs#problem-${code.toLowerCase().replaceAll('_', '-')}`,
    title: titleOf[code],
    status: statusOf[code],
    detail,
    instance,
    code,
    ...(errors.length > 0 && { errors }),
  };
}

export function sendProblem(res: Response, problem: Problem, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.status(problem.status).set(headers).type('application/problem+json').send(JSON.stringify(problem));
}

/** Titles per code, for the docs page. */
export function problemCatalogue(): Array<{ code: ProblemCode; status: number; title: string }> {
  return problemCodes.map((code) => ({ code, status: statusOf[code], title: titleOf[code] }));
}
