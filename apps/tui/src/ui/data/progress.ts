/**
 * Progress of loading inputs into the browser's store, as an external store React can subscribe
 * to (useSyncExternalStore): the loader updates it from outside the render tree.
 */
export interface LoadState {
  phase: 'loading' | 'done';
  /** Records analysed and stored so far. */
  loaded: number;
  /** Records that failed (bad input): reported, never fatal. */
  failed: number;
  /** The record being read, for the status line. */
  current?: string;
  /** First few error messages, for the status line and the exit report. */
  errors: string[];
}

export class LoadProgress {
  private state: LoadState = { phase: 'loading', loaded: 0, failed: 0, errors: [] };
  private listeners = new Set<() => void>();

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): LoadState => this.state;

  update(patch: Partial<LoadState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }
}
