import { useCallback, useRef, useState, type MutableRefObject } from 'react';

type Next<T> = T | ((prev: T) => T);

/**
 * State whose latest value key handlers can read synchronously. Ink re-subscribes input handlers
 * only after React commits, so a key typed before that (fast typing, pastes, tmux send-keys) reaches
 * a handler holding the previous render's state; reading `ref.current` instead never loses a key.
 */
export function useLiveState<T>(initial: T | (() => T)): [T, (next: Next<T>) => void, MutableRefObject<T>] {
  const [state, setState] = useState(initial);
  const ref = useRef(state);
  const set = useCallback((next: Next<T>) => {
    const value = typeof next === 'function' ? (next as (prev: T) => T)(ref.current) : next;
    ref.current = value;
    setState(value);
  }, []);
  return [state, set, ref];
}
