import { z } from 'zod';

export const ErrorCode = z.enum([
  'EMPTY_INPUT',
  'BINARY_INPUT',
  'INVALID_UTF8',
  'INVALID_JSON',
  'INVALID_RECORD',
  'UNKNOWN_FORMAT',
  'TOO_LARGE',
  'NOT_FOUND',
  'UNKNOWN_STAGE',
  'INVALID_OPTION',
  'STORE_ERROR',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The serialisable form of an error: what went wrong, in which record and field. */
export const ErrorInfo = z.object({
  code: ErrorCode,
  message: z.string(),
  field: z.string().optional().describe('The offending field, e.g. "text" or "publishedAt".'),
  record: z.string().optional().describe('Which record: file path, line number or id.'),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

/** A typed error every Lede package throws for bad input; never a bare Error. */
export class LedeError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly record: string | undefined;
  constructor(code: ErrorCode, message: string, opts: { field?: string; record?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'LedeError';
    this.code = code;
    this.field = opts.field;
    this.record = opts.record;
  }
  toJSON(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.field !== undefined && { field: this.field }),
      ...(this.record !== undefined && { record: this.record }),
    };
  }
}

export function isLedeError(e: unknown): e is LedeError {
  return e instanceof LedeError;
}
