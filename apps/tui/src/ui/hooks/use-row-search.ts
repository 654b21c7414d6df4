/**
 * `/` search for the views whose rows are already loaded (speakers, entities, themes): a one-line
 * prompt that narrows the rows as the reader types (case- and accent-insensitive substring of the
 * name). The view routes keys here first; `typing` tells the app to mute its global keys.
 */
import type { Key } from 'ink';
import { useMemo } from 'react';
import { editLine } from '../components/TextInput.js';
import { useLiveState } from './use-live-state.js';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface RowSearch<T> {
  rows: T[];
  query: string;
  typing: boolean;
  /** Handle a key; true when the search used it. */
  key(input: string, k: Key): boolean;
  clear(): void;
}

export function useRowSearch<T>(all: readonly T[], nameOf: (row: T) => string, onTyping?: (typing: boolean) => void): RowSearch<T> {
  const [query, setQuery, queryRef] = useLiveState('');
  const [typing, setTypingState, typingRef] = useLiveState(false);
  const setTyping = (t: boolean) => {
    setTypingState(t);
    onTyping?.(t);
  };
  const rows = useMemo(() => {
    const q = fold(query.trim());
    return q ? all.filter((r) => fold(nameOf(r)).includes(q)) : [...all];
    // nameOf is a pure accessor; the rows change only with the data or the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [all, query]);

  const key = (input: string, k: Key): boolean => {
    if (typingRef.current) {
      const r = editLine(queryRef.current, input, k);
      setQuery(r.action === 'cancel' ? '' : r.value);
      if (r.action) setTyping(false);
      return true;
    }
    if (input === '/') return (setTyping(true), true);
    if ((k.escape || k.backspace || k.delete) && queryRef.current) return (setQuery(''), true);
    return false;
  };
  const clear = () => setQuery('');
  return { rows, query, typing, key, clear };
}
