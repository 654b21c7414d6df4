/**
 * Open-addressing hash map from non-negative integer keys to non-negative integer values, over
 * two Int32Arrays: the tagger's caches look one up per token, where a JS Map's boxing and
 * generic hashing cost more than the lookup itself. Grows at half load.
 */
export class IntTable {
  private keys: Int32Array; // key + 1; 0 = empty
  private vals: Int32Array;
  private mask: number;
  private shift: number; // Fibonacci hashing: the product's high bits mix every bit of the key
  size = 0;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Int32Array(n);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
    this.shift = 32 - Math.log2(n);
  }

  /** Value of key, or -1. */
  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[i]!;
      if (k === key + 1) return this.vals[i]!;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = keys[i]!;
      if (k === 0) {
        keys[i] = key + 1;
        this.vals[i] = value;
        this.size++;
        return;
      }
      if (k === key + 1) {
        this.vals[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  clear(): void {
    this.keys.fill(0);
    this.size = 0;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i]! - 1, vals[i]!);
  }
}
