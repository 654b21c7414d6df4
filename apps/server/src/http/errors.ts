import { isLedeError } from '@lede/core';
import { HttpProblem, toProblem, type Problem } from './problem.js';

/** body-parser's error types, mapped to what the client did wrong. */
const bodyErrors: Record<string, HttpProblem['code']> = {
  'entity.too.large': 'TOO_LARGE',
  'entity.parse.failed': 'INVALID_JSON',
  'charset.unsupported': 'UNSUPPORTED_MEDIA_TYPE',
  'encoding.unsupported': 'UNSUPPORTED_MEDIA_TYPE',
};

/** Any thrown value as a problem: known client errors keep their status, the rest is a 500. */
export function problemFromError(err: unknown, instance: string): { problem: Problem; headers: Record<string, string> } {
  if (err instanceof HttpProblem) return { problem: toProblem(err.code, err.message, instance, err.errors), headers: err.headers };
  if (isLedeError(err)) {
    const p = HttpProblem.fromLede(err);
    return { problem: toProblem(p.code, p.message, instance, p.errors), headers: {} };
  }
  // Work dropped because the request timed out or the client left (see requestTimeout in app.ts).
  if (err instanceof Error && err.name === 'AbortError') {
    return { problem: toProblem('TIMEOUT', 'the request was cancelled before it finished', instance), headers: {} };
  }
  const e = err as { type?: unknown; status?: unknown; message?: unknown; expose?: unknown };
  const code = typeof e.type === 'string' ? bodyErrors[e.type] : undefined;
  if (code) {
    const message = code === 'TOO_LARGE' ? tooLargeMessage(err as { length?: unknown; limit?: unknown }) : String(e.message);
    const field = code === 'INVALID_JSON' || code === 'TOO_LARGE' ? [{ field: 'body', message }] : [];
    return { problem: toProblem(code, message, instance, field), headers: {} };
  }
  // Other client errors raised by Express itself (e.g. a path parameter that is not valid %-encoding).
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return { problem: toProblem('INVALID_OPTION', e.expose ? String(e.message) : 'bad request', instance), headers: {} };
  }
  return { problem: toProblem('INTERNAL', 'the server failed to answer; the error is logged', instance), headers: {} };
}

/** body-parser knows the declared size and the limit; say both, in bytes, instead of its generic text. */
function tooLargeMessage(e: { length?: unknown; limit?: unknown }): string {
  const limit = typeof e.limit === 'number' ? `the ${e.limit}-byte limit` : 'the body limit';
  return typeof e.length === 'number' ? `the body is ${e.length} bytes, over ${limit}` : `the body is over ${limit}`;
}
