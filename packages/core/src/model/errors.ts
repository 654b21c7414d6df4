import { z } from 'zod';
import { ERROR_CODES, type ErrorInfo as ErrorInfoShape } from './lede-error.js';

export { LedeError, isLedeError } from './lede-error.js';

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The serialisable form of an error: what went wrong, in which record and field. */
export const ErrorInfo = z.object({
  code: ErrorCode,
  message: z.string(),
  field: z.string().optional().describe('The offending field, e.g. "text" or "publishedAt".'),
  record: z.string().optional().describe('Which record: file path, line number or id.'),
});
export type ErrorInfo = ErrorInfoShape;
