/**
 * Open-addressing hash map from non-negative integer keys to non-negative integer values, over
 * one Int32Array of (key + 1, value) pairs: the tagger's caches look one up per token, where a JS
 * Map's boxing and generic hashing cost more than the lookup itself, and a key sits next to its
 * value so a hit costs one cache miss. Grows at half load.
 */
export class IntTable {
  private cells: Int32Array; // key + 1 (0 = empty), value
  private mask: number; // of the pair index
  private shift: number; // Fibonacci hashing: the product's high bits mix every bit of the key
  size = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.cells = new Int32Array(n * 2);
    this.mask = n - 1;
    this.shift = 32 - Math.log2(n);
  }

  /** Value of key, or -1. */
  get(key: number): number {
    const cells = this.cells;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = cells[i * 2]!;
      if (k === key + 1) return cells[i * 2 + 1]!;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 4 > this.cells.length) this.grow();
    const cells = this.cells;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = cells[i * 2]!;
      if (k === 0) {
        cells[i * 2] = key + 1;
        cells[i * 2 + 1] = value;
        this.size++;
        return;
      }
      if (k === key + 1) {
        cells[i * 2 + 1] = value;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  clear(): void {
    this.cells.fill(0);
    this.size = 0;
  }

  private grow(): void {
    const old = this.cells;
    this.cells = new Int32Array(old.length * 2);
    this.mask = (this.cells.length >> 1) - 1;
    this.shift--;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.set(old[i]! - 1, old[i + 1]!);
  }
}
