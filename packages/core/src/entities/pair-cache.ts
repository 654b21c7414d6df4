import { L } from './model.js';

const NL = L;

/**
 * Weight sums of the word-bigram templates per adjacent pair of word types and case mode (12 + 25
 * read at the second word, 13 + 26 at the first), over typed arrays: a pair repeats in a little
 * over half of news tokens, and a hit costs one probe instead of four model look-ups.
 */
export class PairCache {
  /** Per table slot: first word type + 1 (0 = empty), second word type * 3 + mode, entry offset in `pool`. */
  private a = new Int32Array(1 << 12);
  private b = new Int32Array(1 << 12);
  private at = new Int32Array(1 << 12);
  private shift = 20;
  pool = new Int16Array(1024 * 2 * NL);
  size = 0;

  /** Offset in `pool` of the pair's 2 * NL sums, or -1. */
  get(first: number, second: number): number {
    const mask = this.a.length - 1;
    let i = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> this.shift;
    for (;;) {
      const k = this.a[i]!;
      if (k === 0) return -1;
      if (k === first + 1 && this.b[i] === second) return this.at[i]!;
      i = (i + 1) & mask;
    }
  }

  /** Add a pair not present yet; returns the offset of its (zeroed) sums. */
  add(first: number, second: number): number {
    if ((this.size + 1) * 2 > this.a.length) this.grow();
    const o = this.size * 2 * NL;
    if (o + 2 * NL > this.pool.length) {
      const pool = new Int16Array(this.pool.length * 2);
      pool.set(this.pool);
      this.pool = pool;
    }
    this.pool.fill(0, o, o + 2 * NL);
    this.place(first + 1, second, o);
    this.size++;
    return o;
  }

  clear(): void {
    this.a.fill(0);
    this.size = 0;
  }

  private place(key: number, second: number, o: number): void {
    const mask = this.a.length - 1;
    let i = (Math.imul(key - 1, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> this.shift;
    while (this.a[i] !== 0) i = (i + 1) & mask;
    this.a[i] = key;
    this.b[i] = second;
    this.at[i] = o;
  }

  private grow(): void {
    const { a, b, at } = this;
    this.a = new Int32Array(a.length * 2);
    this.b = new Int32Array(a.length * 2);
    this.at = new Int32Array(a.length * 2);
    this.shift--;
    for (let i = 0; i < a.length; i++) if (a[i] !== 0) this.place(a[i]!, b[i]!, at[i]!);
  }
}
