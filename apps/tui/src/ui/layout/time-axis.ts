/**
 * The axis line under a chart: labels placed at the cells they name (the first period under the
 * first sparkline cell, "0" under the tone gauge's ┼), left to right, a label that would touch
 * the one before it left out.
 */

export interface AxisMark {
  /** The cell the label names, 0-based within the chart. */
  at: number;
  label: string;
  /** Where the label sits relative to its cell: starting at it, centred on it, or ending at it. */
  align: 'start' | 'center' | 'end';
}

export function axisLine(marks: readonly AxisMark[], width: number): string {
  let out = '';
  for (const m of marks) {
    const len = [...m.label].length;
    if (len > width) continue;
    const want = m.align === 'end' ? m.at - len + 1 : m.align === 'center' ? m.at - Math.floor(len / 2) : m.at;
    const start = Math.max(0, Math.min(width - len, want));
    const gap = out.length === 0 ? 0 : 1;
    if (start < out.length + gap) continue;
    out += ' '.repeat(start - out.length) + m.label;
  }
  return out;
}

/** Periods under a sparkline of `periods.length` cells: first, middle and last. */
export function periodAxis(periods: readonly string[]): string {
  const n = periods.length;
  if (!n) return '';
  const marks: AxisMark[] = [{ at: 0, label: periods[0]!, align: 'start' }];
  if (n > 2) marks.push({ at: Math.floor((n - 1) / 2), label: periods[Math.floor((n - 1) / 2)]!, align: 'center' });
  if (n > 1) marks.push({ at: n - 1, label: periods[n - 1]!, align: 'end' });
  // A chart narrower than one label still gets its first period (the row has room to the right).
  return axisLine(marks, Math.max(n, [...periods[0]!].length));
}

/** The scale under a tone gauge `width` cells wide (see toneGauge): -1, 0 at the ┼, +1. */
export function toneAxis(width: number): string {
  const half = Math.max(1, Math.floor(width / 2));
  return axisLine([{ at: 0, label: '-1', align: 'start' }, { at: half, label: '0', align: 'center' }, { at: 2 * half, label: '+1', align: 'end' }], 2 * half + 1);
}
