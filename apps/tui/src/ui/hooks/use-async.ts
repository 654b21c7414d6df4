import { useEffect, useRef, useState, type DependencyList } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  /** True until the query for the current deps has answered. */
  loading: boolean;
}

const same = (a: DependencyList | undefined, b: DependencyList) => !!a && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * Run an async query when `deps` change and expose its state. A superseded query's result is
 * dropped, so fast typing or scrolling never shows stale data; the previous data stays visible
 * while the next query runs (no flashing).
 */
export function useAsync<T>(fn: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; for?: DependencyList }>({});
  const depsRef = useRef(deps);
  depsRef.current = deps;
  useEffect(() => {
    let live = true;
    const forDeps = depsRef.current;
    fn().then(
      (data) => live && setState({ data, for: forDeps }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error : new Error(String(error)), for: forDeps }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return { data: state.data, error: state.error, loading: !same(state.for, deps) };
}
