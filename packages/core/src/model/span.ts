import { z } from 'zod';

/** A standoff annotation: `article.text.slice(start, end) === text` (JavaScript string indices). */
export const Span = z
  .object({
    start: z.number().int().nonnegative().describe('Start offset into article.text (UTF-16 index).'),
    end: z.number().int().nonnegative().describe('End offset into article.text, exclusive.'),
    text: z.string().describe('Exactly article.text.slice(start, end).'),
  })
  .refine((s) => s.end >= s.start, { message: 'end must be >= start', path: ['end'] });
export type Span = z.infer<typeof Span>;

/** Plain object shape of Span, for schemas that extend it (refinements do not extend). */
export const spanShape = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
};

/** Make a span over `text`; the one place spans are built so their text always matches. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
