import type { Cell, Column, Row } from './columns.js';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; null is empty. */
export function csvField(v: Cell): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6)) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = (columns: readonly Column[]): string => columns.map((c) => c.name).join(',') + '\r\n';
export const csvLine = (columns: readonly Column[], row: Row): string => columns.map((c) => csvField(row[c.name] ?? null)).join(',') + '\r\n';
