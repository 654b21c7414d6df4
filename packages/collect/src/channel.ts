/**
 * A bounded async queue: producers `await push()` when it is full, so fetched pages wait for the
 * analysis instead of piling up in memory; the consumer iterates until `close()` and the queue is empty.
 */
export interface Channel<T> extends AsyncIterable<T> {
  /** Resolves false when the channel was closed (the item is dropped). */
  push(item: T): Promise<boolean>;
  close(): void;
}

export function createChannel<T>(capacity: number): Channel<T> {
  const items: T[] = [];
  let closed = false;
  let wakeConsumer: (() => void) | undefined;
  const blocked: Array<() => void> = [];
  const wake = () => {
    wakeConsumer?.();
    wakeConsumer = undefined;
  };
  return {
    async push(item) {
      while (items.length >= capacity && !closed) await new Promise<void>((r) => blocked.push(r));
      if (closed) return false;
      items.push(item);
      wake();
      return true;
    },
    close() {
      closed = true;
      wake();
      for (const r of blocked.splice(0)) r();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (items.length) {
          const item = items.shift()!;
          blocked.shift()?.();
          yield item;
          continue;
        }
        if (closed) return;
        await new Promise<void>((r) => (wakeConsumer = r));
      }
    },
  };
}
