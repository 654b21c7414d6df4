import { z } from 'zod';

/**
 * The one text-validity rule (issue #15): a string Lede stores or analyses holds no NUL (U+0000:
 * PostgreSQL cannot store it) and no lone surrogate (not encodable as UTF-8: SQLite read one back
 * as three U+FFFD, shifting every later offset). Such text is rejected, never silently repaired,
 * so offsets into it stay exact. Returns the problem, or undefined for valid text.
 */
export function textProblem(s: string): string | undefined {
  const nul = s.indexOf('\u0000');
  // isWellFormed (Node 20+, ES2024) is a native linear scan; the lib target here is older.
  const wellFormed = (s as unknown as { isWellFormed(): boolean }).isWellFormed();
  if (nul < 0 && wellFormed) return undefined;
  const lone = wellFormed ? -1 : loneSurrogateAt(s);
  if (nul >= 0 && (lone < 0 || nul < lone)) return `contains a NUL character (U+0000) at offset ${nul}`;
  return `contains a lone surrogate (U+${s.charCodeAt(lone).toString(16).toUpperCase()}) at offset ${lone}`;
}

function loneSurrogateAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** A zod string under the text-validity rule. */
export function validText() {
  return z.string().superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
