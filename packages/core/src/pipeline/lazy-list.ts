/**
 * Documents with more tokens than this (about 1 MB of text) keep per-token layers compact behind
 * lazy lists; below it the stages get plain arrays of objects.
 */
export const LAZY_FROM = 200_000;

/**
 * A read-only array of `length` items where `list[i]` calls `at(i)`: the item is made on access
 * and dropped after use, so a huge document's per-token layers live in typed arrays instead of
 * millions of objects. Array methods (slice, map, every, for…of) work through the traps. About ten
 * times slower per access than a plain array, so only huge documents get one.
 */
export function lazyList<T>(length: number, at: (i: number) => T): T[] {
  const index = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i < length ? i : -1;
  };
  const list = new Proxy([] as T[], {
    get(target, key, receiver) {
      const i = index(key);
      if (i >= 0) return at(i);
      if (key === 'length') return length;
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return index(key) >= 0 || Reflect.has(target, key);
    },
    set() {
      return false;
    },
  });
  lazy.add(list);
  return list;
}

const lazy = new WeakSet<object>();

/** Whether `list` is a lazy list: a stage deriving a per-token layer from it keeps that compact too. */
export function isLazy(list: readonly unknown[]): boolean {
  return lazy.has(list);
}
