/**
 * One keyboard subscription for the whole app. Ink's useInput re-subscribes a handler in a passive
 * effect, which React may run well after the frame is on screen; a view that just opened would
 * miss keys and a closed one would still get them. Here a single stable useInput dispatches to the
 * handler of whichever view rendered last as active, assigned during render, so keys always reach
 * what the reader sees.
 */
import { useInput, type Key } from 'ink';
import { createContext, useCallback, useContext, useRef, type MutableRefObject, type ReactNode } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

const KeySlot = createContext<MutableRefObject<KeyHandler | null> | null>(null);

/** Root of the key routing. `global` sees every key first and returns true when it used it. */
export function KeyScope({ children, global }: { children: ReactNode; global?: (input: string, key: Key) => boolean }) {
  const slot = useRef<KeyHandler | null>(null);
  const globalRef = useRef(global);
  globalRef.current = global;
  const dispatch = useCallback((input: string, key: Key) => {
    if (globalRef.current?.(input, key)) return;
    slot.current?.(input, key);
  }, []);
  useInput(dispatch);
  return <KeySlot.Provider value={slot}>{children}</KeySlot.Provider>;
}

/** Route keys to `handler` while `active`. */
export function useKeys(handler: KeyHandler, active: boolean): void {
  const slot = useContext(KeySlot);
  if (!slot) throw new Error('useKeys needs a <KeyScope> above it');
  if (active) slot.current = handler;
}
