/**
 * The reader's view state, read from the URL: every page's filters, sort and page live in the
 * query string, so a copied link reproduces the view exactly.
 */
import type { ExportFilter } from '@lede/store';
import type { Request, Response } from 'express';
import type { AppDeps } from '../deps.js';

/** A page: answers HTML (a string), or sends its own response (CSV) and answers nothing. */
export type PageHandler = (req: Request, res: Response, deps: AppDeps) => Promise<string | void>;

export const filterKeys = ['theme', 'primary', 'entity', 'speaker', 'source', 'from', 'to'] as const;
export type FilterKey = (typeof filterKeys)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const filterLabels: Record<FilterKey, string> = { theme: 'Theme', primary: 'Primary topic', entity: 'Entity', speaker: 'Speaker', source: 'Outlet', from: 'From', to: 'To' };

export function readFilters(req: Request): Filters {
  const out: Filters = {};
  for (const k of filterKeys) {
    const v = param(req, k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The filters as the store takes them (same names; the store validates dates and themes). */
export const storeFilter = (f: Filters): ExportFilter => ({ ...f });

/** A whole-number page parameter (1-based), clamped to [1, max]. */
export function pageParam(req: Request, max = 1000): number {
  const n = Number(param(req, 'page') ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : 1;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** One string query parameter (the first when repeated), trimmed, or undefined when empty. */
export function param(req: Request, name: string): string | undefined {
  const v = req.query[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' && s.trim() ? s.trim().slice(0, 500) : undefined;
}
