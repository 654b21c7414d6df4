// LedeError without zod: start-up-critical readers (`lede show`, the store's read path) import it
// through `@lede/core/base`, and loading zod alone cost them ~100 ms. The zod schemas of the
// same codes and shape are in errors.ts.

export const ERROR_CODES = [
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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The serialisable form of an error: what went wrong, in which record and field. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  field?: string | undefined;
  record?: string | undefined;
}

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
