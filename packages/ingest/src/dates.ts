import { chrono } from './lazy.js';

/**
 * A publication date as ISO 8601: `YYYY-MM-DD` when only the day is known, else a UTC
 * date-time. Parsing is chrono-node's (RFC 2822 feed dates, ISO, "March 5, 2025 10:00 EST", ...).
 * Returns undefined unless year, month and day are all stated: a guessed year or a relative
 * "yesterday" would be a silent wrong answer.
 */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix seconds or milliseconds.
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim().slice(0, 200);
  // A stated year (or a numeric d/m/y) is required: chrono also reads "yesterday" and "Monday".
  if (!s || !/\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(s)) return undefined;
  const [hit] = chrono().parse(s, { instant: new Date(0), timezone: 'UTC' } as never, { forwardDate: false });
  if (!hit) return undefined;
  const c = hit.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return undefined;
  if (!c.isCertain('hour')) {
    const pad = (n: number | null, w = 2) => String(n ?? 0).padStart(w, '0');
    return `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  }
  const d = c.date();
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
