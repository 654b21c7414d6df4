/** Small pure formatting helpers for fixed-width terminal cells. */

/** Cut `s` to `width` columns, ending with an ellipsis when cut; newlines become spaces. */
export function truncate(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ');
  if (width <= 0) return '';
  if (flat.length <= width) return flat;
  return width === 1 ? '…' : flat.slice(0, width - 1) + '…';
}

/** Truncate and pad to exactly `width` columns (right-aligned when `right`). */
export function cell(s: string, width: number, right = false): string {
  const t = truncate(s, width);
  return right ? t.padStart(width) : t.padEnd(width);
}

/** "2024-03-05" from an ISO date or date-time; empty when absent. */
export function shortDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : iso.slice(0, 10);
}

/** Signed tone with two decimals, or an en dash when unknown. */
export function formatTone(tone: number | null | undefined): string {
  if (tone == null || Number.isNaN(tone)) return '–';
  const s = tone.toFixed(2);
  return tone > 0 ? `+${s}` : s;
}

const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `value` in [0, max] drawn in `width` cells with eighth-block precision. */
export function bar(value: number, max: number, width: number): string {
  if (width <= 0 || !(max > 0) || !(value > 0)) return '';
  const units = Math.round(Math.min(value / max, 1) * width * 8);
  return '█'.repeat(Math.floor(units / 8)) + eighths[units % 8];
}

const ticks = '▁▂▃▄▅▆▇█';

/** A sparkline of counts: one cell per value, scaled to the largest; zero is a blank-ish tick. */
export function sparkline(values: readonly number[], max = Math.max(0, ...values)): string {
  if (max <= 0) return ' '.repeat(values.length);
  return values.map((v) => (v <= 0 ? ' ' : ticks[Math.min(7, Math.floor((v / max) * 7.999))]!)).join('');
}

/** Tone in [-1, 1] as a centred gauge of `width` cells, e.g. "────┼██──". */
export function toneGauge(tone: number, width: number): string {
  const half = Math.max(1, Math.floor(width / 2));
  const n = Math.round(Math.min(1, Math.abs(tone)) * half);
  const left = tone < 0 ? '─'.repeat(half - n) + '█'.repeat(n) : '─'.repeat(half);
  const right = tone > 0 ? '█'.repeat(n) + '─'.repeat(half - n) : '─'.repeat(half);
  return `${left}┼${right}`;
}
