/**
 * The key hint line at the foot of each view, fitted to the terminal: hints keep their long form
 * while they fit, then take their short form (from the end), then the least important drop out.
 * The last hint ("? help", "Esc back") always stays. Never cut mid-word: whole hints or none.
 */

/** A hint, or its long and short forms ("e export", "e"). Listed most important first. */
export type Hint = string | readonly [long: string, short: string];

const SEP = ' · ';
const widthOf = (parts: readonly string[]) => parts.reduce((n, p) => n + [...p].length, 0) + SEP.length * Math.max(0, parts.length - 1);

export function fitHints(hints: readonly Hint[], width: number): string {
  const forms = hints.map((h) => (typeof h === 'string' ? [h, h] as const : h));
  const shown = forms.map((f) => f[0]);
  for (let i = shown.length - 2; i >= 0 && widthOf(shown) > width; i--) shown[i] = forms[i]![1];
  while (shown.length > 1 && widthOf(shown) > width) shown.splice(shown.length - 2, 1);
  return shown.join(SEP);
}
