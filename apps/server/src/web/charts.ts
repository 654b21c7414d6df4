/**
 * Charts as server-side SVG: no script, no dependency, readable offline and under the strict CSP
 * (presentation attributes only, colours from the stylesheet). Each chart has a title and a
 * description for screen readers; the same numbers are in a table with a CSV download beside it.
 */
import { esc, raw, type Html } from './html.js';

export interface Point { label: string; value: number }

export interface ChartOptions {
  title: string;
  kind: 'line' | 'bar';
  /** Fixed y range (tone: −1..1); default 0..max. */
  domain?: [number, number];
  unit?: string;
}

const W = 560;
const H = 200;
const M = { top: 12, right: 12, bottom: 34, left: 44 };

export function chart(points: readonly Point[], o: ChartOptions): Html {
  if (!points.length) return raw(`<p class="empty">${esc(o.title)}: no dated articles.</p>`);
  const [lo, hi] = o.domain ?? [0, Math.max(1, ...points.map((p) => p.value))];
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const step = iw / points.length;
  const x = (i: number) => M.left + step * (i + 0.5);
  const y = (v: number) => M.top + ih - ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo || 1)) * ih;
  const ticks = o.domain ? [lo, (lo + hi) / 2, hi] : [0, Math.round(hi / 2), hi].filter((t, i, a) => a.indexOf(t) === i);
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  const parts: string[] = [];
  for (const t of ticks) parts.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}"/><text x="${M.left - 6}" y="${y(t) + 4}" text-anchor="end">${fmt(t)}</text>`);
  if (o.domain && lo < 0 && hi > 0) parts.push(`<line class="zero" x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}"/>`);
  points.forEach((p, i) => {
    if (i % labelEvery === 0) parts.push(`<text x="${x(i)}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(p.label)}</text>`);
  });
  if (o.kind === 'bar') {
    const bw = Math.max(1, Math.min(28, step * 0.7));
    points.forEach((p, i) => parts.push(`<rect class="bar" x="${x(i) - bw / 2}" y="${y(p.value)}" width="${bw}" height="${Math.max(0, y(lo) - y(p.value))}"><title>${esc(`${p.label}: ${fmt(p.value)}${o.unit ? ` ${o.unit}` : ''}`)}</title></rect>`));
  } else {
    parts.push(`<polyline class="line" points="${points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')}"/>`);
    points.forEach((p, i) => parts.push(`<circle class="dot" cx="${x(i)}" cy="${y(p.value)}" r="3"><title>${esc(`${p.label}: ${p.value.toFixed(2)}${o.unit ? ` ${o.unit}` : ''}`)}</title></circle>`));
  }
  parts.push(`<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${M.top + ih}" y2="${M.top + ih}"/>`);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const desc = `${points.length} periods from ${first.label} to ${last.label}; lowest ${fmt(Math.min(...points.map((p) => p.value)))}, highest ${fmt(Math.max(...points.map((p) => p.value)))}.`;
  const id = `c${Math.abs(hash(o.title + desc))}`;
  return raw(
    `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${esc(o.title)}</title><desc id="${id}-d">${esc(desc)}</desc>${parts.join('')}</svg>`,
  );
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
