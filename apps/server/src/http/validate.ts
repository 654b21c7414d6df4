import type { z } from 'zod';
import { HttpProblem, type FieldError, type ProblemCode } from './problem.js';

/** zod issues as problem `errors`: one entry per failing field, with its dot path. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.slice(0, 20).flatMap((issue) => {
    const at = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: [at, k].filter(Boolean).join('.'), message: `unknown field "${k}"` }));
    }
    return [{ ...(at && { field: at }), message: issue.message }];
  });
}

/** Parse with a schema or throw the problem naming every failing field. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, code: ProblemCode, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = fieldErrors(parsed.error);
  const first = errors[0];
  const detail = first ? `${what}: ${first.field ? `${first.field}: ` : ''}${first.message}` : `invalid ${what}`;
  throw new HttpProblem(code, detail, errors);
}
