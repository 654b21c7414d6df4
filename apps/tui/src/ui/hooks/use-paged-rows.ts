import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '@lede/store';

/** How many pages stay cached: enough for smooth scrolling, far below a 100k-row corpus. */
const maxPages = 12;

export interface PagedRows<T> {
  /** null until the first page answers. */
  total: number | null;
  rowAt(index: number): T | undefined;
  /** Make sure rows [from, to) are loaded or on their way. */
  ensure(from: number, to: number): void;
  error: Error | undefined;
}

interface State<T> {
  key: string;
  total: number | null;
  pages: Map<number, T[]>;
  error: Error | undefined;
}

/**
 * A virtualised window over a paged query (`store.list({offset, limit})`): only the pages around
 * what is on screen are fetched and kept. `key` identifies the query (sort, filter): a new key
 * starts over. `version` bumps when the data grows (files still loading): cached pages are
 * refetched in place, so the list keeps showing rows while it refreshes.
 */
export function usePagedRows<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  key: string,
  version = 0,
  pageSize = 100,
): PagedRows<T> {
  const [state, setState] = useState<State<T>>({ key, total: null, pages: new Map(), error: undefined });
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const inflight = useRef(new Map<number, number>());
  const current = state.key === key ? state : { key, total: null, pages: new Map<number, T[]>(), error: undefined };

  const load = useCallback(
    (page: number, ver: number) => {
      if (inflight.current.get(page) === ver) return;
      inflight.current.set(page, ver);
      fetchRef.current(page * pageSize, pageSize).then(
        (res) => {
          inflight.current.delete(page);
          setState((s) => {
            const base = s.key === key ? s : { key, total: null, pages: new Map<number, T[]>(), error: undefined };
            const pages = new Map(base.pages).set(page, res.items);
            // Evict the pages farthest from the one just loaded.
            while (pages.size > maxPages) {
              let far = page;
              for (const p of pages.keys()) if (Math.abs(p - page) > Math.abs(far - page)) far = p;
              pages.delete(far);
            }
            return { key, total: res.total, pages, error: undefined };
          });
        },
        (error: unknown) => {
          inflight.current.delete(page);
          setState((s) => ({ ...s, key, error: error instanceof Error ? error : new Error(String(error)) }));
        },
      );
    },
    [key, pageSize],
  );

  // New query: forget what is in flight for the old one.
  useEffect(() => {
    inflight.current = new Map();
    if (state.key !== key) setState({ key, total: null, pages: new Map(), error: undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Data grew: refetch the cached pages (and page 0 when nothing is cached yet).
  const versionRef = useRef(version);
  useEffect(() => {
    if (versionRef.current === version) return;
    versionRef.current = version;
    const pages = current.pages.size ? [...current.pages.keys()] : [0];
    for (const p of pages) load(p, version);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);

  const ensure = useCallback(
    (from: number, to: number) => {
      const first = Math.max(0, Math.floor(from / pageSize));
      const last = Math.max(first, Math.floor(Math.max(from, to - 1) / pageSize));
      for (let p = first; p <= last; p++) if (!current.pages.has(p)) load(p, versionRef.current);
    },
    [current.pages, load, pageSize],
  );

  const rowAt = useCallback(
    (i: number) => current.pages.get(Math.floor(i / pageSize))?.[i % pageSize],
    [current.pages, pageSize],
  );
  return { total: current.total, rowAt, ensure, error: current.error };
}
