// Tag set of the attribution tagger: BIO over the three PARC roles.
export const O = 0;
export const B_CON = 1;
export const I_CON = 2;
export const B_CUE = 3;
export const I_CUE = 4;
export const B_SRC = 5;
export const I_SRC = 6;
export const LABELS = 7;
export const LABEL_NAMES = ['O', 'B-CON', 'I-CON', 'B-CUE', 'I-CUE', 'B-SRC', 'I-SRC'] as const;

/** I-X only after B-X or I-X. */
export function allowed(prev: number, cur: number): boolean {
  if (cur === O || (cur & 1) === 1) return true;
  return prev === cur || prev === cur - 1;
}

/** Role of a label: 0 none, 1 content, 2 cue, 3 source. */
export const roleOf = (l: number): number => (l + 1) >> 1;
