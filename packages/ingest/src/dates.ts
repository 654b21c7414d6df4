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

export type DatePrecision = 'year' | 'month' | 'day' | 'time';
export interface ReadDate { publishedAt: string; datePrecision: DatePrecision }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A stated date with how much of it was stated: a year ("2025"), a month ("2025-03", "2025/3",
 * "March 2025") or a full date as toIsoDate reads it. Partial dates stay partial (`2025-03`, not a
 * guessed `2025-03-01`); the store files them under the first day of their period.
 */
export function readDate(value: unknown): ReadDate | undefined {
  if (typeof value === 'string') {
    const s = value.trim();
    if (/^\d{4}$/.test(s) && +s >= 1000) return { publishedAt: s, datePrecision: 'year' };
    let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
    if (m && +m[2]! >= 1 && +m[2]! <= 12) return { publishedAt: `${m[1]}-${m[2]!.padStart(2, '0')}`, datePrecision: 'month' };
    m = /^([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s);
    const month = m ? MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) : -1;
    if (m && month >= 0) return { publishedAt: `${m[2]}-${String(month + 1).padStart(2, '0')}`, datePrecision: 'month' };
  }
  const iso = toIsoDate(value);
  if (!iso) return undefined;
  return { publishedAt: iso, datePrecision: iso.length === 10 ? 'day' : 'time' };
}
